import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { debtorIdByNationalNumber } from '../debtors/service.ts';
import { parseAmount } from '../kernel/money.ts';
import { formatOgm } from '../kernel/ogm.ts';
import { EXIT, langOption, reportFailure, runCli } from '../platform/cli-run.ts';
import type { Failure } from '../platform/errors.ts';
import { cancelPlan, changePlan, recordPlanPayment } from './change-service.ts';
import { closeFile, fileView, openFile } from './file-service.ts';
import { planLetterPdf } from './letter-service.ts';
import { detectMissedInstalments } from './missed-service.ts';
import { acceptPlan, createPlan } from './service.ts';
import { registerPlanSettingsCommands } from './settings-cli.ts';
import { openFileOfDebtor } from './store.ts';
import { showPlan } from './view-service.ts';

function print(json: boolean, value: unknown, human: string): number {
  process.stdout.write(json ? `${JSON.stringify(value)}\n` : `${human}\n`);
  return EXIT.ok;
}

function usage(message: string): number {
  process.stderr.write(`${message}\n`);
  return EXIT.usage;
}

function cents(text: string | undefined): number | null | undefined {
  if (text === undefined) return undefined;
  const r = parseAmount(text);
  return r.ok ? r.value : null;
}

function version(text: string | undefined): number | undefined {
  return text === undefined ? undefined : Number(text);
}

type Fail = { ok: false; error: Failure };

