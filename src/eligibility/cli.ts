import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { isIsoDate } from '../kernel/dates.ts';
import { formatEuro } from '../kernel/money.ts';
import { type CliRun, EXIT, langOption, reportFailure, runCli } from '../platform/cli-run.ts';
import { importFacts } from './fact-service.ts';
import { rightsCsv, rightsFeed, whatIf } from './insight-service.ts';
import { eligibilityMessages } from './messages.ts';
import { registerReductionCommands } from './reduction-cli.ts';
import { rulesetList, rulesetVersion, saveRuleset } from './ruleset-service.ts';
import { runSweep } from './sweep-service.ts';
import { comparisonCsv } from './what-if-report.ts';
import { acceptItem, dismissItem, worklist } from './worklist-service.ts';

const say = (text: string) => process.stdout.write(`${text}\n`);

async function readJsonFile(path: string): Promise<unknown> {
  return JSON.parse(await readFile(path, 'utf8'));
}

function badDate(date: string | undefined): boolean {
  if (date === undefined || isIsoDate(date)) return false;
  process.stderr.write(`--date: expected yyyy-mm-dd, got ${date}\n`);
  return true;
}

export function registerEligibilityCommands(program: Command): void {
  const imp = program.commands.find((c) => c.name() === 'import') ?? program.command('import');
  imp
    .command('facts <file>')
    .description('import a social-fact feed (CSV or JSON; one kind, one source per file); idempotent')
    .requiredOption(
      '--kind <kind>',
      'social_status | legal_status | income | credit_default | household | early_signal',
    )
    .requiredOption('--source <source>', 'the authentic source, e.g. MAGDA, KSZ, CAW, OCMW')
    .option('--format <format>', 'csv | json (default: from the file extension)')
    .option('--partial', 'import the good rows even if some are wrong')
    .option('--json', 'print the report as JSON')
    .option('--lang <lang>', 'nl | fr | en')
    .action(
      (
        file: string,
        o: {
          kind: string;
          source: string;
          format?: string;
          partial?: boolean;
          json?: boolean;
          lang?: string;
        },
      ) =>
        runCli(langOption(o.lang), async ({ database, scope, today }) => {
          const format = o.format === 'json' || (!o.format && /\.json$/i.test(file)) ? 'json' : 'csv';
          const text = await readFile(file, 'utf8').catch(() => null);
          if (text === null) {
            process.stderr.write(`${eligibilityMessages.text(scope.lang, 'cliFileNotFound', { file })}\n`);
            return EXIT.failed;
          }
          const r = await importFacts(
            database,
            scope,
            { kind: o.kind, source: o.source, format, text, partial: !!o.partial },
            today,
          );
          if (!r.ok) return reportFailure(r.error, !!o.json);
          const v = r.value;
          if (o.json) say(JSON.stringify(v));
          else {
            say(
              eligibilityMessages.text(scope.lang, 'cliImported', {
                rows: String(v.rows),
                inserted: String(v.inserted),
                updated: String(v.updated),
                unchanged: String(v.unchanged),
                linked: String(v.linked),
                errors: String(v.errors.length),
              }),
            );
            if (v.rejectedWhole) say(eligibilityMessages.text(scope.lang, 'cliRejectedWhole'));
            for (const e of v.errors.slice(0, 50))
              say(
                eligibilityMessages.text(scope.lang, 'cliRowError', {
                  row: String(e.row),
                  field: e.field,
                  message: e.message,
                }),
              );
          }
          return v.rejectedWhole ? EXIT.failed : EXIT.ok;
        }),
    );

  const rules = program.command('rules').description('eligibility rulesets: list, export, import');
  rules
    .command('list')
    .option('--json', 'print JSON')
    .action((o: { json?: boolean }) =>
      runCli(undefined, async ({ database, scope, today }) => {
        const list = await rulesetList(database, scope, today);
        if (o.json) say(JSON.stringify(list));
        else
          for (const r of list) say(`v${r.version}\t${r.effectiveFrom}\t${r.active ? '*' : ' '}\t${r.name}`);
        return EXIT.ok;
      }),
    );
  rules
    .command('export')
    .description('write a ruleset version as JSON (default: the latest)')
    .option('--version <n>', 'version number')
    .option('--out <file>', 'write to a file instead of stdout')
    .action((o: { version?: string; out?: string }) =>
      runCli(undefined, async ({ database, scope }) => {
        const r = await rulesetVersion(database, scope, o.version ? Number(o.version) : undefined);
        if (!r.ok) return reportFailure(r.error, false);
        const text = `${JSON.stringify(r.value.ruleset, null, 2)}\n`;
        if (o.out) await writeFile(o.out, text);
        else process.stdout.write(text);
        return EXIT.ok;
      }),
    );
  rules
    .command('import <file>')
    .description('save a ruleset JSON as the next version (validated; takes effect on its effectiveFrom)')
    .option('--lang <lang>', 'nl | fr | en')
    .action((file: string, o: { lang?: string }) =>
      runCli(langOption(o.lang), async ({ database, scope }) => {
        const r = await saveRuleset(database, scope, await readJsonFile(file));
        if (!r.ok) return reportFailure(r.error, false);
        say(
          eligibilityMessages.text(scope.lang, 'cliEffectiveFrom', {
            version: String(r.value.version),
            date: r.value.effectiveFrom,
          }),
        );
        return EXIT.ok;
      }),
    );

  program
    .command('sweep')
    .description('evaluate everyone with open claims and fill the worklist (idempotent per date and ruleset)')
    .option('--date <date>', 'evaluation date yyyy-mm-dd (default today)')
    .option('--json', 'print JSON')
    .option('--lang <lang>', 'nl | fr | en')
    .action((o: { date?: string; json?: boolean; lang?: string }) =>
      runCli(langOption(o.lang), async ({ database, scope, today }) => {
        if (badDate(o.date)) return EXIT.usage;
        const r = await runSweep(database, scope, today, o.date ? { date: o.date } : {});
        if (!r.ok) return reportFailure(r.error, !!o.json);
        const s = r.value;
        if (o.json) say(JSON.stringify(s));
        else
          say(
            eligibilityMessages.text(scope.lang, s.alreadyDone ? 'cliSweptAgain' : 'cliSwept', {
              date: s.date,
              version: String(s.rulesetVersion),
              people: String(s.people),
              eligible: String(s.eligible),
              changed: String(s.changed),
              worklist: String(s.worklist),
              signals: String(s.signals),
            }),
          );
        return EXIT.ok;
      }),
    );

  registerWorkCommands(program);
}

