import { randomInt } from 'node:crypto';
import { recordFeedEvents } from '../feed/store.ts';
import { addMonths, type IsoDate, isIsoDate } from '../kernel/dates.ts';
import type { MessageParams } from '../kernel/i18n.ts';
import { advancesTo } from '../kernel/milestones.ts';
import type { Cents } from '../kernel/money.ts';
import { ogmFromBase } from '../kernel/ogm.ts';
import { err, ok, type Result } from '../kernel/result.ts';
import { openAmount } from '../overview/overview.ts';
import { audit } from '../platform/audit.ts';
import { momentOf } from '../platform/clock.ts';
import type { Database, Trx } from '../platform/db.ts';
import { type Failure, failure } from '../platform/errors.ts';
import type { Scope } from '../platform/scope.ts';
import { acceptanceNote, checkAffordable } from './affordability-guard.ts';
import { flagReferral, notFoundFile, visibleFile } from './file-service.ts';
import { insertMilestone } from './journey-store.ts';
import {
  acceptPlan as acceptState,
  type LifecycleError,
  type PlanActivity,
  proposePlan,
} from './lifecycle.ts';
import { plansMessages } from './messages.ts';
import { buildSchedule, type ScheduleError } from './schedule.ts';
import { type AffordabilityInput, affordability, planSettings } from './settings-service.ts';
import {
  bundledClaimsOf,
  findPlan,
  insertActivity,
  insertInstalments,
  livePlanOfFile,
  referenceTaken,
  updatePlanIfVersion,
} from './store.ts';
import type { AcceptanceChannel } from './tables.ts';

export interface CreatePlanInput {
  readonly fileId: string;
  readonly monthly?: Cents;
  readonly months?: number;
  /** No instalment before this date; default the first of next month. */
  readonly firstDue?: IsoDate;
  readonly dayOfMonth?: number;
  readonly strategy?: 'pro_rata' | 'oldest_first' | 'priority';
  readonly priority?: readonly string[];
  /** With income and household: the capacity is computed and recorded (and used when no amount is given). */
  readonly affordability?: AffordabilityInput;
  /** Required (and recorded) when the monthly amount is above the repayment capacity. */
  readonly overCapacityReason?: string;
}

export function unknownPlan(scope: Scope): Failure {
  return failure('not_found', 'unknown_plan', plansMessages.text(scope.lang, 'unknownPlan'));
}

export function lifecycleFailure(scope: Scope, e: LifecycleError): Failure {
  switch (e.code) {
    case 'invalid_transition':
      return failure(
        'conflict',
        e.code,
        plansMessages.text(scope.lang, 'invalidTransition', { status: e.from }),
        e,
      );
    case 'reason_required':
      return failure('invalid', e.code, plansMessages.text(scope.lang, 'reasonRequired'));
    default:
      return failure('invalid', e.code, plansMessages.text(scope.lang, 'invalidPlan'), e);
  }
}

export function scheduleFailure(scope: Scope, e: ScheduleError): Failure {
  const m = (key: Parameters<typeof plansMessages.text>[1], params?: MessageParams) =>
    plansMessages.text(scope.lang, key, params);
  switch (e.code) {
    case 'needs_referral':
      return failure(
        'invalid',
        e.code,
        m('needsReferral', {
          monthsNeeded: String(e.figures.monthsNeeded),
          maxMonths: String(e.figures.maxMonths),
        }),
        e.figures,
      );
    case 'instalment_below_minimum':
      return failure('invalid', e.code, m('belowMinimum'), e);
    case 'term_too_long':
      return failure('invalid', e.code, m('termTooLong'), e);
    default:
      return failure('invalid', e.code, m('invalidField', { field: e.field }), e);
  }
}

export function firstOfNextMonth(today: IsoDate): IsoDate {
  return addMonths(`${today.slice(0, 7)}-01`, 1);
}

export function byNow(scope: Scope, today: IsoDate): { actor: string; dateTime: string } {
  return { actor: scope.actor, dateTime: momentOf(today).toISOString() };
}

async function newReference(trx: Trx, orgId: string): Promise<string> {
  for (;;) {
    const reference = ogmFromBase(String(randomInt(1, 10_000_000_000)));
    if (!(await referenceTaken(trx, orgId, reference))) return reference;
  }
}

