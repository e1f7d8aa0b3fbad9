import { sql } from 'kysely';
import type { Executor } from '../platform/db.ts';

/**
 * Which columns a table has, empty when the table does not exist. Reports and the OSLO export read
 * tables of other capabilities (plans, payments, eligibility) only when these exist with the columns
 * they need, so a missing capability yields zero or absent figures, never an error.
 */
export async function columnsOf(db: Executor, table: string): Promise<ReadonlySet<string>> {
  const r = await sql<{ column_name: string }>`
    SELECT column_name FROM information_schema.columns
    WHERE table_schema = current_schema() AND table_name = ${table}`.execute(db);
  return new Set(r.rows.map((x) => x.column_name));
}

/** True when every table exists with every column named: `{ plans: ['id', 'status'] }`. */
export async function hasColumns(
  db: Executor,
  needs: Readonly<Record<string, readonly string[]>>,
): Promise<boolean> {
  for (const [table, columns] of Object.entries(needs)) {
    const have = await columnsOf(db, table);
    if (!columns.every((c) => have.has(c))) return false;
  }
  return true;
}
