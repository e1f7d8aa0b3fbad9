import type { Command } from 'commander';
import { EXIT } from '../platform/cli-run.ts';
import { type Config, loadConfig } from '../platform/config.ts';
import { openDatabase } from '../platform/db.ts';
import { restoreEmbeddedBackup, writeEmbeddedBackup } from './backup-service.ts';
import { configReport } from './config-report.ts';

const PG_HINT =
  'DATABASE_URL is set: back up PostgreSQL with scripts/pg-backup.sh and restore with scripts/pg-restore.sh ' +
  '(docs/operations.md).\n';

function configOrExit(): Config | null {
  try {
    return loadConfig();
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = EXIT.failed;
    return null;
  }
}

export function registerOpsCommands(program: Command): void {
  program
    .command('backup <file>')
    .description('write a consistent backup of the embedded database (stop the server first)')
    .action(async (file: string) => {
      const config = configOrExit();
      if (!config) return;
      if (config.databaseUrl || !config.dataDir) {
        process.stderr.write(
          config.databaseUrl ? PG_HINT : 'EVS_DATA_DIR is :memory:, nothing to back up.\n',
        );
        process.exitCode = EXIT.failed;
        return;
      }
      const database = openDatabase(config);
      try {
        const bytes = await writeEmbeddedBackup(database, file);
        process.stdout.write(`${file}\t${bytes} bytes\n`);
      } finally {
        await database.close();
      }
    });

  program
    .command('restore <file>')
    .description('restore a backup into the (empty or missing) embedded data folder, then upgrade it')
    .action(async (file: string) => {
      const config = configOrExit();
      if (!config) return;
      if (config.databaseUrl || !config.dataDir) {
        process.stderr.write(
          config.databaseUrl ? PG_HINT : 'EVS_DATA_DIR is :memory:, nowhere to restore.\n',
        );
        process.exitCode = EXIT.failed;
        return;
      }
      const r = await restoreEmbeddedBackup(file, config.dataDir);
      if (!r.ok) {
        process.stderr.write(`${r.error.message}\n`);
        process.exitCode = r.error.kind === 'not_found' ? EXIT.notFound : EXIT.failed;
        return;
      }
      const upgraded = r.value.applied.length > 0 ? ` (upgraded: ${r.value.applied.join(', ')})` : '';
      process.stdout.write(`restored into ${config.dataDir}${upgraded}\n`);
    });

  program
    .command('config')
    .description('configuration')
    .command('check')
    .description('validate the configuration and print the effective settings, secrets masked')
    .option('--json', 'print JSON')
    .action((o: { json?: boolean }) => {
      const config = configOrExit();
      if (!config) return;
      const rows = configReport(config);
      if (o.json) {
        process.stdout.write(`${JSON.stringify(Object.fromEntries(rows.map((r) => [r.name, r.value])))}\n`);
        return;
      }
      const width = Math.max(...rows.map((r) => r.name.length));
      for (const r of rows) process.stdout.write(`${r.name.padEnd(width)}  ${r.value}\n`);
      process.stdout.write('configuration OK\n');
    });
}
