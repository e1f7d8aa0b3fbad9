import { daysBetween, type IsoDate } from '../kernel/dates.ts';
import type { Cents } from '../kernel/money.ts';

/**
 * What collecting an unpaid claim would have cost the debtor without EvS. Defaults follow Book XIX
 * of the Code of Economic Law (amicable collection of consumer debts, law of 4 May 2023): the first
 * reminder is free, each further reminder at most €7.50 (plus postage), and the penalty clause of a
 * formal notice is capped by the balance — €20 up to €150; €30 + 10% of the part from €150.01 to
 * €500; €65 + 5% of the part above €500, at most €2,000. Bailiff costs are the municipality's own
 * average per file: the Belgian tariff depends on the acts done, so no default is claimed (0).
 */
export interface CostModel {
  /** Cost of one paid reminder (Book XIX: at most €7.50 plus postage). */
  readonly reminderCost: Cents;
  /** Paid reminders a claim would get before a formal notice (the first, free reminder not counted). */
  readonly paidReminders: number;
  /** `book-xix`: the penalty-clause cap by balance; `fixed`: formalNoticeCost per claim. */
  readonly formalNotice: 'book-xix' | 'fixed';
  readonly formalNoticeCost: Cents;
  /** Average bailiff cost per claim handed over; 0 until the municipality sets its own figure. */
  readonly bailiffCostPerClaim: Cents;
  /** A claim this many days past due when bundled would otherwise have gone to a bailiff. */
  readonly bailiffAfterDays: number;
}

export const DEFAULT_COST_MODEL: CostModel = {
  reminderCost: 750,
  paidReminders: 1,
  formalNotice: 'book-xix',
  formalNoticeCost: 0,
  bailiffCostPerClaim: 0,
  bailiffAfterDays: 90,
};

/** Book XIX penalty-clause cap for a balance, in cents (rounded down to the cent). */
export function bookXixPenaltyCap(balance: Cents): Cents {
  if (balance <= 0) return 0;
  if (balance <= 15_000) return 2_000;
  if (balance <= 50_000) return 3_000 + Math.floor((balance - 15_000) / 10);
  return Math.min(200_000, 6_500 + Math.floor((balance - 50_000) / 20));
}

export interface AvoidedCosts {
  readonly reminders: Cents;
  readonly formalNotice: Cents;
  readonly bailiff: Cents;
  readonly total: Cents;
  /** True when the claim was past the bailiff threshold when bundled. */
  readonly bailiffAvoided: boolean;
}

/**
 * The collection costs a bundled claim no longer incurs: for an overdue claim the paid reminders and
 * a formal notice; when it was past the bailiff threshold, also the bailiff's cost.
 */
export function avoidedCosts(
  open: Cents,
  dueDate: IsoDate,
  bundledOn: IsoDate,
  model: CostModel,
): AvoidedCosts {
  const overdue = open > 0 ? daysBetween(dueDate, bundledOn) : 0;
  if (overdue <= 0) return { reminders: 0, formalNotice: 0, bailiff: 0, total: 0, bailiffAvoided: false };
  const reminders = model.reminderCost * model.paidReminders;
  const formalNotice = model.formalNotice === 'book-xix' ? bookXixPenaltyCap(open) : model.formalNoticeCost;
  const bailiffAvoided = overdue >= model.bailiffAfterDays;
  const bailiff = bailiffAvoided ? model.bailiffCostPerClaim : 0;
  return { reminders, formalNotice, bailiff, total: reminders + formalNotice + bailiff, bailiffAvoided };
}

/** Checks a cost model from outside (API, saved scenario): whole non-negative cents and days. */
export function validCostModel(m: CostModel): boolean {
  const whole = (n: number) => Number.isSafeInteger(n) && n >= 0;
  return (
    whole(m.reminderCost) &&
    whole(m.paidReminders) &&
    whole(m.formalNoticeCost) &&
    whole(m.bailiffCostPerClaim) &&
    whole(m.bailiffAfterDays) &&
    (m.formalNotice === 'book-xix' || m.formalNotice === 'fixed')
  );
}
