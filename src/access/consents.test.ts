import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/server.ts';
import { accessFixture, ELS_NN, type SignedIn, signedInUser } from './access.test-support.ts';

let server: TestServer;
let f: Awaited<ReturnType<typeof accessFixture>>;
let other: SignedIn;

const call = (who: SignedIn, method: 'GET' | 'POST', url: string, body?: unknown) =>
  server.app.inject({
    method,
    url,
    headers: { ...who.headers, ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { payload: JSON.stringify(body) } : {}),
  });

const period = { validFrom: '2026-11-01', validUntil: '2027-10-31' };

describe('a social worker records their own consents', () => {
  beforeAll(async () => {
    server = await startTestServer();
    f = await accessFixture(server.db.database, server.db.scope());
    other = await signedInUser(server.db.database, server.db.scope(), 'social2@a', ['social_worker']);
  });
  afterAll(async () => server?.close());

  it('names the person by national number and then sees them, until the consent ends', async () => {
    const overview = `/api/v1/debtors/${f.els}/overview`;
    const worker = f.users.social_worker;
    expect((await call(worker, 'GET', overview)).statusCode).toBe(403);

    const recorded = await call(worker, 'POST', '/api/v1/consents', {
      nationalNumber: '90.02.14-998.01',
      purpose: 'budgetbegeleiding',
      evidenceRef: 'OCMW-2026-118',
      ...period,
    });
    expect(recorded.statusCode).toBe(201);
    const { id, debtorId } = recorded.json() as { id: string; debtorId: string };
    expect(debtorId).toBe(f.els);
    expect((await call(worker, 'GET', overview)).statusCode).toBe(200);

    const mine = (await call(worker, 'GET', '/api/v1/consents')).json() as {
      consents: { id: string; debtorName: string; evidenceRef: string }[];
    };
    expect(mine.consents.find((c) => c.id === id)).toMatchObject({
      debtorName: 'Els Proefmans',
      evidenceRef: 'OCMW-2026-118',
    });
    // another social worker neither sees nor ends it, and has no access through it
    const theirs = (await call(other, 'GET', '/api/v1/consents')).json() as { consents: unknown[] };
    expect(theirs.consents).toEqual([]);
    expect((await call(other, 'POST', `/api/v1/consents/${id}/end`, {})).statusCode).toBe(404);
    expect((await call(other, 'GET', overview)).statusCode).toBe(403);

    expect((await call(worker, 'POST', `/api/v1/consents/${id}/end`, {})).statusCode).toBe(200);
    expect((await call(worker, 'GET', overview)).statusCode).toBe(403);
    const audited = await server.db.database.db
      .selectFrom('audit_events')
      .select('action')
      .where('subject_id', 'in', [f.els, id])
      .where('action', 'like', 'consent.%')
      .execute();
    expect(audited.map((a) => a.action).sort()).toEqual(['consent.ended', 'consent.recorded']);
  });

  it('refuses to record a consent for another social worker, and writes nothing', async () => {
    const before = await server.db.database.db.selectFrom('consents').select('id').execute();
    const r = await call(f.users.social_worker, 'POST', '/api/v1/consents', {
      userId: other.userId,
      nationalNumber: ELS_NN,
      purpose: 'budgetbegeleiding',
      evidenceRef: 'X',
      ...period,
    });
    expect(r.statusCode).toBe(403);
    expect(r.json()).toMatchObject({ error: { code: 'own_consents_only' } });
    expect(await server.db.database.db.selectFrom('consents').select('id').execute()).toEqual(before);
  });

  it('says what is wrong with a bad national number, an unknown person or a missing person', async () => {
    const base = { purpose: 'budgetbegeleiding', evidenceRef: 'X', ...period };
    const bad = await call(f.users.social_worker, 'POST', '/api/v1/consents?lang=en', {
      ...base,
      nationalNumber: '90.02.14-998.02',
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.message).toMatch(/national number is not valid/);
    const unknown = await call(f.users.social_worker, 'POST', '/api/v1/consents', {
      ...base,
      nationalNumber: '88.01.01-990.59',
    });
    expect(unknown.statusCode).toBe(404);
    // a person of another organisation is unknown here too
    const elsewhere = await call(f.users.social_worker, 'POST', '/api/v1/consents', {
      ...base,
      debtorId: f.bert,
    });
    expect(elsewhere.statusCode).toBe(404);
    const none = await call(f.users.social_worker, 'POST', '/api/v1/consents', base);
    expect(none.statusCode).toBe(422);
  });
});
