import type { ColumnType } from 'kysely';

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
