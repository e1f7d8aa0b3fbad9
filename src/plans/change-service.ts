import { recordFeedEvents } from '../feed/store.ts';
import { allocatePayment } from '../kernel/allocation.ts';
import type { IsoDate } from '../kernel/dates.ts';
import type { Cents } from '../kernel/money.ts';
import { err, ok, type Result } from '../kernel/result.ts';
import { audit } from '../platform/audit.ts';
import type { Database, Trx } from '../platform/db.ts';
import { type Failure, failure } from '../platform/errors.ts';
import type { Scope } from '../platform/scope.ts';
import {
  cancelPlan as cancelState,
  changePlan as changeState,
  type PlanState,
  recordPayment,
  remaining,
} from './lifecycle.ts';
import { plansMessages } from './messages.ts';
import { reschedule } from './schedule.ts';
import {
  advanceJourney,
  byNow,
  firstOfNextMonth,
  lifecycleFailure,
  saveActivity,
  scheduleFailure,
  staleFailure,
  unknownPlan,
  type VersionedInput,
} from './service.ts';
import { planSettings } from './settings-service.ts';
import {
  addClaimAllocated,
  findPlan,
  insertInstalments,
  instalmentsOf,
  planClaimsOf,
  setInstalmentPaid,
  trimUnpaidInstalments,
  updatePlanIfVersion,
} from './store.ts';

type PlanRow = NonNullable<Awaited<ReturnType<typeof findPlan>>>;

async function loadForWrite(
  trx: Trx,
  scope: Scope,
  planId: string,
  input: VersionedInput,
): Promise<Result<{ plan: PlanRow; state: PlanState }, Failure>> {
  const plan = await findPlan(trx, scope.orgId, planId);
  if (!plan || (scope.debtorIds && !scope.debtorIds.includes(plan.debtor_id))) return err(unknownPlan(scope));
  const expected = input.expectedVersion ?? plan.version;
  if (expected !== plan.version) return err(staleFailure(scope, expected, plan.version));
  const instalments = await instalmentsOf(trx, scope.orgId, planId);
  const state: PlanState = {
    status: plan.status,
    version: plan.version,
    startAmount: plan.start_amount,
    instalments: instalments.map((i) => ({ seq: i.seq, dueDate: i.dueDate, amount: i.amount })),
    paid: plan.paid,
    cancellationReason: plan.cancellation_reason,
  };
  return ok({ plan, state });
}

export interface ChangeInput extends VersionedInput {
  readonly monthly?: Cents;
  readonly months?: number;
  readonly firstDue?: IsoDate;
  readonly reason: string;
}

/** OSLO Wijziging: a new schedule for exactly what remains; the plan goes back to proposed. */
export async function changePlan(
  database: Database,
  scope: Scope,
  planId: string,
  input: ChangeInput,
  today: IsoDate,
): Promise<Result<{ version: number }, Failure>> {
  return database.db.transaction().execute(async (trx) => {
    const loaded = await loadForWrite(trx, scope, planId, input);
    if (!loaded.ok) return loaded;
    const { plan, state } = loaded.value;
    const settings = await planSettings(trx, scope.orgId);
    const firstDue = input.firstDue ?? firstOfNextMonth(today);
    const lastSeq = state.instalments.reduce((m, i) => Math.max(m, i.seq), 0);
    const schedule = reschedule(remaining(state), {
      ...(input.months !== undefined && input.monthly === undefined
        ? { months: input.months }
        : { monthly: input.monthly ?? plan.monthly }),
      firstDue,
      dayOfMonth: input.firstDue ? Number(firstDue.slice(8, 10)) : settings.dayOfMonth,
      minInstalment: settings.minInstalment,
      maxMonths: settings.maxMonths,
      country: settings.country,
      firstSeq: lastSeq + 1,
    });
    if (!schedule.ok) {
      if (schedule.error.code === 'nothing_remaining') {
        return err(
          failure('conflict', 'nothing_remaining', plansMessages.text(scope.lang, 'nothingRemaining')),
        );
      }
      return err(scheduleFailure(scope, schedule.error));
    }
    const next = changeState(state, schedule.value, input.reason, byNow(scope, today));
    if (!next.ok) return err(lifecycleFailure(scope, next.error));
    const saved = await updatePlanIfVersion(trx, scope.orgId, planId, state.version, {
      status: next.value.state.status,
      version: next.value.state.version,
      monthly: schedule.value[0]?.amount ?? plan.monthly,
    });
    if (!saved) return err(staleFailure(scope, state.version, state.version + 1));
    await trimUnpaidInstalments(trx, scope.orgId, planId);
    await insertInstalments(trx, scope.orgId, planId, schedule.value);
    await saveActivity(trx, scope, planId, next.value.activity, next.value.state.version, today);
    await audit(trx, scope, 'plans.changed', 'plan', planId, {
      version: next.value.state.version,
      remaining: remaining(state),
    });
    return ok({ version: next.value.state.version });
  });
}

