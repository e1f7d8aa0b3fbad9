import { existsSync, readdirSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'kysely';
import { err, ok, type Result } from '../kernel/result.ts';
import type { Database } from '../platform/db.ts';
import { openDatabase } from '../platform/db.ts';
import { type Failure, failure } from '../platform/errors.ts';
import { migrate } from '../platform/migrate.ts';

/**
 * Backup and restore of the embedded database: a gzip tarball of its data folder, taken between
 * transactions (so consistent). PostgreSQL is backed up with pg_dump (scripts/pg-backup.sh).
 */
export async function writeEmbeddedBackup(database: Database, file: string): Promise<number> {
  if (database.engine !== 'pglite') throw new Error('writeEmbeddedBackup is for the embedded database');
  // A first query waits until the engine has opened its folder (a dump before that never answers).
  await sql`SELECT 1`.execute(database.db);
  const dump = await database.dumpEmbedded();
  // Write beside and rename: a crash never leaves a half-written file under the final name.
  const partial = `${file}.partial`;
  await writeFile(partial, dump);
  await rename(partial, file);
  return dump.byteLength;
}

/**
 * Loads a backup into `dataDir`, which must be missing or empty (refusing to overwrite data), then
 * brings the schema up to this release (a backup of an older release is upgraded).
 */
export async function restoreEmbeddedBackup(
  file: string,
  dataDir: string,
): Promise<Result<{ applied: string[] }, Failure>> {
  if (!existsSync(file)) return err(failure('not_found', 'no_backup_file', `Backup file not found: ${file}`));
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
    return err(
      failure(
        'conflict',
        'data_dir_not_empty',
        `The data folder ${dataDir} is not empty: move it away first (restore never overwrites data).`,
      ),
    );
  }
  const bytes = new Uint8Array(await readFile(file));
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) {
    return err(
      failure('invalid', 'not_a_backup', `${path.basename(file)} is not an EvS backup (gzip tarball).`),
    );
  }
  await mkdir(dataDir, { recursive: true });
  const database = openDatabase({ databaseUrl: null, dataDir }, { loadDataDir: bytes });
  try {
    const applied = await migrate(database);
    return ok({ applied });
  } finally {
    await database.close();
  }
}
