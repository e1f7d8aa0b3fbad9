/**
 * THE JOB REGISTRY — every scheduled or background job of EvS is declared here, once.
 *
 * How to add a job (other capabilities: eligibility sweep, missed instalments, hub deadlines,
 * webhook retries, …):
 *   1. Write the work as a service function `(database, scope, today) => Promise<summary>` in your
 *      own folder (e.g. src/plans/missed-instalments-service.ts). It runs for ONE organisation
 *      (`scope.orgId`, actor `system`) and must be IDEMPOTENT: running it twice for the same
 *      `today` — or again after it was killed halfway — must not double anything. Do the work in
 *      steps that each commit their effect together with the mark that it is done (a status
 *      change, a unique key, `ON CONFLICT DO NOTHING`), so a rerun skips what is done.
 *      Never read the clock for business rules: use `today`. Return a small JSON-able summary
 *      (counts), never personal data: it is stored in `jobs.result` and shown to admins.
 *   2. Add one entry to JOBS below: a unique dotted `name` ('<capability>.<what>'), a one-line
 *      `description`, a default `schedule` ('every 10m', 'daily 02:30' local time, or 'off' for
 *      jobs only started by hand) and, if it should not be retried 5 times, `maxAttempts`.
 *   3. Nothing else: the runner (runner-service.ts) schedules one run per organisation per slot on
 *      whichever instance claims it first, retries failures with backoff (30 s doubling, max 6 h),
 *      and after `maxAttempts` leaves the job 'dead' for an admin (`npx evs jobs list --status dead`,
 *      `npx evs jobs retry ID`, GET /api/v1/jobs). Operators override schedules with
 *      EVS_JOB_SCHEDULES ('name=every 1h;other=off').
 *
 * Keep this file a list: imports of handlers and the table, no logic.
 */

import { scheduledSweep } from '../eligibility/sweep-service.ts';
import { deliverWebhooks } from '../feed/webhook-service.ts';
import { webhookPolicy } from '../feed/webhook-target.ts';
import { hubDeadlinesJob } from '../hub/deadlines-service.ts';
import type { IsoDate } from '../kernel/dates.ts';
import { detectMissedInstalments } from '../plans/missed-service.ts';
import type { Config, JobsConfig } from '../platform/config.ts';
import type { Database } from '../platform/db.ts';
import type { Scope } from '../platform/scope.ts';
import {
  cleanDeadImports,
  pruneExpiredSessions,
  pruneOldJobs,
  pruneRateLimitWindows,
} from './housekeeping-service.ts';

export type JobHandler = (
  database: Database,
  scope: Scope,
  today: IsoDate,
  context: { readonly config: Config | null; readonly jobs: JobsConfig },
) => Promise<unknown>;

export interface JobDefinition {
  readonly name: string;
  readonly description: string;
  /** Default schedule: 'every 30s|10m|2h', 'daily HH:MM' (EVS_TIMEZONE) or 'off'. */
  readonly schedule: string;
  /** Executions before the job is left dead (default 5). */
  readonly maxAttempts?: number;
  readonly handler: JobHandler;
}

export const JOBS: readonly JobDefinition[] = [
  {
    name: 'ops.prune-sessions',
    description: 'delete expired sign-in sessions',
    schedule: 'every 15m',
    handler: pruneExpiredSessions,
  },
  {
    name: 'ops.prune-jobs',
    description: 'delete finished jobs older than 30 days',
    schedule: 'daily 03:15',
    handler: pruneOldJobs,
  },
  {
    name: 'ops.prune-rate-limits',
    description: 'delete request counters of ended rate-limit windows',
    schedule: 'every 15m',
    handler: pruneRateLimitWindows,
  },
  {
    name: 'claims.clean-dead-imports',
    description: 'mark imports of a killed process interrupted and drop their staging rows',
    schedule: 'every 5m',
    handler: cleanDeadImports,
  },
  {
    name: 'eligibility.sweep',
    description: 'evaluate everyone with open claims when a sweep day has passed (default: each quarter)',
    schedule: 'daily 05:00',
    handler: (database, scope, today, { jobs }) => scheduledSweep(database, scope, today, jobs),
  },
  {
    name: 'hub.deadlines',
    description: 'hub: expire unconfirmed messages, remind, escalate overdue answers, purge old bodies',
    schedule: 'daily 06:00',
    handler: hubDeadlinesJob,
  },
  {
    name: 'plans.missed-instalments',
    description: 'friendly reminders for missed plan instalments, follow-up tasks after repeated misses',
    schedule: 'daily 06:30',
    handler: detectMissedInstalments,
  },
  {
    name: 'feed.deliver-webhooks',
    description: 'send due department webhooks (HMAC-signed), retrying failures with backoff',
    schedule: 'every 1m',
    handler: (database, scope, today, { config }) =>
      deliverWebhooks(database, scope, today, config ? { network: webhookPolicy(config.ops) } : {}),
  },
];

export function findJob(name: string, jobs: readonly JobDefinition[] = JOBS): JobDefinition | undefined {
  return jobs.find((j) => j.name === name);
}
