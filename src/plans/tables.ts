import type { ColumnType, Generated } from 'kysely';
import type { Timestamp } from '../platform/column-types.ts';

type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Json<T> = ColumnType<T, string, string>;
type NullableJson<T> = ColumnType<T | null, string | null | undefined, string | null>;
type Optional<T> = ColumnType<T | null, T | null | undefined, T | null>;

export interface PlanSettingsTable {
  organisation_id: string;
  creditor_name: string;
  iban: string;
  bic: string | null;
  contact: string;
  /** 0931_plan_settings_contact.sql: the contact details on letters, one field each. */
  contact_service: Optional<string>;
  contact_person: Optional<string>;
  contact_phone: Optional<string>;
  contact_email: Optional<string>;
  place: string;
  min_instalment: Generated<number>;
  max_months: Generated<number>;
  day_of_month: Generated<number>;
  waive_charges: Generated<boolean>;
  missed_threshold: Generated<number>;
  living_allowance: NullableJson<Record<string, unknown>>;
  policy: NullableJson<Record<string, unknown>>;
  updated_at: Timestamp;
}

export interface LegalTablesTable {
  id: Generated<string>;
  organisation_id: string;
  version: string;
  body: Json<Record<string, unknown>>;
  added_by: string;
  added_at: Timestamp;
}

export interface EvsFilesTable {
  id: Generated<string>;
  organisation_id: string;
  debtor_id: string;
  household_id: string | null;
  partner_debtor_id: string | null;
  status: Generated<'open' | 'closed'>;
  milestone: Generated<string>;
  opened_at: Timestamp;
  opened_by: string;
  closed_at: NullableTimestamp;
  close_reason: string | null;
  consent_date: string;
  consent_form: string;
  consent_evidence: string;
  partner_consent_date: string | null;
  partner_consent_evidence: string | null;
  referral: Generated<boolean>;
  referral_details: NullableJson<Record<string, unknown>>;
  version: Generated<number>;
}

export interface ClaimReductionsTable {
  id: Generated<string>;
  organisation_id: string;
  claim_id: string;
  /** The EvS file for a bundling waiver; null for a reduction proposed from a local right. */
  file_id: string | null;
  amount: number;
  reason: string;
  created_by: string;
  created_at: Timestamp;
  /** 0350: 'bundling' lowered claims.charges when bundled; 'right' lowers claims.principal once accepted. */
  source: Generated<'bundling' | 'right'>;
  status: Generated<'proposed' | 'accepted' | 'rejected'>;
  debtor_id: Optional<string>;
  right_code: Optional<string>;
  period_from: Optional<string>;
  period_to: Optional<string>;
  proposed_amount: Optional<number>;
  decided_by: Optional<string>;
  decided_at: NullableTimestamp;
  decision_note: Optional<string>;
}

export type PlanStatusColumn = 'proposed' | 'accepted' | 'active' | 'completed' | 'cancelled';

export interface PlansTable {
  id: Generated<string>;
  organisation_id: string;
  file_id: string;
  debtor_id: string;
  status: PlanStatusColumn;
  reference: string;
  start_amount: number;
  monthly: number;
  paid: Generated<number>;
  strategy: Generated<'pro_rata' | 'oldest_first' | 'priority'>;
  priority: NullableJson<string[]>;
  basis: Generated<string>;
  legal_table_version: string | null;
  legal_table_warning: string | null;
  capacity_explanation: NullableJson<unknown[]>;
  cancellation_reason: string | null;
  version: Generated<number>;
  created_by: string;
  created_at: Timestamp;
  accepted_at: NullableTimestamp;
  updated_at: Timestamp;
  /** Why a plan above the repayment capacity was proposed anyway (migration 0919). */
  over_capacity_reason: Generated<string | null>;
  accepted_on: Generated<string | null>;
  accepted_channel: Generated<AcceptanceChannel | null>;
}

export type AcceptanceChannel = 'letter_signed' | 'counter' | 'phone' | 'email';

