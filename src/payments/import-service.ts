import { type Insertable, sql } from 'kysely';
import { parseIban } from '../kernel/iban.ts';
import type { Cents } from '../kernel/money.ts';
import { err, ok, type Result } from '../kernel/result.ts';
import { audit } from '../platform/audit.ts';
import type { Database, Trx } from '../platform/db.ts';
import { type Failure, failure } from '../platform/errors.ts';
import type { Scope } from '../platform/scope.ts';
import { lineKind, planReferenceKey, UNKNOWN_REFERENCE } from './line-kind.ts';
import { message, messageIn, paymentsMessages } from './messages.ts';
import { parseStatement } from './parse-statement.ts';
import { PAYABLE_PLAN_STATUSES, syncPlan } from './plan-sync-store.ts';
import { findReversedLine } from './reversals.ts';
import type { BankStatement, Message, StatementLine } from './statement.ts';
import {
  insertPayments,
  knownBankRefs,
  type PlanByReference,
  plansByReference,
  reversibleCredits,
  statementExists,
} from './store.ts';
import type { PaymentsTable } from './tables.ts';

/** The import report; amounts in cents. */
export interface StatementImportSummary {
  /** Lines in the file (all statements, credits and debits). */
  readonly lines: number;
  /** Lines skipped because their statement or bank reference was imported before. */
  readonly duplicates: number;
  /** New incoming credits matched to a plan by reference. */
  readonly matched: number;
  /** New incoming credits sent to the unmatched queue. */
  readonly unmatched: number;
  /** Change in what is allocated to claims (a reversal counts negative). */
  readonly allocated: Cents;
}

export interface StatementInput {
  readonly bytes: Uint8Array;
  readonly fileName: string;
}

const NO_ORIGINAL: Message = message('noOriginal');

function foreignCurrency(currency: string): Message {
  return message('foreignCurrency', { currency });
}

function planNotPayable(status: string): Message {
  return message('planNotPayable', { status });
}

/**
 * Imports a CODA or camt.053 file in one transaction: a file that does not parse or balance is rejected
 * whole with nothing written; statements and lines seen before (bank references) are skipped; incoming
 * credits are matched by OGM/RF to a plan or queued; reversals undo their payment; every touched plan is
 * replayed in date order.
 */
export async function importStatement(
  database: Database,
  scope: Scope,
  input: StatementInput,
): Promise<Result<StatementImportSummary, Failure>> {
  const parsed = parseStatement(input.bytes, input.fileName);
  if (!parsed.ok) {
    const e = parsed.error;
    return err(
      failure('invalid', `statement_${e.code}`, messageIn(e.message, scope.lang), {
        file: e.file,
        ...(e.line !== undefined ? { line: e.line } : {}),
        ...(e.where !== undefined ? { where: e.where } : {}),
      }),
    );
  }
  const badAccount = parsed.value.find((s) => /^[A-Z]{2}\d{2}/.test(s.account) && !parseIban(s.account).ok);
  if (badAccount !== undefined) {
    const where = `${badAccount.format === 'coda' ? 'record 1' : 'Stmt/Acct/Id/IBAN'} (${badAccount.account})`;
    return err(
      failure(
        'invalid',
        'statement_account_check_digits',
        paymentsMessages.text(scope.lang, 'accountCheckDigits', { file: input.fileName, where }),
        { file: input.fileName, where },
      ),
    );
  }
  const summary = await database.db.transaction().execute(async (trx) => {
    // Concurrent imports of the same statement wait here for each other, so the later ones find it
    // stored and count its lines as duplicates, exactly like a re-import afterwards (sorted: no deadlock).
    const keys = [...new Set(parsed.value.map((s) => `${scope.orgId}:${s.account}:${s.statementId}`))].sort();
    for (const key of keys) await sql`SELECT pg_advisory_xact_lock(hashtext(${key}))`.execute(trx);
    const counts = { lines: 0, duplicates: 0, matched: 0, unmatched: 0, allocated: 0 };
    const touched = new Set<string>();
    for (const statement of parsed.value) {
      counts.lines += statement.lines.length;
      if (await statementExists(trx, scope.orgId, statement.account, statement.statementId)) {
        counts.duplicates += statement.lines.length;
        continue;
      }
      await importOne(trx, scope, statement, input.fileName, counts, touched);
    }
    for (const planId of [...touched].sort()) {
      counts.allocated += (await syncPlan(trx, scope.orgId, planId)).allocatedDelta;
    }
    await audit(trx, scope, 'payments.import_statement', 'bank_statement_file', null, {
      file: input.fileName,
      ...counts,
      plans: touched.size,
    });
    return counts;
  });
  return ok(summary);
}

type Row = Insertable<PaymentsTable>;

