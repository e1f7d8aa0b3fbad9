import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/server.ts';
import {
  accessFixture,
  csv,
  debtorIdOf,
  ELS_NN,
  importCsv,
  type SignedIn,
  signedInUser,
} from './access.test-support.ts';

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
    const { id, debtorId } = recorded.json() as { id: string; debtorId: string | null };
    expect(debtorId).toBeNull(); // by national number the answer never names the debtor (see below)
    expect((await call(worker, 'GET', overview)).statusCode).toBe(200);

    const mine = (await call(worker, 'GET', '/api/v1/consents')).json() as {
      consents: { id: string; debtorId: string; debtorName: string; evidenceRef: string }[];
    };
    expect(mine.consents.find((c) => c.id === id)).toMatchObject({
      debtorId: f.els,
      debtorName: 'Els Proefmans',
      nationalNumber: ELS_NN,
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

  it('answers the same for a person who owes the city and one who does not, and covers the latter once known', async () => {
    const worker = await signedInUser(server.db.database, server.db.scope(), 'social3@a', ['social_worker']);
    const base = { purpose: 'budgetbegeleiding', evidenceRef: 'OCMW-2026-9', ...period };
    const NEW_NN = '88.01.01-990.59'; // check-digit valid, no claims in this organisation
    const known = await call(worker, 'POST', '/api/v1/consents', { ...base, nationalNumber: ELS_NN });
    const unknown = await call(worker, 'POST', '/api/v1/consents', { ...base, nationalNumber: NEW_NN });
    expect([known.statusCode, unknown.statusCode]).toEqual([201, 201]);
    const shape = (body: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(body).map(([k, v]) => [k, v === null ? null : typeof v]));
    expect(shape(known.json())).toEqual({ id: 'string', debtorId: null });
    expect(shape(unknown.json())).toEqual(shape(known.json()));
    expect(Object.keys(known.headers).sort()).toEqual(Object.keys(unknown.headers).sort());

    // the person without claims is listed by the number the form names, and seen once their claims arrive
    const listed = async () =>
      ((await call(worker, 'GET', '/api/v1/consents')).json() as { consents: Record<string, unknown>[] })
        .consents;
    expect((await listed()).find((c) => c.id === unknown.json().id)).toMatchObject({
      debtorId: null,
      debtorName: null,
      nationalNumber: '88010199059',
    });
    await importCsv(
      server.db.database,
      server.db.scope(),
      'PARKEREN',
      csv(
        'PK-N1;88.01.01-990.59;P-9;Nieuw Testpersoon;01/01/1988;Proefweg;9;9000;Gent;Parkeerretributie;15,00;10/03/2026',
      ),
    );
    const newcomer = await debtorIdOf(server.db.database, server.db.orgId, '88010199059');
    expect((await listed()).find((c) => c.id === unknown.json().id)).toMatchObject({
      debtorId: newcomer,
      debtorName: 'Nieuw Testpersoon',
    });
    expect((await call(worker, 'GET', `/api/v1/debtors/${newcomer}/overview`)).statusCode).toBe(200);
    // another social worker has no access through it
    expect((await call(other, 'GET', `/api/v1/debtors/${newcomer}/overview`)).statusCode).toBe(403);
  });

  it('says what is wrong with a bad national number, an unknown person or a missing person', async () => {
    const base = { purpose: 'budgetbegeleiding', evidenceRef: 'X', ...period };
    const bad = await call(f.users.social_worker, 'POST', '/api/v1/consents?lang=en', {
      ...base,
      nationalNumber: '90.02.14-998.02',
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.message).toMatch(/national number is not valid/);
    // a person of another organisation, named by id, is unknown here
    const elsewhere = await call(f.users.social_worker, 'POST', '/api/v1/consents', {
      ...base,
      debtorId: f.bert,
    });
    expect(elsewhere.statusCode).toBe(404);
    const none = await call(f.users.social_worker, 'POST', '/api/v1/consents', base);
    expect(none.statusCode).toBe(422);
  });
});
