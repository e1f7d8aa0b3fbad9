import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import pg from 'pg';
import { ensureDefaultOrganisation } from '../organisations/service.ts';
import { loadConfig } from '../platform/config.ts';
import { type Database, openDatabase } from '../platform/db.ts';
import { migrate } from '../platform/migrate.ts';
import type { Lang, Scope } from '../platform/scope.ts';
import { TEMPLATE_PATH } from './template-path.ts';

export interface TestDatabase {
  readonly database: Database;
  readonly orgId: string;
  scope(lang?: Lang, actor?: string): Scope;
  close(): Promise<void>;
}

/**
 * A fresh, migrated database with the default organisation: a new database on the PostgreSQL server
 * when DATABASE_URL is set (dropped on close), else an in-memory embedded one (started from the
 * migrated template that vitest's global setup dumps, which skips initdb).
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const config = loadConfig();
  let database: Database;
  let drop: (() => Promise<void>) | null = null;
  if (config.databaseUrl) {
    const scratch = await createScratchPostgres(config.databaseUrl);
    database = openDatabase({ databaseUrl: scratch.url, dataDir: null });
    drop = scratch.drop;
  } else {
    const template = existsSync(TEMPLATE_PATH) ? new Uint8Array(readFileSync(TEMPLATE_PATH)) : undefined;
    database = openDatabase({ databaseUrl: null, dataDir: null }, template ? { loadDataDir: template } : {});
  }
  await migrate(database);
  const orgId = await ensureDefaultOrganisation(database);
  return {
    database,
    orgId,
    scope: (lang = 'nl', actor = 'test') => ({ orgId, actor, lang }),
    async close() {
      await database.close();
      await drop?.();
    },
  };
}

/** A new, empty database on the PostgreSQL server of `serverUrl`, and how to drop it. */
export async function createScratchPostgres(
  serverUrl: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `evs_test_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
