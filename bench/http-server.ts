/**
 * The server side of `npm run bench -- http`, in its own process: a fresh database on one engine with
 * a city's claims, a signed-in finance user, the real app listening on a free port. On the message
 * `import` it imports a generated claims file as an upload would, and answers when done.
 */
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { signedInUser } from '../src/access/access.test-support.ts';
import { buildApp } from '../src/app.ts';
import { importClaims } from '../src/claims/import-service.ts';
import { addDepartment, ensureDefaultOrganisation } from '../src/organisations/service.ts';
import { loadConfig } from '../src/platform/config.ts';
import { type Database, openDatabase } from '../src/platform/db.ts';
import { migrate } from '../src/platform/migrate.ts';
import { runInOrganisation } from '../src/platform/tenant.ts';
import { createScratchPostgres } from '../src/testing/db.ts';
import { writeClaimsCsv } from './import.bench.ts';
import { loadClaimsOnly } from './overview.bench.ts';

export interface ServerReady {
  readonly engine: string;
  readonly url: string;
  readonly cookie: string;
  readonly debtorId: string;
}

async function open(databaseUrl: string | null) {
  if (!databaseUrl) {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'evs-bench-http-'));
    const database = openDatabase({ databaseUrl: null, dataDir });
    return { database, drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
  }
  const scratch = await createScratchPostgres(databaseUrl);
  const database = openDatabase({ databaseUrl: scratch.url, dataDir: null });
  const drop = scratch.drop;
  return { database, drop };
}

async function importDuringBench(database: Database, orgId: string, claims: number): Promise<number> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'evs-bench-upload-'));
  try {
    const file = path.join(dir, 'upload.csv');
    await writeClaimsCsv(file, claims, Math.round(claims * 0.3));
    const scope = { orgId, actor: 'bench', lang: 'nl' as const };
    await addDepartment(database, scope, 'UPLOAD', 'Upload');
    const start = process.hrtime.bigint();
    const r = await runInOrganisation(orgId, () =>
      importClaims(database, scope, { departmentCode: 'UPLOAD', input: createReadStream(file) }),
    );
    if (!r.ok || r.value.rejectedWhole) throw new Error('the upload during the benchmark failed');
    return Number(process.hrtime.bigint() - start) / 1e9;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function serve(databaseUrl: string | null, people: number): Promise<void> {
  const { database, drop } = await open(databaseUrl);
  await migrate(database);
  const orgId = await ensureDefaultOrganisation(database);
  const scope = { orgId, actor: 'bench', lang: 'nl' as const };
  await loadClaimsOnly(database, scope, { people, claims: Math.round(people * 2.5) });
  const finance = await signedInUser(database, scope, 'finance@bench', ['finance']);
  // a person with a typical number of claims (the median), not the largest
  const picked = await sql<{ debtor_id: string }>`
    SELECT debtor_id FROM claims GROUP BY debtor_id ORDER BY count(*), debtor_id
    OFFSET (SELECT count(DISTINCT debtor_id) / 2 FROM claims) LIMIT 1`.execute(database.db);
  // the load comes from 50 pretend clients behind a local proxy (X-Forwarded-For), see http.bench.ts
  const config = loadConfig({ ...process.env, PORT: '0', EVS_TRUSTED_PROXIES: '127.0.0.1' });
  const app = await buildApp({ config, database, today: () => '2026-11-24', webRoot: 'web/dist' });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  const ready: ServerReady = {
    engine: database.engine,
    url,
    cookie: finance.headers.cookie ?? '',
    debtorId: picked.rows[0]?.debtor_id ?? '',
  };
  process.on('message', (m: { kind: string; claims?: number }) => {
    if (m.kind === 'import') {
      importDuringBench(database, orgId, m.claims ?? 200_000).then(
        (seconds) => process.send?.({ kind: 'imported', seconds }),
        (e: unknown) => process.send?.({ kind: 'failed', message: String(e) }),
      );
    } else if (m.kind === 'stop') {
      void app
        .close()
        .then(() => database.close())
        .then(drop)
        .finally(() => process.exit(0));
    }
  });
  process.send?.({ kind: 'ready', ...ready });
}
