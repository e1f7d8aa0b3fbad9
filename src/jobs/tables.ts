import type { ColumnType, Generated } from 'kysely';

// Own column types (same as src/platform/schema.ts): importing those back would make the types circular.
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type NullableJson = ColumnType<unknown, string | null | undefined, string | null>;

export type JobStatus = 'queued' | 'running' | 'done' | 'dead';

export interface JobsTable {
  id: Generated<string>;
  name: string;
  organisation_id: string;
  slot: string;
  today: string;
  status: Generated<JobStatus>;
  attempts: Generated<number>;
  max_attempts: Generated<number>;
  run_at: Timestamp;
  locked_by: string | null;
  locked_until: NullableTimestamp;
  last_error: string | null;
  result: NullableJson;
  created_at: Timestamp;
  finished_at: NullableTimestamp;
}

export interface JobRunsTable {
  id: Generated<string>;
  job_id: string;
  attempt: number;
  instance: string;
  started_at: Timestamp;
  finished_at: NullableTimestamp;
  outcome: 'ok' | 'failed' | 'interrupted' | null;
  error: string | null;
}

export interface JobsTables {
  jobs: JobsTable;
  job_runs: JobRunsTable;
}

declare module '../platform/schema.ts' {
  interface Schema extends JobsTables {}
}
