/**
 * A ruleset is data (JSON): the parameters the standard names, each a condition tree over the facts valid
 * on the evaluation date with a weight the municipality sets; score thresholds that map to the OSLO
 * Solvabiliteitstype; an eligibility rule; and local rights. Versioned and effective from a date.
 */
import type { Lang } from '../i18n.ts';
import type { Cents } from '../money.ts';
import type { FactKind, IsoDate, Period } from './facts.ts';

/**
 * A text the policy makers write into the ruleset: Dutch and English, French optional (a ruleset written
 * before French existed stays valid). Where French is missing, French readers see the Dutch text.
 */
export interface Localized {
  readonly nl: string;
  readonly fr?: string;
  readonly en: string;
}

/** The text in `lang`; Dutch when the ruleset has none in that language (only French may be missing). */
export function localizedText(text: Localized, lang: Lang): string {
  return text[lang] ?? text.nl;
}

export const PROFILES = ['Vermogend', 'GeringeAfbetaalmogelijkheid', 'Onvermogend'] as const;
/** OSLO Solvabiliteitstype. */
export type Profile = (typeof PROFILES)[number];

export const COMPARE_OPS = ['lt', 'lte', 'gt', 'gte', 'eq'] as const;
export type CompareOp = (typeof COMPARE_OPS)[number];

/** base + (adults − 1) × perExtraAdult + children × perChild, all in cents. */
export interface HouseholdThreshold {
  readonly base: Cents;
  readonly perExtraAdult: Cents;
  readonly perChild: Cents;
}

type ValueType = 'number' | 'cents' | 'boolean' | 'string' | 'profile';

export interface FieldSpec {
  readonly type: ValueType;
  /** Allowed values for string fields with a code list. */
  readonly codes?: readonly string[];
}

/**
 * Person-level fields, derived once per evaluation from the facts valid on the date. Without a household
 * fact a person counts as one adult, no children. `score` and `profile` exist only after scoring, so
 * parameters may not use them (validation says so).
 */
export const PERSON_FIELDS = {
  income_monthly: { type: 'cents' },
  household_size: { type: 'number' },
  household_adults: { type: 'number' },
  household_children: { type: 'number' },
  open_debt_cents: { type: 'cents' },
  open_debt_departments: { type: 'number' },
  credit_default_count: { type: 'number' },
  credit_default_cents: { type: 'cents' },
  early_signal_count: { type: 'number' },
  score: { type: 'number' },
  profile: { type: 'profile', codes: PROFILES },
} as const satisfies Record<string, FieldSpec>;
export type PersonField = keyof typeof PERSON_FIELDS;
export const SCORED_FIELDS: readonly PersonField[] = ['score', 'profile'];

export type ComparisonValue = number | string | boolean;

export type Condition =
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition }
  /** True when some fact of that kind, valid on the date, satisfies `where` (or any such fact at all). */
  | { readonly exists: FactKind; readonly where?: FactCondition }
  | {
      readonly field: PersonField;
      readonly op: CompareOp;
      readonly value: ComparisonValue | HouseholdThreshold;
    };

export type FactCondition =
  | { readonly all: readonly FactCondition[] }
  | { readonly any: readonly FactCondition[] }
  | { readonly not: FactCondition }
  | { readonly field: string; readonly op: CompareOp; readonly value: ComparisonValue };

export interface Parameter {
  readonly description: Localized;
  readonly weight: number;
  readonly condition: Condition;
}

export interface ProfileThresholds {
  /** Score at or above which the profile is Onvermogend. */
  readonly Onvermogend: { readonly minScore: number };
  /** Score at or above which (and below Onvermogend) the profile is GeringeAfbetaalmogelijkheid. */
  readonly GeringeAfbetaalmogelijkheid: { readonly minScore: number };
}

/** How much of an invoice a right takes off: basis points of the principal (10000 = all), or fixed cents. */
export type ReductionRule = { readonly percentBp: number } | { readonly fixedCents: Cents };

/**
 * Invoices a department already issued in the right's period get a reduction (OSLO Vermindering) proposed:
 * claims of `department` (its code) in `categories` (names; empty = every category of the department).
 */
export type RightReduction = {
  readonly department: string;
  readonly categories: readonly string[];
} & ReductionRule;

export interface LocalRight {
  readonly code: string;
  readonly name: Localized;
  readonly period: Period;
  readonly condition: Condition;
  readonly reduction?: RightReduction;
}

export interface Ruleset {
  readonly id: string;
  readonly version: number;
  readonly effectiveFrom: IsoDate;
  readonly name: Localized;
  readonly parameters: Readonly<Record<string, Parameter>>;
  readonly profiles: ProfileThresholds;
  readonly eligibility: { readonly description: Localized; readonly condition: Condition };
  readonly rights: readonly LocalRight[];
}

/** The version in force on `date`: latest effectiveFrom on or before it (higher version wins a tie). */
export function activeRuleset<R extends Pick<Ruleset, 'effectiveFrom' | 'version'>>(
  versions: readonly R[],
  date: IsoDate,
): R | null {
  let best: R | null = null;
  for (const r of versions) {
    if (r.effectiveFrom > date) continue;
    if (
      best === null ||
      r.effectiveFrom > best.effectiveFrom ||
      (r.effectiveFrom === best.effectiveFrom && r.version > best.version)
    )
      best = r;
  }
  return best;
}

export function profileForScore(profiles: ProfileThresholds, score: number): Profile {
  if (score >= profiles.Onvermogend.minScore) return 'Onvermogend';
  if (score >= profiles.GeringeAfbetaalmogelijkheid.minScore) return 'GeringeAfbetaalmogelijkheid';
  return 'Vermogend';
}
