import { cleanInterruptedImports } from '../claims/import-service.ts';
import type { IsoDate } from '../kernel/dates.ts';
import { pruneRateLimits } from '../ops/rate-limit-store.ts';
import type { Database } from '../platform/db.ts';
import type { Scope } from '../platform/scope.ts';
import { pruneFinishedJobs } from './store.ts';

/** Deletes the organisation's sessions that expired (they can no longer be used; rows only take space). */
export async function pruneExpiredSessions(database: Database, scope: Scope, _today: IsoDate) {
  const r = await database.db
    .deleteFrom('sessions')
    .where('organisation_id', '=', scope.orgId)
    .where('expires_at', '<', new Date())
    .executeTakeFirst();
  return { deleted: Number(r.numDeletedRows) };
}

/** Keeps 30 days of finished jobs (dead jobs stay until an admin retries them). */
export async function pruneOldJobs(database: Database, scope: Scope, _today: IsoDate) {
  const before = new Date(Date.now() - 30 * 24 * 3600 * 1000);
  return { deleted: await pruneFinishedJobs(database.db, scope.orgId, before) };
}

/**
 * Deletes request counters of rate-limit windows that ended. The counters belong to no organisation
 * (requests are limited before sign-in), so whichever organisation's run comes first does the work.
 */
export async function pruneRateLimitWindows(database: Database, _scope: Scope, _today: IsoDate) {
  return { deleted: await pruneRateLimits(database) };
}

/**
 * Marks imports whose process died (heartbeat stale for 2 minutes) `interrupted` and drops their
 * staging rows, so a killed import does not wait for the next start to be cleaned up.
 */
export async function cleanDeadImports(database: Database, _scope: Scope, _today: IsoDate) {
  return { interrupted: await cleanInterruptedImports(database.db) };
}
