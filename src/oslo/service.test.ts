import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoCity } from '../demo/service.ts';
import { nationalNumberFrom } from '../kernel/national-number.ts';
import { addDepartment } from '../organisations/service.ts';
import type { Executor } from '../platform/db.ts';
import { createTestDatabase, type TestDatabase } from '../testing/db.ts';
import type { OsloDocument } from './export-document.ts';
import { validateDocument } from './io-rdf.ts';
import { exportByNationalNumber, exportDebtorFile, importOsloClaims } from './service.ts';

const TODAY = '2026-11-24';
let source: TestDatabase;
let target: TestDatabase;

beforeAll(async () => {
  source = await createTestDatabase();
  target = await createTestDatabase();
  await loadDemoCity(source.database, source.scope(), { today: TODAY, people: 40, claims: 150, seed: 7 });
  const departments = await source.database.db.selectFrom('departments').select(['code', 'name']).execute();
  for (const d of departments) await addDepartment(target.database, target.scope(), d.code, d.name);
}, 120_000);

afterAll(async () => {
  await source?.close();
  await target?.close();
});

async function debtorsWithClaims(db: Executor): Promise<string[]> {
  const rows = await db.selectFrom('claims').select('debtor_id').distinct().orderBy('debtor_id').execute();
  return rows.map((r) => r.debtor_id);
}

/** Every claim as a comparable line: department, claim id, person, category, amounts, dates, status. */
async function claimLines(db: Executor): Promise<string[]> {
  const r = await sql<{ line: string }>`
    SELECT concat_ws('|', d.code, k.claim_id, coalesce(p.value, cn.customer_number), t.name, k.principal, k.charges,
      k.paid, k.issue_date, k.due_date, k.status, x.name) AS line
    FROM claims k JOIN departments d ON d.id = k.department_id JOIN claim_categories t ON t.id = k.category_id
    JOIN debtors x ON x.id = k.debtor_id
    LEFT JOIN person_identifiers p ON p.debtor_id = k.debtor_id
    LEFT JOIN customer_numbers cn ON cn.debtor_id = k.debtor_id AND cn.department_id = k.department_id
    ORDER BY 1`.execute(db);
  return r.rows.map((x) => x.line);
}