export interface PlanClaimsTable {
  organisation_id: string;
  plan_id: string;
  claim_id: string;
  bundled_open: number;
  allocated: Generated<number>;
}

export interface PlanInstalmentsTable {
  id: Generated<string>;
  organisation_id: string;
  plan_id: string;
  seq: number;
  due_date: string;
  amount: number;
  paid: Generated<number>;
}

export interface PlanActivitiesTable {
  id: Generated<string>;
  organisation_id: string;
  plan_id: string;
  type: string;
  oslo_class: string;
  date_time: Timestamp;
  on_date: string;
  actor: string;
  reason: string | null;
  amount: number | null;
  version: number;
}

export interface JourneyMilestonesTable {
  id: Generated<string>;
  organisation_id: string;
  file_id: string;
  milestone: string;
  reached_on: string;
  actor: string;
  note: string | null;
  created_at: Timestamp;
}

export type ContactChannel = 'letter' | 'phone' | 'email' | 'sms' | 'home_visit';

export interface ContactAttemptsTable {
  id: Generated<string>;
  organisation_id: string;
  file_id: string;
  channel: ContactChannel;
  attempted_on: string;
  reached: boolean;
  note: string | null;
  actor: string;
  created_at: Timestamp;
}

export interface JourneyTasksTable {
  id: Generated<string>;
  organisation_id: string;
  file_id: string;
  title: string;
  due_date: string;
  status: Generated<'open' | 'done'>;
  source_key: string | null;
  created_by: string;
  created_at: Timestamp;
  done_at: NullableTimestamp;
  done_by: string | null;
}

export interface PlanRemindersTable {
  id: Generated<string>;
  organisation_id: string;
  plan_id: string;
  instalment_id: string;
  detected_on: string;
  lang: string;
  text: string;
  created_at: Timestamp;
}

export interface FeedEventsTable {
  seq: Generated<number>;
  organisation_id: string;
  department_id: string;
  claim_id: string;
  /** Open-ended: `bundled`, `plan_active`, `paid`, `released`, later `allocation` (Payments). */
  event_type: string;
  event_key: string;
  payload: Json<Record<string, unknown>>;
  occurred_at: Timestamp;
}

export interface WebhookEndpointsTable {
  id: Generated<string>;
  organisation_id: string;
  department_id: string;
  url: string;
  secret: string;
  active: Generated<boolean>;
  created_by: string;
  created_at: Timestamp;
}

export interface WebhookDeliveriesTable {
  id: Generated<string>;
  organisation_id: string;
  endpoint_id: string;
  event_seq: number;
  status: Generated<'pending' | 'delivered' | 'failed'>;
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  last_status: number | null;
  last_error: string | null;
  delivered_at: NullableTimestamp;
}

export interface WebhookAttemptsTable {
  id: Generated<number>;
  organisation_id: string;
  delivery_id: string;
  attempted_at: Timestamp;
  http_status: number | null;
  error: string | null;
  duration_ms: number;
}

/** The tables of plans, journey and feed (migration 0300_plans.sql). */
export interface PlansTables {
  plan_settings: PlanSettingsTable;
  legal_tables: LegalTablesTable;
  evs_files: EvsFilesTable;
  claim_reductions: ClaimReductionsTable;
  plans: PlansTable;
  plan_claims: PlanClaimsTable;
  plan_instalments: PlanInstalmentsTable;
  plan_activities: PlanActivitiesTable;
  journey_milestones: JourneyMilestonesTable;
  contact_attempts: ContactAttemptsTable;
  journey_tasks: JourneyTasksTable;
  plan_reminders: PlanRemindersTable;
  feed_events: FeedEventsTable;
  webhook_endpoints: WebhookEndpointsTable;
  webhook_deliveries: WebhookDeliveriesTable;
  webhook_attempts: WebhookAttemptsTable;
}

declare module '../platform/schema.ts' {
  interface Schema extends PlansTables {}
}
