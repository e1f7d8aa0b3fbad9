import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { loadConfig } from '../platform/config.ts';
import type { App } from '../platform/http.ts';
import { createTestDatabase, type TestDatabase } from '../testing/db.ts';

let db: TestDatabase;
let direct: App;
let proxied: App;

beforeAll(async () => {
  db = await createTestDatabase();
  const deps = { database: db.database, today: () => '2026-11-24', webRoot: null };
  direct = await buildApp({ ...deps, config: loadConfig({ PORT: '0' }) });
  proxied = await buildApp({ ...deps, config: loadConfig({ PORT: '0', EVS_TRUSTED_PROXIES: '127.0.0.1' }) });
});
afterAll(async () => {
  await direct.close();
  await proxied.close();
  await db.close();
});

const attempt = (app: App, forwardedFor: string) =>
  app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
    payload: '{}',
  });

async function clientKeys(): Promise<string[]> {
  const rows = await db.database.db
    .selectFrom('rate_limits')
    .select('client_key')
    .where('bucket', '=', 'POST /api/v1/auth/login')
    .execute();
  return [...new Set(rows.map((r) => r.client_key))].sort();
}

/** Counters live in one-minute windows: start a test with enough of the window left. */
async function freshMinute() {
  const left = 60_000 - (Date.now() % 60_000);
  if (left < 15_000) await new Promise((resolve) => setTimeout(resolve, left + 50));
}

describe('the client address the rate limits count', () => {
  it('is the socket address when no proxy is trusted: a made-up X-Forwarded-For changes nothing', async () => {
    await freshMinute();
    const statuses: number[] = [];
    for (let i = 0; i < 22; i++) statuses.push((await attempt(direct, `203.0.113.${i}`)).statusCode);
    expect(statuses.slice(20)).toEqual([429, 429]);
    expect(await clientKeys()).toEqual(['127.0.0.1']);
    const limited = await attempt(direct, '198.51.100.1');
    expect(limited.json()).toMatchObject({ error: { code: 'rate_limited' } });
    // /healthz answers whatever the limits say
    expect((await direct.inject({ url: '/healthz' })).statusCode).toBe(200);
  });

  it('behind a trusted proxy, is the right-most hop that is not a trusted proxy', async () => {
    await freshMinute();
    const statuses: number[] = [];
    for (let i = 0; i < 22; i++) {
      statuses.push((await attempt(proxied, `203.0.113.${i}, 198.51.100.9`)).statusCode);
    }
    expect(statuses.slice(20)).toEqual([429, 429]);
    expect(await clientKeys()).toEqual(['127.0.0.1', '198.51.100.9']);
  });
});
