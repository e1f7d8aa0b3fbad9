import type { Command } from 'commander';
import { debtorIdByNationalNumber } from '../debtors/service.ts';
import { formatDate } from '../kernel/dates.ts';
import { formatEuro } from '../kernel/money.ts';
import { EXIT, langOption, reportFailure, runCli } from '../platform/cli-run.ts';
import type { Lang } from '../platform/scope.ts';
import { overviewMessages as m } from './messages.ts';
import { overview } from './service.ts';

export function registerOverviewCommands(program: Command): void {
  program
    .command('overview')
    .description('the global claims overview of one person')
    .option('--national-number <number>', 'rijksregisternummer (any notation) or BSN')
    .option('--debtor <id>', 'debtor id')
    .option('--json', 'print JSON (amounts in cents)')
    .option('--lang <lang>', 'nl | fr | en')
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
}

type OverviewValue = Extract<Awaited<ReturnType<typeof overview>>, { ok: true }>['value'];

function humanOverview(o: OverviewValue, lang: Lang): string {
  const lines = [`${o.debtor.name}${o.debtor.birthDate ? ` (${formatDate(o.debtor.birthDate, lang)})` : ''}`];
  for (const c of o.claims) {
    lines.push(
      `  ${c.department.padEnd(12)} ${c.claimId.padEnd(16)} ${c.category.padEnd(28)} ${formatEuro(c.open, lang).padStart(12)}  ${formatDate(c.dueDate, lang)}  ${c.status}`,
    );
  }
  for (const d of o.byDepartment)
    lines.push(
      m.text(lang, 'cliDepartment', {
        department: d.department,
        open: formatEuro(d.open, lang),
        count: String(d.count),
      }),
    );
  lines.push(m.text(lang, 'cliTotal', { open: formatEuro(o.totals.open, lang) }));
  return `${lines.join('\n')}\n`;
}
