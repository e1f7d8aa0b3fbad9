import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Allocation, ClaimBalance } from '../kernel/allocation.ts';
import type { Cents } from '../kernel/money.ts';
import type { PlanStatusColumn } from '../plans/tables.ts';
import type { Trx } from '../platform/db.ts';
import { initialBalance, planStrategy } from './claim-balances.ts';
import { applyToInstalments } from './instalments.ts';
import { changedPayments, type PaymentAllocation, type ReplayResult, replayAllocations } from './replay.ts';

/** Plan statuses whose payments are allocated; a proposed or cancelled plan gets none automatically. */
export const PAYABLE_PLAN_STATUSES: readonly PlanStatusColumn[] = ['accepted', 'active', 'completed'];

export interface PlanSyncResult {
  /** Allocated to claims after minus before: what this change moved onto claims (negative for a reversal). */
  readonly allocatedDelta: Cents;
  readonly changedPayments: readonly string[];
  readonly completed: boolean;
}

interface ClaimInfo {
  departmentId: string;
  departmentClaimId: string;
}

/**
 * Recomputes a plan's allocations from scratch (replay in date order) and writes only what changed:
 * allocations of changed payments, their surplus, `allocation` feed events as signed deltas per claim,
 * claims.evs_paid, plan_claims.allocated, plans.paid, instalments, and completion of a fully paid plan.
 */
