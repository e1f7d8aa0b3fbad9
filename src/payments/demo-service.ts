import { sql } from 'kysely';
import { addDays, type IsoDate } from '../kernel/dates.ts';
import type { Cents } from '../kernel/money.ts';
import { planSettings } from '../plans/settings-service.ts';
import type { Database } from '../platform/db.ts';
import type { Scope } from '../platform/scope.ts';
import { belgianIban } from './coda-records.ts';
import { type CodaMovementInput, type CodaStatementInput, encodeLatin1, writeCoda } from './coda-writer.ts';
import { importStatement, type StatementImportSummary } from './import-service.ts';

/** What the demo statement pays on top of everything the second plan owes: its credit. */
export const DEMO_CREDIT: Cents = 2_500;
const UNMATCHED_AMOUNT: Cents = 4_000;

/** "Janssens, Dirk" as a bank shows the payer: "DIRK JANSSENS". */
function payerName(name: string | undefined): string | null {
  if (!name) return null;
  const [last, first] = name.split(',').map((p) => p.trim());
  return (first ? `${first} ${last}` : (last ?? '')).toUpperCase();
}

/**
 * A small bank history for the demo city, imported through the real CODA path: the oldest accepted,
 * still unpaid demo plan receives its first instalment (structured OGM), the next one is paid off in
 * full plus DEMO_CREDIT (OGM typed in the free text: completes the plan and leaves a credit), and one
 * transfer without any reference, from the first plan's person, lands in the unmatched queue. Amounts and dates depend only on the
 * plans and `today`; loading twice skips the statements seen before.
 */
export async function loadDemoPayments(
  database: Database,
  scope: Scope,
  today: IsoDate,
): Promise<StatementImportSummary> {
  const plans = await database.db
    .selectFrom('plans as p')
    .innerJoin('debtors as d', 'd.id', 'p.debtor_id')
    .select([
      'p.id',
      'd.name as debtorName',
      'p.reference',
      // what the plan's payments may pay (claim-balances.ts initialBalance); waived charges are already
      // taken off the claim row
      sql<number>`(SELECT coalesce(sum(CASE WHEN k.status = 'cancelled' THEN 0 ELSE least(greatest(pc.bundled_open, 0),
          greatest(0, k.principal + k.charges - k.paid)) END), 0)::bigint
        FROM plan_claims pc JOIN claims k ON k.id = pc.claim_id WHERE pc.plan_id = p.id)`.as('owed'),
      sql<
        number | null
      >`(SELECT i.amount FROM plan_instalments i WHERE i.plan_id = p.id ORDER BY i.seq LIMIT 1)`.as(
        'firstInstalment',
      ),
    ])
    .where('p.organisation_id', '=', scope.orgId)
    .where('p.status', '=', 'accepted')
    .where('p.paid', '=', 0)
    .orderBy('p.created_at')
    .orderBy('p.reference')
    .limit(2)
    .execute();
  const [instalmentPlan, paidOffPlan] = plans;
  const early = addDays(today, -20);
  const late = addDays(today, -2);
  const payer = (n: number, name: string) => ({ iban: demoIban(n), name });
  const first: CodaMovementInput[] = [];
  if (instalmentPlan !== undefined) {
    first.push({
      bankReference: 'DEMO0000000001',
      amount: Number(instalmentPlan.firstInstalment ?? 5_000),
      entryDate: early,
      valueDate: early,
      communication: { kind: 'ogm', digits: instalmentPlan.reference },
      counterparty: payer(1, 'JAN TESTMANS'),
    });
  }
  const second: CodaMovementInput[] = [];
  if (paidOffPlan !== undefined) {
    const r = paidOffPlan.reference;
    second.push({
      bankReference: 'DEMO0000000002',
      amount: Number(paidOffPlan.owed) + DEMO_CREDIT,
      entryDate: late,
      valueDate: late,
      communication: {
        kind: 'text',
        text: `afbetaling +++${r.slice(0, 3)}/${r.slice(3, 7)}/${r.slice(7)}+++`,
      },
      counterparty: payer(2, 'ELS VOORBEELD'),
    });
  }
  second.push({
    bankReference: 'DEMO0000000003',
    amount: UNMATCHED_AMOUNT,
    entryDate: late,
    valueDate: late,
    communication: { kind: 'text', text: 'afbetaling schuld' },
    // the person of the first plan pays without a reference: the queue suggests that plan by name
    counterparty: payer(3, payerName(instalmentPlan?.debtorName) ?? 'PIET PROEFMENS'),
  });
  const account = (await planSettings(database.db, scope.orgId)).iban;
  const statement = (sequence: number, date: IsoDate, opening: Cents, movements: CodaMovementInput[]) =>
    ({
      iban: account,
      holderName: 'STAD DEMO',
      creationDate: date,
      codaSequence: sequence,
      openingBalance: opening,
      openingDate: addDays(date, -1),
      closingDate: date,
      movements,
    }) satisfies CodaStatementInput;
  const firstTotal = first.reduce((s, m) => s + m.amount, 0);
  const coda = writeCoda([statement(1, early, 0, first), statement(2, late, firstTotal, second)]);
  const imported = await importStatement(database, scope, {
    bytes: encodeLatin1(coda),
    fileName: `demo-${late}.cod`,
  });
  if (!imported.ok) throw new Error(`demo bank statement did not import: ${imported.error.message}`);
  return imported.value;
}

/** A Belgian IBAN with valid check digits in a range no bank hands out here: fictional payers. */
function demoIban(n: number): string {
  return belgianIban(`9990000000${String(n).padStart(2, '0')}`);
}
