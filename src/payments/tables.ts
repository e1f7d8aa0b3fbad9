import type { Generated } from 'kysely';
import type { DateColumn, GeneratedJson, Timestamp } from '../platform/column-types.ts';

export interface BankStatementsTable {
  id: Generated<string>;
  organisation_id: string;
  account: string;
  statement_ref: string;
  format: 'coda' | 'camt053';
  statement_date: DateColumn;
  opening_balance: number;
  closing_balance: number;
  file_name: string | null;
  imported_by: string;
  imported_at: Generated<Timestamp>;
}

export type PaymentKind = 'credit' | 'debit' | 'reversal';
export type PaymentStatus = 'allocated' | 'unmatched' | 'reversed' | 'applied' | 'other';

/** Why a line waits in the queue, in every language (`fr` is missing on lines stored before French). */
export interface PaymentProblem {
  nl: string;
  fr?: string;
  en: string;
}

export interface PaymentsTable {
  id: Generated<string>;
  organisation_id: string;
  statement_id: string;
  account: string;
  bank_ref: string;
  booking_date: DateColumn;
  value_date: DateColumn;
  amount: number;
  kind: PaymentKind;
  status: PaymentStatus;
  reversal_of: string | null;
  counterparty_name: string | null;
  counterparty_iban: string | null;
  reference_kind: 'ogm' | 'rf' | null;
  reference: string | null;
  communication: string | null;
  problem: GeneratedJson<PaymentProblem> | null;
  plan_id: string | null;
  match: 'reference' | 'manual' | null;
  match_note: string | null;
  matched_by: string | null;
  surplus: Generated<number>;
  created_at: Generated<Timestamp>;
  /** How an unmatched line left the queue other than by assignment (migration 0919). */
  resolution: Generated<'not_for_evs' | 'refunded' | null>;
  resolution_target: Generated<string | null>;
  resolution_note: Generated<string | null>;
  resolved_on: Generated<DateColumn | null>;
  resolved_by: Generated<string | null>;
}

export interface PaymentAllocationsTable {
  id: Generated<number>;
  organisation_id: string;
  payment_id: string;
  plan_id: string;
  claim_id: string;
  department_id: string;
  part: 'costs' | 'interest' | 'principal';
  amount: number;
  booking_date: DateColumn;
}

export interface PaymentRefundsTable {
  id: Generated<string>;
  organisation_id: string;
  plan_id: string;
  amount: number;
  reason: string;
  decided_on: DateColumn;
  decided_by: string;
  created_at: Generated<Timestamp>;
}

/** Migration 0400_payments.sql; `claims.evs_paid` is added to the foundation's ClaimsTable by the same file. */
export interface PaymentsTables {
  bank_statements: BankStatementsTable;
  payments: PaymentsTable;
  payment_allocations: PaymentAllocationsTable;
  payment_refunds: PaymentRefundsTable;
}

declare module '../platform/schema.ts' {
  interface Schema extends PaymentsTables {}
}
