/**
 * EvS as real processes on one PostgreSQL: two server instances share scheduled jobs, sessions and
 * lockouts; kill -9 in the middle of an import or a job loses nothing acknowledged and doubles nothing.
 * Needs DATABASE_URL (the CI PostgreSQL); skipped with a message without it.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../access/user-service.ts';
import { generateCity } from '../demo/generate.ts';
import { loadDemoCity } from '../demo/service.ts';
import { claimsCsv } from '../demo/to-csv.ts';
import { enqueueOne } from '../jobs/store.ts';
import { ensureDefaultOrganisation } from '../organisations/service.ts';
import { insertOrganisation } from '../organisations/store.ts';
import { type Database, openDatabase } from '../platform/db.ts';
import { migrate } from '../platform/migrate.ts';

const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) {
  console.warn(
    'Multi-instance and kill -9 tests skipped: set DATABASE_URL to a PostgreSQL server to run them.',
  );
}

const TSX = ['--import', 'tsx'];
const work = mkdtempSync(path.join(tmpdir(), 'evs-instances-'));
const dbName = `evs_inst_${Math.random().toString(36).slice(2, 10)}`;
let url = '';
let database: Database;
let orgId = '';
const children: ChildProcess[] = [];

interface Proc {
  readonly child: ChildProcess;
  readonly out: string[];
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  exited(): Promise<number | null>;
}

function start(args: string[], env: Record<string, string>): Proc {
  const child = spawn(process.execPath, [...TSX, ...args], {
    env: { ...process.env, DATABASE_URL: url, NODE_ENV: 'test', EVS_LOG_FORMAT: 'json', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  const out: string[] = [];
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  child.stdout?.on('data', (d: Buffer) => out.push(d.toString()));
  child.stderr?.on('data', (d: Buffer) => out.push(d.toString()));
  return {
    child,
    out,
    async waitFor(pattern, timeoutMs = 60_000) {
      const until = Date.now() + timeoutMs;
      while (Date.now() < until) {
        const m = out.join('').match(pattern);
        if (m) return m;
        if (child.exitCode !== null) break;
        await sleep(50);
      }
      throw new Error(`no ${pattern} in output:\n${out.join('').slice(-3000)}`);
    },
    exited: () => exit,
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until<T>(what: string, fn: () => Promise<T | null | false>, timeoutMs = 60_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const v = await fn();
    if (v) return v;
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function admin(query: string): Promise<void> {
  const c = new pg.Client({ connectionString: serverUrl });
  await c.connect();
  await c.query(query);
  await c.end();
}

describe.skipIf(!serverUrl)('several EvS processes on one PostgreSQL', () => {
  beforeAll(async () => {
    await admin(`CREATE DATABASE ${dbName}`);
    const u = new URL(serverUrl ?? '');
    u.pathname = `/${dbName}`;
    url = u.toString();
    database = openDatabase({ databaseUrl: url, dataDir: null });
    await migrate(database);
    orgId = await ensureDefaultOrganisation(database);
    for (const code of ['GEM2', 'GEM3', 'GEM4'])
      await insertOrganisation(database.db, code, `Gemeente ${code}`);
  });

  afterAll(async () => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
    await database?.close();
    await admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch(() => {});
    rmSync(work, { recursive: true, force: true });
  });

  it('two instances run every scheduled slot exactly once, share sessions and lockouts, and stop gracefully', async () => {
    const scope = { orgId, actor: 'test', lang: 'nl' as const };
    const created = await createUser(database, scope, {
      login: 'beheer@example.org',
      displayName: 'Beheerder Testmans',
      password: 'a-long-test-password-42',
      roles: ['admin'],
    });
    expect(created.ok).toBe(true);
    const env = {
      PORT: '0',
      EVS_DEMO: 'false',
      EVS_JOB_POLL_MS: '100',
      EVS_JOB_SCHEDULES: 'ops.prune-sessions=every 1s;ops.prune-jobs=off',
      EVS_LOGIN_MAX_FAILURES: '3',
    };
    const a = start(['src/main.ts'], env);
    const b = start(['src/main.ts'], env);
    const urlA = (await a.waitFor(/EvS listens on (http:\/\/[\d.:]+)/))[1] ?? '';
    const urlB = (await b.waitFor(/EvS listens on (http:\/\/[\d.:]+)/))[1] ?? '';
    for (const base of [urlA, urlB]) expect((await fetch(`${base}/readyz`)).status).toBe(200);

    // A session made on A works on B.
    const login = await fetch(`${urlA}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: 'beheer@example.org', password: 'a-long-test-password-42' }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    expect((await fetch(`${urlB}/api/v1/auth/me`, { headers: { cookie } })).status).toBe(200);
    // Failed logins counted on both instances lock the account on both.
    for (const base of [urlA, urlB, urlA]) {
      const r = await fetch(`${base}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ login: 'beheer@example.org', password: 'wrong-password-000' }),
      });
      expect(r.status).toBeGreaterThanOrEqual(400);
    }
    const locked = await fetch(`${urlB}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: 'beheer@example.org', password: 'a-long-test-password-42' }),
    });
    expect(locked.status).not.toBe(200);

    // Let both schedule and run for a few slots.
    await until('six slots of ops.prune-sessions', async () => {
      const r = await sql<{ n: number }>`SELECT count(DISTINCT slot)::int AS n FROM jobs
        WHERE name = 'ops.prune-sessions' AND status = 'done'`.execute(database.db);
      return Number(r.rows[0]?.n) >= 6;
    });
    a.child.kill('SIGTERM');
    b.child.kill('SIGTERM');
    expect(await a.exited()).toBe(0);
    expect(await b.exited()).toBe(0);
    for (const p of [a, b]) expect(p.out.join('')).toContain('"msg":"stopped"');

    const jobs = await database.db
      .selectFrom('jobs')
      .select(['id', 'organisation_id', 'slot', 'status', 'attempts'])
      .where('name', '=', 'ops.prune-sessions')
      .execute();
    const slots = new Set(jobs.map((j) => j.slot));
    expect(slots.size).toBeGreaterThanOrEqual(6);
    // Every slot that was scheduled has one row per organisation…
    for (const slot of slots) expect(jobs.filter((j) => j.slot === slot).length).toBe(4);
    // …and every row that ran, ran once.
    const runs = await database.db
      .selectFrom('job_runs')
      .innerJoin('jobs', 'jobs.id', 'job_runs.job_id')
      .select(['job_runs.job_id', 'job_runs.instance', 'job_runs.outcome'])
      .where('jobs.name', '=', 'ops.prune-sessions')
      .execute();
    const perJob = new Map<string, number>();
    for (const r of runs) perJob.set(r.job_id, (perJob.get(r.job_id) ?? 0) + 1);
    expect([...perJob.values()].every((n) => n === 1)).toBe(true);
    expect(runs.every((r) => r.outcome === 'ok')).toBe(true);
    expect(jobs.filter((j) => j.status === 'done').every((j) => j.attempts === 1)).toBe(true);
    expect(new Set(runs.map((r) => r.instance)).size).toBe(2); // both instances did work
  });

  it('kill -9 of a job halfway: another process finishes it and no step is applied twice', async () => {
    await sql`CREATE TABLE test_effects (org uuid, today text, item int, PRIMARY KEY (org, today, item))`.execute(
      database.db,
    );
    await sql`CREATE TABLE test_effect_log (item int)`.execute(database.db);
    const jobId = await enqueueOne(database.db, {
      name: 'test.steps',
      organisationId: orgId,
      slot: 'manual:kill-test',
      today: '2026-11-24',
      maxAttempts: 5,
    });
    const first = start(['src/jobs/io-test-worker.ts', 'first'], {});
    await first.waitFor(/step 2\n/);
    first.child.kill('SIGKILL');
    await first.exited();
    const second = start(['src/jobs/io-test-worker.ts', 'second'], {});
    await until('the job to be done', async () => {
      const j = await database.db
        .selectFrom('jobs')
        .select('status')
        .where('id', '=', jobId)
        .executeTakeFirst();
      return j?.status === 'done';
    });
    second.child.kill('SIGTERM');
    expect(await second.exited()).toBe(0);
    const log = await sql<{ item: number }>`SELECT item FROM test_effect_log ORDER BY item`.execute(
      database.db,
    );
    expect(log.rows.map((r) => Number(r.item))).toEqual([1, 2, 3, 4, 5]);
    const runs = await database.db
      .selectFrom('job_runs')
      .select(['instance', 'outcome'])
      .where('job_id', '=', jobId)
      .orderBy('attempt')
      .execute();
    expect(runs).toEqual([
      { instance: 'first', outcome: 'interrupted' },
      { instance: 'second', outcome: 'ok' },
    ]);
  });

  it('kill -9 of an import halfway: acknowledged claims stay, the killed file leaves no trace, a rerun doubles nothing', async () => {
    const scope = { orgId, actor: 'test', lang: 'nl' as const };
    await loadDemoCity(database, scope, { today: '2026-11-24', people: 40, claims: 150, seed: 11 });
    const digest = async () =>
      (
        await sql<{ n: number; d: string }>`SELECT count(*)::int AS n,
          md5(string_agg(claim_id || ':' || principal || ':' || paid || ':' || status, ',' ORDER BY claim_id)) AS d
          FROM claims WHERE organisation_id = ${orgId}`.execute(database.db)
      ).rows[0];
    const acknowledged = await digest();

    const city = generateCity({ seed: 12345, people: 20_000, claims: 60_000, today: '2026-11-24' });
    const rows = [...city.claims()].filter((r) => r.departmentCode === 'SCHOOL');
    const file = path.join(work, 'school.csv');
    writeFileSync(file, claimsCsv(rows));
    const args = ['bin/evs.js', 'import', 'claims', file, '--department', 'SCHOOL', '--json'];

    const killed = start(args, {});
    const importId = await until('the import to be half staged', async () => {
      const r = await sql<{
        id: string;
        n: number;
      }>`SELECT i.id, (SELECT count(*)::int FROM claim_import_rows s
          WHERE s.import_id = i.id) AS n FROM claim_imports i WHERE i.status = 'running'`.execute(
        database.db,
      );
      const row = r.rows[0];
      return row && Number(row.n) > 500 ? row.id : null;
    });
    killed.child.kill('SIGKILL');
    await killed.exited();
    expect(await digest()).toEqual(acknowledged);
    // a live instance's import keeps beating; a dead one's heartbeat goes stale — let that time pass
    await sql`UPDATE claim_imports SET heartbeat_at = now() - interval '1 hour' WHERE id = ${importId}`.execute(
      database.db,
    );

    const full = start(args, {});
    expect(await full.exited()).toBe(0);
    const report = JSON.parse(full.out.join('').trim().split('\n').pop() ?? '{}');
    expect(report.created + report.updated + report.unchanged).toBe(rows.length);
    const afterImport = await digest();
    expect(afterImport?.n).toBe((acknowledged?.n ?? 0) + report.created);
    const killedImport = await database.db
      .selectFrom('claim_imports')
      .select('status')
      .where('id', '=', importId)
      .executeTakeFirst();
    expect(killedImport?.status).toBe('interrupted');
    const staged = await sql<{ n: number }>`SELECT count(*)::int AS n FROM claim_import_rows`.execute(
      database.db,
    );
    expect(Number(staged.rows[0]?.n)).toBe(0);

    const again = start(args, {});
    expect(await again.exited()).toBe(0);
    const second = JSON.parse(again.out.join('').trim().split('\n').pop() ?? '{}');
    expect([second.created, second.updated, second.unchanged]).toEqual([0, 0, rows.length]);
    expect(await digest()).toEqual(afterImport);
  });
});
