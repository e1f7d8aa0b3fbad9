/**
 * The typed fields a condition may compare on each kind of fact, and how to read them. `days_since` and
 * `age_days` are derived from the evaluation date (days between the fact's date and that date).
 */
import {
  epochDay,
  type Fact,
  type FactKind,
  INCOME_TYPES,
  LEGAL_STATUS_CODES,
  monthlyAmount,
  PARTNER_KINDS,
  PERIODICITIES,
  SOCIAL_STATUS_CODES,
} from './facts.ts';
import type { ComparisonValue, FieldSpec } from './ruleset.ts';

type FactOf<K extends FactKind> = Extract<Fact, { readonly kind: K }>;

export interface FactFieldSpec<K extends FactKind = FactKind> extends FieldSpec {
  readonly read: (fact: FactOf<K>, evaluationDay: number) => ComparisonValue;
}

type FactFieldTable = { readonly [K in FactKind]: Readonly<Record<string, FactFieldSpec<K>>> };

export const FACT_FIELDS: FactFieldTable = {
  social_status: {
    code: { type: 'string', codes: SOCIAL_STATUS_CODES, read: (f) => f.code },
    applies: { type: 'boolean', read: (f) => f.applies },
  },
  legal_status: {
    code: { type: 'string', codes: LEGAL_STATUS_CODES, read: (f) => f.code },
    applies: { type: 'boolean', read: (f) => f.applies },
  },
  income: {
    amount: { type: 'cents', read: (f) => f.amount },
    monthly_amount: {
      type: 'cents',
      read: (f) => monthlyAmount(f.amount, f.periodicity),
    },
    type: { type: 'string', codes: INCOME_TYPES, read: (f) => f.type },
    periodicity: {
      type: 'string',
      codes: PERIODICITIES,
      read: (f) => f.periodicity,
    },
  },
  credit_default: {
    amount: { type: 'cents', read: (f) => f.amount },
    lender: { type: 'string', read: (f) => f.lender },
    days_since: { type: 'number', read: (f, day) => day - epochDay(f.since) },
  },
  household: {
    size: { type: 'number', read: (f) => f.size },
    adults: { type: 'number', read: (f) => f.adults },
    children: { type: 'number', read: (f) => f.children },
  },
  early_signal: {
    partner: { type: 'string', codes: PARTNER_KINDS, read: (f) => f.partner },
    amount: { type: 'cents', read: (f) => f.amount },
    days_overdue: { type: 'number', read: (f) => f.daysOverdue },
    age_days: { type: 'number', read: (f, day) => day - epochDay(f.date) },
  },
};
