import { sql } from 'kysely';
import type { Executor } from '../platform/db.ts';
import type { PlanStatusColumn } from './tables.ts';

/** SQL for EvS files and plans. Every query is scoped to the organisation. */

export async function findSettings(db: Executor, orgId: string) {
  return db.selectFrom('plan_settings').selectAll().where('organisation_id', '=', orgId).executeTakeFirst();
}

export async function organisationOf(db: Executor, orgId: string) {
  return db
    .selectFrom('organisations')
    .select(['name', 'country'])
    .where('id', '=', orgId)
    .executeTakeFirstOrThrow();
}

export async function customLegalTables(db: Executor, orgId: string) {
  return db
    .selectFrom('legal_tables')
    .select(['version', 'body'])
    .where('organisation_id', '=', orgId)
    .orderBy('added_at')
    .execute();
}

export interface BundleCandidate {
  id: string;
  debtorId: string;
  departmentId: string;
  department: string;
  departmentName: string;
  participates: boolean;
  claimId: string;
  category: string;
  principal: number;
  charges: number;
  paid: number;
  dueDate: string;
  limitationPeriod: string;
  disputed: boolean;
  evsFileId: string | null;
}

/** Open claims of these debtors with what bundling needs to know. */
/** What was paid on a claim: by the department itself plus what EvS payments allocated to it. */
function paidWithEvs() {
  return sql<number>`k.paid + k.evs_paid`.as('paid');
}

export async function openClaimsOf(
  db: Executor,
  orgId: string,
  debtorIds: readonly string[],
): Promise<BundleCandidate[]> {
  if (debtorIds.length === 0) return [];
  return db
    .selectFrom('claims as k')
    .innerJoin('departments as d', 'd.id', 'k.department_id')
    .innerJoin('claim_categories as c', 'c.id', 'k.category_id')
    .select([
      'k.id',
      'k.debtor_id as debtorId',
      'd.id as departmentId',
      'd.code as department',
      'd.name as departmentName',
      'd.participates',
      'k.claim_id as claimId',
      'c.name as category',
      'k.principal',
      'k.charges',
      // paid includes what EvS payments allocated (claims.evs_paid), as the overview counts it
      paidWithEvs(),
      'k.due_date as dueDate',
      'c.limitation_period as limitationPeriod',
      'k.disputed',
      'k.evs_file_id as evsFileId',
    ])
    .where('k.organisation_id', '=', orgId)
    .where('k.debtor_id', 'in', debtorIds)
    .where('k.status', '=', 'open')
    .orderBy('d.code')
    .orderBy('k.due_date')
    .orderBy('k.claim_id')
    .execute();
}

export async function bundledClaimsOf(db: Executor, orgId: string, fileId: string) {
  return db
    .selectFrom('claims as k')
    .innerJoin('departments as d', 'd.id', 'k.department_id')
    .innerJoin('claim_categories as c', 'c.id', 'k.category_id')
    .select([
      'k.id',
      'k.debtor_id as debtorId',
      'd.id as departmentId',
      'd.code as department',
      'd.name as departmentName',
      'k.claim_id as claimId',
      'c.name as category',
      'k.principal',
      'k.charges',
      paidWithEvs(),
      'k.due_date as dueDate',
      'c.limitation_period as limitationPeriod',
      'k.time_barred_reason as timeBarredReason',
      'k.status',
    ])
    .where('k.organisation_id', '=', orgId)
    .where('k.evs_file_id', '=', fileId)
    .orderBy('d.code')
    .orderBy('k.due_date')
    .orderBy('k.claim_id')
    .execute();
}

