import { sql } from 'kysely';
import type { Config } from '../platform/config.ts';
import type { Database } from '../platform/db.ts';

/**
 * Reasons a production server must not start, found in the database (the configuration itself is
 * checked by readConfig): users with a published demo password.
 */
export async function productionProblems(config: Pick<Config, 'env'>, database: Database): Promise<string[]> {
  if (config.env !== 'production') return [];
  const r = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM users WHERE demo AND active`.execute(database.db);
  const demoUsers = Number(r.rows[0]?.n ?? 0);
  return demoUsers > 0
    ? [
        `${demoUsers} demo user(s) with a published password exist: deactivate or delete them ` +
          '(npx evs users …) or start with NODE_ENV=development',
      ]
    : [];
}
