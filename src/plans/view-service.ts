import { actorNames } from '../access/actor-names.ts';
import type { IsoDate } from '../kernel/dates.ts';
import { formatOgm } from '../kernel/ogm.ts';
import { err, ok, type Result } from '../kernel/result.ts';
import { isTimeBarred, limitationDateOf, openAmount } from '../overview/overview.ts';
import type { Database } from '../platform/db.ts';
import type { Failure } from '../platform/errors.ts';
import type { Scope } from '../platform/scope.ts';
import { planBalanceSeries } from './balance.ts';
import { unknownPlan } from './service.ts';
import { activitiesOf, filesOfDebtor, findPlan, instalmentsOf, planClaimsOf, plansOfFile } from './store.ts';

/** `evs plan show --json`: exactly these fields, amounts in cents. */
export interface PlanShow {
  id: string;
  status: string;
  reference: string;
  startAmount: number;
  instalments: { dueDate: string; amount: number; paid: number }[];
  balance: number;
  /**
   * `open`: what is still open on the claim now, computed exactly as the overview does (principal +
   * charges − paid by the department − paid through EvS); `bundledOpen`: open when the plan bundled it.
   */
  claims: { department: string; claimId: string; open: number; bundledOpen: number; allocated: number }[];
}

async function visibleClaimsOf(database: Database, scope: Scope, planId: string) {
  const claims = await planClaimsOf(database.db, scope.orgId, planId);
  return claims.filter((c) => !scope.departmentIds || scope.departmentIds.includes(c.departmentId));
}

async function loadPlan(database: Database, scope: Scope, planId: string) {
  const plan = await findPlan(database.db, scope.orgId, planId);
  if (!plan || (scope.debtorIds && !scope.debtorIds.includes(plan.debtor_id))) return null;
  return plan;
}

export async function showPlan(
  database: Database,
  scope: Scope,
  planId: string,
): Promise<Result<PlanShow, Failure>> {
  const plan = await loadPlan(database, scope, planId);
  if (!plan) return err(unknownPlan(scope));
  const [instalments, claims] = await Promise.all([
    instalmentsOf(database.db, scope.orgId, planId),
    visibleClaimsOf(database, scope, planId),
  ]);
  return ok({
    id: plan.id,
    status: plan.status,
    reference: plan.reference,
    startAmount: plan.start_amount,
    instalments: instalments.map((i) => ({ dueDate: i.dueDate, amount: i.amount, paid: i.paid })),
    balance: Math.max(0, plan.start_amount - plan.paid),
    claims: claims.map((c) => ({
      department: c.department,
      claimId: c.claimId,
      open: openAmount(c),
      bundledOpen: c.bundledOpen,
      allocated: c.allocated,
    })),
  });
}

/** Everything a staff screen or the citizen's page shows of a plan. */
export async function planDetails(database: Database, scope: Scope, planId: string, today: IsoDate) {
  const shown = await showPlan(database, scope, planId);
  if (!shown.ok) return shown;
  const plan = await loadPlan(database, scope, planId);
  if (!plan) return err(unknownPlan(scope));
  const [activities, claims] = await Promise.all([
    activitiesOf(database.db, scope.orgId, planId),
    visibleClaimsOf(database, scope, planId),
  ]);
  // a citizen sees that the city acted, not which member of staff
  const names = await actorNames(
    database.db,
    scope.orgId,
    activities.map((a) => a.actor),
    scope.lang,
  );
  const citizen = scope.roles?.includes('citizen') ?? false;
  const payments = activities
    .filter((a) => a.type === 'Afbetaling' && a.amount !== null)
    .map((a) => ({ date: a.onDate, amount: a.amount ?? 0 }));
  const schedule = shown.value.instalments.map((i, n) => ({
    seq: n + 1,
    dueDate: i.dueDate,
    amount: i.amount,
  }));
  return ok({
    ...shown.value,
    // the shown claims with the limitation date: a time-barred one is flagged, with why it was bundled
    claims: shown.value.claims.map((c, i) => {
      const row = claims[i];
      const limitationDate = row ? limitationDateOf(row) : null;
      return {
        ...c,
        category: row?.category ?? '',
        limitationDate,
        timeBarred: row !== undefined && c.open > 0 && isTimeBarred(row, today),
        timeBarredReason: row?.timeBarredReason ?? null,
      };
    }),
    fileId: plan.file_id,
    debtorId: plan.debtor_id,
    version: plan.version,
    monthly: plan.monthly,
    paid: plan.paid,
    formattedReference: formatOgm(plan.reference),
    strategy: plan.strategy,
    basis: plan.basis,
    legalTableVersion: plan.legal_table_version,
    legalTableWarning: plan.legal_table_warning,
    cancellationReason: plan.cancellation_reason,
    overCapacityReason: plan.over_capacity_reason,
    acceptedOn: plan.accepted_on,
    acceptedChannel: plan.accepted_channel,
    activities: activities.map((a) => ({
      type: a.type,
      osloClass: a.osloClass,
      dateTime: a.dateTime.toISOString(),
      actor: a.actor,
      ...(citizen ? {} : { actorName: names.get(a.actor) ?? a.actor }),
      reason: a.reason,
      amount: a.amount,
    })),
    balances: planBalanceSeries(plan.start_amount, schedule, payments, today),
  });
}

/** Files and plans of a person, newest first (for the overview and the citizen's page). */
export async function filesOf(database: Database, scope: Scope, debtorId: string) {
  if (scope.debtorIds && !scope.debtorIds.includes(debtorId)) return [];
  const files = await filesOfDebtor(database.db, scope.orgId, debtorId);
  return Promise.all(
    files.map(async (f) => ({
      id: f.id,
      status: f.status,
      milestone: f.milestone,
      openedAt: f.opened_at.toISOString(),
      referral: f.referral,
      plans: (await plansOfFile(database.db, scope.orgId, f.id)).map((p) => ({
        id: p.id,
        status: p.status,
        reference: p.reference,
        startAmount: p.start_amount,
        monthly: p.monthly,
        paid: p.paid,
        version: p.version,
      })),
    })),
  );
}
