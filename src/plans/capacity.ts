import type { IsoDate } from '../kernel/dates.ts';
import type { Lang, MessageParams } from '../kernel/i18n.ts';
import { type Cents, formatEuro } from '../kernel/money.ts';
import { err, ok, type Result } from '../kernel/result.ts';
import { isInForce, type LegalTable } from './legal-table.ts';
import { plansMessages } from './messages.ts';
import { type Household, type IncomeKind, seizablePortion } from './seizable.ts';

/** What a household needs to live on per month, by composition; set by each local government's policy. */
export interface LivingAllowanceNorms {
  readonly firstAdult: Cents;
  readonly otherAdult: Cents;
  readonly perChild: Cents;
  readonly source?: string;
}

export interface FixedCost {
  readonly label: string;
  readonly amount: Cents;
}

export interface CapacityInput {
  readonly netHouseholdIncome: Cents;
  readonly livingAllowance: LivingAllowanceNorms;
  readonly fixedCosts: readonly FixedCost[];
  readonly household: Household;
  readonly table: LegalTable;
  readonly date: IsoDate;
  readonly incomeKind?: IncomeKind;
}

export type ExplanationStep =
  | { readonly code: 'income'; readonly amount: Cents }
  | { readonly code: 'living_allowance'; readonly amount: Cents; readonly household: Household }
  | { readonly code: 'fixed_cost'; readonly amount: Cents; readonly label: string }
  | { readonly code: 'budget_left'; readonly amount: Cents }
  | {
      readonly code: 'seizable_max';
      readonly amount: Cents;
      readonly tableVersion: string;
      readonly source: string;
    }
  | { readonly code: 'protected_income'; readonly amount: Cents }
  | { readonly code: 'capped_by_law'; readonly amount: Cents }
  | { readonly code: 'unverified_table'; readonly tableVersion: string }
  | { readonly code: 'capacity'; readonly amount: Cents };

export interface CapacityResult {
  readonly capacity: Cents;
  readonly seizableMax: Cents;
  readonly protectedIncome: Cents;
  readonly explanation: readonly ExplanationStep[];
}

export type CapacityError =
  | { readonly code: 'table_not_in_force'; readonly tableVersion: string; readonly date: IsoDate }
  | { readonly code: 'invalid_input'; readonly field: string };

function isCents(n: number): boolean {
  return Number.isSafeInteger(n) && n >= 0;
}

export function livingAllowanceFor(norms: LivingAllowanceNorms, household: Household): Cents {
  if (household.adults < 1) return norms.perChild * household.children;
  return norms.firstAdult + (household.adults - 1) * norms.otherAdult + household.children * norms.perChild;
}

function invalidField(input: CapacityInput): string | null {
  if (!isCents(input.netHouseholdIncome)) return 'netHouseholdIncome';
  if (
    ![
      input.livingAllowance.firstAdult,
      input.livingAllowance.otherAdult,
      input.livingAllowance.perChild,
    ].every(isCents)
  ) {
    return 'livingAllowance';
  }
  if (!input.fixedCosts.every((c) => isCents(c.amount))) return 'fixedCosts';
  const { adults, children } = input.household;
  if (!Number.isInteger(adults) || !Number.isInteger(children) || adults < 0 || children < 0)
    return 'household';
  return null;
}

/**
 * Monthly repayment capacity: income − living allowance − fixed costs, never negative and never more
 * than the legally seizable part, so the debtor always keeps at least the protected income.
 */
export function capacity(input: CapacityInput): Result<CapacityResult, CapacityError> {
  const field = invalidField(input);
  if (field) return err({ code: 'invalid_input', field });
  const { table, date, household } = input;
  if (!isInForce(table, date)) return err({ code: 'table_not_in_force', tableVersion: table.version, date });

  const income = input.netHouseholdIncome;
  const living = livingAllowanceFor(input.livingAllowance, household);
  const fixed = input.fixedCosts.reduce((sum, c) => sum + c.amount, 0);
  const budgetLeft = Math.max(0, income - living - fixed);
  const legal = seizablePortion(table, income, household, input.incomeKind);
  const result = Math.min(budgetLeft, legal.seizable);

  const explanation: ExplanationStep[] = [
    { code: 'income', amount: income },
    { code: 'living_allowance', amount: living, household },
    ...input.fixedCosts.map(
      (c): ExplanationStep => ({ code: 'fixed_cost', amount: c.amount, label: c.label }),
    ),
    { code: 'budget_left', amount: budgetLeft },
    { code: 'seizable_max', amount: legal.seizable, tableVersion: table.version, source: table.source },
    { code: 'protected_income', amount: legal.protectedIncome },
  ];
  if (legal.seizable < budgetLeft) explanation.push({ code: 'capped_by_law', amount: legal.seizable });
  if (!table.verified) explanation.push({ code: 'unverified_table', tableVersion: table.version });
  explanation.push({ code: 'capacity', amount: result });
  return ok({
    capacity: result,
    seizableMax: legal.seizable,
    protectedIncome: legal.protectedIncome,
    explanation,
  });
}

/** One readable line per step, for staff screens and letters. */
export function explainStep(step: ExplanationStep, lang: Lang = 'nl'): string {
  const m = (key: Parameters<typeof plansMessages.text>[1], params?: MessageParams) =>
    plansMessages.text(lang, key, params);
  const euro = (c: Cents) => formatEuro(c, lang);
  switch (step.code) {
    case 'income':
      return m('stepIncome', { amount: euro(step.amount) });
    case 'living_allowance':
      return m('stepLivingAllowance', {
        adults: step.household.adults,
        children: step.household.children,
        amount: euro(step.amount),
      });
    case 'fixed_cost':
      return m('stepFixedCost', { label: step.label, amount: euro(step.amount) });
    case 'budget_left':
      return m('stepBudgetLeft', { amount: euro(step.amount) });
    case 'seizable_max':
      return m('stepSeizableMax', { version: step.tableVersion, amount: euro(step.amount) });
    case 'protected_income':
      return m('stepProtectedIncome', { amount: euro(step.amount) });
    case 'capped_by_law':
      return m('stepCappedByLaw', { amount: euro(step.amount) });
    case 'unverified_table':
      return m('stepUnverifiedTable', { version: step.tableVersion });
    case 'capacity':
      return m('stepCapacity', { amount: euro(step.amount) });
  }
}
