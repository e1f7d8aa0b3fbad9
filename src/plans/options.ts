import type { IsoDate } from '../kernel/dates.ts';
import type { Cents } from '../kernel/money.ts';
import type { HolidayCountry } from '../kernel/working-days.ts';
import type { PolicyOutcome } from './policy.ts';
import { buildSchedule } from './schedule.ts';

/** One plan option to compare on screen: by capacity, by policy, or by a chosen term. */
export interface PlanOption {
  readonly basis: 'capacity' | 'policy' | 'term';
  readonly monthly: Cents;
  readonly months: number;
  readonly lastAmount: Cents;
  readonly lastDue: IsoDate | null;
  /** Why this option is not possible (needs_referral, instalment_below_minimum, suspend, …); null when it is. */
  readonly problem: string | null;
  /** How the monthly amount compares with the capacity and the legal floor (null without figures). */
  readonly fit: Fit | null;
}

/**
 * haalbaar (within capacity), boven afloscapaciteit (more than the household budget leaves, but
 * still within the seizable part) or onder de beslagvrije grens (takes income below the legal floor).
 */
export type Fit = 'affordable' | 'above_capacity' | 'below_floor';

export function fitOf(monthly: Cents, capacity: Cents, seizableMax: Cents): Fit {
  if (monthly > seizableMax) return 'below_floor';
  return monthly > capacity ? 'above_capacity' : 'affordable';
}

/** Every whole term from the shortest (one month) to the policy's maximum. */
export function everyTerm(maxMonths: number): number[] {
  return Array.from({ length: Math.max(0, maxMonths) }, (_, i) => i + 1);
}

export interface OptionsInput {
  readonly startAmount: Cents;
  readonly capacity: Cents | null;
  /** The legally seizable part of the income: more than this takes income below the legal floor. */
  readonly seizableMax?: Cents | null;
  readonly policy: PolicyOutcome | null;
  readonly terms: readonly number[];
  readonly firstDue: IsoDate;
  readonly dayOfMonth: number;
  readonly minInstalment: Cents;
  readonly maxMonths: number;
  readonly country: HolidayCountry;
}

function option(
  input: OptionsInput,
  basis: PlanOption['basis'],
  by: { monthly: Cents } | { months: number },
): PlanOption {
  const built = buildSchedule({
    startAmount: input.startAmount,
    ...by,
    firstDue: input.firstDue,
    dayOfMonth: input.dayOfMonth,
    minInstalment: input.minInstalment,
    maxMonths: input.maxMonths,
    country: input.country,
  });
  const asked = 'monthly' in by ? by.monthly : Math.ceil(input.startAmount / by.months);
  if (!built.ok) {
    const months = 'months' in by ? by.months : asked > 0 ? Math.ceil(input.startAmount / asked) : 0;
    const problem = built.error.code;
    return {
      basis,
      monthly: asked,
      months,
      lastAmount: 0,
      lastDue: null,
      problem,
      fit: fitFor(input, asked),
    };
  }
  const first = built.value[0];
  const last = built.value.at(-1);
  const monthly = first?.amount ?? 0;
  return {
    basis,
    monthly,
    months: built.value.length,
    lastAmount: last?.amount ?? 0,
    lastDue: last?.dueDate ?? null,
    problem: null,
    fit: fitFor(input, monthly),
  };
}

function fitFor(input: OptionsInput, monthly: Cents): Fit | null {
  if (input.capacity === null || input.seizableMax === undefined || input.seizableMax === null) return null;
  return fitOf(monthly, input.capacity, input.seizableMax);
}

/**
 * When no schedulable option is haalbaar the file needs referral (DESIGN: a plan that cannot finish
 * in the maximum term); the figures say why. Null when an option fits or there are no figures.
 */
export function referralFigures(input: OptionsInput, options: readonly PlanOption[]) {
  if (input.capacity === null || options.some((o) => o.problem === null && o.fit === 'affordable'))
    return null;
  return {
    startAmount: input.startAmount,
    capacity: input.capacity,
    maxMonths: input.maxMonths,
    monthlyAtMaxTerm: Math.ceil(input.startAmount / Math.max(1, input.maxMonths)),
  };
}

/** Capacity-based and policy-based amounts next to fixed terms, each checked against the plan rules. */
export function planOptions(input: OptionsInput): PlanOption[] {
  const out: PlanOption[] = [];
  if (input.capacity !== null) {
    out.push(
      input.capacity > 0
        ? option(input, 'capacity', { monthly: input.capacity })
        : {
            basis: 'capacity',
            monthly: 0,
            months: 0,
            lastAmount: 0,
            lastDue: null,
            problem: 'no_capacity',
            fit: null,
          },
    );
  }
  if (input.policy?.kind === 'amount') out.push(option(input, 'policy', { monthly: input.policy.amount }));
  if (input.policy?.kind === 'suspend') {
    const suspend = { monthly: 0, months: 0, lastAmount: 0, lastDue: null, problem: 'suspend', fit: null };
    out.push({ basis: 'policy', ...suspend });
  }
  for (const months of input.terms) out.push(option(input, 'term', { months }));
  return out;
}
