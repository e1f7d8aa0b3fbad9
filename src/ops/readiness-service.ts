import { sql } from 'kysely';
import type { Database } from '../platform/db.ts';
import { pendingMigrations } from '../platform/migrate.ts';

export interface Readiness {
  readonly ready: boolean;
  readonly database: 'ok' | 'unreachable';
  /** Migrations the code has and the database has not (an instance of a newer release waits for them). */
  readonly pendingMigrations: string[];
}

/** Ready = the database answers and its schema is the one this code expects. */
export async function readiness(database: Database, timeoutMs = 2000): Promise<Readiness> {
  const reachable = await Promise.race([
    sql`SELECT 1`.execute(database.db).then(
      () => true,
      () => false,
    ),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs).unref()),
  ]);
  if (!reachable) return { ready: false, database: 'unreachable', pendingMigrations: [] };
  const pending = await pendingMigrations(database);
  return { ready: pending.length === 0, database: 'ok', pendingMigrations: pending };
}
