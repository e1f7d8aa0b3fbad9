import type { ColumnType, Generated, GeneratedAlways } from 'kysely';
import type { AccessTables } from '../access/tables.ts';
import type { EligibilityTables } from '../eligibility/tables.ts';
import type { HubTables } from '../hub/tables.ts';
import type { JobsTables } from '../jobs/tables.ts';
import type { OpsTables } from '../ops/tables.ts';
import type { PaymentsTables } from '../payments/tables.ts';
import type { PlansTables } from '../plans/tables.ts';
import type { ReportsTables } from '../reports/tables.ts';

/** timestamptz: written as Date or ISO text, read as Date (both drivers). */
export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** date: `YYYY-MM-DD` both ways (type parsers in db.ts and pglite-worker.mjs). */
export type DateColumn = string;
/** jsonb: read as an object, written as JSON text (JSON.stringify). */
export type Json<T extends object = Record<string, unknown>> = ColumnType<T, string, string>;
export type GeneratedJson<T extends object = Record<string, unknown>> = ColumnType<
  T,
  string | undefined,
  string
>;

export interface OrganisationsTable {
  id: Generated<string>;
  code: string;
  name: string;
  country: Generated<'BE' | 'NL'>;
  created_at: Generated<Timestamp>;
}

export interface DepartmentsTable {
  id: Generated<string>;
  organisation_id: string;
  code: string;
  name: string;
  participates: Generated<boolean>;
  created_at: Generated<Timestamp>;
}

export interface ClaimCategoriesTable {
  id: Generated<string>;
  organisation_id: string;
  department_id: string;
  name: string;
  fiscal: Generated<boolean>;
  limitation_period: Generated<string>;
  created_at: Generated<Timestamp>;
}

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

export interface AuditEventsTable {
  id: Generated<number>;
  organisation_id: string;
  actor: string;
  action: string;
  subject_type: string;
  subject_id: string | null;
  details: GeneratedJson;
  at: Generated<Timestamp>;
}

export interface MigrationsTable {
  name: string;
  applied_at: Generated<Timestamp>;
}

/** The whole database. Each capability adds its tables here (see ARCHITECTURE.md). */
export interface Schema
  extends AccessTables,
    EligibilityTables,
    PlansTables,
    HubTables,
    PaymentsTables,
    JobsTables,
    OpsTables,
    ReportsTables {
  organisations: OrganisationsTable;
  departments: DepartmentsTable;
  claim_categories: ClaimCategoriesTable;
  households: HouseholdsTable;
  debtors: DebtorsTable;
  person_identifiers: PersonIdentifiersTable;
  customer_numbers: CustomerNumbersTable;
  claim_imports: ClaimImportsTable;
  claims: ClaimsTable;
  claim_changes: ClaimChangesTable;
  claim_import_rows: ClaimImportRowsTable;
  debtor_match_suggestions: DebtorMatchSuggestionsTable;
  debtor_merges: DebtorMergesTable;
  audit_events: AuditEventsTable;
  schema_migrations: MigrationsTable;
}
