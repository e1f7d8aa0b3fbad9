import { sql } from 'kysely';
import type { Cents } from '../kernel/money.ts';
import type { PlanStatusColumn } from '../plans/tables.ts';
import type { Executor } from '../platform/db.ts';
import type { Scope } from '../platform/scope.ts';

export { paymentById } from './store.ts';

export function unmatchedPayments(db: Executor, orgId: string, limit: number) {
  return db
    .selectFrom('payments')
    .selectAll()
    .where('organisation_id', '=', orgId)
    .where('status', '=', 'unmatched')
    .orderBy('booking_date')
    .orderBy('bank_ref')
    .limit(limit)
    .execute();
}

export interface CandidatePlan {
  readonly id: string;
  readonly reference: string;
  readonly debtorName: string;
  readonly ibans: string[];
  readonly instalments: number[];
  readonly open: Cents;
}

/** Running plans with what suggestions look at: the debtor's name, accounts paid from before, amounts. */
export async function candidatePlans(
  db: Executor,
  orgId: string,
  statuses: readonly PlanStatusColumn[],
): Promise<CandidatePlan[]> {
  const rows = await db
    .selectFrom('plans as p')
    .innerJoin('debtors as d', 'd.id', 'p.debtor_id')
    .select([
      'p.id',
      'p.reference',
      'd.name',
      sql<string[]>`coalesce((SELECT array_agg(DISTINCT x.counterparty_iban) FROM payments x
        JOIN plans q ON q.id = x.plan_id WHERE q.debtor_id = p.debtor_id AND x.counterparty_iban IS NOT NULL), '{}')`.as(
        'ibans',
      ),
      sql<
        number[]
      >`coalesce((SELECT array_agg(DISTINCT i.amount) FROM plan_instalments i WHERE i.plan_id = p.id), '{}')`.as(
        'instalments',
      ),
      sql<number>`coalesce((SELECT sum(c.bundled_open - c.allocated) FROM plan_claims c WHERE c.plan_id = p.id), 0)`.as(
        'open',
      ),
    ])
    .where('p.organisation_id', '=', orgId)
    .where('p.status', 'in', [...statuses])
    .execute();
  return rows.map((r) => ({
    id: r.id,
    reference: r.reference,
    debtorName: r.name,
    ibans: r.ibans,
    instalments: r.instalments.map(Number),
    open: Number(r.open),
  }));
}

export async function planCredit(db: Executor, orgId: string, planId: string): Promise<Cents> {
  const surplus = await db
    .selectFrom('payments')
    .select(sql<number>`coalesce(sum(surplus), 0)`.as('n'))
    .where('organisation_id', '=', orgId)
    .where('plan_id', '=', planId)
    .where('status', '=', 'allocated')
    .executeTakeFirstOrThrow();
  const refunds = await db
    .selectFrom('payment_refunds')
    .select(sql<number>`coalesce(sum(amount), 0)`.as('n'))
    .where('organisation_id', '=', orgId)
    .where('plan_id', '=', planId)
    .executeTakeFirstOrThrow();
  return Number(surplus.n) - Number(refunds.n);
}

