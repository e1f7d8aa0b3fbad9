import type { Cents } from '../kernel/money.ts';
import type { Random } from './random.ts';
import type { HouseholdKind, IncomeType } from './types.ts';

/**
 * How hard life is for a household: 0 ordinary, 1 in some trouble, 2 in deep trouble. It drives both the
 * social facts and how many claims its adults carry, so that the two agree (people with many claims more
 * often live on a leefloon, under budget management, …).
 */
export type Vulnerability = 0 | 1 | 2;

export interface AdultCircumstances {
  readonly incomeType: IncomeType;
  readonly monthlyNetIncome: Cents;
  readonly collectiveDebtSettlement: boolean;
  readonly budgetManagement: boolean;
}

/** Approximate monthly leefloon amounts (2025 order of magnitude); demo defaults, not the legal table. */
const LIVING_WAGE: Readonly<Record<'cohabitant' | 'single' | 'withFamily', Cents>> = {
  cohabitant: 90_400,
  single: 135_600,
  withFamily: 183_300,
};

const P_LIVING_WAGE = [0.01, 0.12, 0.4] as const;
const P_UNEMPLOYED = [0.04, 0.18, 0.25] as const;
const P_SICK = [0.03, 0.1, 0.15] as const;
const P_DEBT_SETTLEMENT = [0.002, 0.03, 0.12] as const;
const P_BUDGET_MANAGEMENT = [0.003, 0.05, 0.15] as const;
const WAGE_RANGE: readonly (readonly [Cents, Cents])[] = [
  [200_000, 450_000],
  [150_000, 260_000],
  [140_000, 210_000],
];
const PENSION_RANGE: readonly (readonly [Cents, Cents])[] = [
  [150_000, 300_000],
  [120_000, 180_000],
  [110_000, 150_000],
];

function inRange(rng: Random, range: readonly [Cents, Cents] | undefined): Cents {
  if (range === undefined) throw new RangeError('no income range for this vulnerability');
  return rng.int(range[0], range[1]);
}

function livingWageFor(kind: HouseholdKind): Cents {
  if (kind === 'single') return LIVING_WAGE.single;
  if (kind === 'singleParent') return LIVING_WAGE.withFamily;
  return LIVING_WAGE.cohabitant;
}

function income(
  rng: Random,
  v: Vulnerability,
  age: number,
  kind: HouseholdKind,
): Pick<AdultCircumstances, 'incomeType' | 'monthlyNetIncome'> {
  if (age >= 67) return { incomeType: 'pensioen', monthlyNetIncome: inRange(rng, PENSION_RANGE[v]) };
  const r = rng.next();
  let threshold = P_LIVING_WAGE[v];
  if (r < threshold) return { incomeType: 'leefloon', monthlyNetIncome: livingWageFor(kind) };
  threshold += P_UNEMPLOYED[v];
  if (r < threshold)
    return { incomeType: 'werkloosheidsuitkering', monthlyNetIncome: rng.int(110_000, 190_000) };
  threshold += P_SICK[v];
  if (r < threshold) return { incomeType: 'ziekte-uitkering', monthlyNetIncome: rng.int(100_000, 180_000) };
  // Some partners have no income of their own.
  if ((kind === 'couple' || kind === 'family') && rng.chance(0.05))
    return { incomeType: 'geen', monthlyNetIncome: 0 };
  return { incomeType: 'beroepsinkomen', monthlyNetIncome: inRange(rng, WAGE_RANGE[v]) };
}

export function adultCircumstances(
  rng: Random,
  v: Vulnerability,
  age: number,
  kind: HouseholdKind,
): AdultCircumstances {
  const { incomeType, monthlyNetIncome } = income(rng, v, age, kind);
  const collectiveDebtSettlement = rng.chance(P_DEBT_SETTLEMENT[v]);
  // A debt mediator manages the income in a collective settlement, so budget management is not added on top.
  const budgetManagement = !collectiveDebtSettlement && rng.chance(P_BUDGET_MANAGEMENT[v]);
  return { incomeType, monthlyNetIncome, collectiveDebtSettlement, budgetManagement };
}

/**
 * Verhoogde tegemoetkoming for the whole household: automatic with a leefloon, otherwise when the yearly
 * household income stays under an approximate threshold (≈ €26,000 + €4,800 per extra member; demo default).
 */
export function increasedReimbursementFor(
  adults: readonly AdultCircumstances[],
  householdSize: number,
): boolean {
  if (adults.some((a) => a.incomeType === 'leefloon')) return true;
  const yearly = adults.reduce((sum, a) => sum + a.monthlyNetIncome, 0) * 12;
  return yearly <= 2_600_000 + 480_000 * (householdSize - 1);
}
