import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { EXIT, langOption, reportFailure, runCli } from '../platform/cli-run.ts';
import { osloMessages } from './messages.ts';
import { exportByNationalNumber, exportDebtorFile, importOsloClaims } from './service.ts';

/** The shared `export` / `import` parent command, whoever registers it first. */
export function parentCommand(program: Command, name: string, description: string): Command {
  return program.commands.find((c) => c.name() === name) ?? program.command(name).description(description);
}

interface ExportFlags {
  nationalNumber?: string;
  debtor?: string;
  lang?: string;
}

interface ImportFlags {
  department?: string;
  partial?: boolean;
  dryRun?: boolean;
  json?: boolean;
  lang?: string;
}

export function registerOsloCommands(program: Command): void {
  parentCommand(program, 'export', 'export data')
    .command('oslo')
    .description("print a debtor's file as OSLO Schuldbeheer JSON-LD on standard output")
    .option('--national-number <number>', 'the debtor by national number (any notation) or BSN')
    .option('--debtor <id>', 'the debtor by id')
    .option('--lang <lang>', 'nl | fr | en')
    .action((o: ExportFlags) =>
      runCli(langOption(o.lang), async ({ database, scope, today }) => {
        if (!o.nationalNumber === !o.debtor) {
          process.stderr.write(`${osloMessages.text(scope.lang, 'cliEitherDebtor')}\n`);
          return EXIT.usage;
        }
        const result = o.nationalNumber
          ? await exportByNationalNumber(database, scope, o.nationalNumber, today)
          : await exportDebtorFile(database, scope, o.debtor ?? '', today);
        if (!result.ok) return reportFailure(result.error, false);
        process.stdout.write(`${JSON.stringify(result.value, null, 2)}\n`);
        return EXIT.ok;
      }),
    );

  parentCommand(program, 'import', 'import files')
    .command('oslo <file>')
    .description('import claims from an OSLO Schuldbeheer JSON-LD document (all-or-nothing unless --partial)')
    .option('--department <code>', 'the sending department (default: named by each claim identifier)')
    .option('--partial', 'import the good claims, report the bad ones')
    .option('--dry-run', 'validate and count, write nothing')
    .option('--json', 'print the reports as JSON')
    .option('--lang <lang>', 'nl | fr | en')
    .action((file: string, o: ImportFlags) =>
      runCli(langOption(o.lang), async ({ database, scope }) => {
        let document: unknown;
        try {
          document = JSON.parse(await readFile(file, 'utf8'));
        } catch {
          process.stderr.write(`${osloMessages.text(scope.lang, 'cliNotJson', { file })}\n`);
          return EXIT.failed;
        }
        const result = await importOsloClaims(database, scope, document, {
          ...(o.department ? { departmentCode: o.department } : {}),
          partial: !!o.partial,
          dryRun: !!o.dryRun,
        });
        if (!result.ok) {
          const code = reportFailure(result.error, !!o.json);
          const details = result.error.details as
            | { violations?: { focusNode: string; path: string | null; message: string }[] }
            | undefined;
          if (!o.json) {
            for (const v of details?.violations?.slice(0, 20) ?? []) {
              process.stderr.write(`  ${v.focusNode} ${v.path ?? ''}: ${v.message}\n`);
            }
          }
          return code;
        }
        if (o.json) process.stdout.write(`${JSON.stringify(result.value)}\n`);
        for (const r of o.json ? [] : result.value) {
          const x = r.report;
          const summary = osloMessages.text(scope.lang, 'cliSummary', {
            department: r.department,
            rows: x.rows,
            created: x.created,
            updated: x.updated,
            unchanged: x.unchanged,
            errors: x.rejected.length,
          });
          process.stdout.write(`${summary}\n`);
          for (const e of x.rejected.slice(0, 50)) {
            process.stdout.write(`  ${r.subjects[e.row - 2] ?? e.row}, ${e.field}: ${e.message}\n`);
          }
        }
        return result.value.some((r) => r.rejectedWhole) ? EXIT.failed : EXIT.ok;
      }),
    );
}
