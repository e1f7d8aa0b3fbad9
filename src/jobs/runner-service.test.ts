import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertOrganisation } from '../organisations/store.ts';
import type { JobsConfig } from '../platform/config.ts';
import { parseSchedule } from '../platform/schedule.ts';
import { createTestDatabase, type TestDatabase } from '../testing/db.ts';
import type { JobDefinition } from './registry.ts';
import { createJobRunner } from './runner-service.ts';
import { jobs, retryJob, runJobNow } from './service.ts';
import { claimNextJob, startRun } from './store.ts';

const quiet = { info() {}, warn() {}, error() {} };
const config = (over: Partial<JobsConfig> = {}): JobsConfig => ({
  enabled: true,
  pollMs: 50,
  leaseSeconds: 60,
  schedules: {},
  sweepDays: [],
  ...over,
});

let test: TestDatabase;
const calls: string[] = [];

beforeAll(async () => {
  test = await createTestDatabase();
  await insertOrganisation(test.database.db, 'OTHER', 'Andere gemeente');
});
afterAll(async () => {
  await test?.close();
});

function runner(definitions: JobDefinition[], instance: string, over: Partial<JobsConfig> = {}) {
  return createJobRunner({
    database: test.database,
    jobs: definitions,
    config: config(over),
    timeZone: 'Europe/Brussels',
    logger: quiet,
    instance,
  });
}

