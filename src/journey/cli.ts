import type { Command } from 'commander';
import { EXIT, langOption, reportFailure, runCli } from '../platform/cli-run.ts';
import { addContactAttempt, addTask, completeTask, fileJourney, recordMilestone } from './service.ts';

function done(text: string): number {
  process.stdout.write(`${text}\n`);
  return EXIT.ok;
}

export function registerJourneyCommands(program: Command): void {
  const journey = program
    .command('journey')
    .description('the journey of an EvS file: milestones, contacts, tasks');
  journey
    .command('show <fileId>')
    .option('--json')
    .option('--lang <lang>', 'nl | fr | en')
    .action((id: string, o: { json?: boolean; lang?: string }) =>
      runCli(langOption(o.lang), async ({ database, scope }) => {
        const r = await fileJourney(database, scope, id);
        if (!r.ok) return reportFailure(r.error, !!o.json);
        if (o.json) return done(JSON.stringify(r.value));
        const lines = [`${r.value.milestoneLabel} (${r.value.openTasks} open)`];
        for (const e of r.value.timeline)
          lines.push(`  ${e.date}  ${e.kind.padEnd(9)} ${e.text}${e.note ? ` — ${e.note}` : ''}`);
        return done(lines.join('\n'));
      }),
    );
  journey
    .command('milestone <fileId> <milestone>')
    .description(
      'signalled | in_view | contacted | in_conversation | stabilised | plan_agreed | paying | completed | referred | closed',
    )
    .option('--on <date>')
    .option('--note <text>')
    .action((id: string, milestone: string, o: { on?: string; note?: string }) =>
      runCli(undefined, async ({ database, scope, today }) => {
        const r = await recordMilestone(database, scope, id, {
          milestone,
          on: o.on ?? today,
          ...(o.note ? { note: o.note } : {}),
        });
        return r.ok ? done(r.value.milestone) : reportFailure(r.error, false);
      }),
    );
  journey
    .command('contact <fileId>')
    .requiredOption('--channel <channel>', 'letter | phone | email | sms | home_visit')
    .option('--reached', 'the person was reached')
    .option('--on <date>')
    .option('--note <text>')
    .action((id: string, o: { channel: string; reached?: boolean; on?: string; note?: string }) =>
      runCli(undefined, async ({ database, scope, today }) => {
        const r = await addContactAttempt(database, scope, id, {
          channel: o.channel,
          reached: !!o.reached,
          on: o.on ?? today,
          ...(o.note ? { note: o.note } : {}),
        });
        return r.ok ? done(r.value.id) : reportFailure(r.error, false);
      }),
    );
  journey
    .command('task <fileId>')
    .requiredOption('--title <text>')
    .requiredOption('--due <date>')
    .action((id: string, o: { title: string; due: string }) =>
      runCli(undefined, async ({ database, scope }) => {
        const r = await addTask(database, scope, id, { title: o.title, due: o.due });
        return r.ok ? done(r.value.id) : reportFailure(r.error, false);
      }),
    );
  journey.command('done <taskId>').action((id: string) =>
    runCli(undefined, async ({ database, scope }) => {
      const r = await completeTask(database, scope, id);
      return r.ok ? done('done') : reportFailure(r.error, false);
    }),
  );
}