async function importOne(
  trx: Trx,
  scope: Scope,
  statement: BankStatement,
  fileName: string,
  counts: { duplicates: number; matched: number; unmatched: number },
  touched: Set<string>,
): Promise<void> {
  const { orgId } = scope;
  const { id: statementId } = await trx
    .insertInto('bank_statements')
    .values({
      organisation_id: orgId,
      account: statement.account,
      statement_ref: statement.statementId,
      format: statement.format,
      statement_date: statement.date,
      opening_balance: statement.openingBalance,
      closing_balance: statement.closingBalance,
      file_name: fileName,
      imported_by: scope.actor,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const known = await knownBankRefs(
    trx,
    orgId,
    statement.account,
    statement.lines.map((l) => l.bankRef),
  );
  const fresh = statement.lines.filter((l) => !known.has(l.bankRef));
  counts.duplicates += statement.lines.length - fresh.length;
  const kinds = fresh.map(lineKind);
  const keys = kinds.flatMap((k) => {
    const key = k.kind === 'credit' && k.found !== null ? planReferenceKey(k.found.ref) : null;
    return key === null ? [] : [key];
  });
  const plans = await plansByReference(trx, orgId, keys);
  const base = (line: StatementLine): Row => ({
    organisation_id: orgId,
    statement_id: statementId,
    account: statement.account,
    bank_ref: line.bankRef,
    booking_date: line.bookingDate,
    value_date: line.valueDate,
    amount: line.amount,
    kind: 'debit',
    status: 'other',
    reversal_of: null,
    counterparty_name: line.counterpartyName,
    counterparty_iban: line.counterpartyIban,
    reference_kind: null,
    reference: null,
    communication: line.unstructured,
    plan_id: null,
    match: null,
    match_note: null,
    matched_by: null,
  });
  const rows: Row[] = [];
  const reversals: StatementLine[] = [];
  fresh.forEach((line, i) => {
    const k = kinds[i];
    if (k === undefined || k.kind === 'other') {
      rows.push(base(line));
      return;
    }
    if (k.kind === 'reversal') {
      reversals.push(line);
      return;
    }
    const row: Row = { ...base(line), kind: 'credit', status: 'unmatched' };
    if (k.found !== null) {
      row.reference_kind = k.found.ref.kind;
      row.reference = k.found.ref.value;
    }
    if (line.currency !== undefined) {
      rows.push({ ...row, problem: JSON.stringify(foreignCurrency(line.currency)) });
      counts.unmatched++;
      return;
    }
    const key = k.found === null ? null : planReferenceKey(k.found.ref);
    const plan: PlanByReference | undefined = key === null ? undefined : plans.get(key);
    const payable = plan !== undefined && PAYABLE_PLAN_STATUSES.includes(plan.status);
    if (plan !== undefined && payable) {
      row.status = 'allocated';
      row.plan_id = plan.id;
      row.match = 'reference';
      row.matched_by = 'system';
      touched.add(plan.id);
      counts.matched++;
    } else {
      const problem = k.problem ?? (plan !== undefined ? planNotPayable(plan.status) : UNKNOWN_REFERENCE);
      row.problem = JSON.stringify(problem);
      counts.unmatched++;
    }
    rows.push(row);
  });
  await insertPayments(trx, rows);
  for (const line of reversals)
    await applyReversal(trx, scope, statementId, statement.account, line, base(line), touched);
}

/** Finds the credit a reversal undoes (by the bank's reference when the file links it, else by reference
 * or payer account and amount), marks it reversed and records the reversal line against it. */
async function applyReversal(
  trx: Trx,
  scope: Scope,
  _statementId: string,
  account: string,
  line: StatementLine,
  row: Row,
  touched: Set<string>,
): Promise<void> {
  const candidates = await reversibleCredits(trx, scope.orgId, account, -line.amount);
  let original = candidates.find(
    (c) => line.reversedBankRef !== undefined && c.bank_ref === line.reversedBankRef,
  );
  if (original === undefined) {
    const asLines: StatementLine[] = candidates.map((c) => ({
      bankRef: c.bank_ref,
      bookingDate: c.booking_date,
      valueDate: c.value_date,
      amount: Number(c.amount),
      reversal: false,
      counterpartyName: c.counterparty_name,
      counterpartyIban: c.counterparty_iban,
      structuredRef:
        c.reference_kind === null || c.reference === null
          ? null
          : { kind: c.reference_kind, value: c.reference },
      unstructured: c.communication,
    }));
    const found = findReversedLine(line, asLines);
    original = found === undefined ? undefined : candidates.find((c) => c.bank_ref === found.bankRef);
  }
  if (original === undefined) {
    await insertPayments(trx, [
      { ...row, kind: 'reversal', status: 'other', problem: JSON.stringify(NO_ORIGINAL) },
    ]);
    return;
  }
  await trx.updateTable('payments').set({ status: 'reversed' }).where('id', '=', original.id).execute();
  await insertPayments(trx, [
    { ...row, kind: 'reversal', status: 'applied', reversal_of: original.id, plan_id: original.plan_id },
  ]);
  if (original.plan_id !== null && original.status === 'allocated') touched.add(original.plan_id);
}
