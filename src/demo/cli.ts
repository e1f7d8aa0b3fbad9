import type { Command } from 'commander';
import { hubSettings } from '../hub/io-keys.ts';
import { EXIT, runCli } from '../platform/cli-run.ts';
import { isEmpty, loadDemoCity } from './service.ts';

export function registerDemoCommands(program: Command): void {
  program
    .command('demo')
    .description('load the synthetic demo city (deterministic) into the database')
    .option('--people <n>', 'people', (v) => Number.parseInt(v, 10))
    .option('--claims <n>', 'claims', (v) => Number.parseInt(v, 10))
    .option('--seed <n>', 'seed', (v) => Number.parseInt(v, 10))
    .option('--force', 'load even when claims exist')
    .action((o: { people?: number; claims?: number; seed?: number; force?: boolean }) =>
      runCli(undefined, async ({ config, database, scope, today }) => {
        if (!o.force && !(await isEmpty(database, scope.orgId))) {
          process.stderr.write(
            'The database already has claims; use --force to load the demo city anyway.\n',
          );
          return EXIT.failed;
        }
        const summary = await loadDemoCity(database, scope, { today, ...o, hub: hubSettings(config) });
        process.stdout.write(`${JSON.stringify(summary)}\n`);
        return EXIT.ok;
      }),
    );
}
