import type { Command } from 'commander';
import { formatEuro } from '../kernel/money.ts';
import { EXIT, langOption, reportFailure, runCli } from '../platform/cli-run.ts';
import { confirmSuggestion, rejectSuggestion, search, suggestions, undoMerge } from './service.ts';

export function registerDebtorCommands(program: Command): void {
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
      .option('--lang <lang>', 'nl | fr | en')
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
    .option('--lang <lang>', 'nl | fr | en')
    .action((id: string, o: { lang?: string }) =>
      runCli(langOption(o.lang), async ({ database, scope }) => {
        const r = await undoMerge(database, scope, id);
        if (!r.ok) return reportFailure(r.error, false);
        process.stdout.write('undone\n');
        return EXIT.ok;
      }),
    );
}
