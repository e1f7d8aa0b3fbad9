import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../access/user-service.ts';
import { startTestServer, type TestServer } from '../testing/server.ts';
import { CONSENT, importRows, PARKING_ROWS, SCHOOL_ROWS } from './fixtures.test-support.ts';

let server: TestServer;
let headers: Record<string, string>;
let debtorId: string;
const PASSWORD = 'correct horse battery';

function cookieValue(setCookie: string | string[] | undefined, name: string): string {
  const list = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  return list.find((c) => c.startsWith(`${name}=`))?.split(';')[0] ?? '';
}

async function loginAs(login: string): Promise<Record<string, string>> {
  const r = await server.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    headers: { 'content-type': 'application/json' },
    payload: JSON.stringify({ login, password: PASSWORD }),
  });
  const session = cookieValue(r.headers['set-cookie'], 'evs_session');
  return {
    cookie: session,
    'x-csrf-token': cookieValue(r.headers['set-cookie'], 'evs_csrf').split('=')[1] ?? '',
  };
}

async function call(method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown, as = headers) {
  return server.app.inject({
    method,
    url,
    headers: { ...as, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
  });
}

beforeAll(async () => {
  server = await startTestServer();
  const t = {
    database: server.db.database,
    scope: server.db.scope,
    orgId: server.db.orgId,
    close: async () => {},
  };
  await importRows(t, 'SCHOOL', SCHOOL_ROWS);
  await importRows(t, 'PARKEREN', PARKING_ROWS);
  debtorId = (await server.db.database.db.selectFrom('debtors').select('id').executeTakeFirstOrThrow()).id;
  const user = await createUser(server.db.database, server.db.scope(), {
    login: 'fin@test',
    displayName: 'Fin',
    password: PASSWORD,
    roles: ['finance'],
  });
  if (!user.ok) throw new Error(user.error.message);
  const r = await server.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    headers: { 'content-type': 'application/json' },
    payload: JSON.stringify({ login: 'fin@test', password: PASSWORD }),
  });
  const session = cookieValue(r.headers['set-cookie'], 'evs_session');
  headers = {
    cookie: session,
    'x-csrf-token': cookieValue(r.headers['set-cookie'], 'evs_csrf').split('=')[1] ?? '',
  };
});
afterAll(() => server?.close());

