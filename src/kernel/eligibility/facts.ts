/**
 * Social facts about a person: the OSLO Solvabiliteitsindicator and its kinds (SociaalStatuut,
 * JuridischStatuut, Inkomst, Krediet) plus household composition and early signals from partners.
 * Every fact has a validity period; rules only ever look at the facts valid on the evaluation date.
 */
import type { IsoDate } from '../dates.ts';
import type { Cents } from '../money.ts';

/** `YYYY-MM-DD` (kernel); ISO dates compare correctly as strings. */
export type { IsoDate };

/** Inclusive on both ends; `to: null` means open-ended. */
export interface Period {
  readonly from: IsoDate;
  readonly to: IsoDate | null;
}

export const SOCIAL_STATUS_CODES = [
  'leefloon',
  'equivalent_leefloon',
  'verhoogde_tegemoetkoming',
  'ocmw_steun',
  'inkomensgarantie_ouderen',
  'tegemoetkoming_handicap',
  'vermindering_verdienvermogen',
] as const;
export type SocialStatusCode = (typeof SOCIAL_STATUS_CODES)[number];

export const LEGAL_STATUS_CODES = [
  'collectieve_schuldenregeling',
  'budgetbeheer',
  'budgetbegeleiding',
  'bewindvoering',
  'rechterlijke_bescherming',
] as const;
export type LegalStatusCode = (typeof LEGAL_STATUS_CODES)[number];

export const INCOME_TYPES = [
  'beroepsinkomen',
  'vervangingsinkomen',
  'leefloon',
  'pensioen',
  'kinderbijslag',
  'andere',
] as const;
export type IncomeType = (typeof INCOME_TYPES)[number];

export const PERIODICITIES = ['week', 'month', 'quarter', 'year'] as const;
export type Periodicity = (typeof PERIODICITIES)[number];

export const PARTNER_KINDS = ['housing', 'energy', 'water', 'health_insurer', 'department'] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

export const FACT_KINDS = [
  'social_status',
  'legal_status',
  'income',
  'credit_default',
  'household',
  'early_signal',
] as const;
export type FactKind = (typeof FACT_KINDS)[number];

interface FactBase {
  readonly period: Period;
  /** The authentic source or partner that delivered the fact, e.g. `MAGDA`, `OCMW`, `CAW`. */
  readonly source: string;
}

export interface SocialStatusFact extends FactBase {
  readonly kind: 'social_status';
  readonly code: SocialStatusCode;
  /** MAGDA answers "van toepassing" (true) or "niet van toepassing" (false) per period. */
  readonly applies: boolean;
}

export interface LegalStatusFact extends FactBase {
  readonly kind: 'legal_status';
  readonly code: LegalStatusCode;
  readonly applies: boolean;
}

export interface IncomeFact extends FactBase {
  readonly kind: 'income';
  readonly amount: Cents;
  readonly type: IncomeType;
  readonly periodicity: Periodicity;
}

export interface CreditDefaultFact extends FactBase {
  readonly kind: 'credit_default';
  readonly amount: Cents;
  readonly lender: string;
  readonly since: IsoDate;
}

export interface HouseholdFact extends FactBase {
  readonly kind: 'household';
  readonly size: number;
  readonly adults: number;
  readonly children: number;
}

export interface EarlySignalFact extends FactBase {
  readonly kind: 'early_signal';
  readonly partner: PartnerKind;
  readonly amount: Cents;
  readonly daysOverdue: number;
  /** The day the partner signalled; the period starts on it. */
  readonly date: IsoDate;
}

export type Fact =
  | SocialStatusFact
  | LegalStatusFact
  | IncomeFact
  | CreditDefaultFact
  | HouseholdFact
  | EarlySignalFact;

/** Everything the engine needs about one person; open debt comes from the claims capability. */
export interface PersonFacts {
  readonly personId: string;
  readonly facts: readonly Fact[];
  readonly openDebtCents: Cents;
  readonly openDebtDepartments: number;
}

export function isValidOn(period: Period, date: IsoDate): boolean {
  return period.from <= date && (period.to === null || date <= period.to);
}

export function factsOn(facts: readonly Fact[], date: IsoDate): Fact[] {
  return facts.filter((f) => isValidOn(f.period, date));
}

/** The code a fact is known by in explanations (status code, income type, lender, partner). */
export function factCode(fact: Fact): string {
  switch (fact.kind) {
    case 'social_status':
    case 'legal_status':
      return fact.code;
    case 'income':
      return fact.type;
    case 'credit_default':
      return fact.lender;
    case 'household':
      return 'household';
    case 'early_signal':
      return fact.partner;
  }
}

/**
 * Income normalised to a month, in whole cents (rounded half up): a week is 52/12 of a month, a quarter
 * three months, a year twelve. Integer arithmetic only.
 */
export function monthlyAmount(amount: Cents, periodicity: Periodicity): Cents {
  switch (periodicity) {
    case 'month':
      return amount;
    case 'week':
      return divRound(amount * 52, 12);
    case 'quarter':
      return divRound(amount, 3);
    case 'year':
      return divRound(amount, 12);
  }
}

function divRound(numerator: number, denominator: number): number {
  const q = Math.floor(numerator / denominator);
  const r = numerator - q * denominator;
  return 2 * r >= denominator ? q + 1 : q;
}

/** Days since 1970-01-01 for a `YYYY-MM-DD` string, without allocating a Date per call. */
export function epochDay(date: IsoDate): number {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  return Math.floor(Date.UTC(y, m - 1, d) / 86_400_000);
}
