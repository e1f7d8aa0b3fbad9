import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { parseAmount } from '../kernel/money.ts';
import { EXIT, reportFailure, runCli } from '../platform/cli-run.ts';
import {
  addLegalTable,
  legalTables,
  planSettings,
  type SettingsInput,
  updatePlanSettings,
} from './settings-service.ts';

/** `evs plan settings …` and `evs plan legal-table …`: registered by registerPlanCommands. */
export function registerPlanSettingsCommands(plan: Command): void {
  plan
    .command('settings')
    .description('show or change the creditor details for letters and the plan policy')
    .option('--creditor-name <name>')
    .option('--iban <iban>')
    .option('--bic <bic>')
    .option('--contact <text>', 'phone number or e-mail address printed on letters')
    .option('--contact-service <name>', 'the service named as contact on letters')
    .option('--contact-person <name>', 'the contact person named on letters')
    .option('--contact-phone <phone>')
    .option('--contact-email <address>')
    .option('--place <place>')
    .option('--min-instalment <amount>')
    .option('--max-months <n>')
    .option('--day-of-month <n>')
    .option('--missed-threshold <n>', 'missed instalments before a follow-up task')
    .option('--keep-charges', 'do not waive charges when bundling (default: waive)')
    .option('--waive-charges', 'waive charges when bundling')
    .action(
      (o: {
        creditorName?: string;
        iban?: string;
        bic?: string;
        contact?: string;
        contactService?: string;
        contactPerson?: string;
        contactPhone?: string;
        contactEmail?: string;
        place?: string;
        minInstalment?: string;
        maxMonths?: string;
        dayOfMonth?: string;
        missedThreshold?: string;
        keepCharges?: boolean;
        waiveCharges?: boolean;
      }) =>
        runCli(undefined, async ({ database, scope }) => {
          const min = o.minInstalment === undefined ? undefined : parseAmount(o.minInstalment);
          if (min && !min.ok) {
            process.stderr.write('invalid --min-instalment\n');
            return EXIT.usage;
          }
          const input: SettingsInput = {
            ...(o.creditorName ? { creditorName: o.creditorName } : {}),
            ...(o.iban ? { iban: o.iban } : {}),
            ...(o.bic ? { bic: o.bic } : {}),
            ...(o.contact ? { contact: o.contact } : {}),
            ...(o.contactService ? { contactService: o.contactService } : {}),
            ...(o.contactPerson ? { contactPerson: o.contactPerson } : {}),
            ...(o.contactPhone ? { contactPhone: o.contactPhone } : {}),
            ...(o.contactEmail ? { contactEmail: o.contactEmail } : {}),
            ...(o.place ? { place: o.place } : {}),
            ...(min?.ok ? { minInstalment: min.value } : {}),
            ...(o.maxMonths ? { maxMonths: Number(o.maxMonths) } : {}),
            ...(o.dayOfMonth ? { dayOfMonth: Number(o.dayOfMonth) } : {}),
            ...(o.missedThreshold ? { missedThreshold: Number(o.missedThreshold) } : {}),
            ...(o.keepCharges ? { waiveCharges: false } : o.waiveCharges ? { waiveCharges: true } : {}),
          };
          if (Object.keys(input).length === 0) {
            process.stdout.write(
              `${JSON.stringify(await planSettings(database.db, scope.orgId), null, 2)}\n`,
            );
            return EXIT.ok;
          }
          const r = await updatePlanSettings(database, scope, input);
          if (!r.ok) return reportFailure(r.error, false);
          process.stdout.write(`${JSON.stringify(r.value, null, 2)}\n`);
          return EXIT.ok;
        }),
    );

  const table = plan
    .command('legal-table')
    .description('legal tables of the non-seizable income (art. 1409, BVV)');
  table.command('list').action(() =>
    runCli(undefined, async ({ database, scope }) => {
      for (const t of await legalTables(database.db, scope.orgId)) {
        process.stdout.write(
          `${t.version}\t${t.country}\t${t.validFrom}..${t.validTo}\t${t.verified ? 'verified' : 'UNVERIFIED'}\n`,
        );
      }
      return EXIT.ok;
    }),
  );
  table
    .command('add <file>')
    .description('add a table from a JSON file (same format as src/plans/legal-tables/*.json)')
    .action((file: string) =>
      runCli(undefined, async ({ database, scope }) => {
        let body: unknown;
        try {
          body = JSON.parse(await readFile(file, 'utf8'));
        } catch {
          process.stderr.write('not a readable JSON file\n');
          return EXIT.failed;
        }
        const r = await addLegalTable(database, scope, body);
        if (!r.ok) {
          const details = Array.isArray(r.error.details)
            ? `\n${(r.error.details as string[]).join('\n')}`
            : '';
          process.stderr.write(`${r.error.message}${details}\n`);
          return EXIT.failed;
        }
        process.stdout.write(`${r.value.version}\n`);
        return EXIT.ok;
      }),
    );
}
