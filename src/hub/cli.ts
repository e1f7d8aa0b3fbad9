import type { Command } from 'commander';
import { isIsoDate } from '../kernel/dates.ts';
import { EXIT, langOption, reportFailure, runCli } from '../platform/cli-run.ts';
import { runHubDeadlines } from './deadlines-service.ts';
import { listInbox } from './inbox-service.ts';
import { hubSettings } from './io-keys.ts';
import { addParticipant, searchAddressBook } from './participants-service.ts';

/** `evs hub …`: address book, inbox, and the daily deadline sweep. */
export function registerHubCommands(program: Command): void {
  const hub = program.command('hub').description('standard messages with creditors and debt counsellors');
  const book = hub.command('participants').description('the address book');
  book
    .command('list [query]')
    .option('--json', 'print JSON')
    .action((query: string | undefined, o: { json?: boolean }) =>
      runCli(undefined, async ({ database }) => {
        const list = await searchAddressBook(database, { ...(query ? { query } : {}) });
        if (o.json) process.stdout.write(`${JSON.stringify(list)}\n`);
        else
          for (const p of list)
            process.stdout.write(
              `${p.code}\t${p.name}\t${p.role}\t${p.organisationId ? 'inside' : `KBO ${p.companyNumber}`}\n`,
            );
        return EXIT.ok;
      }),
    );
  book
    .command('add <code>')
    .description(
      'add an organisation: inside (own organisation or --department) or --company-number (outside)',
    )
    .requiredOption('--name <name>', 'display name')
    .requiredOption('--role <role>', 'counsellor | creditor | both')
    .option('--department <code>', 'a department of this organisation')
    .option('--company-number <kbo>', 'KBO number of an outside organisation')
    .option('--accepts-national-number', 'accepts the national number / BSN')
    .option('--prior-consent', 'has a prior-consent agreement (vooraf akkoord)')
    .option('--requires-consent', 'must attach a consent statement to every balance request')
    .option('--lang <lang>', 'nl | fr | en')
    .action(
      (
        code: string,
        o: {
          name: string;
          role: string;
          department?: string;
          companyNumber?: string;
          acceptsNationalNumber?: boolean;
          priorConsent?: boolean;
          requiresConsent?: boolean;
          lang?: string;
        },
      ) =>
        runCli(langOption(o.lang), async ({ database, scope }) => {
          if (o.role !== 'counsellor' && o.role !== 'creditor' && o.role !== 'both') {
            process.stderr.write('--role: counsellor | creditor | both\n');
            return EXIT.usage;
          }
          const r = await addParticipant(database, scope, {
            code,
            name: o.name,
            kind: o.companyNumber ? 'outside' : 'inside',
            role: o.role,
            ...(o.department ? { department: o.department } : {}),
            ...(o.companyNumber ? { companyNumber: o.companyNumber } : {}),
            acceptsNationalNumber: o.acceptsNationalNumber ?? false,
            priorConsent: o.priorConsent ?? false,
            requiresConsent: o.requiresConsent ?? false,
          });
          if (!r.ok) return reportFailure(r.error, false);
          process.stdout.write(`${r.value.code}\t${r.value.name}\n`);
          return EXIT.ok;
        }),
    );
  hub
    .command('inbox')
    .option('--as <code>', 'the participant you act as')
    .option('--json', 'print JSON')
    .action((o: { as?: string; json?: boolean }) =>
      runCli(undefined, async ({ database, scope, today }) => {
        const list = await listInbox(database, scope, today, o.as);
        if (o.json) process.stdout.write(`${JSON.stringify(list)}\n`);
        else
          for (const m of list)
            process.stdout.write(
              `${m.urgent ? '!' : ' '} ${m.sentOn}\t${m.type}\t${m.sender}\t${m.debtorReference}\t${m.id}\n`,
            );
        return EXIT.ok;
      }),
    );
  hub
    .command('deadlines')
    .description('run the daily sweep: expiry notices, reminders, escalations, purge (idempotent)')
    .option('--today <date>', 'YYYY-MM-DD (default: today)')
    .option('--json', 'print JSON')
    .action((o: { today?: string; json?: boolean }) =>
      runCli(undefined, async ({ config, database, today }) => {
        const day = o.today ?? today;
        if (!isIsoDate(day)) {
          process.stderr.write('--today: YYYY-MM-DD\n');
          return EXIT.usage;
        }
        const run = await runHubDeadlines(database, day, hubSettings(config));
        process.stdout.write(
          o.json
            ? `${JSON.stringify(run)}\n`
            : `expired ${run.expired}\treminded ${run.reminded}\tescalated ${run.escalated}\tpurged ${run.purged}\n`,
        );
        return EXIT.ok;
      }),
    );
}
