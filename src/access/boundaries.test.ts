import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/server.ts';
import { accessFixture } from './access.test-support.ts';

let server: TestServer;
let f: Awaited<ReturnType<typeof accessFixture>>;

beforeAll(async () => {
  server = await startTestServer();
  f = await accessFixture(server.db.database, server.db.scope());
});
afterAll(async () => server?.close());

async function accessLogRows(): Promise<number> {
  const r = await server.db.database.db
    .selectFrom('access_log')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

describe('boundaries no id spelling or foreign id crosses', () => {
  it('refuses urn:uuid: and other non-canonical ids before the consent check, never reaching the database', async () => {
    const sw = f.users.social_worker.headers;
    for (const id of [`urn:uuid:${f.els}`, `{${f.els}}`, f.els.replaceAll('-', ''), `urn:uuid:${f.jan}`]) {
      const r = await server.app.inject({
        url: `/api/v1/debtors/${encodeURIComponent(id)}/evs`,
        headers: sw,
      });
      expect(r.statusCode, id).toBe(404);
      expect(r.json()).toMatchObject({ error: { code: 'unknown_debtor' } });
    }
    // the schema's format: 'uuid' is the same canonical rule
    const admin = f.users.admin.headers;
    const r = await server.app.inject({
      method: 'DELETE',
      url: `/api/v1/webhooks/urn:uuid:${f.els}`,
      headers: admin,
    });
    expect(r.statusCode).toBe(400);
    // the consented person in canonical form (upper case too) still works
    const ok = await server.app.inject({ url: `/api/v1/debtors/${f.jan.toUpperCase()}/evs`, headers: sw });
    expect(ok.statusCode).toBe(200);
  });

  it("answers 404 for another organisation's person and writes no access-log row", async () => {
    const before = await accessLogRows();
    for (const route of ['evs', 'access-log']) {
      const r = await server.app.inject({
        url: `/api/v1/debtors/${f.jan}/${route}`,
        headers: f.users.financeB.headers,
      });
      expect(r.statusCode, route).toBe(404);
    }
    expect(await accessLogRows()).toBe(before);
  });

  it('requires the version a plan change was made against', async () => {
    const change = (body: object) =>
      server.app.inject({
        method: 'POST',
        url: '/api/v1/plans/00000000-0000-4000-8000-000000000001/change',
        headers: { ...f.users.finance.headers, 'content-type': 'application/json' },
        payload: JSON.stringify(body),
      });
    expect((await change({ reason: 'nieuw inkomen', months: 6 })).statusCode).toBe(400);
    expect((await change({ reason: 'nieuw inkomen', months: 6, version: 1 })).statusCode).toBe(404);
  });

  it('takes x-evs-purpose only as plain short text', async () => {
    const headers = f.users.finance.headers;
    for (const purpose of ['<script>alert(1)</script>', 'x'.repeat(81), 'a\tb', "'; DROP TABLE x; --"]) {
      const r = await server.app.inject({
        url: `/api/v1/debtors/${f.jan}/evs`,
        headers: { ...headers, 'x-evs-purpose': purpose },
      });
      expect(r.statusCode, purpose).toBe(400);
      expect(r.json()).toMatchObject({ error: { code: 'invalid_purpose' } });
    }
    const r = await server.app.inject({
      url: `/api/v1/debtors/${f.jan}/evs`,
      headers: { ...headers, 'x-evs-purpose': 'afbetalingsplan dossier 12' },
    });
    expect(r.statusCode).toBe(200);
    const row = await server.db.database.db
      .selectFrom('access_log')
      .select('purpose')
      .where('request_id', '=', String(r.headers['x-request-id']))
      .executeTakeFirstOrThrow();
    expect(row.purpose).toBe('afbetalingsplan dossier 12');
  });
});
