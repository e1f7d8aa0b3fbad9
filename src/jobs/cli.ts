import type { Command } from 'commander';
import pino from 'pino';
import { EXIT, langOption, reportFailure, runCli } from '../platform/cli-run.ts';
import { jobsMessages } from './messages.ts';
import { JOBS } from './registry.ts';
import { createJobRunner } from './runner-service.ts';
import { jobs, retryJob, runJobNow } from './service.ts';
import type { JobStatus } from './tables.ts';

const STATUSES: readonly JobStatus[] = ['queued', 'running', 'done', 'dead'];

export function registerJobCommands(program: Command): void {
  const cmd = program.command('jobs').description('background jobs (scheduled work, retries, dead jobs)');
  cmd
    .command('list')
    .description('jobs of the organisation, newest first')
    .option('--status <status>', 'queued | running | done | dead')
    .option('--name <name>', 'only this job')
    .option('--limit <n>', 'at most this many (default 100)', '100')
    .option('--json', 'print JSON')
    .action((o: { status?: string; name?: string; limit: string; json?: boolean }) =>
      runCli(undefined, async ({ database, scope }) => {
        if (o.status && !STATUSES.includes(o.status as JobStatus)) {
          process.stderr.write(`--status must be one of ${STATUSES.join(', ')}\n`);
          return EXIT.usage;
        }
        const list = await jobs(database, scope, {
          ...(o.status ? { status: o.status as JobStatus } : {}),
          ...(o.name ? { name: o.name } : {}),
          limit: Number(o.limit) || 100,
        });
        if (o.json) process.stdout.write(`${JSON.stringify(list)}\n`);
        else {
          for (const j of list) {
            const error = j.lastError ? `\t${j.lastError.split('\n')[0]}` : '';
            process.stdout.write(
              `${j.id}\t${j.name}\t${j.status}\t${j.attempts}/${j.maxAttempts}\t${j.slot}${error}\n`,
            );
          }
        }
        return EXIT.ok;
      }),
    );
  cmd
    .command('retry <id>')
    .description('run a dead job again, with a fresh set of attempts')
    .option('--lang <lang>', 'nl | fr | en')
    .action((id: string, o: { lang?: string }) =>
      runCli(langOption(o.lang), async ({ database, scope }) => {
        const r = await retryJob(database, scope, id);
        if (!r.ok) return reportFailure(r.error, false);
        process.stdout.write(`${jobsMessages.text(scope.lang, 'cliRequeued', { id })}\n`);
        return EXIT.ok;
      }),
    );
  cmd
    .command('run <name>')
    .description('queue a job for this organisation now and run what is due in this process')
    .option('--today <date>', "the job's today (default: today)")
    .option('--lang <lang>', 'nl | fr | en')
    .action((name: string, o: { today?: string; lang?: string }) =>
      runCli(langOption(o.lang), async ({ database, scope, today, config }) => {
        const r = await runJobNow(database, scope, name, o.today ?? today);
        if (!r.ok) return reportFailure(r.error, false);
        const runner = createJobRunner({
          database,
          jobs: JOBS,
          config: config.ops.jobs,
          appConfig: config,
          timeZone: config.ops.timeZone,
          logger: pino({ level: 'warn' }, process.stderr),
          instance: `cli:${process.pid}`,
        });
        await runner.drain();
        const [job] = (await jobs(database, scope, { name, limit: 20 })).filter((j) => j.id === r.value);
        process.stdout.write(`${r.value}\t${job?.status ?? 'unknown'}\n`);
        return job?.status === 'done' ? EXIT.ok : EXIT.failed;
      }),
    );
  cmd
    .command('registry')
    .description('the jobs this version knows, with their default schedules')
    .action(() => {
      for (const j of JOBS) process.stdout.write(`${j.name}\t${j.schedule}\t${j.description}\n`);
    });
}
