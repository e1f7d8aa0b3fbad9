import { sql } from 'kysely';
import type { Executor } from '../platform/db.ts';
import type { Scope } from '../platform/scope.ts';
import { type Reconciliation, reconcile } from './reconciliation.ts';

export interface Period {
  readonly from: string;
  readonly to: string;
}

/** Sums of the period's stored bank lines (by booking date) and of their allocations, reconciled. */
export async function reconciliationOf(db: Executor, scope: Scope, period: Period): Promise<Reconciliation> {
  const byStatus = await db
    .selectFrom('payments')
    .select([
      'kind',
      'status',
      'resolution',
      sql<number>`sum(amount)`.as('amount'),
      sql<number>`sum(surplus)`.as('surplus'),
    ])
    .where('organisation_id', '=', scope.orgId)
    .where('booking_date', '>=', period.from)
    .where('booking_date', '<=', period.to)
    .groupBy(['kind', 'status', 'resolution'])
    .execute();
  const depts = await db
    .selectFrom('payment_allocations as a')
    .innerJoin('payments as p', 'p.id', 'a.payment_id')
    .innerJoin('departments as d', 'd.id', 'a.department_id')
    .select(['d.id', 'd.code', sql<number>`sum(a.amount)`.as('amount')])
    .where('a.organisation_id', '=', scope.orgId)
    .where('p.booking_date', '>=', period.from)
    .where('p.booking_date', '<=', period.to)
    .groupBy(['d.id', 'd.code'])
    .execute();
  const sumOf = (pred: (kind: string, status: string) => boolean) =>
    byStatus.filter((r) => pred(r.kind, r.status)).reduce((s, r) => s + Number(r.amount), 0);
  const visible =
    scope.departmentIds === undefined
      ? undefined
      : new Set(depts.filter((d) => scope.departmentIds?.includes(d.id)).map((d) => d.code));
  return reconcile({
    byDepartment: new Map(depts.map((d) => [d.code, Number(d.amount)])),
    surplus: byStatus
      .filter((r) => r.kind === 'credit' && r.status === 'allocated')
      .reduce((s, r) => s + Number(r.surplus), 0),
    allocatedCredits: sumOf((k, s) => k === 'credit' && s === 'allocated'),
    unmatched: sumOf((k, s) => k === 'credit' && s === 'unmatched'),
    reversed: sumOf((k, s) => k === 'credit' && s === 'reversed'),
    reversals: sumOf((k) => k === 'reversal'),
    other: sumOf((k) => k === 'debit'),
    notForEvs: byStatus
      .filter((r) => r.kind === 'credit' && r.resolution === 'not_for_evs')
      .reduce((s, r) => s + Number(r.amount), 0),
    refunded: byStatus
      .filter((r) => r.kind === 'credit' && r.resolution === 'refunded')
      .reduce((s, r) => s + Number(r.amount), 0),
    bankTotal: sumOf(() => true),
    ...(visible === undefined ? {} : { visibleDepartments: visible }),
  });
}

/** The period's allocations to the scope's departments, one row per payment, claim and part. */
export function allocationDetails(db: Executor, scope: Scope, period: Period, departmentCode?: string) {
  let q = db
    .selectFrom('payment_allocations as a')
    .innerJoin('payments as p', 'p.id', 'a.payment_id')
    .innerJoin('claims as k', 'k.id', 'a.claim_id')
    .innerJoin('departments as d', 'd.id', 'a.department_id')
    .select(['p.booking_date', 'd.code as department', 'k.claim_id', 'a.payment_id', 'a.part', 'a.amount'])
    .where('a.organisation_id', '=', scope.orgId)
    .where('p.booking_date', '>=', period.from)
    .where('p.booking_date', '<=', period.to);
  if (scope.departmentIds !== undefined) {
    q = q.where('a.department_id', 'in', [...scope.departmentIds, '00000000-0000-0000-0000-000000000000']);
  }
  if (departmentCode !== undefined) q = q.where('d.code', '=', departmentCode);
  return q.orderBy('p.booking_date').orderBy('a.id').execute();
}

/** The period's queued lines resolved as not for EvS or refunded, for the reconciliation export. */
export async function resolvedLines(db: Executor, scope: Scope, period: Period) {
  const rows = await db
    .selectFrom('payments')
    .select(['id', 'booking_date', 'resolution', 'resolution_target', 'amount'])
    .where('organisation_id', '=', scope.orgId)
    .where('booking_date', '>=', period.from)
    .where('booking_date', '<=', period.to)
    .where('resolution', 'is not', null)
    .orderBy('booking_date')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    date: r.booking_date,
    kind: r.resolution ?? '',
    target: r.resolution_target ?? '',
    paymentId: r.id,
    amount: Number(r.amount),
  }));
}
