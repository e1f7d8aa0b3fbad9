import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFile } from '../plans/file-service.ts';
import { CONSENT, planTestDatabase } from '../plans/fixtures.test-support.ts';
import { acceptPlan, createPlan } from '../plans/service.ts';
import type { TestDatabase } from '../testing/db.ts';
import { UNREACHABLE } from './io-webhook-post.ts';
import { addWebhook, departmentFeed, departmentFeedCsv } from './service.ts';
import { verifySignature } from './signature.ts';
import { recordFeedEvents } from './store.ts';
import { deliverWebhooks } from './webhook-service.ts';
import { STRICT_POLICY } from './webhook-target.ts';

const TODAY = '2026-11-24';
const LOCAL_OK = { allowLocal: true, allowedNetworks: [] };
let t: TestDatabase;
let debtorId: string;
let server: Server;
let url: string;
let secret: string;
/** The receiver answers 500 to the first request, then 200. */
const received: { seq: string; body: string; valid: boolean; status: number }[] = [];

beforeAll(async () => {
  ({ t, debtorId } = await planTestDatabase());
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      const status = received.length === 0 ? 500 : 200;
      received.push({
        seq: String(request.headers['x-evs-event']),
        body,
        valid: verifySignature(
          secret,
          String(request.headers['x-evs-signature']),
          body,
          Math.floor(Date.now() / 1000),
        ),
        status,
      });
      response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await t.close();
});

