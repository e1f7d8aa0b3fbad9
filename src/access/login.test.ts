import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/server.ts';
import { createUser } from './user-service.ts';

let server: TestServer;
const PASSWORD = 'correct horse battery';

function cookiesOf(setCookie: string | string[] | undefined): Record<string, string> {
  const list = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  return Object.fromEntries(list.map((c) => [c.split('=')[0] ?? '', c]));
}

async function login(loginName: string, password: string) {
  return server.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    headers: { 'content-type': 'application/json' },
    payload: JSON.stringify({ login: loginName, password }),
  });
}

function sessionHeaders(r: Awaited<ReturnType<typeof login>>) {
  const c = cookiesOf(r.headers['set-cookie']);
  const session = (c.evs_session ?? '').split(';')[0] ?? '';
  const csrf = (c.evs_csrf ?? '').split(';')[0]?.split('=')[1] ?? '';
  return { cookie: session, 'x-csrf-token': csrf };
}

describe('local login, sessions, lockout, password change', () => {
  beforeAll(async () => {
    // Behind a proxy on this machine: its X-Forwarded-Proto says whether the browser used https.
    server = await startTestServer({ env: { EVS_TRUSTED_PROXIES: '127.0.0.1' } });
    for (const login of ['fin@a', 'locky@a']) {
      const r = await createUser(server.db.database, server.db.scope(), {
        login,
        displayName: login,
        password: PASSWORD,
        roles: ['finance'],
      });
      if (!r.ok) throw new Error(r.error.message);
    }
  });
  afterAll(async () => server?.close());

  it('answers the same 409 for a login of another organisation as for one of its own, never a 500', async () => {
    const { insertOrganisation } = await import('../organisations/store.ts');
    const other = await insertOrganisation(server.db.database.db, 'elders', 'Elders');
    const elsewhere = await createUser(
      server.db.database,
      { ...server.db.scope(), orgId: other.id },
      {
        login: 'taken@b',
        displayName: 'taken',
        password: PASSWORD,
        roles: ['finance'],
      },
    );
    expect(elsewhere.ok).toBe(true);
    const admin = await createUser(server.db.database, server.db.scope(), {
      login: 'boss@a',
      displayName: 'boss',
      password: PASSWORD,
      roles: ['admin'],
    });
    expect(admin.ok).toBe(true);
    const headers = {
      ...sessionHeaders(await login('boss@a', PASSWORD)),
      'content-type': 'application/json',
    };
    const create = (loginName: string) =>
      server.app.inject({
        method: 'POST',
        url: '/api/v1/users',
        headers,
        payload: JSON.stringify({
          login: loginName,
          displayName: 'x',
          password: PASSWORD,
          roles: ['finance'],
        }),
      });
    const own = await create('fin@a');
    const foreign = await create('taken@b');
    expect([own.statusCode, foreign.statusCode]).toEqual([409, 409]);
    expect(own.json().error.code).toBe(foreign.json().error.code);
    expect(own.json().error.message.replace('fin@a', '')).toBe(
      foreign.json().error.message.replace('taken@b', ''),
    );
  });

  it('stores argon2id hashes, never the password', async () => {
    const row = await server.db.database.db
      .selectFrom('users')
      .select('password_hash')
      .where('login', '=', 'fin@a')
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(row.password_hash).not.toContain(PASSWORD);
  });

  it('signs in with HttpOnly SameSite cookies, reads /me, and signs out', async () => {
    const r = await login('FIN@a', PASSWORD);
    expect(r.statusCode).toBe(200);
    const c = cookiesOf(r.headers['set-cookie']);
    expect(c.evs_session).toMatch(/HttpOnly/);
    expect(c.evs_session).toMatch(/SameSite=Lax/);
    expect(c.evs_session).not.toMatch(/Secure/); // plain http in the test
    expect(c.evs_csrf).not.toMatch(/HttpOnly/);
    const headers = sessionHeaders(r);
    const me = await server.app.inject({ url: '/api/v1/auth/me', headers });
    expect(me.json()).toMatchObject({ login: 'fin@a', roles: ['finance'] });
    const out = await server.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers });
    expect(out.statusCode).toBe(200);
    expect((await server.app.inject({ url: '/api/v1/auth/me', headers })).statusCode).toBe(401);
  });

  it('marks cookies Secure when the request came over https', async () => {
    const r = await server.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
      payload: JSON.stringify({ login: 'fin@a', password: PASSWORD }),
    });
    expect(cookiesOf(r.headers['set-cookie']).evs_session).toMatch(/Secure/);
  });

  it('refuses a wrong password with the same answer as an unknown login', async () => {
    const wrong = await login('fin@a', 'nope');
    const unknown = await login('nobody@a', 'nope');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
  });

  it('answers a wrong login and a request without a session in French when asked', async () => {
    const wrong = await server.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json', 'accept-language': 'fr-BE,fr;q=0.9' },
      payload: JSON.stringify({ login: 'nobody@a', password: 'nope' }),
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toEqual({
      error: { code: 'bad_credentials', message: 'L’identifiant ou le mot de passe est erroné.' },
    });
    const anonymous = await server.app.inject({ url: '/api/v1/departments?lang=fr' });
    expect(anonymous.statusCode).toBe(401);
    expect((anonymous.json() as { error: { message: string } }).error.message).toBe(
      'Veuillez vous connecter.',
    );
  });

  it('locks the account after 5 failures, even for the right password; an admin reset lifts it', async () => {
    for (let i = 0; i < 5; i++) expect((await login('locky@a', 'wrong')).statusCode).toBe(401);
    const locked = await login('locky@a', PASSWORD);
    expect(locked.statusCode).toBe(401);
    // Locked answers like an unknown login after as many tries: lockouts reveal no accounts.
    expect(locked.json()).toEqual((await login('nobody-here@a', PASSWORD)).json());
    expect((locked.json() as { error: { code: string } }).error.code).toBe('bad_credentials');
    const user = await server.db.database.db
      .selectFrom('users')
      .select('id')
      .where('login', '=', 'locky@a')
      .executeTakeFirstOrThrow();
    const { resetPassword } = await import('./user-service.ts');
    const reset = await resetPassword(server.db.database, server.db.scope(), user.id, 'a-brand-new-password');
    expect(reset.ok).toBe(true);
    expect((await login('locky@a', 'a-brand-new-password')).statusCode).toBe(200);
  });

  it('changes the own password: old one stops working, other sessions end', async () => {
    const first = sessionHeaders(await login('fin@a', PASSWORD));
    const second = sessionHeaders(await login('fin@a', PASSWORD));
    const r = await server.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: { ...first, 'content-type': 'application/json' },
      payload: JSON.stringify({ current: PASSWORD, next: 'even better horse' }),
    });
    expect(r.statusCode).toBe(200);
    expect((await server.app.inject({ url: '/api/v1/auth/me', headers: first })).statusCode).toBe(200);
    expect((await server.app.inject({ url: '/api/v1/auth/me', headers: second })).statusCode).toBe(401);
    expect((await login('fin@a', PASSWORD)).statusCode).toBe(401);
    expect((await login('fin@a', 'even better horse')).statusCode).toBe(200);
  });

  it('ends an expired session', async () => {
    const headers = sessionHeaders(await login('fin@a', 'even better horse'));
    await sql`UPDATE sessions SET expires_at = now() - interval '1 minute'`.execute(server.db.database.db);
    expect((await server.app.inject({ url: '/api/v1/auth/me', headers })).statusCode).toBe(401);
  });

  it('rate-limits login attempts', async () => {
    let limited = false;
    for (let i = 0; i < 25 && !limited; i++) limited = (await login('nobody@a', 'x')).statusCode === 429;
    expect(limited).toBe(true);
  });

  it('sends security headers and hides internals', async () => {
    const r = await server.app.inject({ url: '/healthz' });
    expect(r.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect((await server.app.inject({ url: '/api/docs/json' })).statusCode).toBe(200);
  });
});
