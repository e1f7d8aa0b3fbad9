import type { ColumnType, Generated } from 'kysely';
import type { Fact, FactKind } from '../kernel/eligibility/facts.ts';
import type { StoredExplanation } from './stored-explanation.ts';
import type { DecisionChange } from './sweep-change.ts';

export type { DecisionChange };

// Own column types (same as src/platform/schema.ts): importing those back would make the types circular.
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Json<T> = ColumnType<T, string, string>;
type NullableJson<T> = ColumnType<T | null, string | null, string | null>;

export const WORKLIST_REASONS = [
  'new_eligible',
  'no_longer_eligible',
  'profile_changed',
  'early_signal',
] as const;
export type WorklistReason = (typeof WORKLIST_REASONS)[number];
export type WorklistStatus = 'open' | 'accepted' | 'dismissed';

export interface EligibilityFactsTable {
  id: Generated<string>;
  organisation_id: string;
  fact_key: string;
  person_kind: 'be' | 'nl' | null;
  person_value: string | null;
  debtor_id: string | null;
  kind: FactKind;
  code: string;
  source: string;
  period_from: string;
  period_to: string | null;
  data: Json<Fact>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface EligibilityRulesetsTable {
  id: Generated<string>;
  organisation_id: string;
  version: number;
  effective_from: string;
  body: Json<Record<string, unknown>>;
  created_by: string;
  created_at: Timestamp;
}

export interface EligibilitySweepsTable {
  id: Generated<string>;
  organisation_id: string;
  evaluation_date: string;
  ruleset_id: string;
  status: 'running' | 'done';
  people: Generated<number>;
  eligible: Generated<number>;
  changed: Generated<number>;
  worklist: Generated<number>;
  started_by: string;
  started_at: Timestamp;
  finished_at: NullableTimestamp;
}

export interface EligibilityPopulationTable {
  sweep_id: string;
  organisation_id: string;
  seq: number;
  debtor_id: string;
  open_cents: number;
  departments: number;
}

export interface EligibilityDecisionsTable {
  sweep_id: string;
  organisation_id: string;
  debtor_id: string;
  eligible: boolean;
  profile: string;
  score: number;
  open_cents: number;
  departments: number;
  rights: Json<string[]>;
  change: DecisionChange;
  explanation: NullableJson<StoredExplanation>;
}

export interface EligibilityCurrentTable {
  organisation_id: string;
  debtor_id: string;
  eligible: boolean;
  profile: string;
  rights: Json<string[]>;
  since: string;
  last_change: DecisionChange;
  sweep_id: string;
}

export interface EligibilityWorklistTable {
  id: Generated<string>;
  organisation_id: string;
  debtor_id: string;
  reason: WorklistReason;
  sweep_id: string | null;
  fact_id: string | null;
  profile_before: string | null;
  profile_after: string | null;
  eligible_after: boolean | null;
  status: Generated<WorklistStatus>;
  resolution: string | null;
  decided_by: string | null;
  decided_at: NullableTimestamp;
  created_at: Timestamp;
  dedupe_key: string;
}

export interface EligibilityRightGrantsTable {
  seq: Generated<number>;
  organisation_id: string;
  debtor_id: string;
  right_code: string;
  period_from: string;
  period_to: string | null;
  granted: boolean;
  evaluation_date: string;
  sweep_id: string;
  published_at: Timestamp;
}

export interface EligibilityTables {
  eligibility_facts: EligibilityFactsTable;
  eligibility_rulesets: EligibilityRulesetsTable;
  eligibility_sweeps: EligibilitySweepsTable;
  eligibility_population: EligibilityPopulationTable;
  eligibility_decisions: EligibilityDecisionsTable;
  eligibility_current: EligibilityCurrentTable;
  eligibility_worklist: EligibilityWorklistTable;
  eligibility_right_grants: EligibilityRightGrantsTable;
}

declare module '../platform/schema.ts' {
  interface Schema extends EligibilityTables {}
}
