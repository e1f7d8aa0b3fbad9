import rateLimit from '@fastify/rate-limit';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { pruneRateLimitWindows } from '../jobs/housekeeping-service.ts';
import { loadConfig } from '../platform/config.ts';
import type { App } from '../platform/http.ts';
import { createTestDatabase, type TestDatabase } from '../testing/db.ts';
import { countRequest, databaseRateLimitStore, peekRequests } from './rate-limit-store.ts';

let db: TestDatabase;
let first: App;
let second: App;

beforeAll(async () => {
  db = await createTestDatabase();
  const deps = {
    config: loadConfig({ PORT: '0', EVS_TRUSTED_PROXIES: '127.0.0.1' }),
    database: db.database,
    today: () => '2026-11-24',
  };
  // Two instances of EvS on one database, as behind a load balancer.
  first = await buildApp({ ...deps, webRoot: null });
  second = await buildApp({ ...deps, webRoot: null });
});

afterAll(async () => {
  await first.close();
  await second.close();
  await db.close();
});

/** Fixed windows: keep a test from straddling a window boundary. */
async function awayFromBoundary(windowMs: number, marginMs = 5_000) {
  const left = windowMs - (Date.now() % windowMs);
  if (left < marginMs) await new Promise((resolve) => setTimeout(resolve, left + 50));
}

describe('database rate-limit store', () => {
  it('counts a client in one row per window, separately per bucket and client', async () => {
    const now = Date.UTC(2026, 10, 24, 10, 0, 30);
    const a1 = await countRequest(db.database, 'unit', 'client-a', 60_000, now);
    const a2 = await countRequest(db.database, 'unit', 'client-a', 60_000, now + 1_000);
    const b1 = await countRequest(db.database, 'unit', 'client-b', 60_000, now + 1_000);
    const other = await countRequest(db.database, 'unit-2', 'client-a', 60_000, now + 1_000);
    expect([a1.current, a2.current, b1.current, other.current]).toEqual([1, 2, 1, 1]);
    expect(a2.ttl).toBe(29_000);
    // The next window starts again from one.
    const next = await countRequest(db.database, 'unit', 'client-a', 60_000, now + 30_000);
    expect(next).toEqual({ current: 1, ttl: 60_000 });
    expect(await peekRequests(db.database, 'unit', 'client-a', 60_000, now)).toEqual({
      current: 2,
      ttl: 30_000,
    });
  });

  it('counts concurrent requests without losing any', async () => {
    const now = Date.UTC(2026, 10, 24, 11, 0, 0);
    const results = await Promise.all(
      Array.from({ length: 25 }, () => countRequest(db.database, 'unit', 'busy', 60_000, now)),
    );
    expect(results.map((r) => r.current).sort((x, y) => x - y)).toEqual(
      Array.from({ length: 25 }, (_, i) => i + 1),
    );
  });

  it('two instances share the global limit of a client', async () => {
    const windowMs = 3_600_000;
    await awayFromBoundary(windowMs);
    const make = async () => {
      const app = Fastify({ trustProxy: true });
      await app.register(rateLimit, {
        global: true,
        max: 5,
        timeWindow: windowMs,
        store: databaseRateLimitStore(db.database),
      });
      app.get('/a', async () => 'a');
      app.get('/b', async () => 'b');
      return app;
    };
    const [one, two] = [await make(), await make()];
    const headers = { 'x-forwarded-for': '198.51.100.7' };
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const app = i % 2 === 0 ? one : two;
      const r = await app.inject({ method: 'GET', url: i % 3 === 0 ? '/a' : '/b', headers });
      statuses.push(r.statusCode);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    // Another client is not affected.
    const other = await one.inject({
      method: 'GET',
      url: '/a',
      headers: { 'x-forwarded-for': '198.51.100.8' },
    });
    expect(other.statusCode).toBe(200);
    await one.close();
    await two.close();
  });

  it('the login limit (20 a minute) holds across two EvS instances', async () => {
    await awayFromBoundary(60_000);
    const headers = { 'x-forwarded-for': '203.0.113.9', 'content-type': 'application/json' };
    const statuses: number[] = [];
    for (let i = 0; i < 22; i++) {
      const app = i % 2 === 0 ? first : second;
      // An invalid body: the limiter counts before validation, and no lockout is involved.
      const r = await app.inject({ method: 'POST', url: '/api/v1/auth/login', headers, payload: '{}' });
      statuses.push(r.statusCode);
    }
    expect(statuses.slice(0, 20).every((s) => s === 400)).toBe(true);
    expect(statuses.slice(20)).toEqual([429, 429]);
    // Each instance alone saw only 11 requests: only a shared counter reaches 21.
    const rows = await db.database.db
      .selectFrom('rate_limits')
      .select(['bucket', 'hits'])
      .where('client_key', '=', '203.0.113.9')
      .execute();
    expect(rows).toEqual([{ bucket: 'POST /api/v1/auth/login', hits: 22 }]);
  });

  it('housekeeping deletes ended windows and keeps current ones', async () => {
    await countRequest(db.database, 'prune', 'old', 1_000, Date.now() - 10_000);
    await countRequest(db.database, 'prune', 'current', 3_600_000);
    const { deleted } = await pruneRateLimitWindows(db.database, db.scope(), '2026-11-24');
    expect(deleted).toBeGreaterThanOrEqual(1);
    const left = await db.database.db
      .selectFrom('rate_limits')
      .select('client_key')
      .where('bucket', '=', 'prune')
      .execute();
    expect(left).toEqual([{ client_key: 'current' }]);
  });
});