export async function saveActivity(
  trx: Trx,
  scope: Scope,
  planId: string,
  a: PlanActivity,
  version: number,
  onDate: IsoDate,
) {
  await insertActivity(trx, scope.orgId, planId, {
    type: a.type,
    osloClass: a.osloClass,
    dateTime: a.dateTime,
    onDate,
    actor: a.actor,
    reason: a.reason,
    ...(a.amount === undefined ? {} : { amount: a.amount }),
    version,
  });
}

/** Moves the file's journey forward automatically, never backwards and never out of a final milestone. */
export async function advanceJourney(
  trx: Trx,
  scope: Scope,
  fileId: string,
  to: 'plan_agreed' | 'paying' | 'completed',
  today: IsoDate,
) {
  const file = await trx
    .selectFrom('evs_files')
    .select('milestone')
    .where('id', '=', fileId)
    .executeTakeFirst();
  if (file && advancesTo(file.milestone, to)) {
    await insertMilestone(trx, scope.orgId, fileId, {
      milestone: to,
      reachedOn: today,
      actor: scope.actor,
      note: null,
    });
  }
}

/** OSLO Voorstel: a plan for the file's bundled open amount, with one OGM unique in the organisation. */
export async function createPlan(
  database: Database,
  scope: Scope,
  input: CreatePlanInput,
  today: IsoDate,
): Promise<Result<{ planId: string; reference: string }, Failure>> {
  if (input.firstDue !== undefined && !isIsoDate(input.firstDue)) {
    return err(failure('invalid', 'invalid_date', plansMessages.text(scope.lang, 'invalidDate')));
  }
  return database.db.transaction().execute(async (trx) => {
    const file = await visibleFile(trx, scope, input.fileId);
    if (!file) return err(notFoundFile(scope));
    if (file.status !== 'open')
      return err(failure('conflict', 'file_closed', plansMessages.text(scope.lang, 'fileClosed')));
    if (await livePlanOfFile(trx, scope.orgId, file.id)) {
      return err(failure('conflict', 'plan_exists', plansMessages.text(scope.lang, 'planExists')));
    }
    const claims = (await bundledClaimsOf(trx, scope.orgId, file.id)).filter((c) => c.status === 'open');
    const opens = claims.map((c) => ({ claim: c, open: openAmount(c) }));
    const startAmount = opens.reduce((s, c) => s + c.open, 0);
    const settings = await planSettings(trx, scope.orgId);
    let monthly = input.monthly;
    let afford = null;
    if (input.affordability) {
      const a = await affordability(trx, scope, input.affordability, today);
      if (!a.ok) return a;
      afford = a.value;
      if (monthly === undefined && input.months === undefined) monthly = a.value.capacity;
    }
    const firstDue = input.firstDue ?? firstOfNextMonth(today);
    const schedule = buildSchedule({
      startAmount,
      ...(input.months !== undefined && monthly === undefined
        ? { months: input.months }
        : { monthly: monthly ?? 0 }),
      firstDue,
      dayOfMonth: input.dayOfMonth ?? (input.firstDue ? Number(firstDue.slice(8, 10)) : settings.dayOfMonth),
      minInstalment: settings.minInstalment,
      maxMonths: settings.maxMonths,
      country: settings.country,
    });
    if (!schedule.ok) {
      if (schedule.error.code === 'needs_referral')
        await flagReferral(trx, scope, file.id, schedule.error.figures);
      return err(scheduleFailure(scope, schedule.error));
    }
    const overCapacity = afford
      ? checkAffordable(scope, schedule.value[0]?.amount ?? 0, afford, input.overCapacityReason)
      : ok(null);
    if (!overCapacity.ok) return overCapacity;
    const proposed = proposePlan({ startAmount, instalments: schedule.value }, byNow(scope, today));
    if (!proposed.ok) return err(lifecycleFailure(scope, proposed.error));
    const reference = await newReference(trx, scope.orgId);
    const plan = await trx
      .insertInto('plans')
      .values({
        organisation_id: scope.orgId,
        file_id: file.id,
        debtor_id: file.debtor_id,
        status: 'proposed',
        reference,
        start_amount: startAmount,
        monthly: schedule.value[0]?.amount ?? startAmount,
        strategy: input.strategy ?? 'pro_rata',
        priority: input.priority ? JSON.stringify(input.priority) : null,
        basis: afford
          ? input.monthly === undefined && input.months === undefined
            ? 'capacity'
            : 'manual_checked'
          : 'manual',
        legal_table_version: afford?.tableVersion ?? null,
        legal_table_warning: afford && afford.warningTexts.length > 0 ? afford.warningTexts.join(' ') : null,
        capacity_explanation: afford ? JSON.stringify(afford.explanation) : null,
        cancellation_reason: null,
        created_by: scope.actor,
        accepted_at: null,
        over_capacity_reason: overCapacity.value,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('plan_claims')
      .values(
        opens.map((o) => ({
          organisation_id: scope.orgId,
          plan_id: plan.id,
          claim_id: o.claim.id,
          bundled_open: o.open,
        })),
      )
      .execute();
    await insertInstalments(trx, scope.orgId, plan.id, schedule.value);
    const voorstel = overCapacity.value
      ? { ...proposed.value.activity, reason: `Boven afloscapaciteit: ${overCapacity.value}` }
      : proposed.value.activity;
    await saveActivity(trx, scope, plan.id, voorstel, 1, today);
    await audit(trx, scope, 'plans.proposed', 'plan', plan.id, {
      file: file.id,
      startAmount,
      instalments: schedule.value.length,
      aboveCapacity: overCapacity.value !== null,
    });
    return ok({ planId: plan.id, reference });
  });
}

export interface VersionedInput {
  /** The version the user saw; a newer stored version means someone else changed the plan meanwhile. */
  readonly expectedVersion?: number;
}

export interface AcceptInput extends VersionedInput {
  /** When and how the person accepted; default today, channel unrecorded (older API clients). */
  readonly acceptedOn?: IsoDate;
  readonly channel?: AcceptanceChannel;
}

export function staleFailure(scope: Scope, expected: number, actual: number): Failure {
  return failure('conflict', 'version_conflict', plansMessages.text(scope.lang, 'versionConflict'), {
    expected,
    actual,
  });
}

/** OSLO Aanvaarding by the person, recorded; the departments hear that the plan is active. */
export async function acceptPlan(
  database: Database,
  scope: Scope,
  planId: string,
  input: AcceptInput,
  today: IsoDate,
): Promise<Result<{ version: number }, Failure>> {
  const acceptedOn = input.acceptedOn ?? today;
  const note = input.channel ? acceptanceNote(scope, acceptedOn, input.channel, today) : ok(null);
  if (!note.ok) return note;
  return database.db.transaction().execute(async (trx) => {
    const plan = await findPlan(trx, scope.orgId, planId);
    if (!plan || (scope.debtorIds && !scope.debtorIds.includes(plan.debtor_id)))
      return err(unknownPlan(scope));
    const expected = input.expectedVersion ?? plan.version;
    if (expected !== plan.version) return err(staleFailure(scope, expected, plan.version));
    const next = acceptState(
      {
        status: plan.status,
        version: plan.version,
        startAmount: plan.start_amount,
        instalments: [],
        paid: plan.paid,
        cancellationReason: null,
      },
      byNow(scope, today),
    );
    if (!next.ok) return err(lifecycleFailure(scope, next.error));
    const saved = await updatePlanIfVersion(trx, scope.orgId, planId, expected, {
      status: next.value.state.status,
      version: next.value.state.version,
      accepted_at: momentOf(acceptedOn),
      accepted_on: acceptedOn,
      accepted_channel: input.channel ?? null,
    });
    if (!saved) return err(staleFailure(scope, expected, expected + 1));
    const aanvaarding = { ...next.value.activity, reason: note.value };
    await saveActivity(trx, scope, planId, aanvaarding, next.value.state.version, acceptedOn);
    const claims = await trx
      .selectFrom('plan_claims as p')
      .innerJoin('claims as k', 'k.id', 'p.claim_id')
      .select(['k.id', 'k.department_id'])
      .where('p.plan_id', '=', planId)
      .execute();
    await recordFeedEvents(
      trx,
      scope.orgId,
      claims.map((c) => ({
        departmentId: c.department_id,
        claimId: c.id,
        type: 'plan_active',
        key: `plan_active:${planId}:${next.value.state.version}:${c.id}`,
        payload: { planId, fileId: plan.file_id, reference: plan.reference, on: today },
      })),
    );
    await advanceJourney(trx, scope, plan.file_id, 'plan_agreed', today);
    await audit(trx, scope, 'plans.accepted', 'plan', planId, { version: next.value.state.version });
    return ok({ version: next.value.state.version });
  });
}
