import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessFixture, signedInUser } from '../access/access.test-support.ts';
import { authenticationHook } from '../access/hooks.ts';
import { addDepartment } from '../organisations/service.ts';
import { createTestDatabase, type TestDatabase } from '../testing/db.ts';
import { loadConfig } from './config.ts';
import { copyLine } from './copy-text.ts';
import { createHttpServer } from './http.ts';
import { currentOrganisation, runInOrganisation } from './tenant.ts';

/** Tables without an organisation_id that hold no personal or financial data. */
const UNCONFINED = new Set(['organisations', 'schema_migrations', 'rate_limits']);

let t: TestDatabase;
let orgA: string;
let orgB: string;
let bert: string;

beforeAll(async () => {
  t = await createTestDatabase();
  await addDepartment(t.database, t.scope(), 'SCHOOL', 'Scholen');
  await addDepartment(t.database, t.scope(), 'PARKEREN', 'Parkeren');
  const fixture = await accessFixture(t.database, t.scope());
  orgA = t.orgId;
  orgB = fixture.orgB;
  bert = fixture.bert;
});
afterAll(() => t.close());

const organisationsOf = (rows: { organisation_id: string }[]) => [
  ...new Set(rows.map((r) => r.organisation_id)),
];

describe('organisation isolation by row-level security', () => {
  it('every table with personal or financial data has a policy, and no table is forgotten', async () => {
    const tables = await sql<{ name: string; secured: boolean; policies: number; has_org: boolean }>`
      SELECT c.relname AS name, c.relrowsecurity AS secured,
        (SELECT count(*)::int FROM pg_policy p WHERE p.polrelid = c.oid) AS policies,
        EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'organisation_id'
          AND NOT a.attisdropped) AS has_org
      FROM pg_class c
      WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p')`.execute(
      t.database.db,
    );
    const exposed = tables.rows
      .filter((r) => !UNCONFINED.has(r.name) && (!r.secured || r.policies === 0))
      .map((r) => r.name);
    expect(exposed).toEqual([]);
    for (const name of UNCONFINED) {
      expect(tables.rows.find((r) => r.name === name)?.has_org).toBe(false);
    }
    expect(tables.rows.length).toBeGreaterThan(40);
  });

  it('a query that forgets its organisation filter still sees only its own organisation', async () => {
    const everything = await t.database.db.selectFrom('debtors').select('organisation_id').execute();
    expect(organisationsOf(everything).sort()).toEqual([orgA, orgB].sort());

    await runInOrganisation(orgA, async () => {
      const debtors = await t.database.db.selectFrom('debtors').select('organisation_id').execute();
      expect(organisationsOf(debtors)).toEqual([orgA]);
      const raw = await sql<{
        n: number;
      }>`SELECT count(*)::int AS n FROM claims WHERE organisation_id <> ${orgA}`.execute(t.database.db);
      expect(raw.rows[0]?.n).toBe(0);
      const byId = await t.database.db.selectFrom('debtors').select('id').where('id', '=', bert).execute();
      expect(byId).toEqual([]);
    });
  });

  it("refuses to write another organisation's rows, and changes none of them", async () => {
    await runInOrganisation(orgA, async () => {
      const updated = await t.database.db
        .updateTable('debtors')
        .set({ name: 'Overschreven' })
        .where('id', '=', bert)
        .executeTakeFirst();
      expect(updated.numUpdatedRows).toBe(0n);
      const deleted = await t.database.db
        .deleteFrom('claims')
        .where('debtor_id', '=', bert)
        .executeTakeFirst();
      expect(deleted.numDeletedRows).toBe(0n);
      await expect(
        t.database.db
          .insertInto('audit_events')
          .values({
            organisation_id: orgB,
            actor: 'test',
            action: 'probe',
            subject_type: 'debtor',
            subject_id: bert,
            details: '{}',
          })
          .execute(),
      ).rejects.toThrow(/row-level security/);
    });
    const b = await t.database.db
      .selectFrom('debtors')
      .select('name')
      .where('id', '=', bert)
      .executeTakeFirst();
    expect(b?.name).not.toBe('Overschreven');
    const claimsOfBert = await t.database.db
      .selectFrom('claims')
      .select('id')
      .where('debtor_id', '=', bert)
      .execute();
    expect(claimsOfBert.length).toBe(1);
  });

  it('keeps the confinement of each caller when two organisations query at the same time', async () => {
    const seen = await Promise.all(
      Array.from({ length: 20 }, (_, i) => {
        const org = i % 2 === 0 ? orgA : orgB;
        return runInOrganisation(org, async () => {
          const inTransaction = await t.database.db
            .transaction()
            .execute(async (trx) => trx.selectFrom('claims').select('organisation_id').execute());
          const outside = await t.database.db.selectFrom('claims').select('organisation_id').execute();
          return { org, seen: organisationsOf([...inTransaction, ...outside]) };
        });
      }),
    );
    for (const s of seen) expect(s.seen).toEqual([s.org]);
    // and the owner, after all that, is not confined
    const all = await t.database.db.selectFrom('claims').select('organisation_id').execute();
    expect(organisationsOf(all).length).toBe(2);
  });

  it('a rolled-back transaction does not undo the confinement', async () => {
    await runInOrganisation(orgA, async () => {
      await expect(
        t.database.db.transaction().execute(async (trx) => {
          await trx.selectFrom('debtors').select('id').execute();
          throw new Error('roll back');
        }),
      ).rejects.toThrow('roll back');
      const debtors = await t.database.db.selectFrom('debtors').select('organisation_id').execute();
      expect(organisationsOf(debtors)).toEqual([orgA]);
    });
  });

  it("bulk loads (COPY, run as the owner) refuse a confined caller's rows of another organisation", async () => {
    const columns = ['organisation_id', 'actor', 'action', 'subject_type', 'subject_id', 'details'];
    const line = (org: string) => copyLine([org, 'test', 'copy.probe', 'debtor', null, '{}']);
    const probes = () =>
      t.database.db
        .selectFrom('audit_events')
        .select('organisation_id')
        .where('action', '=', 'copy.probe')
        .execute();
    await runInOrganisation(orgA, async () => {
      await expect(t.database.copyInto('audit_events', columns, [line(orgA), line(orgB)])).rejects.toThrow(
        /another organisation/,
      );
      expect(await t.database.copyInto('audit_events', columns, [line(orgA), line(orgA)])).toBe(2);
      const importOfB = await runInOrganisation(orgB, () =>
        t.database.db.selectFrom('claim_imports').select('id').executeTakeFirstOrThrow(),
      );
      await expect(
        t.database.copyInto(
          'claim_import_rows',
          ['import_id', 'row_no', 'claim_id', 'name'],
          [copyLine([importOfB.id, 1, 'X-1', 'Iemand'])],
        ),
      ).rejects.toThrow(/another organisation's claim_imports/);
    });
    expect(organisationsOf(await probes())).toEqual([orgA]);
    expect((await probes()).length).toBe(2);
    const staged = await t.database.db.selectFrom('claim_import_rows').select('import_id').execute();
    expect(staged).toEqual([]);
  });

  it('confines an HTTP request to the organisation of its user, even in a handler without a filter', async () => {
    const config = loadConfig({ PORT: '0' });
    const app = await createHttpServer({ config, database: t.database, today: () => '2026-11-24' });
    await authenticationHook(app);
    app.get(
      '/api/v1/probe/all-debtors',
      { config: { access: { roles: ['finance'], action: 'probe.read' } } },
      async () => {
        const rows = await t.database.db.selectFrom('debtors').select('organisation_id').execute();
        return { organisations: organisationsOf(rows), confinedTo: currentOrganisation() };
      },
    );
    await app.ready();
    try {
      const financeB = await signedInUser(t.database, { orgId: orgB, actor: 'test', lang: 'nl' }, 'probe@b', [
        'finance',
      ]);
      const r = await app.inject({
        method: 'GET',
        url: '/api/v1/probe/all-debtors',
        headers: financeB.headers,
      });
      expect(r.statusCode).toBe(200);
      expect(r.json()).toEqual({ organisations: [orgB], confinedTo: orgB });
    } finally {
      await app.close();
    }
  });
});
