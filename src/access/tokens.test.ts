import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/server.ts';
import { csv, signedInUser } from './access.test-support.ts';

let server: TestServer;
let admin: Record<string, string>;

describe('API tokens and the append-only access log', () => {
  beforeAll(async () => {
    server = await startTestServer();
    admin = (await signedInUser(server.db.database, server.db.scope(), 'admin@a', ['admin'])).headers;
  });
  afterAll(async () => server?.close());

  it('creates a department token shown once, stored hashed, usable for its action only, revocable', async () => {
    const created = await server.app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: { ...admin, 'content-type': 'application/json' },
      payload: JSON.stringify({
        name: 'school billing',
        actions: ['claims.import'],
        departments: ['SCHOOL'],
      }),
    });
    expect(created.statusCode).toBe(201);
    const { id, token } = created.json() as { id: string; token: string };
    expect(token).toMatch(/^evs_/);
    const stored = await server.db.database.db
      .selectFrom('api_tokens')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(token);
    expect(stored.last_used_at).toBeNull();
    const bearer = { authorization: `Bearer ${token}`, 'content-type': 'text/csv' };
    const body = csv(
      'T-1;85.07.30-997.34;S-1;Jan Testmans;30/07/1985;Teststraat;1;9000;Gent;Maaltijden;1,00;15/01/2026',
    );
    const ok = await server.app.inject({
      method: 'POST',
      url: '/api/v1/claim-imports?department=SCHOOL',
      headers: bearer,
      payload: body,
    });
    expect(ok.statusCode).toBe(200);
    const other = await server.app.inject({
      method: 'POST',
      url: '/api/v1/claim-imports?department=PARKEREN',
      headers: bearer,
      payload: body,
    });
    expect(other.statusCode).toBe(403);
    const search = await server.app.inject({
      method: 'POST',
      url: '/api/v1/debtors/search',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      payload: JSON.stringify({ query: 'Testmans' }),
    });
    expect(search.statusCode).toBe(403);
    const listed = await server.app.inject({ url: '/api/v1/tokens', headers: admin });
    expect(listed.body).not.toContain(token);
    expect(
      (listed.json() as { tokens: { lastUsedAt: string | null }[] }).tokens[0]?.lastUsedAt,
    ).not.toBeNull();
    const revoked = await server.app.inject({
      method: 'POST',
      url: `/api/v1/tokens/${id}/revoke`,
      headers: admin,
    });
    expect(revoked.statusCode).toBe(200);
    const after = await server.app.inject({
      method: 'POST',
      url: '/api/v1/claim-imports?department=SCHOOL',
      headers: bearer,
      payload: body,
    });
    expect(after.statusCode).toBe(401);
  });

  it('the database refuses UPDATE, DELETE and TRUNCATE on the access log', async () => {
    const db = server.db.database.db;
    await db
      .insertInto('access_log')
      .values({
        organisation_id: server.db.orgId,
        actor: 'test',
        actor_role: 'finance',
        subject_debtor_id: null,
        action: 'x',
        purpose: 'y',
        request_id: null,
      })
      .execute();
    await expect(sql`UPDATE access_log SET purpose = 'changed'`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM access_log`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`TRUNCATE access_log`.execute(db)).rejects.toThrow(/append-only/);
    const rows = await db.selectFrom('access_log').select('purpose').execute();
    expect(rows.map((r) => r.purpose)).toContain('y');
    expect(rows.map((r) => r.purpose)).not.toContain('changed');
  });
});
