import { createReadStream } from 'node:fs';
import { stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { EXIT, langOption, reportFailure, runCli } from '../platform/cli-run.ts';
import type { ImportReport } from './import-report.ts';
import { importClaims } from './import-service.ts';
import { type Lang, claimsMessages as m } from './messages.ts';

interface ImportFlags {
  department: string;
  partial?: boolean;
  dryRun?: boolean;
  json?: boolean;
  lang?: string;
  rejectedFile?: string;
}

export function registerClaimCommands(program: Command): void {
  const imp = program.command('import').description('import files');
  imp
    .command('claims <file>')
    .description('import a department claims CSV (all-or-nothing unless --partial)')
    .requiredOption('--department <code>', 'department code, e.g. SCHOOL')
    .option('--partial', 'import the good rows and write the bad ones to a CSV to fix')
    .option('--dry-run', 'validate and count, write nothing')
    .option('--json', 'print the report as JSON')
    .option('--lang <lang>', 'nl | fr | en')
    .option('--rejected-file <path>', 'where --partial writes the bad rows (default FILE.rejected.csv)')
    .action((file: string, o: ImportFlags) => runCli(langOption(o.lang), (run) => importFile(run, file, o)));
}

async function importFile(
  { database, scope }: Parameters<Parameters<typeof runCli>[1]>[0],
  file: string,
  o: ImportFlags,
): Promise<number> {
  const size = await stat(file).then(
    (s) => s.size,
    () => -1,
  );
  if (size < 0) {
    process.stderr.write(`${m.text(scope.lang, 'cliFileNotFound', { file })}\n`);
    return EXIT.failed;
  }
  const progress = !o.json && process.stderr.isTTY ? progressBar(size) : null;
  const result = await importClaims(database, scope, {
    departmentCode: o.department,
    input: countingBytes(createReadStream(file, { highWaterMark: 1024 * 1024 }), progress?.bytes),
    fileName: path.basename(file),
    partial: !!o.partial,
    dryRun: !!o.dryRun,
  });
  progress?.done();
  if (!result.ok) return reportFailure(result.error, !!o.json);
  const { report, rejectedWhole, rejectedCsv } = result.value;
  let rejectedFile: string | null = null;
  if (o.partial && rejectedCsv) {
    rejectedFile = o.rejectedFile ?? `${file.replace(/\.csv$/i, '')}.rejected.csv`;
    await writeFile(rejectedFile, rejectedCsv);
  }
  const final: ImportReport = { ...report, rejectedFile };
  if (o.json) process.stdout.write(`${JSON.stringify(final)}\n`);
  else process.stdout.write(humanReport(final, scope.lang, rejectedWhole, !!o.dryRun));
  return rejectedWhole ? EXIT.failed : EXIT.ok;
}

async function* countingBytes(
  stream: AsyncIterable<Buffer>,
  onBytes?: (n: number) => void,
): AsyncGenerator<Buffer> {
  for await (const chunk of stream) {
    onBytes?.(chunk.length);
    yield chunk;
  }
}

function progressBar(total: number) {
  let read = 0;
  let last = -1;
  return {
    bytes(n: number) {
      read += n;
      const pct = total > 0 ? Math.floor((read / total) * 100) : 100;
      if (pct === last) return;
      last = pct;
      const filled = Math.round(pct / 4);
      process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(25 - filled)}] ${pct}%`);
    },
    done() {
      process.stderr.write('\n');
    },
  };
}

function humanReport(r: ImportReport, lang: Lang, rejectedWhole: boolean, dryRun: boolean): string {
  const lines = [
    m.text(lang, 'cliSummary', {
      rows: r.rows,
      created: r.created,
      updated: r.updated,
      unchanged: r.unchanged,
      errors: r.rejected.length,
    }),
  ];
  if (dryRun) lines.push(m.text(lang, 'cliDryRun'));
  if (rejectedWhole) lines.push(m.text(lang, 'cliRejectedWhole'));
  for (const e of r.rejected.slice(0, 50)) {
    lines.push(
      `  ${m.text(lang, 'cliRowError', { row: String(e.row), field: e.field, message: e.message })}`,
    );
  }
  if (r.rejected.length > 50)
    lines.push(`  ${m.text(lang, 'cliMore', { count: String(r.rejected.length - 50) })}`);
  if (r.rejectedFile) lines.push(m.text(lang, 'cliRejectedFile', { file: r.rejectedFile }));
  return `${lines.join('\n')}\n`;
}
