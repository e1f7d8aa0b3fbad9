import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JOBS } from '../jobs/registry.ts';
import { createJobRunner } from '../jobs/runner-service.ts';
import { runJobNow } from '../jobs/service.ts';
import { addDepartment } from '../organisations/service.ts';
import { createTestDatabase, type TestDatabase } from '../testing/db.ts';
import { importClaims } from './import-service.ts';
import { insertImport } from './import-store.ts';

const HEADER =
  'vordering_id;rijksregisternummer;klantnummer;naam;geboortedatum;straat;huisnummer;postcode;gemeente;categorie;hoofdsom;vervaldatum';
const ROW = (i: number) =>
  `S-${i};85.07.30-997.34;K-${i};Jan Testmans;30/07/1985;Teststraat;1;9000;Gent;Schoolmaaltijden;10,00;15/01/2026`;

let t: TestDatabase;
let departmentId = '';
beforeAll(async () => {
  t = await createTestDatabase();
  const d = await addDepartment(t.database, t.scope(), 'SCHOOL', 'Scholen');
  if (!d.ok) throw new Error(d.error.message);
  departmentId = d.value.id;
});
afterAll(() => t.close());

const statusOf = async (id: string) =>
  (
    await t.database.db
      .selectFrom('claim_imports')
      .select('status')
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
  ).status;
const stagedRows = async () =>
  Number(
    (
      await t.database.db
        .selectFrom('claim_import_rows')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('a claims import that cannot finish', () => {
  it('refuses a file with a NUL byte with a row-numbered error, and leaves no import running', async () => {
    const text = [HEADER, ROW(1), `${ROW(2)}\u0000`, ROW(3)].join('\r\n');
    const r = await importClaims(t.database, t.scope('en'), {
      departmentCode: 'SCHOOL',
      input: Readable.from([Buffer.from(text, 'utf8')]),
    });
    expect(r.ok ? null : r.error).toMatchObject({ code: 'nul_character', message: /Row 3: contains a NUL/ });
    const running = await t.database.db
      .selectFrom('claim_imports')
      .select('id')
      .where('status', '=', 'running')
      .execute();
    expect(running).toEqual([]);
    expect(await stagedRows()).toBe(0);
  });

  it('marks an import interrupted (not running) when its input breaks midway', async () => {
    async function* breaking() {
      yield Buffer.from(`${HEADER}\r\n${ROW(1)}\r\n`);
      throw new Error('connection reset');
    }
    await expect(
      importClaims(t.database, t.scope(), { departmentCode: 'SCHOOL', input: Readable.from(breaking()) }),
    ).rejects.toThrow('connection reset');
    const statuses = await t.database.db.selectFrom('claim_imports').select('status').execute();
    expect(statuses.map((s) => s.status).sort()).toEqual(['interrupted', 'rejected']);
  });

  it('the scheduled housekeeping job cleans up the staging rows of a killed import, without a restart', async () => {
    // What a kill -9 leaves: a running import whose heartbeat stopped, and its staged rows.
    const dead = randomUUID();
    await insertImport(
      t.database.db,
      { importId: dead, orgId: t.orgId, departmentId },
      'dead.csv',
      'all_or_nothing',
    );
    await sql`INSERT INTO claim_import_rows (import_id, row_no, claim_id, name, category, principal, charges, paid, due_date, status)
      SELECT ${dead}, g, 'C-' || g, 'Jan Testmans', 'X', 100, 0, 0, DATE '2026-01-15', 'open'
      FROM generate_series(1, 2000) g`.execute(t.database.db);
    await sql`UPDATE claim_imports SET heartbeat_at = now() - interval '10 minutes' WHERE id = ${dead}`.execute(
      t.database.db,
    );
    expect(await stagedRows()).toBe(2000);
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
    expect(await statusOf(dead)).toBe('interrupted');
    expect(await stagedRows()).toBe(0);
  });
});