/** OSLO Schrapping, always with a reason; the claims stay bundled until the file is closed. */
export async function cancelPlan(
  database: Database,
  scope: Scope,
  planId: string,
  input: VersionedInput & { readonly reason: string },
  today: IsoDate,
): Promise<Result<{ version: number }, Failure>> {
  return database.db.transaction().execute(async (trx) => {
    const loaded = await loadForWrite(trx, scope, planId, input);
    if (!loaded.ok) return loaded;
    const { state } = loaded.value;
    const next = cancelState(state, input.reason, byNow(scope, today));
    if (!next.ok) return err(lifecycleFailure(scope, next.error));
    const saved = await updatePlanIfVersion(trx, scope.orgId, planId, state.version, {
      status: 'cancelled',
      version: next.value.state.version,
      cancellation_reason: next.value.state.cancellationReason,
    });
    if (!saved) return err(staleFailure(scope, state.version, state.version + 1));
    await saveActivity(trx, scope, planId, next.value.activity, next.value.state.version, today);
    await audit(trx, scope, 'plans.cancelled', 'plan', planId, { reason: input.reason.trim() });
    return ok({ version: next.value.state.version });
  });
}

/**
 * A payment received on the plan (OSLO Afbetaling): fills the instalments in due order and the claims
 * after the plan's strategy; a claim paid in full is announced to its department.
 */
export async function recordPlanPayment(
  database: Database,
  scope: Scope,
  planId: string,
  input: VersionedInput & { readonly amount: Cents; readonly date: IsoDate },
): Promise<Result<{ version: number; status: string; surplus: Cents }, Failure>> {
  return database.db.transaction().execute(async (trx) => {
    const loaded = await loadForWrite(trx, scope, planId, input);
    if (!loaded.ok) return loaded;
    const { plan, state } = loaded.value;
    const next = recordPayment(state, input.amount, byNow(scope, input.date));
    if (!next.ok) return err(lifecycleFailure(scope, next.error));
    const saved = await updatePlanIfVersion(trx, scope.orgId, planId, state.version, {
      status: next.value.state.status,
      version: next.value.state.version,
      paid: next.value.state.paid,
    });
    if (!saved) return err(staleFailure(scope, state.version, state.version + 1));
    let left = input.amount;
    for (const i of await instalmentsOf(trx, scope.orgId, planId)) {
      const give = Math.min(left, i.amount - i.paid);
      if (give > 0) await setInstalmentPaid(trx, i.id, i.paid + give);
      left -= Math.max(0, give);
    }
    const surplus = await allocateToClaims(trx, scope, plan, input.amount, input.date);
    await saveActivity(trx, scope, planId, next.value.activity, next.value.state.version, input.date);
    await advanceJourney(
      trx,
      scope,
      plan.file_id,
      next.value.state.status === 'completed' ? 'completed' : 'paying',
      input.date,
    );
    await audit(trx, scope, 'plans.payment_recorded', 'plan', planId, { amount: input.amount });
    return ok({ version: next.value.state.version, status: next.value.state.status, surplus });
  });
}

async function allocateToClaims(
  trx: Trx,
  scope: Scope,
  plan: PlanRow,
  amount: Cents,
  date: IsoDate,
): Promise<Cents> {
  const claims = await planClaimsOf(trx, scope.orgId, plan.id);
  const strategy =
    plan.strategy === 'priority'
      ? { priority: plan.priority ?? [] }
      : plan.strategy === 'oldest_first'
        ? 'oldest_first'
        : 'pro_rata';
  const result = allocatePayment(
    amount,
    claims.map((c) => ({
      claimKey: c.id,
      dueDate: c.dueDate,
      category: c.category,
      costs: 0,
      interest: 0,
      principal: Math.max(0, c.bundledOpen - c.allocated),
    })),
    strategy,
  );
  const paidFull = [];
  for (const c of claims) {
    const add = result.allocations.filter((a) => a.claimKey === c.id).reduce((s, a) => s + a.amount, 0);
    if (add === 0) continue;
    await addClaimAllocated(trx, plan.id, c.id, add);
    if (c.allocated + add >= c.bundledOpen) paidFull.push(c);
  }
  await recordFeedEvents(
    trx,
    scope.orgId,
    paidFull.map((c) => ({
      departmentId: c.departmentId,
      claimId: c.id,
      type: 'paid',
      key: `paid:${plan.id}:${c.id}`,
      payload: { planId: plan.id, reference: plan.reference, amount: c.bundledOpen, on: date },
    })),
  );
  return result.surplus;
}