function registerWorkCommands(program: Command): void {
  const work = program.command('worklist').description('eligibility worklist');
  work
    .command('list')
    .option('--status <status>', 'open | accepted | dismissed', 'open')
    .option('--json', 'print JSON')
    .action((o: { status: 'open' | 'accepted' | 'dismissed'; json?: boolean }) =>
      runCli(undefined, async ({ database, scope }) => {
        const items = await worklist(database, scope, { status: o.status });
        if (o.json) say(JSON.stringify(items));
        else
          for (const i of items)
            say(
              `${i.id}\t${i.reason}\t${i.profileBefore ?? '-'} → ${i.profileAfter ?? '-'}\t${formatEuro(i.openCents)}\t${i.name}`,
            );
        return EXIT.ok;
      }),
    );
  work
    .command('accept <id>')
    .description('accept; with --consent-date, --consent-form and --consent-evidence the EvS file is opened')
    .option('--consent-date <date>', 'date the person consented (yyyy-mm-dd)')
    .option('--consent-form <form>', 'how consent was given: written, digital, verbal …')
    .option('--consent-evidence <ref>', 'where the evidence is kept (document number, scan reference)')
    .option('--json', 'print JSON')
    .action(
      (
        id: string,
        o: { consentDate?: string; consentForm?: string; consentEvidence?: string; json?: boolean },
      ) =>
        runCli(undefined, async ({ database, scope, today }) => {
          const given = [o.consentDate, o.consentForm, o.consentEvidence].filter((x) => x !== undefined);
          if (given.length !== 0 && given.length !== 3) {
            process.stderr.write('give --consent-date, --consent-form and --consent-evidence together\n');
            return EXIT.usage;
          }
          if (badDate(o.consentDate)) return EXIT.usage;
          const consent =
            o.consentDate && o.consentForm && o.consentEvidence
              ? { date: o.consentDate, form: o.consentForm, evidence: o.consentEvidence }
              : undefined;
          const r = await acceptItem(database, scope, id, today, consent ? { consent } : {});
          if (!r.ok) return reportFailure(r.error, o.json ?? false);
          say(o.json ? JSON.stringify(r.value) : r.value.resolution);
          return EXIT.ok;
        }),
    );
  work
    .command('dismiss <id>')
    .requiredOption('--reason <text>', 'why no EvS file is needed')
    .action((id: string, o: { reason: string }) =>
      runCli(undefined, async ({ database, scope }) => {
        const r = await dismissItem(database, scope, id, o.reason);
        if (!r.ok) return reportFailure(r.error, false);
        say('dismissed');
        return EXIT.ok;
      }),
    );

  program
    .command('what-if <draft>')
    .description('compare a draft ruleset (JSON file) with the active one over the current population')
    .option('--date <date>', 'evaluation date (default today)')
    .option('--csv', 'print CSV')
    .option('--lang <lang>', 'nl | fr | en')
    .action((draft: string, o: { date?: string; csv?: boolean; lang?: string }) =>
      runCli(langOption(o.lang), async (run: CliRun) => {
        if (badDate(o.date)) return EXIT.usage;
        const r = await whatIf(run.database, run.scope, await readJsonFile(draft), o.date ?? run.today);
        if (!r.ok) return reportFailure(r.error, false);
        process.stdout.write(
          o.csv ? comparisonCsv(r.value, run.scope.lang) : `${JSON.stringify(r.value, null, 2)}\n`,
        );
        return EXIT.ok;
      }),
    );

  const rights = program
    .command('rights')
    .description('local rights granted or withdrawn since a cursor, as CSV (for departments)')
    .option('--after <n>', 'cursor: the last volgnummer already read', '0')
    .action((o: { after: string }) =>
      runCli(undefined, async ({ database, scope }) => {
        const feed = await rightsFeed(database, scope, Number(o.after), 100_000);
        process.stdout.write(rightsCsv(feed.items));
        return EXIT.ok;
      }),
    );
  registerReductionCommands(rights);
}
