import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { loadConfig, readConfig } from '../platform/config.ts';
import type { App } from '../platform/http.ts';
import { createTestDatabase, type TestDatabase } from '../testing/db.ts';
import { configReport } from './config-report.ts';
import { metrics } from './metrics.ts';
import { productionProblems } from './production-service.ts';

const TOKEN = 'metrics-token-0123456789abcdef';
let test: TestDatabase;
let app: App;

beforeAll(async () => {
  test = await createTestDatabase();
  app = await buildApp({
    config: loadConfig({ EVS_METRICS_TOKEN: TOKEN }),
    database: test.database,
    today: () => '2026-11-24',
  });
});
afterAll(async () => {
  await app?.close();
  await test?.close();
});

describe('health, readiness and metrics', () => {
  it('is alive and ready when the database answers and has every migration', async () => {
    expect((await app.inject('/healthz')).statusCode).toBe(200);
    const ready = await app.inject('/readyz');
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({ status: 'ready', database: 'ok', pendingMigrations: [] });
  });

  it('is not ready while a migration of this release is missing', async () => {
    const [last] = (
      await test.database.db.selectFrom('schema_migrations').select('name').orderBy('name', 'desc').execute()
    ).map((r) => r.name);
    await test.database.db
      .deleteFrom('schema_migrations')
      .where('name', '=', last ?? '')
      .execute();
    try {
      const ready = await app.inject('/readyz');
      expect(ready.statusCode).toBe(503);
      expect(ready.json().pendingMigrations).toEqual([last]);
    } finally {
      await test.database.db
        .insertInto('schema_migrations')
        .values({ name: last ?? '' })
        .execute();
    }
  });

  it('serves Prometheus metrics only with the token, counting requests by route and status', async () => {
    await app.inject('/healthz');
    metrics.importRows.inc({ kind: 'claims', outcome: 'created' }, 7);
    expect((await app.inject('/metrics')).statusCode).toBe(401);
    expect(
      (await app.inject({ url: '/metrics', headers: { authorization: 'Bearer wrong' } })).statusCode,
    ).toBe(401);
    const r = await app.inject({ url: '/metrics', headers: { authorization: `Bearer ${TOKEN}` } });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toContain('text/plain');
    expect(r.body).toMatch(/evs_http_requests_total\{route="\/healthz",method="GET",status="200"\} \d+/);
    expect(r.body).toContain('evs_http_request_duration_seconds_bucket');
    expect(r.body).toMatch(/evs_import_rows_total\{kind="claims",outcome="created"\} 7/);
  });
});

describe('configuration', () => {
  const prod = { NODE_ENV: 'production', DATABASE_URL: 'postgres://evs:Str0ng-and-long-pw@db/evs' };

  it('refuses demo data and default or short secrets in production', () => {
    const bad = readConfig({ ...prod, EVS_DEMO: 'true', EVS_METRICS_TOKEN: 'changeme' }, '/srv');
    expect(Array.isArray(bad) ? bad.map((e) => e.name).sort() : bad).toEqual([
      'EVS_DEMO',
      'EVS_METRICS_TOKEN',
    ]);
    const weakDb = readConfig({ ...prod, DATABASE_URL: 'postgres://postgres:postgres@db/evs' }, '/srv');
    expect(Array.isArray(weakDb) ? weakDb.map((e) => e.name) : weakDb).toEqual(['DATABASE_URL']);
    expect(Array.isArray(readConfig({ ...prod, EVS_METRICS_TOKEN: TOKEN }, '/srv'))).toBe(false);
  });

  it('validates every operations setting', () => {
    const bad = readConfig(
      {
        EVS_METRICS_PORT: '70000',
        EVS_TIMEZONE: 'Mars/Olympus',
        EVS_JOB_SCHEDULES: 'ops.prune-jobs=sometimes',
        EVS_JOBS: 'maybe',
        EVS_JOB_POLL_MS: '-1',
        EVS_LOG_FORMAT: 'xml',
        EVS_ELIGIBILITY_SWEEP_DAYS: '02-30',
      },
      '/srv',
    );
    expect(Array.isArray(bad) ? bad.map((e) => e.name).sort() : bad).toEqual([
      'EVS_ELIGIBILITY_SWEEP_DAYS',
      'EVS_JOBS',
      'EVS_JOB_POLL_MS',
      'EVS_JOB_SCHEDULES',
      'EVS_LOG_FORMAT',
      'EVS_METRICS_PORT',
      'EVS_TIMEZONE',
    ]);
  });

  it('prints the effective configuration with every secret masked', () => {
    const config = readConfig(
      {
        ...prod,
        EVS_METRICS_TOKEN: TOKEN,
        EVS_OIDC_ISSUER: 'https://login.example.org',
        EVS_OIDC_CLIENT_ID: 'evs',
        EVS_OIDC_CLIENT_SECRET: 'oidc-secret-0123456789',
        EVS_OIDC_REDIRECT_URI: 'https://evs.example.org/api/v1/auth/oidc/callback',
        EVS_JOB_SCHEDULES: 'ops.prune-jobs=daily 04:00',
      },
      '/srv',
    );
    if (Array.isArray(config)) throw new Error(JSON.stringify(config));
    const text = configReport(config)
      .map((r) => `${r.name}=${r.value}`)
      .join('\n');
    for (const secret of ['Str0ng-and-long-pw', TOKEN, 'oidc-secret-0123456789'])
      expect(text).not.toContain(secret);
    expect(text).toContain('DATABASE_URL=postgres://evs:********@db/evs');
    expect(text).toContain('EVS_METRICS_TOKEN=******** (set)');
    expect(text).toContain('EVS_JOB_SCHEDULES=ops.prune-jobs=daily 04:00');
  });

  it('finds demo users that a production server must not start with', async () => {
    const production = { env: 'production' as const };
    expect(await productionProblems(production, test.database)).toEqual([]);
    await sql`INSERT INTO users (organisation_id, login, display_name, demo)
      VALUES (${test.orgId}, 'demo-admin', 'Demo Beheerder', true)`.execute(test.database.db);
    expect(await productionProblems(production, test.database)).toHaveLength(1);
    expect(await productionProblems({ env: 'development' }, test.database)).toEqual([]);
  });
});
