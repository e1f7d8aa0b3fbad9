import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessFixture, type SignedIn } from '../access/access.test-support.ts';
import { startTestServer, type TestServer } from '../testing/server.ts';

/**
 * The findings of issue 14 that answered 500 on bad input, each sent as the attacker did: NUL in name
 * fields, a facts JSON nested 5,000 deep, `__proto__` keys. Each answers a 4xx `{error: {code,
 * message}}` and writes nothing. (A NUL in a claims CSV: src/claims/import-failures.test.ts; a JSON
 * body or 4.5 MB to the hub CSV route: src/hub/csv-limits.test.ts; "langer dan undefined":
 * src/claims/io-csv-reader.test.ts.)
 */
let server: TestServer;
let admin: SignedIn;
let finance: SignedIn;

beforeAll(async () => {
  server = await startTestServer();
  const f = await accessFixture(server.db.database, server.db.scope());
  admin = f.users.admin;
  finance = f.users.finance;
});
afterAll(async () => server?.close());

const send = (who: SignedIn, method: 'POST' | 'PATCH', url: string, payload: string) =>
  server.app.inject({
    method,
    url,
    headers: { ...who.headers, 'content-type': 'application/json' },
    payload,
  });
const rows = async (table: 'api_tokens' | 'audit_events' | 'eligibility_facts') =>
  Number(
    (
      await server.db.database.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('one rule for bad input', () => {
  it('refuses a NUL character in a token name and a hub participant name, writing nothing', async () => {
    const before = { tokens: await rows('api_tokens'), audit: await rows('audit_events') };
    const token = await send(
      admin,
      'POST',
      '/api/v1/tokens?lang=en',
      JSON.stringify({ name: 'billing\u0000', actions: ['claims.import'] }),
    );
    expect(token.statusCode).toBe(400);
    expect(token.json()).toEqual({ error: { code: 'nul_character', message: expect.any(String) } });
    const participant = await send(
      admin,
      'PATCH',
      '/api/v1/hub/participants/OCMW',
      JSON.stringify({ name: 'OCMW \u0000 Gent' }),
    );
    expect(participant.statusCode).toBe(400);
    expect(participant.json().error.code).toBe('nul_character');
    expect({ tokens: await rows('api_tokens'), audit: await rows('audit_events') }).toEqual(before);
  });

  it('refuses a facts JSON nested 5,000 deep and a __proto__ key with a 400, not a stack overflow', async () => {
    const before = await rows('eligibility_facts');
    const url = '/api/v1/eligibility/facts?kind=social_status&source=fuzz';
    const deep = await send(finance, 'POST', url, `${'['.repeat(5000)}${']'.repeat(5000)}`);
    expect(deep.statusCode).toBe(400);
    expect(deep.json().error.code).toBe('too_deep');
    const proto = await send(finance, 'POST', url, '{"__proto__": {"admin": true}}');
    expect(proto.statusCode).toBe(400);
    expect(await rows('eligibility_facts')).toBe(before);
  });

  it('never rate-limits /healthz', async () => {
    const health = await server.app.inject({ url: '/healthz' });
    expect(health.statusCode).toBe(200);
    expect(health.headers['x-ratelimit-limit']).toBeUndefined();
    const api = await server.app.inject({ url: '/api/v1/auth/me', headers: finance.headers });
    expect(api.headers['x-ratelimit-limit']).toBeDefined();
  });
});