describe('job runner', () => {
  it('runs a scheduled slot once per organisation, however many instances schedule it', async () => {
    const def: JobDefinition = {
      name: 'test.count',
      description: 'counts',
      schedule: 'every 1h',
      handler: async (_db, scope, today) => {
        calls.push(`${scope.orgId}:${today}`);
        return { counted: 1 };
      },
    };
    const a = runner([def], 'a');
    const b = runner([def], 'b');
    const ran = await Promise.all([a.drain(), b.drain(), a.drain(), b.drain()]);
    expect(ran.reduce((x, y) => x + y, 0)).toBe(2);
    expect(new Set(calls).size).toBe(2);
    expect(calls).toHaveLength(2);
    const rows = await test.database.db
      .selectFrom('jobs')
      .selectAll()
      .where('name', '=', 'test.count')
      .execute();
    expect(rows.map((r) => [r.status, r.attempts])).toEqual([
      ['done', 1],
      ['done', 1],
    ]);
    expect(rows[0]?.result).toEqual({ counted: 1 });
  });

  it('retries a failing job with backoff, leaves it dead after its attempts, and an admin retry runs it', async () => {
    let failures = 2;
    const def: JobDefinition = {
      name: 'test.flaky',
      description: 'fails twice',
      schedule: 'off',
      maxAttempts: 2,
      handler: async () => {
        if (failures-- > 0) throw new Error('upstream unavailable');
        return { ok: true };
      },
    };
    const scope = test.scope('en');
    const badDate = await runJobNow(test.database, scope, 'test.flaky', '24/11/2026', [def]);
    expect(badDate.ok ? null : badDate.error.code).toBe('invalid_date');
    const queued = await runJobNow(test.database, scope, 'test.flaky', '2026-11-24', [def]);
    expect(queued.ok).toBe(true);
    const r = runner([def], 'a');
    expect(await r.drain()).toBe(1);
    let [job] = await jobs(test.database, scope, { name: 'test.flaky' });
    expect(job?.status).toBe('queued');
    expect(job?.lastError).toBe('upstream unavailable');
    expect(new Date(job?.runAt ?? 0).getTime()).toBeGreaterThan(Date.now() + 20_000); // 30 s backoff
    await test.database.db
      .updateTable('jobs')
      .set({ run_at: new Date() })
      .where('name', '=', 'test.flaky')
      .execute();
    expect(await r.drain()).toBe(1);
    [job] = await jobs(test.database, scope, { status: 'dead' });
    expect(job?.name).toBe('test.flaky');
    expect(job?.attempts).toBe(2);
    expect(await r.drain()).toBe(0); // dead jobs stay dead

    const retried = await retryJob(test.database, scope, job?.id ?? '');
    expect(retried.ok).toBe(true);
    expect(await r.drain()).toBe(1);
    [job] = await jobs(test.database, scope, { name: 'test.flaky' });
    expect(job?.status).toBe('done');
    const again = await retryJob(test.database, scope, job?.id ?? '');
    expect(again.ok ? '' : again.error.code).toBe('no_dead_job');
  });

  it('takes over a job whose instance died, and an idempotent handler does not double its effect', async () => {
    await sql`CREATE TABLE test_effects (org uuid, today text, item int, PRIMARY KEY (org, today, item))`.execute(
      test.database.db,
    );
    await sql`CREATE TABLE test_effect_log (item int)`.execute(test.database.db);
    const def: JobDefinition = {
      name: 'test.steps',
      description: 'applies 5 items, each once',
      schedule: 'off',
      handler: async (database, scope, today) => {
        let applied = 0;
        for (let item = 1; item <= 5; item++) {
          await database.db.transaction().execute(async (trx) => {
            const r = await sql`INSERT INTO test_effects VALUES (${scope.orgId}, ${today}, ${item})
              ON CONFLICT DO NOTHING`.execute(trx);
            if (Number(r.numAffectedRows ?? 0) === 0) return;
            await sql`INSERT INTO test_effect_log VALUES (${item})`.execute(trx);
            applied++;
          });
        }
        return { applied };
      },
    };
    const scope = test.scope();
    await runJobNow(test.database, scope, 'test.steps', '2026-11-24', [def]);
    // An instance claims the job with a 1-second lease, applies two items, and dies.
    const claimed = await claimNextJob(test.database.db, 'crashed', 1);
    expect(claimed?.name).toBe('test.steps');
    if (!claimed) return;
    await startRun(test.database.db, claimed, 'crashed');
    for (const item of [1, 2]) {
      await sql`INSERT INTO test_effects VALUES (${scope.orgId}, '2026-11-24', ${item})`.execute(
        test.database.db,
      );
      await sql`INSERT INTO test_effect_log VALUES (${item})`.execute(test.database.db);
    }
    const survivor = runner([def], 'survivor');
    expect(await survivor.drain()).toBe(0); // the lease still holds
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(await survivor.drain()).toBe(1);
    const log = await sql<{ item: number }>`SELECT item FROM test_effect_log ORDER BY item`.execute(
      test.database.db,
    );
    expect(log.rows.map((r) => Number(r.item))).toEqual([1, 2, 3, 4, 5]);
    const runs = await test.database.db
      .selectFrom('job_runs')
      .select(['instance', 'outcome', 'attempt'])
      .where('job_id', '=', claimed.id)
      .orderBy('attempt')
      .execute();
    expect(runs).toEqual([
      { instance: 'crashed', outcome: 'interrupted', attempt: 1 },
      { instance: 'survivor', outcome: 'ok', attempt: 2 },
    ]);
    const [job] = await jobs(test.database, scope, { name: 'test.steps' });
    expect(job?.status).toBe('done');
  });

  it('stops after the running job step when asked to', async () => {
    let finished = false;
    const def: JobDefinition = {
      name: 'test.slow',
      description: 'takes a while',
      schedule: 'every 1h',
      handler: async () => {
        await new Promise((resolve) => setTimeout(resolve, 300));
        finished = true;
        return {};
      },
    };
    const r = runner([def], 'stopper');
    r.start();
    await new Promise((resolve) => setTimeout(resolve, 100));
    await r.stop();
    expect(finished).toBe(true);
    const rows = await test.database.db
      .selectFrom('jobs')
      .select('status')
      .where('name', '=', 'test.slow')
      .execute();
    expect(rows.some((x) => x.status === 'done')).toBe(true);
    expect(rows.every((x) => x.status !== 'running')).toBe(true);
  });

  it('refuses an unknown schedule text', () => {
    expect(parseSchedule('every 0m')).toBeNull();
    expect(parseSchedule('hourly')).toBeNull();
  });
});