export async function findFile(db: Executor, orgId: string, id: string) {
  return db
    .selectFrom('evs_files')
    .selectAll()
    .where('organisation_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function openFileOfDebtor(db: Executor, orgId: string, debtorId: string) {
  return db
    .selectFrom('evs_files')
    .selectAll()
    .where('organisation_id', '=', orgId)
    .where('status', '=', 'open')
    .where((eb) => eb.or([eb('debtor_id', '=', debtorId), eb('partner_debtor_id', '=', debtorId)]))
    .executeTakeFirst();
}

export async function filesOfDebtor(db: Executor, orgId: string, debtorId: string) {
  return db
    .selectFrom('evs_files')
    .selectAll()
    .where('organisation_id', '=', orgId)
    .where((eb) => eb.or([eb('debtor_id', '=', debtorId), eb('partner_debtor_id', '=', debtorId)]))
    .orderBy('opened_at', 'desc')
    .execute();
}

export async function freezeClaim(
  db: Executor,
  claimId: string,
  fileId: string,
  charges: number,
  at: Date,
  timeBarredReason: string | null = null,
) {
  await db
    .updateTable('claims')
    .set({ frozen_at: at, evs_file_id: fileId, charges, time_barred_reason: timeBarredReason })
    .where('id', '=', claimId)
    .execute();
}

export async function releaseClaims(db: Executor, orgId: string, fileId: string) {
  return db
    .updateTable('claims')
    .set({ frozen_at: null, evs_file_id: null, time_barred_reason: null })
    .where('organisation_id', '=', orgId)
    .where('evs_file_id', '=', fileId)
    .returning(['id', 'department_id'])
    .execute();
}

export async function findPlan(db: Executor, orgId: string, id: string) {
  return db
    .selectFrom('plans')
    .selectAll()
    .where('organisation_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function livePlanOfFile(db: Executor, orgId: string, fileId: string) {
  return db
    .selectFrom('plans')
    .selectAll()
    .where('organisation_id', '=', orgId)
    .where('file_id', '=', fileId)
    .where('status', 'in', ['proposed', 'accepted', 'active'])
    .executeTakeFirst();
}

export async function plansOfFile(db: Executor, orgId: string, fileId: string) {
  return db
    .selectFrom('plans')
    .selectAll()
    .where('organisation_id', '=', orgId)
    .where('file_id', '=', fileId)
    .orderBy('created_at', 'desc')
    .execute();
}

export async function referenceTaken(db: Executor, orgId: string, reference: string): Promise<boolean> {
  const r = await db
    .selectFrom('plans')
    .select('id')
    .where('organisation_id', '=', orgId)
    .where('reference', '=', reference)
    .executeTakeFirst();
  return r !== undefined;
}

export async function instalmentsOf(db: Executor, orgId: string, planId: string) {
  return db
    .selectFrom('plan_instalments')
    .select(['id', 'seq', 'due_date as dueDate', 'amount', 'paid'])
    .where('organisation_id', '=', orgId)
    .where('plan_id', '=', planId)
    .orderBy('seq')
    .execute();
}

/** Instalments of every accepted or active plan of an organisation, by plan and seq. */
export async function instalmentsOfRunningPlans(db: Executor, orgId: string) {
  return db
    .selectFrom('plan_instalments as i')
    .innerJoin('plans as p', 'p.id', 'i.plan_id')
    .select(['i.plan_id as planId', 'i.id', 'i.seq', 'i.due_date as dueDate', 'i.amount', 'i.paid'])
    .where('i.organisation_id', '=', orgId)
    .where('p.status', 'in', ['accepted', 'active'])
    .orderBy('i.plan_id')
    .orderBy('i.seq')
    .execute();
}

export async function planClaimsOf(db: Executor, orgId: string, planId: string) {
  return db
    .selectFrom('plan_claims as p')
    .innerJoin('claims as k', 'k.id', 'p.claim_id')
    .innerJoin('departments as d', 'd.id', 'k.department_id')
    .innerJoin('claim_categories as c', 'c.id', 'k.category_id')
    .select([
      'k.id',
      'd.id as departmentId',
      'd.code as department',
      'd.name as departmentName',
      'k.claim_id as claimId',
      'c.name as category',
      'k.due_date as dueDate',
      'k.principal',
      'k.charges',
      paidWithEvs(),
      'k.status',
      'c.limitation_period as limitationPeriod',
      'k.time_barred_reason as timeBarredReason',
      'p.bundled_open as bundledOpen',
      'p.allocated',
    ])
    .where('p.organisation_id', '=', orgId)
    .where('p.plan_id', '=', planId)
    .orderBy('d.code')
    .orderBy('k.due_date')
    .orderBy('k.claim_id')
    .execute();
}

export async function activitiesOf(db: Executor, orgId: string, planId: string) {
  return db
    .selectFrom('plan_activities')
    .select([
      'type',
      'oslo_class as osloClass',
      'date_time as dateTime',
      'on_date as onDate',
      'actor',
      'reason',
      'amount',
      'version',
    ])
    .where('organisation_id', '=', orgId)
    .where('plan_id', '=', planId)
    .orderBy('date_time')
    .orderBy('version')
    .execute();
}

/**
 * The optimistic write: only succeeds when the stored version is still `expected`. Returns false when
 * someone else changed the plan in between.
 */
export async function updatePlanIfVersion(
  db: Executor,
  orgId: string,
  id: string,
  expected: number,
  values: {
    status: PlanStatusColumn;
    version: number;
    paid?: number;
    monthly?: number;
    cancellation_reason?: string | null;
    accepted_at?: Date;
    accepted_on?: string;
    accepted_channel?: 'letter_signed' | 'counter' | 'phone' | 'email' | null;
  },
): Promise<boolean> {
  const r = await db
    .updateTable('plans')
    .set({ ...values, updated_at: new Date() })
    .where('organisation_id', '=', orgId)
    .where('id', '=', id)
    .where('version', '=', expected)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function insertActivity(
  db: Executor,
  orgId: string,
  planId: string,
  a: {
    type: string;
    osloClass: string;
    dateTime: string;
    onDate: string;
    actor: string;
    reason: string | null;
    amount?: number;
    version: number;
  },
): Promise<void> {
  await db
    .insertInto('plan_activities')
    .values({
      organisation_id: orgId,
      plan_id: planId,
      type: a.type,
      oslo_class: a.osloClass,
      date_time: a.dateTime,
      on_date: a.onDate,
      actor: a.actor,
      reason: a.reason,
      amount: a.amount ?? null,
      version: a.version,
    })
    .execute();
}

export async function insertInstalments(
  db: Executor,
  orgId: string,
  planId: string,
  rows: readonly { seq: number; dueDate: string; amount: number }[],
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('plan_instalments')
    .values(
      rows.map((r) => ({
        organisation_id: orgId,
        plan_id: planId,
        seq: r.seq,
        due_date: r.dueDate,
        amount: r.amount,
      })),
    )
    .execute();
}

/**
 * Before a Wijziging: instalments not paid at all are dropped, partly paid ones shrink to what was paid,
 * so that the kept rows plus the new schedule still add up to the start amount.
 */
export async function trimUnpaidInstalments(db: Executor, orgId: string, planId: string): Promise<number> {
  await db
    .deleteFrom('plan_instalments')
    .where('organisation_id', '=', orgId)
    .where('plan_id', '=', planId)
    .where('paid', '=', 0)
    .where('id', 'not in', (eb) => eb.selectFrom('plan_reminders').select('instalment_id'))
    .execute();
  await db
    .updateTable('plan_instalments')
    .set({ amount: sql<number>`paid` })
    .where('organisation_id', '=', orgId)
    .where('plan_id', '=', planId)
    .execute();
  const r = await db
    .selectFrom('plan_instalments')
    .select(sql<number>`coalesce(max(seq), 0)::int`.as('last'))
    .where('plan_id', '=', planId)
    .executeTakeFirstOrThrow();
  return r.last;
}

export async function setInstalmentPaid(db: Executor, id: string, paid: number): Promise<void> {
  await db.updateTable('plan_instalments').set({ paid }).where('id', '=', id).execute();
}

/**
 * A payment recorded on the plan by hand: the plan's allocation and the claim's EvS-paid amount move
 * together, so the overview and the plan's claim table read the same open amount (docs/plans.md).
 */
export async function addClaimAllocated(db: Executor, planId: string, claimId: string, add: number) {
  await db
    .updateTable('plan_claims')
    .set((eb) => ({ allocated: eb('allocated', '+', add) }))
    .where('plan_id', '=', planId)
    .where('claim_id', '=', claimId)
    .execute();
  await db
    .updateTable('claims')
    .set((eb) => ({ evs_paid: eb('evs_paid', '+', add) }))
    .where('id', '=', claimId)
    .execute();
}
