import { randomUUID } from 'node:crypto';
import { type IsoDate, isIsoDate } from '../kernel/dates.ts';
import { err, ok, type Result } from '../kernel/result.ts';
import { audit } from '../platform/audit.ts';
import type { Database } from '../platform/db.ts';
import { type Failure, failure } from '../platform/errors.ts';
import type { Scope } from '../platform/scope.ts';
import { jobsMessages } from './messages.ts';
import { findJob, JOBS, type JobDefinition } from './registry.ts';
import { enqueueOne, type JobRow, listJobs, requeueDeadJob } from './store.ts';
import type { JobStatus } from './tables.ts';

/** Jobs of the organisation, newest first (dead ones are the ones an admin must look at). */
export function jobs(
  database: Database,
  scope: Scope,
  filter: { status?: JobStatus; name?: string; limit?: number } = {},
): Promise<JobRow[]> {
  return listJobs(database.db, scope.orgId, { ...filter, limit: Math.min(filter.limit ?? 100, 1000) });
}

/** Gives a dead job a new set of attempts; it runs at the next poll of any instance. */
export async function retryJob(database: Database, scope: Scope, id: string): Promise<Result<void, Failure>> {
  return database.db.transaction().execute(async (trx) => {
    if (!(await requeueDeadJob(trx, scope.orgId, id))) {
      return err(failure('not_found', 'no_dead_job', jobsMessages.text(scope.lang, 'noDeadJob', { id })));
    }
    await audit(trx, scope, 'jobs.retried', 'job', id);
    return ok(undefined);
  });
}

/** Queues one run of a registered job now, for this organisation (outside its schedule). */
export async function runJobNow(
  database: Database,
  scope: Scope,
  name: string,
  today: IsoDate,
  registry: readonly JobDefinition[] = JOBS,
): Promise<Result<string, Failure>> {
  const job = findJob(name, registry);
  if (!job) {
    return err(
      failure(
        'not_found',
        'unknown_job',
        jobsMessages.text(scope.lang, 'unknownJob', { name, known: registry.map((j) => j.name).join(', ') }),
      ),
    );
  }
  if (!isIsoDate(today)) {
    return err(
      failure('invalid', 'invalid_date', jobsMessages.text(scope.lang, 'invalidDate', { date: today })),
    );
  }
  return database.db.transaction().execute(async (trx) => {
    const id = await enqueueOne(trx, {
      name,
      organisationId: scope.orgId,
      slot: `manual:${randomUUID()}`,
      today,
      maxAttempts: job.maxAttempts ?? 5,
    });
    await audit(trx, scope, 'jobs.queued', 'job', id, { name, today });
    return ok(id);
  });
}