export function registerPlanCommands(program: Command): void {
  const plan = program.command('plan').description('EvS payment plans (OSLO Afbetalingsplan)');
  registerPlanSettingsCommands(plan);
  plan
    .command('create')
    .description('propose a plan; opens the EvS file with all open claims when none is open')
    .requiredOption('--national-number <number>', 'rijksregisternummer (any notation) or BSN')
    .option('--monthly <amount>', 'amount per month, e.g. 50 or 50,00')
    .option('--months <n>', 'number of monthly instalments')
    .option('--first-due <date>', 'no instalment before this date (YYYY-MM-DD)')
    .option('--consent-evidence <ref>', 'consent evidence reference when the file is opened', 'CLI')
    .option('--json', 'print JSON (amounts in cents)')
    .option('--lang <lang>', 'nl | fr | en')
    .action(
      (o: {
        nationalNumber: string;
        monthly?: string;
        months?: string;
        firstDue?: string;
        consentEvidence: string;
        json?: boolean;
        lang?: string;
      }) =>
        runCli(langOption(o.lang), async ({ database, scope, today }) => {
          const monthly = cents(o.monthly);
          const months = o.months === undefined ? undefined : Number(o.months);
          if ((monthly === undefined) === (months === undefined)) return usage('give --monthly or --months');
          if (monthly === null || (months !== undefined && !Number.isInteger(months)))
            return usage('invalid amount or months');
          const debtor = await debtorIdByNationalNumber(database, scope, o.nationalNumber);
          if (!debtor.ok) return reportFailure(debtor.error, !!o.json);
          let fileId = (await openFileOfDebtor(database.db, scope.orgId, debtor.value))?.id;
          if (!fileId) {
            const opened = await openFile(
              database,
              scope,
              {
                debtorId: debtor.value,
                consent: { date: today, form: 'recorded_by_operator', evidence: o.consentEvidence },
              },
              today,
            );
            if (!opened.ok) return reportFailure(opened.error, !!o.json);
            fileId = opened.value.fileId;
          }
          const created = await createPlan(
            database,
            scope,
            {
              fileId,
              ...(monthly !== undefined ? { monthly } : {}),
              ...(months !== undefined ? { months } : {}),
              ...(o.firstDue ? { firstDue: o.firstDue } : {}),
            },
            today,
          );
          if (!created.ok) return reportFailure(created.error, !!o.json);
          const shown = await showPlan(database, scope, created.value.planId);
          if (!shown.ok) return reportFailure(shown.error, !!o.json);
          return print(
            !!o.json,
            shown.value,
            `${shown.value.id}\t${formatOgm(shown.value.reference)}\t${shown.value.status}`,
          );
        }),
    );

  plan
    .command('accept <planId>')
    .description('record the Aanvaarding by the person')
    .option('--version <n>', 'the version you saw (refused when the plan changed since)')
    .option('--lang <lang>', 'nl | fr | en')
    .action((id: string, o: { version?: string; lang?: string }) =>
      runCli(langOption(o.lang), async ({ database, scope, today }) => {
        const v = version(o.version);
        const r = await acceptPlan(database, scope, id, v === undefined ? {} : { expectedVersion: v }, today);
        if (!r.ok) return reportFailure(r.error, false);
        return print(false, null, `accepted\tversion ${r.value.version}`);
      }),
    );

  plan
    .command('show <planId>')
    .option('--json', 'print JSON (amounts in cents)')
    .option('--lang <lang>', 'nl | fr | en')
    .action((id: string, o: { json?: boolean; lang?: string }) =>
      runCli(langOption(o.lang), async ({ database, scope }) => {
        const r = await showPlan(database, scope, id);
        if (!r.ok) return reportFailure(r.error, !!o.json);
        const p = r.value;
        const human = [
          `${p.id}  ${formatOgm(p.reference)}  ${p.status}  start ${p.startAmount}  balance ${p.balance}`,
          ...p.instalments.map((i) => `  ${i.dueDate}  ${i.amount}  paid ${i.paid}`),
          ...p.claims.map((c) => `  ${c.department}  ${c.claimId}  open ${c.open}  allocated ${c.allocated}`),
        ].join('\n');
        return print(!!o.json, p, human);
      }),
    );

  plan
    .command('change <planId>')
    .description('Wijziging: a new schedule for what remains')
    .requiredOption('--reason <text>')
    .option('--monthly <amount>')
    .option('--months <n>')
    .option('--first-due <date>')
    .option('--version <n>')
    .action(
      (
        id: string,
        o: { reason: string; monthly?: string; months?: string; firstDue?: string; version?: string },
      ) =>
        runCli(undefined, async ({ database, scope, today }) => {
          const monthly = cents(o.monthly);
          if (monthly === null) return usage('invalid amount');
          const v = version(o.version);
          const r = await changePlan(
            database,
            scope,
            id,
            {
              reason: o.reason,
              ...(monthly !== undefined ? { monthly } : {}),
              ...(o.months ? { months: Number(o.months) } : {}),
              ...(o.firstDue ? { firstDue: o.firstDue } : {}),
              ...(v === undefined ? {} : { expectedVersion: v }),
            },
            today,
          );
          if (!r.ok) return reportFailure(r.error, false);
          return print(false, null, `changed\tversion ${r.value.version}`);
        }),
    );

  plan
    .command('cancel <planId>')
    .description('Schrapping, with a reason')
    .requiredOption('--reason <text>')
    .option('--version <n>')
    .action((id: string, o: { reason: string; version?: string }) =>
      runCli(undefined, async ({ database, scope, today }) => {
        const v = version(o.version);
        const r = await cancelPlan(
          database,
          scope,
          id,
          { reason: o.reason, ...(v === undefined ? {} : { expectedVersion: v }) },
          today,
        );
        if (!r.ok) return reportFailure(r.error, false);
        return print(false, null, `cancelled\tversion ${r.value.version}`);
      }),
    );

  plan
    .command('pay <planId>')
    .description('record a payment received on the plan (Afbetaling)')
    .requiredOption('--amount <amount>')
    .option('--date <date>', 'payment date (default today)')
    .action((id: string, o: { amount: string; date?: string }) =>
      runCli(undefined, async ({ database, scope, today }) => {
        const amount = cents(o.amount);
        if (!amount) return usage('invalid amount');
        const r = await recordPlanPayment(database, scope, id, { amount, date: o.date ?? today });
        if (!r.ok) return reportFailure(r.error, false);
        return print(false, null, `${r.value.status}\tversion ${r.value.version}`);
      }),
    );

  plan
    .command('letter <planId>')
    .description('the plan letter as PDF (with the EPC QR code)')
    .requiredOption('--out <file>', 'where to write the PDF')
    .option('--lang <lang>', 'nl | fr | en', 'nl')
    .action((id: string, o: { out: string; lang: string }) =>
      runCli(langOption(o.lang), async ({ database, scope, today }) => {
        const r = await planLetterPdf(database, scope, id, scope.lang, today);
        if (!r.ok) return reportFailure(r.error, false);
        await writeFile(o.out, r.value.pdf);
        return print(false, null, o.out);
      }),
    );

  plan
    .command('missed')
    .description('detect missed instalments: friendly reminders, follow-up tasks (idempotent, daily job)')
    .option('--date <date>', 'as of this day (default today)')
    .action((o: { date?: string }) =>
      runCli(undefined, async ({ database, scope, today }) =>
        print(
          true,
          await detectMissedInstalments(database, { ...scope, actor: 'system' }, o.date ?? today),
          '',
        ),
      ),
    );

  const file = program.command('file').description('EvS files: consent, bundled claims, closing');
  file
    .command('open')
    .requiredOption('--national-number <number>')
    .requiredOption('--consent-date <date>')
    .requiredOption('--consent-form <form>', 'written | digital | verbal …')
    .requiredOption('--consent-evidence <ref>')
    .option('--keep-charges', 'do not waive charges already added')
    .option('--json')
    .action(
      (o: {
        nationalNumber: string;
        consentDate: string;
        consentForm: string;
        consentEvidence: string;
        keepCharges?: boolean;
        json?: boolean;
      }) =>
        runCli(undefined, async ({ database, scope, today }) => {
          const debtor = await debtorIdByNationalNumber(database, scope, o.nationalNumber);
          if (!debtor.ok) return reportFailure(debtor.error, !!o.json);
          const r = await openFile(
            database,
            scope,
            {
              debtorId: debtor.value,
              consent: { date: o.consentDate, form: o.consentForm, evidence: o.consentEvidence },
              ...(o.keepCharges ? { waiveCharges: false } : {}),
            },
            today,
          );
          if (!r.ok) return reportFailure(r.error, !!o.json);
          return print(
            !!o.json,
            r.value,
            `${r.value.fileId}\t${r.value.bundled} claims\topen ${r.value.open}\twaived ${r.value.waived}`,
          );
        }),
    );
  file
    .command('show <fileId>')
    .option('--json')
    .action((id: string, o: { json?: boolean }) =>
      runCli(undefined, async ({ database, scope, today }) => {
        const r = await fileView(database, scope, id, today);
        if (!r.ok) return reportFailure((r as Fail).error, !!o.json);
        return print(
          !!o.json,
          r.value,
          `${r.value.id}\t${r.value.status}\t${r.value.milestone}\t${r.value.claims.length} claims`,
        );
      }),
    );
  file
    .command('close <fileId>')
    .requiredOption('--reason <text>')
    .action((id: string, o: { reason: string }) =>
      runCli(undefined, async ({ database, scope, today }) => {
        const r = await closeFile(database, scope, id, o.reason, today);
        if (!r.ok) return reportFailure(r.error, false);
        return print(false, null, 'closed');
      }),
    );
}
