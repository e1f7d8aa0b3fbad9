import type { ColumnType } from 'kysely';

// Own column types (as src/jobs/tables.ts): importing src/platform/schema.ts would make them circular.
type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** bigint: pg returns it as text, PGlite as a number; written as a number. */
type BigIntColumn = ColumnType<string | number, number, number>;

export interface RateLimitsTable {
  bucket: string;
  client_key: string;
  window_start: BigIntColumn;
  expires_at: Timestamp;
  hits: number;
}

export interface OpsTables {
  rate_limits: RateLimitsTable;
}

declare module '../platform/schema.ts' {
  interface Schema extends OpsTables {}
}
