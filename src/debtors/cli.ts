import type { Command } from 'commander';
import { formatDate } from '../kernel/dates.ts';
import { formatEuro } from '../kernel/money.ts';
import { overview } from '../overview/service.ts';
import { EXIT, langOption, reportFailure, runCli } from '../platform/cli-run.ts';
import type { Lang } from '../platform/scope.ts';
import {
  confirmSuggestion,
  debtorIdByNationalNumber,
  rejectSuggestion,
  search,
  suggestions,
  undoMerge,
} from './service.ts';

export function registerDebtorCommands(program: Command): void {
  program
    .command('overview')
    .description('the global claims overview of one person')
    .option('--national-number <number>', 'rijksregisternummer (any notation) or BSN')
    .option('--debtor <id>', 'debtor id')
    .option('--json', 'print JSON (amounts in cents)')
    .option('--lang <lang>', 'nl | en')
    .action((o: { nationalNumber?: string; debtor?: string; json?: boolean; lang?: string }) =>
      runCli(langOption(o.lang), async ({ database, scope, today }) => {
        let id = o.debtor;
        if (!id) {
          if (!o.nationalNumber) {
            process.stderr.write('--national-number or --debtor is required\n');
            return EXIT.usage;
          }
          const found = await debtorIdByNationalNumber(database, scope, o.nationalNumber);
          if (!found.ok) return reportFailure(found.error, !!o.json);
          id = found.value;
        }
        const r = await overview(database, scope, id, today);
        if (!r.ok) return reportFailure(r.error, !!o.json);
        process.stdout.write(o.json ? `${JSON.stringify(r.value)}\n` : humanOverview(r.value, scope.lang));
        return EXIT.ok;
      }),
    );

  const debtors = program.command('debtors').description('find debtors, review possible duplicates');
  debtors
    .command('search <query>')
    .option('--json', 'print JSON')
    .action((query: string, o: { json?: boolean }) =>
      runCli(undefined, async ({ database, scope }) => {
        const hits = await search(database, scope, query);
        if (o.json) process.stdout.write(`${JSON.stringify(hits)}\n`);
        else
          for (const h of hits)
            process.stdout.write(`${h.id}\t${h.name}\t${h.birthDate ?? ''}\t${formatEuro(h.open)}\n`);
        return EXIT.ok;
      }),
    );
  debtors
    .command('suggestions')
    .description('possible same persons (name + birth date + address) to confirm or reject')
    .option('--json', 'print JSON')
    .action((o: { json?: boolean }) =>
      runCli(undefined, async ({ database, scope }) => {
        const list = await suggestions(database, scope);
        if (o.json) process.stdout.write(`${JSON.stringify(list)}\n`);
        else
          for (const s of list)
            process.stdout.write(`${s.id}\t${s.debtorName} ~ ${s.candidateName}\t${s.reason}\n`);
        return EXIT.ok;
      }),
    );
  for (const [name, fn, done] of [
    ['confirm', confirmSuggestion, 'merged'],
    ['reject', rejectSuggestion, 'rejected'],
  ] as const) {
    debtors
      .command(`${name} <suggestionId>`)
      .option('--lang <lang>', 'nl | en')
      .action((id: string, o: { lang?: string }) =>
        runCli(langOption(o.lang), async ({ database, scope }) => {
          const r = await fn(database, scope, id);
          if (!r.ok) return reportFailure(r.error, false);
          process.stdout.write(`${done}${r.value ? `\t${JSON.stringify(r.value)}` : ''}\n`);
          return EXIT.ok;
        }),
      );
  }
  debtors
    .command('unmerge <mergeId>')
    .option('--lang <lang>', 'nl | en')
    .action((id: string, o: { lang?: string }) =>
      runCli(langOption(o.lang), async ({ database, scope }) => {
        const r = await undoMerge(database, scope, id);
        if (!r.ok) return reportFailure(r.error, false);
        process.stdout.write('undone\n');
        return EXIT.ok;
      }),
    );
}

type OverviewValue = Extract<Awaited<ReturnType<typeof overview>>, { ok: true }>['value'];

function humanOverview(o: OverviewValue, lang: Lang): string {
  const en = lang === 'en';
  const lines = [`${o.debtor.name}${o.debtor.birthDate ? ` (${formatDate(o.debtor.birthDate, lang)})` : ''}`];
  for (const c of o.claims) {
    lines.push(
      `  ${c.department.padEnd(12)} ${c.claimId.padEnd(16)} ${c.category.padEnd(28)} ${formatEuro(c.open, lang).padStart(12)}  ${formatDate(c.dueDate, lang)}  ${c.status}`,
    );
  }
  for (const d of o.byDepartment)
    lines.push(`${en ? 'Department' : 'Dienst'} ${d.department}: ${formatEuro(d.open, lang)} (${d.count})`);
  lines.push(`${en ? 'Total open' : 'Totaal open'}: ${formatEuro(o.totals.open, lang)}`);
  return `${lines.join('\n')}\n`;
}
