/**
 * The per-evaluation view of a person: facts valid on the date and the person-level fields derived from
 * them in one pass. The compiled ruleset reuses one context object between evaluations (evaluation is
 * synchronous and nothing it returns points into the context).
 */
import {
  epochDay,
  type Fact,
  type HouseholdFact,
  type IsoDate,
  monthlyAmount,
  type PersonFacts,
} from '../kernel/eligibility/facts.ts';
import type { Profile } from '../kernel/eligibility/ruleset.ts';

export interface EvalContext {
  day: number;
  date: IsoDate;
  /** Valid facts occupy valid[0 .. validCount − 1]; the array is reused and may hold stale entries beyond. */
  valid: Fact[];
  validCount: number;
  income_monthly: number;
  household_size: number;
  household_adults: number;
  household_children: number;
  open_debt_cents: number;
  open_debt_departments: number;
  credit_default_count: number;
  credit_default_cents: number;
  early_signal_count: number;
  score: number;
  profile: Profile;
}

export function newContext(): EvalContext {
  return {
    day: 0,
    date: '',
    valid: [],
    validCount: 0,
    income_monthly: 0,
    household_size: 1,
    household_adults: 1,
    household_children: 0,
    open_debt_cents: 0,
    open_debt_departments: 0,
    credit_default_count: 0,
    credit_default_cents: 0,
    early_signal_count: 0,
    score: 0,
    profile: 'Vermogend',
  };
}

export function loadContext(ctx: EvalContext, person: PersonFacts, date: IsoDate): EvalContext {
  // A sweep evaluates everybody on one date: parse it once.
  if (ctx.date !== date) {
    ctx.date = date;
    ctx.day = epochDay(date);
  }
  ctx.open_debt_cents = person.openDebtCents;
  ctx.open_debt_departments = person.openDebtDepartments;
  let income = 0;
  let defaults = 0;
  let defaultCents = 0;
  let signals = 0;
  let household: HouseholdFact | null = null;
  let n = 0;
  const facts = person.facts;
  for (let i = 0; i < facts.length; i++) {
    const f = facts[i] as Fact;
    const p = f.period;
    if (p.from > date || (p.to !== null && p.to < date)) continue;
    ctx.valid[n++] = f;
    switch (f.kind) {
      case 'income':
        income += monthlyAmount(f.amount, f.periodicity);
        break;
      case 'credit_default':
        defaults++;
        defaultCents += f.amount;
        break;
      case 'early_signal':
        signals++;
        break;
      case 'household':
        // The most recent composition wins when periods overlap.
        if (household === null || f.period.from > household.period.from) household = f;
        break;
      default:
        break;
    }
  }
  ctx.validCount = n;
  ctx.income_monthly = income;
  ctx.credit_default_count = defaults;
  ctx.credit_default_cents = defaultCents;
  ctx.early_signal_count = signals;
  ctx.household_size = household ? household.size : 1;
  ctx.household_adults = household ? household.adults : 1;
  ctx.household_children = household ? household.children : 0;
  ctx.score = 0;
  ctx.profile = 'Vermogend';
  return ctx;
}
