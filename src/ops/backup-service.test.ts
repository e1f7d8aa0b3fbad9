import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDemoCity } from '../demo/service.ts';
import { ensureDefaultOrganisation } from '../organisations/service.ts';
import { overview } from '../overview/service.ts';
import { type Database, openDatabase } from '../platform/db.ts';
import { migrate } from '../platform/migrate.ts';
import type { Scope } from '../platform/scope.ts';
import { restoreEmbeddedBackup, writeEmbeddedBackup } from './backup-service.ts';

const run = promisify(execFile);
const TODAY = '2026-11-24';
const SMALL_CITY = { today: TODAY, people: 80, claims: 300, seed: 7 };
const work = mkdtempSync(path.join(tmpdir(), 'evs-backup-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every debtor's overview, keyed by national number (ids are kept by a restore, numbers prove it). */
async function overviews(database: Database): Promise<Map<string, unknown>> {
  const orgId = await ensureDefaultOrganisation(database);
  const scope: Scope = { orgId, actor: 'test', lang: 'nl' };
  const debtors = await database.db
    .selectFrom('debtors')
    .select('id')
    .where('organisation_id', '=', orgId)
    .where('merged_into', 'is', null)
    .orderBy('id')
    .execute();
  const result = new Map<string, unknown>();
  for (const { id } of debtors) {
    const r = await overview(database, scope, id, TODAY);
    if (!r.ok) throw new Error(`no overview for ${id}`);
    result.set(id, r.value);
  }
  return result;
}

async function seededCity(database: Database): Promise<Map<string, unknown>> {
  await migrate(database);
  const orgId = await ensureDefaultOrganisation(database);
  await loadDemoCity(database, { orgId, actor: 'system', lang: 'nl' }, SMALL_CITY);
  const before = await overviews(database);
  expect(before.size).toBeGreaterThan(40);
  return before;
}

describe('embedded backup and restore', () => {
  it('restores a backup of a city into an empty folder with every overview unchanged', async () => {
    const source = openDatabase({ databaseUrl: null, dataDir: null });
    const file = path.join(work, 'city.tar.gz');
    let before: Map<string, unknown>;
    try {
      before = await seededCity(source);
      expect(await writeEmbeddedBackup(source, file)).toBeGreaterThan(0);
    } finally {
      await source.close();
    }
    const dataDir = path.join(work, 'restored');
    const restored = await restoreEmbeddedBackup(file, dataDir);
    expect(restored.ok ? restored.value.applied : restored.error).toEqual([]);
    const database = openDatabase({ databaseUrl: null, dataDir });
    try {
      expect(await overviews(database)).toEqual(before);
    } finally {
      await database.close();
    }
    // A second restore into the now filled folder is refused; so is a file that is no backup.
    const again = await restoreEmbeddedBackup(file, dataDir);
    expect(again.ok ? 'restored' : again.error.code).toBe('data_dir_not_empty');
    const notBackup = path.join(work, 'notes.txt');
    writeFileSync(notBackup, 'hello');
    const wrong = await restoreEmbeddedBackup(notBackup, path.join(work, 'other'));
    expect(wrong.ok ? 'restored' : wrong.error.code).toBe('not_a_backup');
    expect(existsSync(`${file}.partial`)).toBe(false);
  });
});

const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) {
  console.warn('PostgreSQL backup/restore test skipped: set DATABASE_URL to a PostgreSQL server to run it.');
}

async function createDatabase(name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl ?? '');
  url.pathname = `/${name}`;
  return url.toString();
}

async function dropDatabase(name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
}

describe.skipIf(!serverUrl)('PostgreSQL backup and restore scripts', () => {
  it('pg-backup.sh and pg-restore.sh carry a city over with every overview unchanged', async () => {
    const suffix = Math.random().toString(36).slice(2, 10);
    const [sourceName, targetName] = [`evs_bk_src_${suffix}`, `evs_bk_dst_${suffix}`];
    const sourceUrl = await createDatabase(sourceName);
    const targetUrl = await createDatabase(targetName);
    const file = path.join(work, 'city.dump');
    try {
      const source = openDatabase({ databaseUrl: sourceUrl, dataDir: null });
      let before: Map<string, unknown>;
      try {
        before = await seededCity(source);
      } finally {
        await source.close();
      }
      await run('scripts/pg-backup.sh', [file], { env: { ...process.env, DATABASE_URL: sourceUrl } });
      await run('scripts/pg-restore.sh', [file], { env: { ...process.env, DATABASE_URL: targetUrl } });
      const target = openDatabase({ databaseUrl: targetUrl, dataDir: null });
      try {
        expect(await migrate(target)).toEqual([]);
        expect(await overviews(target)).toEqual(before);
      } finally {
        await target.close();
      }
      // Restoring over data is refused.
      const refused = await run('scripts/pg-restore.sh', [file], {
        env: { ...process.env, DATABASE_URL: targetUrl },
      }).then(
        () => 'restored',
        (e: { code?: number; stderr?: string }) => `${e.code}: ${e.stderr ?? ''}`,
      );
      expect(refused).toMatch(/^1: refusing to restore/);
    } finally {
      await dropDatabase(sourceName);
      await dropDatabase(targetName);
    }
  });
});
