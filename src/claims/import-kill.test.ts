import { type ChildProcess, spawn } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JOBS } from '../jobs/registry.ts';
import { createJobRunner } from '../jobs/runner-service.ts';
import { runJobNow } from '../jobs/service.ts';
import { addDepartment } from '../organisations/service.ts';
import { createTestDatabase, type TestDatabase } from '../testing/db.ts';
import { importClaims } from './import-service.ts';

/**
 * A real kill -9: the `evs import claims` command runs in a child process on a scratch PostgreSQL
 * database and is killed once its rows are staged (its merge is held up by a lock this test takes, so
 * the moment is certain). The scheduled job `claims.clean-dead-imports` then cleans up in this process,
 * without any restart, and the same file imports afresh.
 *
 * PostgreSQL only: the embedded engine is one process, so killing an import there kills the server
 * itself, and its next start cleans up (src/cli/context.ts, src/main.ts).
 */
const serverUrl = process.env.DATABASE_URL;
const ROWS = 20_000;
const HEADER =
  'vordering_id;rijksregisternummer;klantnummer;naam;geboortedatum;straat;huisnummer;postcode;gemeente;categorie;hoofdsom;vervaldatum';
const row = (i: number) =>
  `K-${i};85.07.30-997.34;K-${i};Jan Testmans;30/07/1985;Teststraat;1;9000;Gent;Schoolmaaltijden;10,00;15/01/2026`;

describe.skipIf(!serverUrl)('a claims import killed with SIGKILL', () => {
  let t: TestDatabase;
  let folder = '';
  let file = '';
  let databaseUrl = '';

  beforeAll(async () => {
    t = await createTestDatabase();
    const d = await addDepartment(t.database, t.scope(), 'SCHOOL', 'Scholen');
    if (!d.ok) throw new Error(d.error.message);
    const name = await sql<{ db: string }>`SELECT current_database() AS db`.execute(t.database.db);
    const url = new URL(serverUrl ?? '');
    url.pathname = `/${name.rows[0]?.db}`;
    databaseUrl = url.toString();
    folder = await mkdtemp(path.join(tmpdir(), 'evs-kill-'));
    file = path.join(folder, 'school.csv');
    const lines = [HEADER];
    for (let i = 1; i <= ROWS; i++) lines.push(row(i));
    await writeFile(file, `${lines.join('\r\n')}\r\n`);
  });
  afterAll(async () => {
    await t?.close();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  const count = async (table: 'claim_import_rows' | 'claims') =>
    Number(
      (
        await t.database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const imports = () =>
    t.database.db.selectFrom('claim_imports').select(['id', 'status']).orderBy('started_at').execute();
  const runHousekeeping = async () => {
    const queued = await runJobNow(t.database, t.scope(), 'claims.clean-dead-imports', '2026-11-24');
    expect(queued.ok).toBe(true);
    const quiet = { info() {}, warn() {}, error() {} };
    await createJobRunner({
      database: t.database,
      jobs: JOBS,
      config: { enabled: true, pollMs: 100, leaseSeconds: 30, schedules: {}, sweepDays: [] },
      timeZone: 'Europe/Brussels',
      logger: quiet,
      instance: 'test',
    }).drain();
  };

  it('leaves staged rows that the housekeeping job cleans, and the same file then imports', async () => {
    // Hold the merge up: it writes claim_changes, which nothing before the staging touches.
    const blocker = new pg.Client({ connectionString: databaseUrl });
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE claim_changes IN ACCESS EXCLUSIVE MODE');
    let child: ChildProcess | null = null;
    try {
      child = spawn(
        process.execPath,
        ['bin/evs.js', 'import', 'claims', file, '--department', 'SCHOOL', '--json'],
        { env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: 'ignore' },
      );
      const exited = new Promise<NodeJS.Signals | null>((resolve) =>
        child?.on('exit', (_code, signal) => resolve(signal)),
      );
      const deadline = Date.now() + 15_000;
      while ((await count('claim_import_rows')) < ROWS) {
        if (Date.now() > deadline) throw new Error('the import never staged its rows');
        await new Promise((r) => setTimeout(r, 100));
      }
      child.kill('SIGKILL');
      expect(await exited).toBe('SIGKILL');
    } finally {
      if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await blocker.query('ROLLBACK');
      await blocker.end();
    }

    // What the kill left: a running import and its staged rows, no claims.
    const [killed] = await imports();
    expect(killed?.status).toBe('running');
    expect(await count('claim_import_rows')).toBe(ROWS);
    expect(await count('claims')).toBe(0);

    // While its heartbeat is fresh the job leaves it alone (it could be a live import on another instance)…
    await runHousekeeping();
    expect((await imports())[0]?.status).toBe('running');
    expect(await count('claim_import_rows')).toBe(ROWS);

    // …and once the heartbeat is older than 2 minutes (time passes: no renewal comes from a dead process),
    // the scheduled job marks it interrupted and drops its rows, in this process, no restart.
    await sql`UPDATE claim_imports SET heartbeat_at = heartbeat_at - interval '3 minutes' WHERE id = ${killed?.id ?? ''}`.execute(
      t.database.db,
    );
    await runHousekeeping();
    expect((await imports())[0]?.status).toBe('interrupted');
    expect(await count('claim_import_rows')).toBe(0);

    // The same file imports afresh.
    const again = await importClaims(t.database, t.scope(), {
      departmentCode: 'SCHOOL',
      input: createReadStream(file),
    });
    expect(again.ok && again.value.report).toMatchObject({ rows: ROWS, created: ROWS });
    expect(await count('claims')).toBe(ROWS);
    expect(await count('claim_import_rows')).toBe(0);
  }, 60_000);
});
