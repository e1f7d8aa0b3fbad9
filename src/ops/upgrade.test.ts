import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { overview } from '../overview/service.ts';
import { type Database, openDatabase } from '../platform/db.ts';
import { DatabaseNewerThanCodeError, loadMigrations, migrate } from '../platform/migrate.ts';
import { readiness } from './readiness-service.ts';

/**
 * The schema of the previous release: the migrations of EvS's first landed commit (cd1443d). Migrations
 * are frozen once committed, so today's files of these names are that release's schema.
 */
const PREVIOUS_RELEASE = ['0001_foundation.sql'];

const serverUrl = process.env.DATABASE_URL;
let database: Database;
let drop: (() => Promise<void>) | null = null;

/** An EMPTY database (not the migrated test template) on the engine the suite runs on. */
async function emptyDatabase(): Promise<Database> {
  if (!serverUrl) return openDatabase({ databaseUrl: null, dataDir: null });
  const name = `evs_upgrade_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const run = async (q: string) => {
    const c = new pg.Client({ connectionString: serverUrl });
    await c.connect();
    await c.query(q);
    await c.end();
  };
  await run(`CREATE DATABASE ${name}`);
  drop = () => run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return openDatabase({ databaseUrl: url.toString(), dataDir: null });
}

beforeAll(async () => {
  database = await emptyDatabase();
});
afterAll(async () => {
  await database?.close();
  await drop?.();
});

describe('upgrading a database of the previous release', () => {
  let debtorId = '';
  let orgId = '';

  it('creates the previous release schema and fills it with that release’s SQL', async () => {
    const all = await loadMigrations();
    const previous = all.filter((m) => PREVIOUS_RELEASE.includes(m.name));
    expect(previous.map((m) => m.name)).toEqual(PREVIOUS_RELEASE);
    expect(await migrate(database, previous)).toEqual(PREVIOUS_RELEASE);
    const ready = await readiness(database);
    expect(ready.ready).toBe(false);
    expect(ready.pendingMigrations.length).toBe(all.length - previous.length);

    const one = async <T>(q: ReturnType<typeof sql<T>>) => (await q.execute(database.db)).rows[0] as T;
    orgId = (
      await one(
        sql<{
          id: string;
        }>`INSERT INTO organisations (code, name) VALUES ('default', 'Oudstad') RETURNING id`,
      )
    ).id;
    const dep = await one(
      sql<{
        id: string;
      }>`INSERT INTO departments (organisation_id, code, name) VALUES (${orgId}, 'SCHOOL', 'Scholen') RETURNING id`,
    );
    const cat = await one(
      sql<{ id: string }>`INSERT INTO claim_categories (organisation_id, department_id, name)
        VALUES (${orgId}, ${dep.id}, 'Schoolmaaltijden') RETURNING id`,
    );
    debtorId = (
      await one(
        sql<{ id: string }>`INSERT INTO debtors (organisation_id, name, postal_code, city)
          VALUES (${orgId}, 'Jan Testmans', '9000', 'Gent') RETURNING id`,
      )
    ).id;
    await sql`INSERT INTO person_identifiers (organisation_id, kind, value, debtor_id)
      VALUES (${orgId}, 'be', '85073003328', ${debtorId})`.execute(database.db);
    await sql`INSERT INTO claims (organisation_id, department_id, claim_id, debtor_id, category_id, principal, paid, due_date, status)
      VALUES (${orgId}, ${dep.id}, 'S-1', ${debtorId}, ${cat.id}, 12000, 2000, '2026-01-31', 'open'),
             (${orgId}, ${dep.id}, 'S-2', ${debtorId}, ${cat.id}, 5000, 0, '2026-03-31', 'open'),
             (${orgId}, ${dep.id}, 'S-3', ${debtorId}, ${cat.id}, 700, 700, '2025-12-31', 'paid')`.execute(
      database.db,
    );
  });

  it('upgrades to the current schema, keeps the data, and today’s code reads it', async () => {
    const all = await loadMigrations();
    const applied = await migrate(database);
    expect(applied).toEqual(all.map((m) => m.name).filter((n) => !PREVIOUS_RELEASE.includes(n)));
    expect(await migrate(database)).toEqual([]);
    expect((await readiness(database)).ready).toBe(true);
    const r = await overview(database, { orgId, actor: 'test', lang: 'nl' }, debtorId, '2026-11-24');
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.claims.map((c) => c.claimId).sort()).toEqual(['S-1', 'S-2', 'S-3']);
    expect(r.value.totals.open).toBe(10000 + 5000);
  });

  it('rolls a failing migration back whole and refuses a database newer than the code', async () => {
    const all = await loadMigrations();
    const broken = { name: '9998_broken.sql', sql: 'CREATE TABLE half_done (a int);\nSELECT 1 / 0;' };
    await expect(migrate(database, [...all, broken])).rejects.toThrow();
    const half = await sql<{ n: number }>`SELECT count(*)::int AS n FROM information_schema.tables
      WHERE table_name = 'half_done'`.execute(database.db);
    expect(Number(half.rows[0]?.n)).toBe(0);
    expect(
      await database.db
        .selectFrom('schema_migrations')
        .select('name')
        .where('name', '=', broken.name)
        .execute(),
    ).toEqual([]);

    await database.db
      .insertInto('schema_migrations')
      .values({ name: '9999_from_a_newer_release.sql' })
      .execute();
    await expect(migrate(database)).rejects.toBeInstanceOf(DatabaseNewerThanCodeError);
  });
});