describe('plans over HTTP', () => {
  it('changes the plan settings and registers a webhook', async () => {
    const bad = await call('PUT', '/api/v1/plan-settings', { iban: 'BE00 0000' });
    expect(bad.statusCode).toBe(422);
    const ok = await call('PUT', '/api/v1/plan-settings', {
      iban: 'BE71 0961 2345 6769',
      creditorName: 'Stad Testdorp',
    });
    expect(ok.json()).toMatchObject({
      iban: 'BE71096123456769',
      creditorName: 'Stad Testdorp',
      maxMonths: 24,
    });
    const hook = await call('POST', '/api/v1/webhooks', {
      department: 'SCHOOL',
      url: 'https://203.0.113.10/evs', // a literal: names are resolved, and this sandbox has no DNS
    });
    expect(hook.statusCode).toBe(201);
    const list = await call('GET', '/api/v1/webhooks');
    expect(list.json().webhooks[0]).toMatchObject({ department: 'SCHOOL', active: true });
    expect(list.json().webhooks[0].createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('opens a file, compares options, proposes, accepts and serves the letter, QR code and feed', async () => {
    const candidates = await call('GET', `/api/v1/debtors/${debtorId}/evs`);
    expect(candidates.statusCode).toBe(200);
    expect(candidates.json().candidates).toHaveLength(3);
    const opened = await call('POST', '/api/v1/evs-files', { debtorId, consent: CONSENT });
    expect(opened.statusCode).toBe(201);
    const fileId = opened.json().fileId as string;
    const options = await call('POST', `/api/v1/evs-files/${fileId}/plan-options`, {
      netIncome: 200000,
      adults: 1,
      children: 0,
      fixedCosts: [{ label: 'huur', amount: 60000 }],
    });
    expect(options.statusCode).toBe(200);
    expect(options.json().affordability.warningTexts[0]).toContain('geen wettelijke tabel van kracht');
    // computing options may flag the file for referral: the route is declared a write
    expect(
      server.app.accessRoutes.find((r) => r.url === '/api/v1/evs-files/:id/plan-options')?.rule,
    ).toMatchObject({ action: 'plans.options', personalData: 'write' });
    expect(options.json().options[0]).toMatchObject({
      basis: 'capacity',
      monthly: 35180,
      months: 2,
      problem: null,
    });
    const created = await call('POST', '/api/v1/plans', { fileId, months: 6 });
    expect(created.statusCode).toBe(201);
    const planId = created.json().planId as string;
    const stale = await call('POST', `/api/v1/plans/${planId}/accept`, { version: 7 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');
    // the same refusal in French for a French-speaking browser
    const french = { ...headers, 'accept-language': 'fr-BE,fr;q=0.9,nl;q=0.5' };
    const staleFr = await call('POST', `/api/v1/plans/${planId}/accept`, { version: 7 }, french);
    expect(staleFr.statusCode).toBe(409);
    expect(staleFr.json().error).toMatchObject({
      code: 'version_conflict',
      message: 'Quelqu’un d’autre a modifié ce plan entre-temps. Rechargez-le.',
    });
    const unknownFr = await call(
      'GET',
      '/api/v1/plans/00000000-0000-4000-8000-000000000000',
      undefined,
      french,
    );
    expect(unknownFr.statusCode).toBe(404);
    expect(unknownFr.json().error.message).toBe('Plan de paiement inconnu.');
    const accepted = await call('POST', `/api/v1/plans/${planId}/accept`, { version: 1 });
    expect(accepted.json()).toEqual({ version: 2 });
    const plan = await call('GET', `/api/v1/plans/${planId}`);
    expect(plan.json()).toMatchObject({ status: 'accepted', startAmount: 60000, version: 2 });
    expect(plan.json().activities.map((a: { type: string }) => a.type)).toEqual(['Voorstel', 'Aanvaarding']);
    const letter = await call('GET', `/api/v1/plans/${planId}/letter.pdf`);
    expect(letter.headers['content-type']).toBe('application/pdf');
    expect(letter.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const qr = await call('GET', `/api/v1/plans/${planId}/qr.svg`);
    expect(qr.body).toContain('<svg');
    const feed = await call('GET', '/api/v1/feed/SCHOOL?after=0');
    expect(feed.json().events.map((e: { type: string }) => e.type)).toEqual([
      'bundled',
      'bundled',
      'plan_active',
      'plan_active',
    ]);
    const journey = await call('GET', `/api/v1/evs-files/${fileId}/journey`);
    expect(journey.json().milestone).toBe('plan_agreed');
    expect(journey.json().milestoneLabel).toBe('Plan afgesproken');
    const journeyFr = await call('GET', `/api/v1/evs-files/${fileId}/journey`, undefined, {
      ...headers,
      'accept-language': 'fr-BE',
    });
    expect(journeyFr.json().milestoneLabel).toBe('Plan convenu');
    const texts = (journeyFr.json().timeline as { kind: string; text: string }[]).map((e) => [
      e.kind,
      e.text,
    ]);
    expect(texts).toContainEqual(['milestone', 'Plan convenu']);
    expect(texts).not.toContainEqual(['milestone', 'Plan afgesproken']);
    const letterFr = await call('GET', `/api/v1/plans/${planId}/letter.pdf?lang=fr`);
    expect(letterFr.statusCode).toBe(200);
    expect(letterFr.rawPayload.toString('latin1')).toContain('fr-BE');
    expect(letterFr.headers['content-disposition']).toMatch(/filename="plan-de-paiement-\d{12}\.pdf"/);

    // the citizen sees their own plan, QR code and letter; another citizen does not
    await importRows(
      { database: server.db.database, scope: server.db.scope, orgId: server.db.orgId, close: async () => {} },
      'SCHOOL',
      ['S-9;90.02.14-998.01;Els Proefmans;14/02/1990;Schoolmaaltijden;45,00;0;0;01/02/2026'],
    );
    const els = await server.db.database.db
      .selectFrom('debtors')
      .select('id')
      .where('name', '=', 'Els Proefmans')
      .executeTakeFirstOrThrow();
    for (const [login, citizenDebtorId] of [
      ['jan@test', debtorId],
      ['els@test', els.id],
    ] as const) {
      const u = await createUser(server.db.database, server.db.scope(), {
        login,
        displayName: login,
        password: PASSWORD,
        roles: ['citizen'],
        citizenDebtorId,
      });
      if (!u.ok) throw new Error(u.error.message);
    }
    const jan = await loginAs('jan@test');
    expect((await call('GET', `/api/v1/plans/${planId}`, undefined, jan)).statusCode).toBe(200);
    expect((await call('GET', `/api/v1/plans/${planId}/qr.svg`, undefined, jan)).statusCode).toBe(200);
    expect((await call('POST', `/api/v1/plans/${planId}/cancel`, { reason: 'x' }, jan)).statusCode).toBe(403);
    const other = await loginAs('els@test');
    expect((await call('GET', `/api/v1/plans/${planId}`, undefined, other)).statusCode).toBe(404);
    expect((await call('GET', `/api/v1/plans/${planId}/letter.pdf`, undefined, other)).statusCode).toBe(404);
    expect((await call('GET', `/api/v1/evs-files/${fileId}`, undefined, other)).statusCode).toBe(404);
  });
});