export async function syncPlan(trx: Trx, orgId: string, planId: string): Promise<PlanSyncResult> {
  const plan = await trx
    .selectFrom('plans')
    .select(['id', 'status', 'strategy', 'priority', 'file_id'])
    .where('organisation_id', '=', orgId)
    .where('id', '=', planId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  const claimRows = await trx
    .selectFrom('plan_claims as pc')
    .innerJoin('claims as k', 'k.id', 'pc.claim_id')
    .innerJoin('claim_categories as cc', 'cc.id', 'k.category_id')
    .select([
      'k.id',
      'k.claim_id as departmentClaimId',
      'k.department_id',
      'k.due_date',
      'k.status',
      'k.principal',
      'k.charges',
      'k.paid',
      'cc.id as categoryId',
      'cc.name as category',
      'pc.bundled_open',
    ])
    .where('pc.organisation_id', '=', orgId)
    .where('pc.plan_id', '=', planId)
    .execute();
  const info = new Map<string, ClaimInfo>();
  const categories = new Map<string, string>();
  const initial: ClaimBalance[] = claimRows.map((r) => {
    info.set(r.id, { departmentId: r.department_id, departmentClaimId: r.departmentClaimId });
    categories.set(r.categoryId, r.category);
    return initialBalance({
      claimKey: r.id,
      dueDate: r.due_date,
      category: r.category,
      status: r.status,
      principal: Number(r.principal),
      charges: Number(r.charges),
      departmentPaid: Number(r.paid),
      bundledOpen: Number(r.bundled_open),
    });
  });
  const strategy = planStrategy(plan.strategy, plan.priority ?? null, categories);

  const payments = await trx
    .selectFrom('payments')
    .select(['id', 'booking_date', 'amount', 'surplus'])
    .where('organisation_id', '=', orgId)
    .where('plan_id', '=', planId)
    .where('status', '=', 'allocated')
    .execute();
  const storedRows = await trx
    .selectFrom('payment_allocations')
    .select(['payment_id', 'claim_id', 'part', 'amount'])
    .where('organisation_id', '=', orgId)
    .where('plan_id', '=', planId)
    .orderBy('id')
    .execute();
  const before = storedReplay(payments, storedRows);
  const after = replayAllocations(
    payments.map((p) => ({ paymentId: p.id, date: p.booking_date, amount: Number(p.amount) })),
    initial,
    strategy,
  );
  const changed = changedPayments(before, after);
  const afterById = new Map(after.payments.map((p) => [p.paymentId, p]));
  const beforeById = new Map(before.payments.map((p) => [p.paymentId, p]));
  const dateOf = new Map(payments.map((p) => [p.id, p.booking_date]));

  if (changed.length > 0) {
    await trx
      .deleteFrom('payment_allocations')
      .where('organisation_id', '=', orgId)
      .where('plan_id', '=', planId)
      .where('payment_id', 'in', changed)
      .execute();
    const rows = changed.flatMap((paymentId) =>
      (afterById.get(paymentId)?.allocations ?? []).map((a) => ({
        organisation_id: orgId,
        payment_id: paymentId,
        plan_id: planId,
        claim_id: a.claimKey,
        department_id: info.get(a.claimKey)?.departmentId ?? '',
        part: a.part,
        amount: a.amount,
        booking_date: dateOf.get(paymentId) ?? '',
      })),
    );
    for (let i = 0; i < rows.length; i += 1000) {
      await trx
        .insertInto('payment_allocations')
        .values(rows.slice(i, i + 1000))
        .execute();
    }
    for (const paymentId of changed) {
      const now = afterById.get(paymentId);
      if (now !== undefined && now.surplus !== Number(beforeById.get(paymentId)?.surplus ?? -1)) {
        await trx.updateTable('payments').set({ surplus: now.surplus }).where('id', '=', paymentId).execute();
      }
    }
    await writeFeedEvents(trx, orgId, changed, beforeById, afterById, info, dateOf);
  }

  const perClaim = totalsPerClaim(after);
  for (const row of claimRows) {
    await trx
      .updateTable('plan_claims')
      .set({ allocated: perClaim.get(row.id) ?? 0 })
      .where('plan_id', '=', planId)
      .where('claim_id', '=', row.id)
      .execute();
  }
  if (changed.length > 0)
    await refreshEvsPaid(
      trx,
      orgId,
      claimRows.map((r) => r.id),
    );

  const paidTotal = payments.reduce((s, p) => s + Number(p.amount), 0);
  await trx.updateTable('plans').set({ paid: paidTotal }).where('id', '=', planId).execute();
  await syncInstalments(trx, orgId, planId, payments);
  const fullyPaid =
    initial.length > 0 && after.balances.every((b) => b.costs + b.interest + b.principal === 0);
  const completed = await syncCompletion(trx, orgId, plan, fullyPaid);
  return {
    allocatedDelta: sumAllocated(after) - sumAllocated(before),
    changedPayments: changed,
    completed,
  };
}

function storedReplay(
  payments: readonly { id: string; booking_date: string; amount: number; surplus: number }[],
  rows: readonly { payment_id: string; claim_id: string; part: Allocation['part']; amount: number }[],
): ReplayResult {
  const byPayment = new Map<string, Allocation[]>();
  for (const r of rows) {
    const list = byPayment.get(r.payment_id) ?? [];
    list.push({ claimKey: r.claim_id, part: r.part, amount: Number(r.amount) });
    byPayment.set(r.payment_id, list);
  }
  const done: PaymentAllocation[] = [];
  const ids = new Set(payments.map((p) => p.id));
  for (const p of payments) {
    const allocations = byPayment.get(p.id) ?? [];
    // A payment not yet allocated is "new": give it a key no replay produces so it counts as changed.
    const fresh = allocations.length === 0 && Number(p.surplus) === 0;
    done.push({
      paymentId: p.id,
      date: p.booking_date,
      amount: fresh ? -1 : Number(p.amount),
      allocations,
      surplus: Number(p.surplus),
    });
  }
  // Allocations of payments no longer allocated (reversed, reassigned) show as payments to remove.
  for (const [paymentId, allocations] of byPayment) {
    if (!ids.has(paymentId)) done.push({ paymentId, date: '', amount: 0, allocations, surplus: 0 });
  }
  return { payments: done, balances: [], credit: 0 };
}

function sumAllocated(r: ReplayResult): Cents {
  return r.payments.reduce((s, p) => s + p.allocations.reduce((t, a) => t + a.amount, 0), 0);
}

function totalsPerClaim(r: ReplayResult): Map<string, Cents> {
  const m = new Map<string, Cents>();
  for (const p of r.payments)
    for (const a of p.allocations) m.set(a.claimKey, (m.get(a.claimKey) ?? 0) + a.amount);
  return m;
}

async function writeFeedEvents(
  trx: Trx,
  orgId: string,
  changed: readonly string[],
  before: ReadonlyMap<string, PaymentAllocation>,
  after: ReadonlyMap<string, PaymentAllocation>,
  info: ReadonlyMap<string, ClaimInfo>,
  dateOf: ReadonlyMap<string, string>,
): Promise<void> {
  const events = [];
  for (const paymentId of changed) {
    const delta = new Map<string, Cents>();
    for (const a of before.get(paymentId)?.allocations ?? [])
      delta.set(a.claimKey, (delta.get(a.claimKey) ?? 0) - a.amount);
    for (const a of after.get(paymentId)?.allocations ?? [])
      delta.set(a.claimKey, (delta.get(a.claimKey) ?? 0) + a.amount);
    const date = dateOf.get(paymentId) ?? before.get(paymentId)?.date ?? '';
    for (const [claimKey, amount] of [...delta].sort()) {
      const claim = info.get(claimKey);
      if (amount === 0 || claim === undefined) continue;
      events.push({
        organisation_id: orgId,
        department_id: claim.departmentId,
        claim_id: claimKey,
        event_type: 'allocation',
        event_key: `allocation:${paymentId}:${claimKey}:${randomUUID()}`,
        payload: JSON.stringify({
          claimId: claim.departmentClaimId,
          claim: claimKey,
          amount,
          date,
          paymentId,
        }),
      });
    }
  }
  for (let i = 0; i < events.length; i += 1000) {
    await trx
      .insertInto('feed_events')
      .values(events.slice(i, i + 1000))
      .execute();
  }
}

/** claims.evs_paid = everything EvS allocated to the claim, over all its plans. */
export async function refreshEvsPaid(trx: Trx, orgId: string, claimIds: readonly string[]): Promise<void> {
  if (claimIds.length === 0) return;
  await sql`UPDATE claims k SET evs_paid = coalesce(
      (SELECT sum(a.amount) FROM payment_allocations a WHERE a.claim_id = k.id), 0)
    WHERE k.organisation_id = ${orgId} AND k.id IN (${sql.join(claimIds)})`.execute(trx);
}

async function syncInstalments(
  trx: Trx,
  orgId: string,
  planId: string,
  payments: readonly { booking_date: string; amount: number }[],
): Promise<void> {
  const instalments = await trx
    .selectFrom('plan_instalments')
    .select(['id', 'due_date', 'amount', 'paid'])
    .where('organisation_id', '=', orgId)
    .where('plan_id', '=', planId)
    .execute();
  const result = applyToInstalments(
    instalments.map((i) => ({ key: i.id, dueDate: i.due_date, amount: Number(i.amount) })),
    payments.map((p) => ({ date: p.booking_date, amount: Number(p.amount) })),
  );
  const stored = new Map(instalments.map((i) => [i.id, Number(i.paid)]));
  for (const i of result.instalments) {
    if (stored.get(i.key) !== i.paid) {
      await trx.updateTable('plan_instalments').set({ paid: i.paid }).where('id', '=', i.key).execute();
    }
  }
}

/** A fully paid plan completes and closes its file; a reversal that reopens the balance reopens both. */
async function syncCompletion(
  trx: Trx,
  orgId: string,
  plan: { id: string; status: string; file_id: string },
  fullyPaid: boolean,
): Promise<boolean> {
  if (fullyPaid && (plan.status === 'active' || plan.status === 'accepted')) {
    await trx
      .updateTable('plans')
      .set({ status: 'completed', updated_at: sql`now()` })
      .where('id', '=', plan.id)
      .execute();
    await trx
      .updateTable('evs_files')
      // closed on the day the last payment was booked, not on the day the statement happened to be read
      .set({
        status: 'closed',
        closed_at: sql<Date>`coalesce((SELECT max(a.booking_date)::timestamptz FROM payment_allocations a
          WHERE a.plan_id = ${plan.id}), now())`,
        close_reason: 'plan_paid',
      })
      .where('organisation_id', '=', orgId)
      .where('id', '=', plan.file_id)
      .where('status', '=', 'open')
      .execute();
    return true;
  }
  if (!fullyPaid && plan.status === 'completed') {
    await trx
      .updateTable('plans')
      .set({ status: 'active', updated_at: sql`now()` })
      .where('id', '=', plan.id)
      .execute();
    await trx
      .updateTable('evs_files')
      .set({ status: 'open', closed_at: null, close_reason: null })
      .where('organisation_id', '=', orgId)
      .where('id', '=', plan.file_id)
      .where('close_reason', '=', 'plan_paid')
      .execute();
  }
  return fullyPaid;
}
