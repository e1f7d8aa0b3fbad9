import { readdir, readFile } from 'node:fs/promises';
import { sql } from 'kysely';
import type { Database } from './db.ts';

const MIGRATIONS_DIR = new URL('./migrations/', import.meta.url);

export interface Migration {
  readonly name: string;
  readonly sql: string;
}

export async function loadMigrations(): Promise<Migration[]> {
  const files = (await readdir(MIGRATIONS_DIR)).filter((f) => /^\d{4}_[\w-]+\.sql$/.test(f)).sort();
  return Promise.all(
    files.map(async (name) => ({ name, sql: await readFile(new URL(name, MIGRATIONS_DIR), 'utf8') })),
  );
}

export class DatabaseNewerThanCodeError extends Error {
  constructor(readonly unknown: string[]) {
    super(
      `The database has migrations this version of EvS does not know (${unknown.join(', ')}): ` +
        'it was upgraded by a newer release. Run that release, or restore a backup.',
    );
  }
}

/**
 * Applies pending migrations in order, each in its own transaction, forward only. Two instances
 * starting together are serialised by an advisory lock.
 */
export async function migrate(database: Database, migrations?: Migration[]): Promise<string[]> {
  const all = migrations ?? (await loadMigrations());
  const { db } = database;
  await sql`CREATE TABLE IF NOT EXISTS schema_migrations (
    name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`.execute(db);
  const applied: string[] = [];
  await db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(4242)`.execute(trx);
  });
  const done = new Set(
    (await db.selectFrom('schema_migrations').select('name').execute()).map((r) => r.name),
  );
  const known = new Set(all.map((m) => m.name));
  const unknown = [...done].filter((n) => !known.has(n));
  if (unknown.length > 0) throw new DatabaseNewerThanCodeError(unknown);
  for (const m of all) {
    if (done.has(m.name)) continue;
    await db.transaction().execute(async (trx) => {
      await sql`SELECT pg_advisory_xact_lock(4242)`.execute(trx);
      const again = await trx
        .selectFrom('schema_migrations')
        .select('name')
        .where('name', '=', m.name)
        .executeTakeFirst();
      if (again) return;
      await database.execScript(trx, m.sql);
      await trx.insertInto('schema_migrations').values({ name: m.name }).execute();
      applied.push(m.name);
    });
  }
  return applied;
}

export async function pendingMigrations(database: Database): Promise<string[]> {
  const all = await loadMigrations();
  const done = new Set(
    (
      await database.db
        .selectFrom('schema_migrations')
        .select('name')
        .execute()
        .catch(() => [])
    ).map((r) => r.name),
  );
  return all.map((m) => m.name).filter((n) => !done.has(n));
}
