import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../platform/db.ts';
import { migrate } from '../platform/migrate.ts';
import { TEMPLATE_PATH } from './template-path.ts';

/** Migrates one embedded database and dumps it, so each test file starts in well under a second. */
export default async function setup(): Promise<void> {
  if (process.env.DATABASE_URL) return;
  const database = openDatabase({ databaseUrl: null, dataDir: null });
  await migrate(database);
  const dump = await database.dumpEmbedded();
  await database.close();
  mkdirSync(path.dirname(TEMPLATE_PATH), { recursive: true });
  writeFileSync(TEMPLATE_PATH, dump);
}
