import type { ColumnType, Generated } from 'kysely';
import type { DateColumn, Json, Timestamp } from '../platform/column-types.ts';

export interface ClaimCategoriesTable {
  id: Generated<string>;
  organisation_id: string;
  department_id: string;
  name: string;
  fiscal: Generated<boolean>;
  limitation_period: Generated<string>;
  created_at: Generated<Timestamp>;
}

export interface ClaimImportsTable {
  id: string;
  organisation_id: string;
  department_id: string;
  file_name: string | null;
  mode: 'all_or_nothing' | 'partial' | 'dry_run';
  status: 'running' | 'committed' | 'rejected' | 'dry_run' | 'interrupted';
  rows: Generated<number>;
  created: Generated<number>;
  updated: Generated<number>;
  unchanged: Generated<number>;
  rejected: Generated<number>;
  rejected_csv: string | null;
  started_at: Generated<Timestamp>;
  heartbeat_at: Timestamp;
  finished_at: Timestamp | null;
}

export interface ClaimsTable {
  id: Generated<string>;
  organisation_id: string;
  department_id: string;
  claim_id: string;
  debtor_id: string;
  category_id: string;
  principal: number;
  charges: Generated<number>;
  paid: Generated<number>;
  issue_date: DateColumn | null;
  due_date: DateColumn;
  status: 'open' | 'paid' | 'cancelled';
  import_id: string | null;
  created_at: Generated<Timestamp>;
  updated_at: Generated<Timestamp>;
  /** Set when the claim is bundled in an EvS file (0300_plans.sql): no new charges from then on. */
  frozen_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  evs_file_id: ColumnType<string | null, string | null | undefined, string | null>;
  disputed: Generated<boolean>;
  /** What EvS payments allocated to the claim (0400_payments.sql); the overview's paid includes it. */
  evs_paid: Generated<number>;
  /** Why a time-barred claim was bundled on purpose (0930_time_barred_bundling.sql); null otherwise. */
  time_barred_reason: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface ClaimChangesTable {
  id: Generated<number>;
  organisation_id: string;
  claim_id: string;
  import_id: string | null;
  changed_at: Generated<Timestamp>;
  before: Json;
  after: Json;
}

export interface ClaimImportRowsTable {
  import_id: string;
  row_no: number;
  claim_id: string;
  national_number: string | null;
  national_number_kind: 'be' | 'nl' | null;
  customer_number: string | null;
  name: string;
  birth_date: DateColumn | null;
  street: string | null;
  house_number: string | null;
  postal_code: string | null;
  city: string | null;
  category: string;
  principal: number;
  charges: number;
  paid: number;
  issue_date: DateColumn | null;
  due_date: DateColumn;
  status: string;
}

export interface ClaimsTables {
  claim_categories: ClaimCategoriesTable;
  claim_imports: ClaimImportsTable;
  claims: ClaimsTable;
  claim_changes: ClaimChangesTable;
  claim_import_rows: ClaimImportRowsTable;
}

declare module '../platform/schema.ts' {
  interface Schema extends ClaimsTables {}
}
