import { sql } from 'kysely';
import type { Executor } from '../platform/db.ts';
import type { JobStatus } from './tables.ts';

export interface ClaimedJob {
  readonly id: string;
  readonly name: string;
  readonly organisationId: string;
  readonly today: string;
  readonly attempts: number;
  readonly maxAttempts: number;
}

/** Adds the slot's row for every organisation; rows another instance already added are left alone. */
export async function enqueueForAllOrganisations(
  db: Executor,
  job: { name: string; slot: string; today: string; maxAttempts: number },
): Promise<number> {
  const r = await sql`
    INSERT INTO jobs (name, organisation_id, slot, today, max_attempts)
    SELECT ${job.name}, id, ${job.slot}, ${job.today}, ${job.maxAttempts} FROM organisations
    ON CONFLICT (name, organisation_id, slot) DO NOTHING`.execute(db);
  return Number(r.numAffectedRows ?? 0);
}

export async function enqueueOne(
  db: Executor,
  job: { name: string; organisationId: string; slot: string; today: string; maxAttempts: number },
): Promise<string> {
  const row = await db
    .insertInto('jobs')
    .values({
      name: job.name,
      organisation_id: job.organisationId,
      slot: job.slot,
      today: job.today,
      max_attempts: job.maxAttempts,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Takes the next due job — queued and due, or running with a lease that ran out (its instance
 * died) — and leases it to `instance`. SKIP LOCKED: instances claiming at the same moment get
 * different rows and never wait on each other.
 */
export async function claimNextJob(
  db: Executor,
  instance: string,
  leaseSeconds: number,
): Promise<ClaimedJob | null> {
  const r = await sql<{
    id: string;
    name: string;
    organisation_id: string;
    today: string;
    attempts: number;
    max_attempts: number;
  }>`
    UPDATE jobs SET status = 'running', attempts = attempts + 1, locked_by = ${instance},
      locked_until = now() + make_interval(secs => ${leaseSeconds})
    WHERE id = (
      SELECT id FROM jobs
      WHERE (status = 'queued' AND run_at <= now()) OR (status = 'running' AND locked_until < now())
      ORDER BY run_at, created_at
      LIMIT 1
      FOR UPDATE SKIP LOCKED)
    RETURNING id, name, organisation_id, today, attempts, max_attempts`.execute(db);
  const row = r.rows[0];
  if (!row) return null;
  return {
    id: row.id,
    name: row.name,
    organisationId: row.organisation_id,
    today: row.today,
    attempts: Number(row.attempts),
    maxAttempts: Number(row.max_attempts),
  };
}

/** Starts the run record; earlier runs without an end were cut short by a crash. */
export async function startRun(db: Executor, job: ClaimedJob, instance: string): Promise<void> {
  await db
    .updateTable('job_runs')
    .set({ outcome: 'interrupted', finished_at: new Date() })
    .where('job_id', '=', job.id)
    .where('outcome', 'is', null)
    .execute();
  await db.insertInto('job_runs').values({ job_id: job.id, attempt: job.attempts, instance }).execute();
}

export async function renewLease(
  db: Executor,
  jobId: string,
  instance: string,
  leaseSeconds: number,
): Promise<boolean> {
  const r = await sql`
    UPDATE jobs SET locked_until = now() + make_interval(secs => ${leaseSeconds})
    WHERE id = ${jobId} AND locked_by = ${instance} AND status = 'running'`.execute(db);
  return Number(r.numAffectedRows ?? 0) > 0;
}

/** Ends a run. Only the instance holding the lease may: one that lost it leaves the row alone. */
export async function finishJob(
  db: Executor,
  job: ClaimedJob,
  instance: string,
  outcome: { kind: 'ok'; result: unknown } | { kind: 'failed'; error: string; retryInSeconds: number | null },
): Promise<JobStatus | null> {
  const status: JobStatus =
    outcome.kind === 'ok' ? 'done' : outcome.retryInSeconds === null ? 'dead' : 'queued';
  const runAt =
    outcome.kind === 'failed' && outcome.retryInSeconds !== null
      ? sql<Date>`now() + make_interval(secs => ${outcome.retryInSeconds})`
      : sql<Date>`run_at`;
  const updated = await db
    .updateTable('jobs')
    .set({
      status,
      locked_by: null,
      locked_until: null,
      run_at: runAt,
      last_error: outcome.kind === 'failed' ? outcome.error : null,
      result: outcome.kind === 'ok' ? JSON.stringify(outcome.result ?? null) : null,
      finished_at: status === 'queued' ? null : new Date(),
    })
    .where('id', '=', job.id)
    .where('locked_by', '=', instance)
    .where('status', '=', 'running')
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0) return null;
  await db
    .updateTable('job_runs')
    .set({
      outcome: outcome.kind,
      finished_at: new Date(),
      error: outcome.kind === 'failed' ? outcome.error : null,
    })
    .where('job_id', '=', job.id)
    .where('attempt', '=', job.attempts)
    .execute();
  return status;
}

export interface JobRow {
  id: string;
  name: string;
  slot: string;
  today: string;
  status: JobStatus;
  attempts: number;
  maxAttempts: number;
  runAt: string;
  lastError: string | null;
  finishedAt: string | null;
}

export async function listJobs(
  db: Executor,
  orgId: string,
  filter: { status?: JobStatus; name?: string; limit: number },
): Promise<JobRow[]> {
  let q = db
    .selectFrom('jobs')
    .select([
      'id',
      'name',
      'slot',
      'today',
      'status',
      'attempts',
      'max_attempts',
      'run_at',
      'last_error',
      'finished_at',
    ])
    .where('organisation_id', '=', orgId);
  if (filter.status) q = q.where('status', '=', filter.status);
  if (filter.name) q = q.where('name', '=', filter.name);
  const rows = await q.orderBy('created_at', 'desc').limit(filter.limit).execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    slot: r.slot,
    today: r.today,
    status: r.status,
    attempts: Number(r.attempts),
    maxAttempts: Number(r.max_attempts),
    runAt: new Date(r.run_at).toISOString(),
    lastError: r.last_error,
    finishedAt: r.finished_at ? new Date(r.finished_at).toISOString() : null,
  }));
}

/** Puts a dead job back in the queue with a fresh set of attempts (attempt numbers keep counting). */
export async function requeueDeadJob(db: Executor, orgId: string, id: string): Promise<boolean> {
  const r = await db
    .updateTable('jobs')
    .set({
      status: 'queued',
      max_attempts: sql<number>`attempts + max_attempts`,
      run_at: new Date(),
      last_error: null,
      finished_at: null,
    })
    .where('organisation_id', '=', orgId)
    .where('id', '=', id)
    .where('status', '=', 'dead')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** Removes finished jobs (done, not dead) that ended before `before`. */
export async function pruneFinishedJobs(db: Executor, orgId: string, before: Date): Promise<number> {
  const r = await db
    .deleteFrom('jobs')
    .where('organisation_id', '=', orgId)
    .where('status', '=', 'done')
    .where('finished_at', '<', before)
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}
