import type { Cents } from '../kernel/money.ts';
import { err, ok, type Result } from '../kernel/result.ts';
import { type Instalment, scheduleTotal } from './schedule.ts';

/**
 * The plan lifecycle as a pure state machine following OSLO Schuldbeheer: a proposal (Voorstel) is
 * accepted (Aanvaarding), paid off (Afbetaling) until completed, changed (Wijziging: a new schedule for
 * what remains, to be accepted again) or cancelled (Schrapping, with a reason).
 */
export type PlanStatus = 'proposed' | 'accepted' | 'active' | 'completed' | 'cancelled';

export type ActivityType = 'Voorstel' | 'Wijziging' | 'Aanvaarding' | 'Afbetaling' | 'Schrapping';

/** An OSLO activity (dos:Activiteit subclass); `dateTime` is an xsd:dateTime, `actor` an agent id. */
export interface PlanActivity {
  readonly type: ActivityType;
  readonly osloClass: `sb:${ActivityType}`;
  readonly dateTime: string;
  readonly actor: string;
  readonly reason: string | null;
  readonly amount?: Cents;
}

export interface PlanState {
  readonly status: PlanStatus;
  /** Optimistic-concurrency version: +1 on every transition. */
  readonly version: number;
  /** OSLO Afbetalingsplan.startbedrag. */
  readonly startAmount: Cents;
  /** The schedule in force; after a Wijziging it covers what remained at that moment. */
  readonly instalments: readonly Instalment[];
  readonly paid: Cents;
  readonly cancellationReason: string | null;
}

export type LifecycleError =
  | { readonly code: 'invalid_transition'; readonly from: PlanStatus; readonly action: string }
  | { readonly code: 'schedule_mismatch'; readonly expected: Cents; readonly actual: Cents }
  | { readonly code: 'reason_required' }
  | { readonly code: 'invalid_amount'; readonly amount: Cents }
  | { readonly code: 'invalid_datetime'; readonly dateTime: string };

export interface Transition {
  readonly state: PlanState;
  readonly activity: PlanActivity;
}

export interface By {
  readonly actor: string;
  readonly dateTime: string;
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function activity(type: ActivityType, by: By, reason: string | null, amount?: Cents): PlanActivity {
  const base = { type, osloClass: `sb:${type}` as const, dateTime: by.dateTime, actor: by.actor, reason };
  return amount === undefined ? base : { ...base, amount };
}

function guard(state: PlanState, action: string, allowed: readonly PlanStatus[]): LifecycleError | null {
  return allowed.includes(state.status) ? null : { code: 'invalid_transition', from: state.status, action };
}

function checkBy(by: By): LifecycleError | null {
  return DATE_TIME.test(by.dateTime) ? null : { code: 'invalid_datetime', dateTime: by.dateTime };
}

export function remaining(state: PlanState): Cents {
  return Math.max(0, state.startAmount - state.paid);
}

export function proposePlan(
  input: { readonly startAmount: Cents; readonly instalments: readonly Instalment[] },
  by: By,
): Result<Transition, LifecycleError> {
  const bad = checkBy(by);
  if (bad) return err(bad);
  if (!Number.isSafeInteger(input.startAmount) || input.startAmount <= 0) {
    return err({ code: 'invalid_amount', amount: input.startAmount });
  }
  const total = scheduleTotal(input.instalments);
  if (total !== input.startAmount)
    return err({ code: 'schedule_mismatch', expected: input.startAmount, actual: total });
  const state: PlanState = {
    status: 'proposed',
    version: 1,
    startAmount: input.startAmount,
    instalments: input.instalments,
    paid: 0,
    cancellationReason: null,
  };
  return ok({ state, activity: activity('Voorstel', by, null) });
}

export function acceptPlan(state: PlanState, by: By): Result<Transition, LifecycleError> {
  const bad = guard(state, 'accept', ['proposed']) ?? checkBy(by);
  if (bad) return err(bad);
  return ok({
    state: { ...state, status: 'accepted', version: state.version + 1 },
    activity: activity('Aanvaarding', by, null),
  });
}

/** A payment received on the plan (OSLO Afbetaling); paying off the whole start amount completes it. */
export function recordPayment(state: PlanState, amount: Cents, by: By): Result<Transition, LifecycleError> {
  const bad = guard(state, 'pay', ['accepted', 'active']) ?? checkBy(by);
  if (bad) return err(bad);
  if (!Number.isSafeInteger(amount) || amount <= 0) return err({ code: 'invalid_amount', amount });
  const paid = state.paid + amount;
  const status: PlanStatus = paid >= state.startAmount ? 'completed' : 'active';
  return ok({
    state: { ...state, status, paid, version: state.version + 1 },
    activity: activity('Afbetaling', by, null, amount),
  });
}

/** A Wijziging: a new schedule for exactly what remains; it needs a new Aanvaarding. */
export function changePlan(
  state: PlanState,
  instalments: readonly Instalment[],
  reason: string,
  by: By,
): Result<Transition, LifecycleError> {
  const bad = guard(state, 'change', ['proposed', 'accepted', 'active']) ?? checkBy(by);
  if (bad) return err(bad);
  if (reason.trim() === '') return err({ code: 'reason_required' });
  const expected = remaining(state);
  const total = scheduleTotal(instalments);
  if (total !== expected) return err({ code: 'schedule_mismatch', expected, actual: total });
  return ok({
    state: { ...state, status: 'proposed', instalments, version: state.version + 1 },
    activity: activity('Wijziging', by, reason.trim()),
  });
}

/** A Schrapping: formally ending the plan (e.g. the debtor stopped paying), always with a reason. */
export function cancelPlan(state: PlanState, reason: string, by: By): Result<Transition, LifecycleError> {
  const bad = guard(state, 'cancel', ['proposed', 'accepted', 'active']) ?? checkBy(by);
  if (bad) return err(bad);
  if (reason.trim() === '') return err({ code: 'reason_required' });
  return ok({
    state: { ...state, status: 'cancelled', cancellationReason: reason.trim(), version: state.version + 1 },
    activity: activity('Schrapping', by, reason.trim()),
  });
}

/** Optimistic versioning: a write based on an old read is refused instead of overwriting newer data. */
export function checkVersion(
  expected: number,
  actual: number,
): Result<void, { readonly code: 'version_conflict'; readonly expected: number; readonly actual: number }> {
  return expected === actual ? ok(undefined) : err({ code: 'version_conflict', expected, actual });
}
