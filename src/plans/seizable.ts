import type { Cents } from '../kernel/money.ts';
import type { BeArt1409Table, IncomeBand, LegalTable, NlBvvTable } from './legal-table.ts';

export interface Household {
  readonly adults: number;
  readonly children: number;
}

/** Work income and replacement income (benefits) have different art. 1409 bands in Belgium. */
export type IncomeKind = 'work' | 'replacement';

export interface SeizableResult {
  /** The most that may be taken from the income per month. */
  readonly seizable: Cents;
  /** What the law leaves the debtor: income − seizable. */
  readonly protectedIncome: Cents;
}

function bandsSeizable(income: Cents, floor: Cents, bands: readonly IncomeBand[]): Cents {
  let hundredths = 0;
  let lower = floor;
  for (const band of bands) {
    const portion = Math.min(Math.max(income - lower, 0), band.upToCents - lower);
    hundredths += portion * band.percent;
    lower = band.upToCents;
  }
  // rounded down: the debtor keeps the fraction of a cent
  return Math.floor(hundredths / 100) + Math.max(income - lower, 0);
}

function beSeizable(table: BeArt1409Table, income: Cents, children: number, kind: IncomeKind): Cents {
  // without separate replacement bands the work bands apply: they never seize more
  const bands =
    kind === 'replacement' ? (table.replacementIncomeBands ?? table.workIncomeBands) : table.workIncomeBands;
  const raw = bandsSeizable(income, table.unseizableUpToCents, bands);
  return Math.max(0, raw - children * table.perDependentChildCents);
}

export function nlCategory(household: Household): keyof NlBvvTable['maximumCents'] {
  if (household.adults >= 2) return household.children > 0 ? 'coupleWithChildren' : 'couple';
  return household.children > 0 ? 'singleParent' : 'single';
}

function nlProtected(table: NlBvvTable, income: Cents, household: Household): Cents {
  const share = Math.ceil((income * table.lowIncomeProtectedPercent) / 100);
  return Math.min(income, share, table.maximumCents[nlCategory(household)]);
}

/** The part of a monthly net income that the law allows to be taken, per the given table. */
export function seizablePortion(
  table: LegalTable,
  income: Cents,
  household: Household,
  incomeKind: IncomeKind = 'work',
): SeizableResult {
  const net = Math.max(0, income);
  const seizable =
    table.kind === 'BE_ART_1409'
      ? beSeizable(table, net, household.children, incomeKind)
      : net - nlProtected(table, net, household);
  return { seizable, protectedIncome: net - seizable };
}
