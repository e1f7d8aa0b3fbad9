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
}

export interface OptionsInput {
  readonly startAmount: Cents;
  readonly capacity: Cents | null;
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
    return { basis, monthly: asked, months, lastAmount: 0, lastDue: null, problem: built.error.code };
  }
  const first = built.value[0];
  const last = built.value.at(-1);
  return {
    basis,
    monthly: first?.amount ?? 0,
    months: built.value.length,
    lastAmount: last?.amount ?? 0,
    lastDue: last?.dueDate ?? null,
    problem: null,
  };
}

/** Capacity-based and policy-based amounts next to fixed terms, each checked against the plan rules. */
export function planOptions(input: OptionsInput): PlanOption[] {
  const out: PlanOption[] = [];
  if (input.capacity !== null) {
    out.push(
      input.capacity > 0
        ? option(input, 'capacity', { monthly: input.capacity })
        : { basis: 'capacity', monthly: 0, months: 0, lastAmount: 0, lastDue: null, problem: 'no_capacity' },
    );
  }
  if (input.policy?.kind === 'amount') out.push(option(input, 'policy', { monthly: input.policy.amount }));
  if (input.policy?.kind === 'suspend') {
    out.push({ basis: 'policy', monthly: 0, months: 0, lastAmount: 0, lastDue: null, problem: 'suspend' });
  }
  for (const months of input.terms) out.push(option(input, 'term', { months }));
  return out;
}