/** A plan's payments with their allocations, instalments, claims and credit, as far as the scope may see. */
export async function planHistory(db: Executor, scope: Scope, planId: string) {
  const plan = await db
    .selectFrom('plans')
    .select(['id', 'reference', 'status', 'strategy', 'start_amount', 'paid', 'debtor_id', 'file_id'])
    .where('organisation_id', '=', scope.orgId)
    .where('id', '=', planId)
    .executeTakeFirst();
  if (plan === undefined) return null;
  if (scope.debtorIds !== undefined && !scope.debtorIds.includes(plan.debtor_id)) return null;
  const claims = await db
    .selectFrom('plan_claims as pc')
    .innerJoin('claims as k', 'k.id', 'pc.claim_id')
    .innerJoin('departments as d', 'd.id', 'k.department_id')
    .select([
      'k.id',
      'k.claim_id',
      'k.department_id',
      'd.code as department',
      'pc.bundled_open',
      'pc.allocated',
    ])
    .where('pc.organisation_id', '=', scope.orgId)
    .where('pc.plan_id', '=', planId)
    .orderBy('k.due_date')
    .execute();
  const instalments = await db
    .selectFrom('plan_instalments')
    .select(['id', 'seq', 'due_date', 'amount', 'paid'])
    .where('organisation_id', '=', scope.orgId)
    .where('plan_id', '=', planId)
    .orderBy('seq')
    .execute();
  const payments = await db
    .selectFrom('payments')
    .select([
      'id',
      'booking_date',
      'amount',
      'kind',
      'status',
      'match',
      'match_note',
      'surplus',
      'reversal_of',
      'bank_ref',
    ])
    .where('organisation_id', '=', scope.orgId)
    .where('plan_id', '=', planId)
    .orderBy('booking_date')
    .orderBy('bank_ref')
    .execute();
  const allocations = await db
    .selectFrom('payment_allocations as a')
    .innerJoin('claims as k', 'k.id', 'a.claim_id')
    .innerJoin('departments as d', 'd.id', 'a.department_id')
    .select(['a.payment_id', 'a.department_id', 'k.claim_id', 'd.code as department', 'a.part', 'a.amount'])
    .where('a.organisation_id', '=', scope.orgId)
    .where('a.plan_id', '=', planId)
    .orderBy('a.id')
    .execute();
  const refunds = await db
    .selectFrom('payment_refunds')
    .select(['id', 'amount', 'reason', 'decided_on', 'decided_by'])
    .where('organisation_id', '=', scope.orgId)
    .where('plan_id', '=', planId)
    .orderBy('created_at')
    .execute();
  const credit = await planCredit(db, scope.orgId, planId);
  const visible = (departmentId: string) =>
    scope.departmentIds === undefined || scope.departmentIds.includes(departmentId);
  return {
    plan: {
      id: plan.id,
      reference: plan.reference,
      status: plan.status,
      strategy: plan.strategy,
      debtorId: plan.debtor_id,
      startAmount: Number(plan.start_amount),
      paid: Number(plan.paid),
      allocated: claims.reduce((s, c) => s + Number(c.allocated), 0),
      credit,
    },
    claims: claims
      .filter((c) => visible(c.department_id))
      .map((c) => ({
        id: c.id,
        claimId: c.claim_id,
        department: c.department,
        bundledOpen: Number(c.bundled_open),
        allocated: Number(c.allocated),
        open: Number(c.bundled_open) - Number(c.allocated),
      })),
    instalments: instalments.map((i) => {
      const amount = Number(i.amount);
      const paid = Number(i.paid);
      return {
        seq: i.seq,
        dueDate: i.due_date,
        amount,
        paid,
        status: paid >= amount ? ('paid' as const) : paid > 0 ? ('partly_paid' as const) : ('open' as const),
      };
    }),
    payments: payments.map((p) => ({
      id: p.id,
      bookingDate: p.booking_date,
      amount: Number(p.amount),
      kind: p.kind,
      status: p.status,
      match: p.match,
      matchNote: p.match_note,
      surplus: Number(p.surplus),
      reversalOf: p.reversal_of,
      allocations: allocations
        .filter((a) => a.payment_id === p.id && visible(a.department_id))
        .map((a) => ({
          claimId: a.claim_id,
          department: a.department,
          part: a.part,
          amount: Number(a.amount),
        })),
    })),
    refunds: refunds.map((r) => ({
      amount: Number(r.amount),
      reason: r.reason,
      decidedOn: r.decided_on,
      decidedBy: r.decided_by,
    })),
  };
}

/** What EvS payments allocated to one claim (claims.id), per payment, for the claim's department. */
export async function claimAllocations(db: Executor, scope: Scope, claimId: string) {
  let q = db
    .selectFrom('payment_allocations as a')
    .innerJoin('payments as p', 'p.id', 'a.payment_id')
    .innerJoin('claims as k', 'k.id', 'a.claim_id')
    .select([
      'a.payment_id',
      'a.plan_id',
      'a.part',
      'a.amount',
      'a.booking_date',
      'k.claim_id',
      'k.debtor_id',
    ])
    .where('a.organisation_id', '=', scope.orgId)
    .where('a.claim_id', '=', claimId);
  if (scope.departmentIds !== undefined)
    q = q.where('a.department_id', 'in', [...scope.departmentIds, '00000000-0000-0000-0000-000000000000']);
  if (scope.debtorIds !== undefined)
    q = q.where('k.debtor_id', 'in', [...scope.debtorIds, '00000000-0000-0000-0000-000000000000']);
  const rows = await q.orderBy('a.booking_date').orderBy('a.id').execute();
  return rows.map((r) => ({
    paymentId: r.payment_id,
    planId: r.plan_id,
    claimId: r.claim_id,
    part: r.part,
    amount: Number(r.amount),
    date: r.booking_date,
  }));
}
