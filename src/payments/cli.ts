import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { isIsoDate } from '../kernel/dates.ts';
import { formatEuro } from '../kernel/money.ts';
import { type CliRun, EXIT, langOption, reportFailure, runCli } from '../platform/cli-run.ts';
import { importStatement, type StatementImportSummary } from './import-service.ts';
import { paymentsMessages } from './messages.ts';
import { reconciliationCsv } from './reconciliation-csv.ts';
import { allocationDetails, reconciliationOf } from './reconciliation-store.ts';

interface Flags {
  json?: boolean;
  lang?: string;
}

function importCommand(program: Command): Command {
  return (
    program.commands.find((c) => c.name() === 'import') ??
    program.command('import').description('import files')
  );
}

export function registerPaymentCommands(program: Command): void {
  importCommand(program)
    .command('statement <file>')
    .description('import a bank statement (CODA or camt.053): match, allocate, queue the rest')
    .option('--json', 'print {"lines","duplicates","matched","unmatched","allocated"} (amounts in cents)')
    .option('--lang <lang>', 'nl | fr | en')
    .action((file: string, o: Flags) => runCli(langOption(o.lang), (run) => importFile(run, file, o)));

  program
    .command('reconciliation')
    .description('reconciliation of a period per department, adding up to the bank total (CSV on stdout)')
    .requiredOption('--from <date>', 'first booking date, YYYY-MM-DD')
    .requiredOption('--to <date>', 'last booking date, YYYY-MM-DD')
    .option('--department <code>', 'only the allocations of this department')
    .action((o: { from: string; to: string; department?: string }) =>
      runCli(undefined, async ({ database, scope }) => {
        if (!isIsoDate(o.from) || !isIsoDate(o.to) || o.from > o.to) {
          process.stderr.write('--from and --to must be YYYY-MM-DD with from <= to\n');
          return EXIT.usage;
        }
        const period = { from: o.from, to: o.to };
        const summary = await reconciliationOf(database.db, scope, period);
        const details = await allocationDetails(database.db, scope, period, o.department);
        process.stdout.write(
          reconciliationCsv({
            ...period,
            bankTotal: summary.bankTotal,
            rows: summary.rows,
            allocations: details.map((d) => ({
              date: d.booking_date,
              department: d.department,
              claimId: d.claim_id,
              paymentId: d.payment_id,
              part: d.part,
              amount: Number(d.amount),
            })),
          }),
        );
        return EXIT.ok;
      }),
    );
}

async function importFile({ database, scope }: CliRun, file: string, o: Flags): Promise<number> {
  const bytes = await readFile(file).catch(() => null);
  if (bytes === null) {
    process.stderr.write(`${paymentsMessages.text(scope.lang, 'cliFileNotFound', { file })}\n`);
    return EXIT.notFound;
  }
  const result = await importStatement(database, scope, {
    bytes: new Uint8Array(bytes),
    fileName: path.basename(file),
  });
  if (!result.ok) return reportFailure(result.error, !!o.json);
  const s = result.value;
  if (o.json) {
    const out: StatementImportSummary = {
      lines: s.lines,
      duplicates: s.duplicates,
      matched: s.matched,
      unmatched: s.unmatched,
      allocated: s.allocated,
    };
    process.stdout.write(`${JSON.stringify(out)}\n`);
  } else {
    const summary = paymentsMessages.text(scope.lang, 'cliSummary', {
      lines: String(s.lines),
      duplicates: String(s.duplicates),
      matched: String(s.matched),
      unmatched: String(s.unmatched),
      allocated: formatEuro(s.allocated, scope.lang),
    });
    process.stdout.write(`${summary}\n`);
  }
  return EXIT.ok;
}
