import type { Generated, GeneratedAlways } from 'kysely';
import type { DateColumn, Json, Timestamp } from '../platform/column-types.ts';

export interface HouseholdsTable {
  id: Generated<string>;
  organisation_id: string;
  label: string | null;
  created_at: Generated<Timestamp>;
}

export interface DebtorsTable {
  id: Generated<string>;
  organisation_id: string;
  name: string;
  birth_date: DateColumn | null;
  street: string | null;
  house_number: string | null;
  postal_code: string | null;
  city: string | null;
  household_id: string | null;
  merged_into: string | null;
  created_by_import: string | null;
  created_at: Generated<Timestamp>;
  /** lower(name), street, house number and postal code: what look-alikes share (migration 0002). */
  look_alike_key: GeneratedAlways<string>;
}

export interface PersonIdentifiersTable {
  organisation_id: string;
  kind: 'be' | 'nl';
  value: string;
  debtor_id: string;
}

export interface CustomerNumbersTable {
  organisation_id: string;
  department_id: string;
  customer_number: string;
  debtor_id: string;
}

export interface DebtorMatchSuggestionsTable {
  id: Generated<string>;
  organisation_id: string;
  debtor_id: string;
  candidate_id: string;
  reason: string;
  status: Generated<'open' | 'confirmed' | 'rejected'>;
  created_at: Generated<Timestamp>;
  decided_at: Timestamp | null;
  decided_by: string | null;
  decision_reason: Generated<string | null>;
}

export interface DebtorMergesTable {
  id: Generated<string>;
  organisation_id: string;
  survivor_id: string;
  merged_id: string;
  moved: Json<MergeMoved>;
  merged_at: Generated<Timestamp>;
  merged_by: string;
  undone_at: Timestamp | null;
  undone_by: string | null;
}

export interface MergeMoved {
  claims: string[];
  identifiers: { kind: string; value: string }[];
  customerNumbers: { departmentId: string; customerNumber: string }[];
}

export interface DebtorsTables {
  households: HouseholdsTable;
  debtors: DebtorsTable;
  person_identifiers: PersonIdentifiersTable;
  customer_numbers: CustomerNumbersTable;
  debtor_match_suggestions: DebtorMatchSuggestionsTable;
  debtor_merges: DebtorMergesTable;
}

declare module '../platform/schema.ts' {
  interface Schema extends DebtorsTables {}
}
