import type { IsoDate } from '../kernel/dates.ts';
import { type Fact, factsOn, monthlyAmount } from '../kernel/eligibility/facts.ts';
import type { OsloIndicator, OsloSolvency } from './file-model.ts';

export interface StoredDecision {
  /** A stable id for the profile node (derived from the decision, see solvency-store.ts). */
  readonly id: string;
  readonly profile: string;
  /** Since when the person has this profile (eligibility_current.since). */
  readonly since: IsoDate;
  /** The evaluation date of the sweep that made the decision: the facts valid on it are the indicators. */
  readonly evaluatedOn: IsoDate;
}

/**
 * One indicator per fact of a kind OSLO knows (households and early signals have no OSLO class).
 * Statuses that MAGDA answered "niet van toepassing" for are no indicator. Income per week or quarter
 * has no OSLO periodicity, so it is stated per month.
 */
export function indicatorOf(id: string, fact: Fact): OsloIndicator | null {
  const period = { startDate: fact.period.from, endDate: fact.period.to };
  switch (fact.kind) {
    case 'income':
      if (fact.periodicity === 'year')
        return {
          id,
          kind: 'Inkomst',
          type: fact.type,
          ...period,
          amount: fact.amount,
          periodicity: 'jaarlijks',
        };
      return {
        id,
        kind: 'Inkomst',
        type: fact.type,
        ...period,
        amount: monthlyAmount(fact.amount, fact.periodicity),
        periodicity: 'maandelijks',
      };
    case 'social_status':
      return fact.applies ? { id, kind: 'SociaalStatuut', type: fact.code, ...period } : null;
    case 'legal_status':
      return fact.applies ? { id, kind: 'JuridischStatuut', type: fact.code, ...period } : null;
    case 'credit_default':
      // The credit register reports the amount in default, not the initial credit nor its type.
      return {
        id,
        kind: 'Krediet',
        type: 'onbekend',
        ...period,
        amount: fact.amount,
        defaulted: true,
      };
    case 'household':
    case 'early_signal':
      return null;
  }
}

/**
 * The solvency of a person for the OSLO export: the profile of the latest decision, and as indicators
 * the facts valid on the date that decision was made. Without a decision, the facts valid today and no profile.
 */
export function solvencyOf(
  decision: StoredDecision | null,
  facts: readonly { readonly id: string; readonly fact: Fact }[],
  today: IsoDate,
): OsloSolvency | null {
  const date = decision?.evaluatedOn ?? today;
  const valid = new Set(
    factsOn(
      facts.map((f) => f.fact),
      date,
    ),
  );
  const indicators = facts
    .filter((f) => valid.has(f.fact))
    .map((f) => indicatorOf(f.id, f.fact))
    .filter((i): i is OsloIndicator => i !== null);
  if (!decision && indicators.length === 0) return null;
  return {
    profile: decision
      ? { id: decision.id, type: decision.profile, startDate: decision.since, endDate: null }
      : null,
    indicators,
  };
}
