import { sql } from 'kysely';
import type { Executor } from '../platform/db.ts';
import { containsPattern } from '../platform/like.ts';
import type { Scope } from '../platform/scope.ts';
import type { MergeMoved } from './tables.ts';

/**
 * What a scope may see of debtors: its organisation, narrowed to some departments' claims (clerk,
 * department token) or to some debtors (social worker with consent, citizen). See src/access.
 */
export type Visibility = Pick<Scope, 'orgId' | 'departmentIds' | 'debtorIds'>;

export interface DebtorRecord {
  id: string;
  name: string;
  birth_date: string | null;
  street: string | null;
  house_number: string | null;
  postal_code: string | null;
  city: string | null;
  household_id: string | null;
  merged_into: string | null;
}

const DEBTOR_COLUMNS = [
  'id',
  'name',
  'birth_date',
  'street',
  'house_number',
  'postal_code',
  'city',
  'household_id',
  'merged_into',
] as const;

export async function findDebtor(db: Executor, orgId: string, id: string): Promise<DebtorRecord | undefined> {
  return db
    .selectFrom('debtors')
    .select(DEBTOR_COLUMNS)
    .where('organisation_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function findDebtorByIdentifier(
  db: Executor,
  orgId: string,
  kind: 'be' | 'nl',
  value: string,
): Promise<string | undefined> {
  const r = await db
    .selectFrom('person_identifiers')
    .select('debtor_id')
    .where('organisation_id', '=', orgId)
    .where('kind', '=', kind)
    .where('value', '=', value)
    .executeTakeFirst();
  return r?.debtor_id;
}

export async function identifiersOf(db: Executor, debtorId: string) {
  return db
    .selectFrom('person_identifiers')
    .select(['kind', 'value'])
    .where('debtor_id', '=', debtorId)
    .execute();
}

export async function customerNumbersOf(db: Executor, debtorId: string) {
  return db
    .selectFrom('customer_numbers as c')
    .innerJoin('departments as d', 'd.id', 'c.department_id')
    .select(['d.code as department', 'c.customer_number as customerNumber'])
    .where('c.debtor_id', '=', debtorId)
    .orderBy('d.code')
    .execute();
}

export interface SearchHit {
  id: string;
  name: string;
  birthDate: string | null;
  city: string | null;
  open: number;
  claimCount: number;
}

/** Debtors matching a set of ids or a name fragment, with their open total; merged-away debtors excluded. */
export async function searchDebtors(
  db: Executor,
  visible: Visibility,
  by: { ids: readonly string[] } | { name: string },
  limit = 50,
): Promise<SearchHit[]> {
  const { departmentIds, debtorIds } = visible;
  if (departmentIds?.length === 0 || debtorIds?.length === 0) return [];
  let q = db
    .selectFrom('debtors as d')
    .leftJoin('claims as k', (join) => {
      const j = join.onRef('k.debtor_id', '=', 'd.id');
      return departmentIds ? j.on('k.department_id', 'in', departmentIds) : j;
    })
    .select([
      'd.id',
      'd.name',
      'd.birth_date as birthDate',
      'd.city',
      sql<number>`coalesce(sum(CASE WHEN k.status = 'open' THEN greatest(k.principal + k.charges - k.paid - k.evs_paid, 0) ELSE 0 END), 0)::bigint`.as(
        'open',
      ),
      sql<number>`count(k.id)::int`.as('claimCount'),
    ])
    .where('d.organisation_id', '=', visible.orgId)
    .where('d.merged_into', 'is', null)
    .groupBy('d.id')
    .orderBy('d.name')
    .limit(limit);
  if (debtorIds) q = q.where('d.id', 'in', debtorIds);
  // a clerk finds only people with a claim of their own departments
  if (departmentIds) q = q.having(sql<number>`count(k.id)`, '>', 0);
  if ('ids' in by) {
    if (by.ids.length === 0) return [];
    q = q.where('d.id', 'in', by.ids);
  } else {
    q = q.where(sql<boolean>`lower(d.name) LIKE ${containsPattern(by.name.toLowerCase())}`);
  }
  return q.execute();
}

export async function debtorsByCustomerNumber(
  db: Executor,
  orgId: string,
  customerNumber: string,
): Promise<string[]> {
  const rows = await db
    .selectFrom('customer_numbers')
    .select('debtor_id')
    .where('organisation_id', '=', orgId)
    .where('customer_number', '=', customerNumber)
    .execute();
  return rows.map((r) => r.debtor_id);
}

export async function claimsOfDebtor(db: Executor, visible: Visibility, debtorId: string) {
  if (visible.departmentIds?.length === 0) return [];
  let q = db
    .selectFrom('claims as k')
    .innerJoin('departments as d', 'd.id', 'k.department_id')
    .innerJoin('claim_categories as c', 'c.id', 'k.category_id')
    .select([
      'k.id',
      'd.code as department',
      'd.name as departmentName',
      'k.claim_id as claimId',
      'c.name as category',
      'c.limitation_period as limitationPeriod',
      'k.principal',
      'k.charges',
      // paid includes what EvS payments allocated (claims.evs_paid, docs/payments.md)
      sql<number>`k.paid + k.evs_paid`.as('paid'),
      'k.issue_date as issueDate',
      'k.due_date as dueDate',
      'k.status',
    ])
    .where('k.organisation_id', '=', visible.orgId)
    .where('k.debtor_id', '=', debtorId);
  if (visible.departmentIds) q = q.where('k.department_id', 'in', visible.departmentIds);
  return q.orderBy('d.code').orderBy('k.due_date').orderBy('k.claim_id').execute();
}

export async function listSuggestions(
  db: Executor,
  orgId: string,
  status: 'open' | 'confirmed' | 'rejected',
) {
  return db
    .selectFrom('debtor_match_suggestions as s')
    .innerJoin('debtors as a', 'a.id', 's.debtor_id')
    .innerJoin('debtors as b', 'b.id', 's.candidate_id')
    .select([
      's.id',
      's.reason',
      's.status',
      's.debtor_id as debtorId',
      'a.name as debtorName',
      's.candidate_id as candidateId',
      'b.name as candidateName',
      'a.birth_date as birthDate',
    ])
    .where('s.organisation_id', '=', orgId)
    .where('s.status', '=', status)
    .orderBy('s.created_at')
    .execute();
}

export async function findSuggestion(db: Executor, orgId: string, id: string) {
  return db
    .selectFrom('debtor_match_suggestions')
    .selectAll()
    .where('organisation_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function decideSuggestion(
  db: Executor,
  id: string,
  status: 'confirmed' | 'rejected',
  actor: string,
  reason: string | null = null,
): Promise<void> {
  await db
    .updateTable('debtor_match_suggestions')
    .set({ status, decided_at: new Date(), decided_by: actor, decision_reason: reason })
    .where('id', '=', id)
    .execute();
}

export async function reopenSuggestion(db: Executor, debtorId: string, candidateId: string): Promise<void> {
  await db
    .updateTable('debtor_match_suggestions')
    .set({ status: 'open', decided_at: null, decided_by: null, decision_reason: null })
    .where('debtor_id', '=', debtorId)
    .where('candidate_id', '=', candidateId)
    .where('status', '=', 'confirmed')
    .execute();
}

/** Moves everything of `mergedId` to `survivorId` and returns exactly what moved, for an undo. */
export async function moveDebtor(db: Executor, mergedId: string, survivorId: string): Promise<MergeMoved> {
  const claims = await db
    .updateTable('claims')
    .set({ debtor_id: survivorId })
    .where('debtor_id', '=', mergedId)
    .returning('id')
    .execute();
  const identifiers = await db
    .updateTable('person_identifiers')
    .set({ debtor_id: survivorId })
    .where('debtor_id', '=', mergedId)
    .returning(['kind', 'value'])
    .execute();
  const customerNumbers = await db
    .updateTable('customer_numbers')
    .set({ debtor_id: survivorId })
    .where('debtor_id', '=', mergedId)
    .returning(['department_id', 'customer_number'])
    .execute();
  await db.updateTable('debtors').set({ merged_into: survivorId }).where('id', '=', mergedId).execute();
  return {
    claims: claims.map((c) => c.id),
    identifiers,
    customerNumbers: customerNumbers.map((c) => ({
      departmentId: c.department_id,
      customerNumber: c.customer_number,
    })),
  };
}

export async function moveBack(
  db: Executor,
  orgId: string,
  mergedId: string,
  moved: MergeMoved,
): Promise<void> {
  if (moved.claims.length > 0) {
    await db.updateTable('claims').set({ debtor_id: mergedId }).where('id', 'in', moved.claims).execute();
  }
  for (const i of moved.identifiers) {
    await db
      .updateTable('person_identifiers')
      .set({ debtor_id: mergedId })
      .where('organisation_id', '=', orgId)
      .where('kind', '=', i.kind as 'be' | 'nl')
      .where('value', '=', i.value)
      .execute();
  }
  for (const c of moved.customerNumbers) {
    await db
      .updateTable('customer_numbers')
      .set({ debtor_id: mergedId })
      .where('organisation_id', '=', orgId)
      .where('department_id', '=', c.departmentId)
      .where('customer_number', '=', c.customerNumber)
      .execute();
  }
  await db.updateTable('debtors').set({ merged_into: null }).where('id', '=', mergedId).execute();
}

export async function insertMerge(
  db: Executor,
  orgId: string,
  survivorId: string,
  mergedId: string,
  moved: MergeMoved,
  by: string,
) {
  return db
    .insertInto('debtor_merges')
    .values({
      organisation_id: orgId,
      survivor_id: survivorId,
      merged_id: mergedId,
      moved: JSON.stringify(moved),
      merged_by: by,
      undone_at: null,
      undone_by: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function findMerge(db: Executor, orgId: string, id: string) {
  return db
    .selectFrom('debtor_merges')
    .selectAll()
    .where('organisation_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function markMergeUndone(db: Executor, id: string, by: string): Promise<void> {
  await db
    .updateTable('debtor_merges')
    .set({ undone_at: new Date(), undone_by: by })
    .where('id', '=', id)
    .execute();
}
