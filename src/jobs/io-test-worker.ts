/**
 * Test-only process (src/ops/instances.test.ts): a job runner with one slow job of five idempotent
 * steps, so a test can kill -9 it halfway and let another process finish the job.
 *   DATABASE_URL=… tsx src/jobs/io-test-worker.ts INSTANCE_NAME
 */
import { sql } from 'kysely';
import { openDatabase } from '../platform/db.ts';
import type { JobDefinition } from './registry.ts';
import { startJobRunner } from './runner-service.ts';

const TEST_STEPS_JOB: JobDefinition = {
  name: 'test.steps',
  description: 'applies items 1..5, each exactly once, slowly',
  schedule: 'off',
  handler: async (database, scope, today) => {
    let applied = 0;
    for (let item = 1; item <= 5; item++) {
      // The effect and the mark that it is done commit together: a rerun skips done items.
      await database.db.transaction().execute(async (trx) => {
        const r = await sql`INSERT INTO test_effects VALUES (${scope.orgId}, ${today}, ${item})
          ON CONFLICT DO NOTHING`.execute(trx);
        if (Number(r.numAffectedRows ?? 0) === 0) return;
        await sql`INSERT INTO test_effect_log VALUES (${item})`.execute(trx);
        applied++;
      });
      process.stdout.write(`step ${item}\n`);
      await new Promise((resolve) => setTimeout(resolve, 400));
    }
    return { applied };
  },
};

const database = openDatabase({ databaseUrl: process.env.DATABASE_URL ?? null, dataDir: null });
const log = (obj: object, msg?: string) => process.stderr.write(`${msg ?? ''} ${JSON.stringify(obj)}\n`);
const runner = startJobRunner({
  database,
  jobs: [TEST_STEPS_JOB],
  config: { enabled: true, pollMs: 100, leaseSeconds: 2, schedules: {}, sweepDays: [] },
  timeZone: 'Europe/Brussels',
  logger: { info: log, warn: log, error: log },
  instance: process.argv[2] ?? 'worker',
});
process.stdout.write('worker ready\n');
process.on('SIGTERM', () => {
  void runner
    .stop()
    .then(() => database.close())
    .then(() => process.exit(0));
});