describe('OSLO export and import', () => {
  const exported: OsloDocument[] = [];

  it('exports every demo-city debtor with claims without a single SHACL violation', async () => {
    const ids = await debtorsWithClaims(source.database.db);
    expect(ids.length).toBeGreaterThan(20);
    for (const id of ids) {
      const doc = await exportDebtorFile(source.database, source.scope(), id, TODAY);
      if (!doc.ok) throw new Error(doc.error.message);
      const violations = await validateDocument(doc.value);
      expect(violations, `debtor ${id}`).toEqual([]);
      exported.push(doc.value);
    }
  }, 120_000);

  it('fills the solvency profile from the latest decision and the indicators from the facts valid then', async () => {
    const db = source.database.db;
    const decided = await db
      .selectFrom('eligibility_current as c')
      .innerJoin('eligibility_sweeps as s', 's.id', 'c.sweep_id')
      .select(['c.debtor_id', 'c.profile', 'c.since', 's.evaluation_date'])
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('eligibility_facts as f')
            .select('f.id')
            .whereRef('f.debtor_id', '=', 'c.debtor_id')
            .where('f.kind', 'in', ['income', 'social_status']),
        ),
      )
      .orderBy('c.debtor_id')
      .execute();
    expect(decided.length).toBeGreaterThan(3);
    let indicatorsSeen = 0;
    for (const d of decided) {
      const doc = await exportDebtorFile(source.database, source.scope(), d.debtor_id, TODAY);
      if (!doc.ok) throw new Error(doc.error.message);
      expect(await validateDocument(doc.value), `debtor ${d.debtor_id}`).toEqual([]);
      const graph = doc.value['@graph'] as Record<string, unknown>[];
      const profiles = graph.filter((n) => n['@type'] === 'Solvabiliteitsprofiel');
      expect(profiles).toHaveLength(1);
      expect(profiles[0]).toMatchObject({
        'Solvabiliteitsprofiel.type': `urn:evs:concept:solvabiliteitstype:${d.profile}`,
        'Solvabiliteitsprofiel.startdatum': d.since,
      });
      const person = graph.find((n) => n['@id'] === `urn:uuid:${d.debtor_id}`);
      expect(person?.['GeregistreerdPersoon.solvabiliteitsprofiel']).toEqual([profiles[0]?.['@id']]);
      const facts = await db
        .selectFrom('eligibility_facts')
        .select(['id', 'data'])
        .where('debtor_id', '=', d.debtor_id)
        .where('period_from', '<=', d.evaluation_date)
        .where((eb) => eb.or([eb('period_to', 'is', null), eb('period_to', '>=', d.evaluation_date)]))
        .execute();
      const expected = facts
        .filter(
          (f) =>
            ['income', 'credit_default'].includes(f.data.kind) || ('applies' in f.data && f.data.applies),
        )
        .map((f) => `urn:uuid:${f.id}`)
        .sort();
      const indicators = graph
        .filter((n) => Array.isArray(n['@type']) && n['@type'].includes('Solvabiliteitsindicator'))
        .map((n) => String(n['@id']))
        .sort();
      expect(indicators).toEqual(expected);
      indicatorsSeen += indicators.length;
    }
    expect(indicatorsSeen).toBeGreaterThan(0);
    // Department-scoped exports leave the social facts out.
    const first = decided[0];
    const dept = await db
      .selectFrom('claims')
      .select('department_id')
      .where('debtor_id', '=', first?.debtor_id ?? '')
      .executeTakeFirstOrThrow();
    const scoped = await exportDebtorFile(
      source.database,
      { ...source.scope(), departmentIds: [dept.department_id] },
      first?.debtor_id ?? '',
      TODAY,
    );
    expect(scoped.ok && JSON.stringify(scoped.value)).not.toContain('Solvabiliteit');
  }, 120_000);

  it('exports a payment allocated to an accepted plan as an Afbetaling of its instalment, SHACL-valid', async () => {
    const db = source.database.db;
    const paid = await db
      .selectFrom('payments as p')
      .innerJoin('plans as l', 'l.id', 'p.plan_id')
      .select(['p.id', 'p.plan_id', 'l.debtor_id'])
      .where('p.kind', '=', 'credit')
      .where('p.amount', '>', 0)
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('plan_activities as a')
            .select('a.id')
            .whereRef('a.plan_id', '=', 'l.id')
            .where('a.type', '=', 'Aanvaarding'),
        ),
      )
      .where((eb) =>
        eb.exists(
          eb.selectFrom('payment_allocations as x').select('x.id').whereRef('x.payment_id', '=', 'p.id'),
        ),
      )
      .orderBy('p.id')
      .executeTakeFirst();
    if (!paid?.plan_id) throw new Error('the demo city has no imported payment for an accepted plan');
    const doc = await exportDebtorFile(source.database, source.scope(), paid.debtor_id, TODAY);
    if (!doc.ok) throw new Error(doc.error.message);
    const graph = doc.value['@graph'] as Record<string, unknown>[];
    const payment = graph.find((n) => n['@id'] === `urn:uuid:${paid.id}`);
    expect(payment?.['@type']).toEqual(['Afbetaling', 'Betaling', 'Activiteit']);
    const instalmentIri = payment?.['Afbetaling.gevolgdAfbetalingsplanonderdeel'];
    const instalments = await db
      .selectFrom('plan_instalments')
      .select('id')
      .where('plan_id', '=', paid.plan_id)
      .execute();
    expect(instalments.map((i) => `urn:uuid:${i.id}`)).toContain(instalmentIri);
    const instalment = graph.find((n) => n['@id'] === instalmentIri);
    expect(instalment?.['Afbetalingsplanonderdeel.isDeelVan']).toBe(`urn:uuid:${paid.plan_id}`);
    expect(await validateDocument(doc.value)).toEqual([]);
    // without the instalment link an Afbetaling breaks the shapes (exactly one is required)
    const broken = {
      ...doc.value,
      '@graph': graph.map((n) => {
        if (n !== payment) return n;
        const { 'Afbetaling.gevolgdAfbetalingsplanonderdeel': _gone, ...rest } = n;
        return rest;
      }),
    };
    expect((await validateDocument(broken as OsloDocument)).length).toBeGreaterThan(0);
  });

  it('finds the file by national number too, and refuses an unknown one', async () => {
    const row = await source.database.db
      .selectFrom('person_identifiers')
      .select(['value', 'debtor_id'])
      .executeTakeFirstOrThrow();
    const doc = await exportByNationalNumber(source.database, source.scope(), row.value, TODAY);
    expect(doc.ok && JSON.stringify(doc.value)).toContain(`urn:uuid:${row.debtor_id}`);
    const unknown = await exportByNationalNumber(
      source.database,
      source.scope('en'),
      nationalNumberFrom('900101', 997, false),
      TODAY,
    );
    expect(unknown.ok ? null : unknown.error.code).toBe('unknown_debtor');
  });

  it('round trip: importing the exports reproduces the claims, and importing again changes nothing', async () => {
    let created = 0;
    for (const doc of exported) {
      const r = await importOsloClaims(target.database, target.scope(), doc);
      if (!r.ok) throw new Error(r.error.message);
      for (const dep of r.value) {
        expect(dep.report.rejected).toEqual([]);
        created += dep.report.created;
      }
    }
    expect(await claimLines(target.database.db)).toEqual(await claimLines(source.database.db));
    const total = await target.database.db
      .selectFrom('claims')
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow();
    expect(created).toBe(total.n);
    const again = await importOsloClaims(target.database, target.scope(), exported[0]);
    if (!again.ok) throw new Error(again.error.message);
    for (const dep of again.value) {
      expect(dep.report.created + dep.report.updated).toBe(0);
      expect(dep.report.unchanged).toBe(dep.report.rows);
    }
  }, 120_000);

  it('rejects a document that breaks the shapes, with the violations, and writes nothing', async () => {
    const doc = exported[1] as OsloDocument;
    const broken = {
      ...doc,
      '@graph': doc['@graph'].map((n) => {
        if (!JSON.stringify(n['@type']).includes('Schuldvordering"')) return n;
        const { 'Schuldvordering.hoofdsom': _gone, ...rest } = n;
        return rest;
      }),
    };
    const before = await claimLines(target.database.db);
    const r = await importOsloClaims(target.database, target.scope('en'), broken);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('oslo_shapes');
    expect(JSON.stringify(r.error.details)).toContain('MinCountConstraintComponent');
    expect(await claimLines(target.database.db)).toEqual(before);
  });

  it('reports row errors like the CSV import, all or nothing', async () => {
    const doc = exported[2] as OsloDocument;
    const wrongDue = {
      ...doc,
      '@graph': doc['@graph'].map((n) =>
        JSON.stringify(n['@type']).includes('Schuldvordering"')
          ? {
              ...n,
              'Schuldvordering.hoofdsom': {
                '@type': 'Geldbedrag',
                'Geldbedrag.waarde': '0.00',
                'Geldbedrag.valuta': 'EUR',
              },
            }
          : n,
      ),
    };
    const r = await importOsloClaims(target.database, target.scope('en'), wrongDue);
    if (!r.ok) throw new Error(r.error.message);
    const first = r.value[0];
    expect(first?.rejectedWhole).toBe(true);
    expect(first?.report.rejected[0]).toMatchObject({ row: 2, field: 'principal' });
    expect(first?.subjects[0]).toMatch(/^urn:uuid:/);
  });
});