describe('department feed and signed webhooks', () => {
  it('delivers each state change of the department once, retrying failures with backoff', async () => {
    const hook = await addWebhook(t.database, t.scope(), 'SCHOOL', url, LOCAL_OK);
    if (!hook.ok) throw new Error('no webhook');
    secret = hook.value.secret;
    const file = await openFile(t.database, t.scope(), { debtorId, consent: CONSENT }, TODAY);
    if (!file.ok) throw new Error('no file');
    const now = new Date();
    const first = await deliverWebhooks(t.database, t.scope(), TODAY, { now, network: LOCAL_OK });
    expect(first).toEqual({ attempted: 2, delivered: 1, retrying: 1, failed: 0 });
    // not due yet: nothing is sent again
    expect((await deliverWebhooks(t.database, t.scope(), TODAY, { now, network: LOCAL_OK })).attempted).toBe(
      0,
    );
    const later = new Date(now.getTime() + 31_000);
    expect(await deliverWebhooks(t.database, t.scope(), TODAY, { now: later, network: LOCAL_OK })).toEqual({
      attempted: 1,
      delivered: 1,
      retrying: 0,
      failed: 0,
    });
    expect(
      (
        await deliverWebhooks(t.database, t.scope(), TODAY, {
          now: new Date(later.getTime() + 3600_000),
          network: LOCAL_OK,
        })
      ).attempted,
    ).toBe(0);
    expect(received.every((r) => r.valid)).toBe(true);
    const delivered = received.filter((r) => r.status === 200).map((r) => r.seq);
    expect(delivered).toHaveLength(2);
    expect(new Set(delivered).size).toBe(2);
    expect(JSON.parse(received[0]?.body ?? '{}')).toMatchObject({ type: 'bundled', department: 'SCHOOL' });
  });

  it('records a state change once even when asked twice', async () => {
    const claim = await t.database.db
      .selectFrom('claims')
      .select(['id', 'department_id'])
      .where('claim_id', '=', 'P-1')
      .executeTakeFirstOrThrow();
    const event = {
      departmentId: claim.department_id,
      claimId: claim.id,
      type: 'test_event',
      key: 'test:dup',
      payload: {},
    };
    expect(await recordFeedEvents(t.database.db, t.orgId, [event])).toBe(1);
    expect(await recordFeedEvents(t.database.db, t.orgId, [event])).toBe(0);
  });

  it('pages the feed with a cursor and exports it as CSV', async () => {
    const file = await t.database.db.selectFrom('evs_files').select('id').executeTakeFirstOrThrow();
    const plan = await createPlan(t.database, t.scope(), { fileId: file.id, months: 3 }, TODAY);
    if (!plan.ok) throw new Error('no plan');
    await acceptPlan(t.database, t.scope(), plan.value.planId, {}, TODAY);
    const page1 = await departmentFeed(t.database, t.scope(), 'SCHOOL', 0, 2);
    if (!page1.ok) throw new Error('no feed');
    expect(page1.value.events.map((e) => e.type)).toEqual(['bundled', 'bundled']);
    expect(page1.value.next).not.toBeNull();
    const page2 = await departmentFeed(t.database, t.scope(), 'SCHOOL', page1.value.next ?? 0, 10);
    if (!page2.ok) throw new Error('no feed');
    expect(page2.value.events.map((e) => e.type)).toEqual(['plan_active', 'plan_active']);
    expect(page2.value.next).toBeNull();
    const empty = await departmentFeed(t.database, t.scope(), 'SCHOOL', page2.value.cursor, 10);
    expect(empty.ok && empty.value.events).toEqual([]);
    const csv = await departmentFeedCsv(t.database, t.scope(), 'SCHOOL');
    expect(csv.ok && csv.value.split('\r\n').filter((l) => l !== '')).toHaveLength(5);
    const parking = await departmentFeed(t.database, t.scope(), 'PARKEREN');
    expect(parking.ok && parking.value.events.map((e) => e.type)).toEqual([
      'bundled',
      'test_event',
      'plan_active',
    ]);
    const forbidden = await departmentFeed(t.database, { ...t.scope(), departmentIds: [] }, 'SCHOOL');
    expect(!forbidden.ok && forbidden.error.kind).toBe('forbidden');
  });

  it('refuses a webhook to this server or a link-local address unless allowed, and writes nothing', async () => {
    const before = await t.database.db.selectFrom('webhook_endpoints').select('id').execute();
    for (const target of [
      'http://169.254.169.254/latest/meta-data',
      'http://localhost:3000/hook',
      'http://[::127.0.0.1]:3104/',
      'http://evil.example/hook',
    ]) {
      const r = await addWebhook(t.database, t.scope('en'), 'SCHOOL', target, {
        ...STRICT_POLICY,
        lookup: async () => ['127.0.0.1'],
      });
      expect(r.ok ? null : r.error).toMatchObject({ code: 'webhook_local_target', message: /link-local/ });
    }
    expect(await t.database.db.selectFrom('webhook_endpoints').select('id').execute()).toEqual(before);
  });

  it('does not follow a redirect: a 3xx is a failed attempt and the place it points to is never reached', async () => {
    let reached = 0;
    const target = createServer((_request, response) => {
      reached++;
      response.writeHead(200).end();
    });
    await new Promise<void>((resolve) => target.listen(0, '127.0.0.1', resolve));
    const targetUrl = `http://127.0.0.1:${(target.address() as AddressInfo).port}/internal`;
    const redirector = createServer((_request, response) => {
      response.writeHead(302, { location: targetUrl }).end();
    });
    await new Promise<void>((resolve) => redirector.listen(0, '127.0.0.1', resolve));
    try {
      const port = (redirector.address() as AddressInfo).port;
      const hook = await addWebhook(
        t.database,
        t.scope(),
        'SCHOOL',
        `http://127.0.0.1:${port}/moved`,
        LOCAL_OK,
      );
      if (!hook.ok) throw new Error(hook.error.message);
      const claim = await t.database.db
        .selectFrom('claims')
        .innerJoin('departments', 'departments.id', 'claims.department_id')
        .select(['claims.id', 'claims.department_id'])
        .where('departments.code', '=', 'SCHOOL')
        .executeTakeFirstOrThrow();
      await recordFeedEvents(t.database.db, t.orgId, [
        {
          departmentId: claim.department_id,
          claimId: claim.id,
          type: 'test_event',
          key: 'test:redirect',
          payload: {},
        },
      ]);
      await deliverWebhooks(t.database, t.scope(), TODAY, {
        now: new Date(Date.now() + 3600_000),
        network: LOCAL_OK,
      });
      expect(reached).toBe(0);
      const log = await t.database.db
        .selectFrom('webhook_deliveries')
        .select(['delivered_at', 'last_status'])
        .where('endpoint_id', '=', hook.value.id)
        .execute();
      expect(log.length).toBeGreaterThan(0);
      expect(log.every((l) => l.delivered_at === null && l.last_status === 302)).toBe(true);
    } finally {
      await new Promise((resolve) => redirector.close(resolve));
      await new Promise((resolve) => target.close(resolve));
    }
  });

  it('judges the target again at delivery: a name rebound to this machine is never reached, with one neutral error', async () => {
    const port = (server.address() as AddressInfo).port;
    let answer = ['203.0.113.7'];
    const rebinding = { ...STRICT_POLICY, lookup: async () => answer };
    const hook = await addWebhook(
      t.database,
      t.scope(),
      'PARKEREN',
      `http://rebind.example:${port}/hook`,
      rebinding,
    );
    expect(hook.ok).toBe(true);
    const closed = await addWebhook(t.database, t.scope(), 'PARKEREN', 'http://127.0.0.1:9/hook', LOCAL_OK);
    expect(closed.ok).toBe(true);
    answer = ['127.0.0.1'];
    const claim = await t.database.db
      .selectFrom('claims')
      .innerJoin('departments', 'departments.id', 'claims.department_id')
      .select(['claims.id', 'claims.department_id'])
      .where('departments.code', '=', 'PARKEREN')
      .executeTakeFirstOrThrow();
    await recordFeedEvents(t.database.db, t.orgId, [
      {
        departmentId: claim.department_id,
        claimId: claim.id,
        type: 'test_event',
        key: 'test:rebind',
        payload: {},
      },
    ]);
    const seen = received.length;
    const now = new Date(Date.now() + 7200_000);
    await deliverWebhooks(t.database, t.scope(), TODAY, { now, network: rebinding });
    expect(received.length).toBe(seen);
    const log = await t.database.db
      .selectFrom('webhook_deliveries')
      .select(['last_error as error', 'last_status'])
      .where('endpoint_id', 'in', [hook.ok ? hook.value.id : '', closed.ok ? closed.value.id : ''])
      .execute();
    expect(log.length).toBeGreaterThanOrEqual(2);
    expect(new Set(log.map((l) => l.error))).toEqual(new Set([UNREACHABLE]));
  });
});
