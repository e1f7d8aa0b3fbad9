import type { Command } from 'commander';
import { parentCommand } from '../oslo/cli.ts';
import { EXIT, langOption, reportFailure, runCli } from '../platform/cli-run.ts';
import { kpiCsv, statisticsCsv } from './kpis.ts';
import { kpiReport, statistics } from './service.ts';

export function registerReportCommands(program: Command): void {
  program
    .command('reports')
    .description(
      'KPIs per month, per department and in total, as CSV (cells about fewer than 5 people: "< 5")',
    )
    .requiredOption('--from <month>', 'first month, YYYY-MM')
    .requiredOption('--to <month>', 'last month, YYYY-MM')
    .option('--lang <lang>', 'language of messages: nl (default), fr or en')
    .action((o: { from: string; to: string; lang?: string }) =>
      runCli(langOption(o.lang), async ({ database, scope, today }) => {
        const r = await kpiReport(database, scope, { from: o.from, to: o.to, today });
        if (!r.ok) return reportFailure(r.error, false);
        process.stdout.write(kpiCsv(r.value.rows));
        return EXIT.ok;
      }),
    );

  parentCommand(program, 'export', 'export data')
    .command('statistics')
    .description('aggregated, anonymised statistics for one period as CSV (see docs/reports.md)')
    .requiredOption('--period <period>', 'a year (2026), a quarter (2026-Q3) or a month (2026-07)')
    .option('--lang <lang>', 'language of messages: nl (default), fr or en')
    .action((o: { period: string; lang?: string }) =>
      runCli(langOption(o.lang), async ({ database, scope, today }) => {
        const r = await statistics(database, scope, { period: o.period, today });
        if (!r.ok) return reportFailure(r.error, false);
        process.stdout.write(statisticsCsv(r.value));
        return EXIT.ok;
      }),
    );
}
