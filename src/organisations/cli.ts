import type { Command } from 'commander';
import { EXIT, langOption, reportFailure, runCli } from '../platform/cli-run.ts';
import { addDepartment, categories, departments, setCategory } from './service.ts';

export function registerOrganisationCommands(program: Command): void {
  const dep = program.command('departments').description('departments of the organisation');
  dep
    .command('add <code>')
    .description('add a department, e.g. evs departments add SCHOOL --name "Scholen"')
    .requiredOption('--name <name>', 'display name')
    .option('--lang <lang>', 'nl | fr | en')
    .action((code: string, o: { name: string; lang?: string }) =>
      runCli(langOption(o.lang), async ({ database, scope }) => {
        const r = await addDepartment(database, scope, code, o.name);
        if (!r.ok) return reportFailure(r.error, false);
        process.stdout.write(`${r.value.code}\t${r.value.name}\n`);
        return EXIT.ok;
      }),
    );
  dep
    .command('list')
    .option('--json', 'print JSON')
    .action((o: { json?: boolean }) =>
      runCli(undefined, async ({ database, scope }) => {
        const list = await departments(database, scope);
        if (o.json)
          process.stdout.write(`${JSON.stringify(list.map(({ code, name }) => ({ code, name })))}\n`);
        else for (const d of list) process.stdout.write(`${d.code}\t${d.name}\n`);
        return EXIT.ok;
      }),
    );

  const cat = program.command('categories').description('claim categories and their limitation periods');
  cat
    .command('list')
    .option('--department <code>')
    .option('--json', 'print JSON')
    .action((o: { department?: string; json?: boolean }) =>
      runCli(undefined, async ({ database, scope }) => {
        const list = await categories(database, scope, o.department?.toUpperCase());
        const rows = list.map(({ department, name, fiscal, limitationPeriod }) => ({
          department,
          name,
          fiscal,
          limitationPeriod,
        }));
        if (o.json) process.stdout.write(`${JSON.stringify(rows)}\n`);
        else
          for (const c of rows)
            process.stdout.write(
              `${c.department}\t${c.name}\t${c.limitationPeriod}\t${c.fiscal ? 'fiscal' : ''}\n`,
            );
        return EXIT.ok;
      }),
    );
  cat
    .command('set <department> <name>')
    .description(
      'create or edit a category, e.g. evs categories set AFVAL Afvalbelasting --limitation P5Y --fiscal',
    )
    .option('--limitation <period>', 'ISO duration such as P5Y')
    .option('--fiscal', 'fiscal claim')
    .option('--not-fiscal', 'not a fiscal claim')
    .option('--lang <lang>', 'nl | fr | en')
    .action(
      (
        department: string,
        name: string,
        o: { limitation?: string; fiscal?: boolean; notFiscal?: boolean; lang?: string },
      ) =>
        runCli(langOption(o.lang), async ({ database, scope }) => {
          const fiscal = o.fiscal ? true : o.notFiscal ? false : undefined;
          const r = await setCategory(database, scope, department, name, {
            ...(o.limitation ? { limitationPeriod: o.limitation } : {}),
            ...(fiscal === undefined ? {} : { fiscal }),
          });
          if (!r.ok) return reportFailure(r.error, false);
          process.stdout.write(`${r.value.department}\t${r.value.name}\t${r.value.limitationPeriod}\n`);
          return EXIT.ok;
        }),
    );
}
