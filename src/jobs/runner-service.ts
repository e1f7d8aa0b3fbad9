import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { metrics } from '../ops/metrics.ts';
import type { Config, JobsConfig } from '../platform/config.ts';
import type { Database } from '../platform/db.ts';
import { currentSlot, parseSchedule, retryDelaySeconds, type Schedule } from '../platform/schedule.ts';
import { runInOrganisation } from '../platform/tenant.ts';
import type { JobDefinition } from './registry.ts';
import {
  type ClaimedJob,
  claimNextJob,
  enqueueForAllOrganisations,
  finishJob,
  renewLease,
  startRun,
} from './store.ts';

export interface RunnerLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface RunnerOptions {
  readonly database: Database;
  readonly jobs: readonly JobDefinition[];
  readonly config: JobsConfig;
  readonly timeZone: string;
  readonly logger: RunnerLogger;
  /** Name of this instance in `job_runs` (default host:pid:random). */
  readonly instance?: string;
  /** The whole configuration, for handlers that need a setting (webhook networks); null = defaults. */
  readonly appConfig?: Config | null;
}

export interface JobRunner {
  readonly instance: string;
  /** Starts the polling loop (idempotent). */
  start(): void;
  /** Schedules due slots and runs due jobs until none is left; returns how many ran. */
  drain(): Promise<number>;
  /** Stops claiming, lets the running job finish, and resolves when the loop has ended. */
  stop(): Promise<void>;
}

export function newInstanceName(): string {
  return `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}

/** Effective schedule of each job: EVS_JOB_SCHEDULES over the registry default. */
export function effectiveSchedules(
  jobs: readonly JobDefinition[],
  overrides: Readonly<Record<string, Schedule>>,
): { schedules: Map<string, Schedule>; unknownOverrides: string[] } {
  const schedules = new Map<string, Schedule>();
  for (const job of jobs) {
    const schedule = overrides[job.name] ?? parseSchedule(job.schedule);
    if (!schedule) throw new Error(`job ${job.name} has an invalid schedule "${job.schedule}"`);
    schedules.set(job.name, schedule);
  }
  const unknownOverrides = Object.keys(overrides).filter((n) => !schedules.has(n));
  return { schedules, unknownOverrides };
}

/**
 * The job loop of one instance: every poll it adds the current slot of each scheduled job (a no-op
 * when another instance did), then claims and runs due jobs one at a time. While a job runs its lease
 * is renewed; if this process dies the lease runs out and another instance runs the job again.
 */
export function createJobRunner(opts: RunnerOptions): JobRunner {
  const { database, jobs, config, logger } = opts;
  const instance = opts.instance ?? newInstanceName();
  const { schedules, unknownOverrides } = effectiveSchedules(jobs, config.schedules);
  if (unknownOverrides.length > 0) logger.warn({ unknownOverrides }, 'EVS_JOB_SCHEDULES names unknown jobs');
  const byName = new Map(jobs.map((j) => [j.name, j]));

  async function scheduleDue(now: Date): Promise<void> {
    for (const job of jobs) {
      const slot = currentSlot(schedules.get(job.name) ?? { kind: 'off' }, now, opts.timeZone);
      if (!slot) continue;
      await enqueueForAllOrganisations(database.db, {
        name: job.name,
        slot: slot.key,
        today: slot.today,
        maxAttempts: job.maxAttempts ?? 5,
      });
    }
  }

  async function runOne(): Promise<boolean> {
    const claimed = await claimNextJob(database.db, instance, config.leaseSeconds);
    if (!claimed) return false;
    await startRun(database.db, claimed, instance);
    const job = byName.get(claimed.name);
    if (!job || claimed.attempts > claimed.maxAttempts) {
      const error = job ? 'interrupted too often (attempts exhausted)' : `no handler named ${claimed.name}`;
      await finish(claimed, { kind: 'failed', error, retryInSeconds: null });
      return true;
    }
    const renew = setInterval(
      () => {
        renewLease(database.db, claimed.id, instance, config.leaseSeconds).catch((e: unknown) =>
          logger.warn({ job: claimed.name, err: e }, 'could not renew the job lease'),
        );
      },
      Math.max(200, (config.leaseSeconds * 1000) / 3),
    );
    const started = performance.now();
    try {
      // A job works for one organisation: row-level security confines it like a request.
      const result = await runInOrganisation(claimed.organisationId, () =>
        job.handler(database, { orgId: claimed.organisationId, actor: 'system', lang: 'nl' }, claimed.today, {
          config: opts.appConfig ?? null,
          jobs: config,
        }),
      );
      clearInterval(renew);
      await finish(claimed, { kind: 'ok', result });
    } catch (e) {
      clearInterval(renew);
      const error = e instanceof Error ? e.message : String(e);
      const retry = claimed.attempts < claimed.maxAttempts ? retryDelaySeconds(claimed.attempts) : null;
      logger.error({ job: claimed.name, jobId: claimed.id, attempt: claimed.attempts, err: e }, 'job failed');
      await finish(claimed, { kind: 'failed', error: error.slice(0, 2000), retryInSeconds: retry });
    } finally {
      metrics.jobDuration.observe({ job: claimed.name }, (performance.now() - started) / 1000);
    }
    return true;
  }

  async function finish(claimed: ClaimedJob, outcome: Parameters<typeof finishJob>[3]): Promise<void> {
    const status = await finishJob(database.db, claimed, instance, outcome);
    if (status === null) {
      logger.warn({ job: claimed.name, jobId: claimed.id }, 'job lease was lost; another instance took over');
      return;
    }
    const label = status === 'done' ? 'ok' : status === 'dead' ? 'dead' : 'failed';
    metrics.jobRuns.inc({ job: claimed.name, outcome: label });
    if (status === 'dead')
      logger.error({ job: claimed.name, jobId: claimed.id }, 'job is dead: an admin must retry it');
  }

  let stopping = false;
  let wake: (() => void) | null = null;
  let running: Promise<void> | null = null;

  async function drain(): Promise<number> {
    await scheduleDue(new Date());
    let ran = 0;
    while (!stopping && (await runOne())) ran++;
    return ran;
  }

  async function loop(): Promise<void> {
    while (!stopping) {
      try {
        await drain();
      } catch (e) {
        logger.error({ err: e }, 'job loop error; trying again');
      }
      if (stopping) break;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, config.pollMs);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = null;
    }
  }

  return {
    instance,
    drain,
    async stop() {
      stopping = true;
      wake?.();
      await running;
    },
    start() {
      running ??= loop();
    },
  };
}

/** Creates the runner and starts its loop. */
export function startJobRunner(opts: RunnerOptions): JobRunner {
  const runner = createJobRunner(opts);
  runner.start();
  return runner;
}
