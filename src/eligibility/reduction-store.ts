/** Queries behind right reductions: candidate claims of people granted a right, and the proposals. */
import { sql } from 'kysely';
import type { Executor } from '../platform/db.ts';

export interface CandidateClaim {
  readonly id: string;
  readonly debtorId: string;
  readonly departmentId: string;
  readonly status: 'open' | 'paid' | 'cancelled';
  readonly principal: number;
  readonly charges: number;
  readonly paid: number;
  readonly evsPaid: number;
  readonly invoiceDate: string;
  readonly periodFrom: string;
  readonly periodTo: string | null;
}

const asDate = (v: unknown): string => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v));

/**
 * Open claims of the department (in the categories, when given) whose invoice date (issue date, else due
 * date) falls in the period of the right as last published for the debtor, when that was a grant, and
 * that carry no reduction for this right yet.
 */
export async function candidateClaims(
  db: Executor,
  orgId: string,
  rightCode: string,
  departmentId: string,
  categories: readonly string[],
): Promise<CandidateClaim[]> {
  let q = db
    .with('latest', (w) =>
      w
        .selectFrom('eligibility_right_grants')
        .distinctOn('debtor_id')
        .select(['debtor_id', 'granted', 'period_from', 'period_to'])
        .where('organisation_id', '=', orgId)
        .where('right_code', '=', rightCode)
        .orderBy('debtor_id')
        .orderBy('seq', 'desc'),
    )
    .selectFrom('latest as l')
    .innerJoin('claims as k', 'k.debtor_id', 'l.debtor_id')
    .innerJoin('claim_categories as cc', 'cc.id', 'k.category_id')
    .select([
      'k.id',
      'k.debtor_id as debtorId',
      'k.department_id as departmentId',
      'k.status',
      'k.principal',
      'k.charges',
      'k.paid',
      'k.evs_paid as evsPaid',
      sql<string>`coalesce(k.issue_date, k.due_date)`.as('invoiceDate'),
      'l.period_from as periodFrom',
      'l.period_to as periodTo',
    ])
    .where('l.granted', '=', true)
    .where('k.organisation_id', '=', orgId)
    .where('k.department_id', '=', departmentId)
    .where('k.status', '=', 'open')
    .where(sql<boolean>`coalesce(k.issue_date, k.due_date) >= l.period_from`)
    .where(sql<boolean>`(l.period_to IS NULL OR coalesce(k.issue_date, k.due_date) <= l.period_to)`)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('claim_reductions as r')
            .select('r.id')
            .whereRef('r.claim_id', '=', 'k.id')
            .where('r.right_code', '=', rightCode),
        ),
      ),
    )
    .orderBy('k.id');
  if (categories.length > 0) q = q.where('cc.name', 'in', categories);
  const rows = await q.execute();
  return rows.map((r) => ({
    ...r,
    principal: Number(r.principal),
    charges: Number(r.charges),
    paid: Number(r.paid),
    evsPaid: Number(r.evsPaid),
    invoiceDate: asDate(r.invoiceDate),
    periodFrom: asDate(r.periodFrom),
    periodTo: r.periodTo === null ? null : asDate(r.periodTo),
  }));
}

export type ReductionStatus = 'proposed' | 'accepted' | 'rejected';

export interface ReductionFilter {
  readonly orgId: string;
  readonly status?: ReductionStatus;
  readonly id?: string;
  readonly departmentIds?: readonly string[];
  readonly debtorIds?: readonly string[];
}

/** Reductions proposed from rights, newest first, narrowed to what the scope may see. */
export async function reductionRows(db: Executor, f: ReductionFilter) {
  if (f.departmentIds?.length === 0 || f.debtorIds?.length === 0) return [];
  let q = db
    .selectFrom('claim_reductions as r')
    .innerJoin('claims as k', 'k.id', 'r.claim_id')
    .innerJoin('departments as d', 'd.id', 'k.department_id')
    .innerJoin('claim_categories as cc', 'cc.id', 'k.category_id')
    .select([
      'r.id',
      'r.claim_id as claimId',
      'k.claim_id as departmentClaimId',
      'd.code as department',
      'k.department_id as departmentId',
      'cc.name as category',
      'r.debtor_id as debtorId',
      'r.right_code as right',
      'r.period_from as periodFrom',
      'r.period_to as periodTo',
      'r.amount',
      'r.proposed_amount as proposedAmount',
      'r.status',
      'r.reason',
      'r.created_at as createdAt',
      'r.decided_by as decidedBy',
      'r.decided_at as decidedAt',
      'r.decision_note as note',
    ])
    .where('r.organisation_id', '=', f.orgId)
    .where('r.source', '=', 'right')
    .orderBy('r.created_at', 'desc')
    .orderBy('r.id');
  if (f.status) q = q.where('r.status', '=', f.status);
  if (f.id) q = q.where('r.id', '=', f.id);
  if (f.departmentIds) q = q.where('k.department_id', 'in', f.departmentIds);
  if (f.debtorIds) q = q.where('k.debtor_id', 'in', f.debtorIds);
  const rows = await q.execute();
  return rows.map((r) => ({
    ...r,
    debtorId: r.debtorId ?? '',
    right: r.right ?? '',
    periodFrom: r.periodFrom === null ? '' : asDate(r.periodFrom),
    periodTo: r.periodTo === null ? null : asDate(r.periodTo),
    amount: Number(r.amount),
    proposedAmount: Number(r.proposedAmount ?? r.amount),
    createdAt: new Date(r.createdAt).toISOString(),
    decidedAt: r.decidedAt === null ? null : new Date(r.decidedAt).toISOString(),
  }));
}
