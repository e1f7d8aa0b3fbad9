/** `evs rights reductions propose|list|accept|reject`: reductions on issued invoices from granted rights. */
import type { Command } from 'commander';
import { isIsoDate } from '../kernel/dates.ts';
import { formatEuro } from '../kernel/money.ts';
import { EXIT, reportFailure, runCli } from '../platform/cli-run.ts';
import { decideReduction, proposeRightReductions, rightReductions } from './reduction-service.ts';
import type { ReductionStatus } from './reduction-store.ts';

const say = (text: string) => process.stdout.write(`${text}\n`);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const STATUSES: readonly string[] = ['proposed', 'accepted', 'rejected'];

export function registerReductionCommands(rights: Command): void {
  const reductions = rights
    .command('reductions')
    .description('reductions (OSLO Vermindering) on invoices issued in the period of a granted right');
  reductions
    .command('propose')
    .description('propose reductions for the rights granted under the ruleset in force (idempotent)')
    .option('--date <date>', 'the ruleset in force on this date (default: today)')
    .option('--json', 'print JSON')
    .action((o: { date?: string; json?: boolean }) =>
      runCli(undefined, async ({ database, scope, today }) => {
        if (o.date !== undefined && !isIsoDate(o.date)) {
          process.stderr.write(`--date: expected yyyy-mm-dd, got ${o.date}\n`);
          return EXIT.usage;
        }
        const r = await proposeRightReductions(database, scope, o.date ?? today);
        if (!r.ok) return reportFailure(r.error, o.json ?? false);
        if (o.json) say(JSON.stringify(r.value));
        else {
          for (const x of r.value.rights) say(`${x.right}\t${x.department}\t${x.proposed}`);
          for (const x of r.value.skipped) say(`${x.right}\t${x.department}\tunknown department, skipped`);
          say(`${r.value.proposed} proposed, ${formatEuro(r.value.proposedCents, scope.lang)}`);
        }
        return EXIT.ok;
      }),
    );
  reductions
    .command('list')
    .option('--status <status>', 'proposed | accepted | rejected', 'proposed')
    .option('--json', 'print JSON')
    .action((o: { status: string; json?: boolean }) =>
      runCli(undefined, async ({ database, scope }) => {
        if (!STATUSES.includes(o.status)) {
          process.stderr.write('--status: proposed | accepted | rejected\n');
          return EXIT.usage;
        }
        const items = await rightReductions(database, scope, { status: o.status as ReductionStatus });
        if (o.json) say(JSON.stringify(items));
        else
          for (const i of items)
            say(
              `${i.id}\t${i.right}\t${i.department}:${i.departmentClaimId}\t${formatEuro(i.amount, scope.lang)}\t${i.status}`,
            );
        return EXIT.ok;
      }),
    );
  for (const decision of ['accept', 'reject'] as const)
    reductions
      .command(`${decision} <id>`)
      .description(
        decision === 'accept'
          ? 'accept: the claim is lowered by the reduction (at most what is still open)'
          : 'reject the proposed reduction',
      )
      .option('--note <text>', 'why')
      .option('--json', 'print JSON')
      .action((id: string, o: { note?: string; json?: boolean }) =>
        runCli(undefined, async ({ database, scope }) => {
          if (!UUID.test(id)) {
            process.stderr.write(`not a reduction id: ${id}\n`);
            return EXIT.usage;
          }
          const r = await decideReduction(database, scope, id, decision, ...(o.note ? [o.note] : []));
          if (!r.ok) return reportFailure(r.error, o.json ?? false);
          say(
            o.json ? JSON.stringify(r.value) : `${r.value.status}\t${formatEuro(r.value.amount, scope.lang)}`,
          );
          return EXIT.ok;
        }),
      );
}
