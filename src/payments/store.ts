import type { Insertable } from 'kysely';
import type { PlanStatusColumn } from '../plans/tables.ts';
import type { Executor } from '../platform/db.ts';
import type { PaymentsTable } from './tables.ts';

const CHUNK = 1000;

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export async function statementExists(
  db: Executor,
  orgId: string,
  account: string,
  ref: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('bank_statements')
    .select('id')
    .where('organisation_id', '=', orgId)
    .where('account', '=', account)
    .where('statement_ref', '=', ref)
    .executeTakeFirst();
  return row !== undefined;
}

/** Bank references of these lines already stored for the account. */
export async function knownBankRefs(
  db: Executor,
  orgId: string,
  account: string,
  refs: readonly string[],
): Promise<Set<string>> {
  const known = new Set<string>();
  for (const part of chunks(refs)) {
    const rows = await db
      .selectFrom('payments')
      .select('bank_ref')
      .where('organisation_id', '=', orgId)
      .where('account', '=', account)
      .where('bank_ref', 'in', part)
      .execute();
    for (const r of rows) known.add(r.bank_ref);
  }
  return known;
}

export interface PlanByReference {
  readonly id: string;
  readonly status: PlanStatusColumn;
}

export async function plansByReference(
  db: Executor,
  orgId: string,
  references: readonly string[],
): Promise<Map<string, PlanByReference>> {
  const found = new Map<string, PlanByReference>();
  for (const part of chunks([...new Set(references)])) {
    const rows = await db
      .selectFrom('plans')
      .select(['id', 'status', 'reference'])
      .where('organisation_id', '=', orgId)
      .where('reference', 'in', part)
      .execute();
    for (const r of rows) found.set(r.reference, { id: r.id, status: r.status });
  }
  return found;
}

export async function insertPayments(
  db: Executor,
  rows: readonly Insertable<PaymentsTable>[],
): Promise<string[]> {
  const ids: string[] = [];
  for (const part of chunks(rows)) {
    const inserted = await db.insertInto('payments').values(part).returning('id').execute();
    ids.push(...inserted.map((r) => r.id));
  }
  return ids;
}

/** Stored credits a reversal may undo: same account and absolute amount, not yet reversed, oldest first. */
export function reversibleCredits(db: Executor, orgId: string, account: string, amount: number) {
  return db
    .selectFrom('payments')
    .select([
      'id',
      'bank_ref',
      'booking_date',
      'value_date',
      'amount',
      'plan_id',
      'status',
      'counterparty_name',
      'counterparty_iban',
      'reference_kind',
      'reference',
      'communication',
    ])
    .where('organisation_id', '=', orgId)
    .where('account', '=', account)
    .where('kind', '=', 'credit')
    .where('amount', '=', amount)
    .where('status', 'in', ['allocated', 'unmatched'])
    .orderBy('booking_date')
    .orderBy('bank_ref')
    .execute();
}

export function paymentById(db: Executor, orgId: string, id: string) {
  return db
    .selectFrom('payments')
    .selectAll()
    .where('organisation_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
}
