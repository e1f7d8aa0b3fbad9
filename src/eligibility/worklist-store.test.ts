import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDepartment, setCategory } from '../organisations/service.ts';
import { createTestDatabase, type TestDatabase } from '../testing/db.ts';
import { runSweep } from './sweep-service.ts';
import { type WorklistFilter, worklistPage } from './worklist-store.ts';

// 30 synthetic people: every third owes two departments, every fourth (from the second) lives on a leefloon.
const FIRST_NAMES = ['Anna', 'Bart', 'Chris', 'Dina', 'Emma'];
const PEOPLE = Array.from({ length: 30 }, (_, i) => ({
  name: `${FIRST_NAMES[i % 5]} Werklijst${String(i).padStart(2, '0')}`,
  principal: (i + 1) * 10_000,
  departments: i % 3 === 0 ? ['D1', 'D2'] : i % 2 === 0 ? ['D1'] : ['D2'],
  leefloon: i % 4 === 1,
}));
const eligible = PEOPLE.filter((p) => p.leefloon || p.departments.length > 1);

let t: TestDatabase;
const departmentIds = new Map<string, string>();

beforeAll(async () => {
  t = await createTestDatabase();
  const scope = t.scope();
  const categories = new Map<string, string>();
  for (const code of ['D1', 'D2']) {
    const d = await addDepartment(t.database, scope, code, `Dienst ${code}`);
    const c = await setCategory(t.database, scope, code, 'Retributie', {});
    if (!d.ok || !c.ok) throw new Error('department');
    departmentIds.set(code, d.value.id);
    categories.set(code, c.value.id);
  }
  for (const [i, p] of PEOPLE.entries()) {
    const id = randomUUID();
    await t.database.db
      .insertInto('debtors')
      .values({ id, organisation_id: t.orgId, name: p.name })
      .execute();
    for (const code of p.departments)
      await t.database.db
        .insertInto('claims')
        .values({
          organisation_id: t.orgId,
          department_id: departmentIds.get(code) ?? '',
          claim_id: `W-${i}-${code}`,
          debtor_id: id,
          category_id: categories.get(code) ?? '',
          principal: p.principal / p.departments.length,
          due_date: '2025-03-01',
          status: 'open',
        })
        .execute();
    if (p.leefloon)
      await t.database.db
        .insertInto('eligibility_facts')
        .values({
          organisation_id: t.orgId,
          fact_key: `w:${i}`,
          debtor_id: id,
          kind: 'social_status',
          code: 'leefloon',
          source: 'MAGDA',
          period_from: '2025-01-01',
          period_to: null,
          data: JSON.stringify({
            kind: 'social_status',
            code: 'leefloon',
            applies: true,
            source: 'MAGDA',
            period: { from: '2025-01-01', to: null },
          }),
        })
        .execute();
  }
  const swept = await runSweep(t.database, scope, '2025-03-15', { overdueSignalDays: 10_000 });
  if (!swept.ok) throw new Error(swept.error.message);
}, 120_000);

afterAll(async () => {
  await t?.close();
});

const page = (f: WorklistFilter, scope = t.scope()) => worklistPage(t.database, scope, f);

describe('the worklist, paged, filtered and sorted on the server', () => {
  it('pages through every item once, with the total of the filter', async () => {
    const all = await page({});
    expect(all.total).toBe(eligible.length);
    expect(all.items.map((i) => i.name).sort()).toEqual(eligible.map((p) => p.name).sort());
    const seen: string[] = [];
    for (let offset = 0; offset < all.total; offset += 4) {
      const p = await page({ limit: 4, offset });
      expect(p).toMatchObject({ total: all.total, limit: 4, offset });
      seen.push(...p.items.map((i) => i.id));
    }
    expect(seen).toEqual(all.items.map((i) => i.id));
    expect((await page({ limit: 4, offset: 400 })).items).toEqual([]);
  });

  it('filters on profile: the Vermogend candidates all owe two departments', async () => {
    const p = await page({ profile: 'Vermogend' });
    const expected = eligible.filter((x) => !x.leefloon);
    expect(p.total).toBe(expected.length);
    expect(p.items.map((i) => i.name).sort()).toEqual(expected.map((x) => x.name).sort());
    for (const i of p.items) {
      expect(i).toMatchObject({ reason: 'new_eligible', profileAfter: 'Vermogend', departments: 2 });
    }
  });

  it('filters on reason, department and part of a name', async () => {
    expect((await page({ reason: 'new_eligible' })).total).toBe(eligible.length);
    expect((await page({ reason: 'no_longer_eligible' })).total).toBe(0);
    const d1 = await page({ department: 'D1' });
    expect(d1.items.map((i) => i.name).sort()).toEqual(
      eligible
        .filter((x) => x.departments.includes('D1'))
        .map((x) => x.name)
        .sort(),
    );
    const anna = await page({ q: 'aNNa werk' });
    expect(anna.total).toBe(eligible.filter((x) => x.name.startsWith('Anna')).length);
    expect(anna.items.every((i) => i.name.startsWith('Anna '))).toBe(true);
    // LIKE wildcards are taken literally.
    expect((await page({ q: '%' })).total).toBe(0);
    expect((await page({ q: 'Werklijst0_' })).total).toBe(0);
  });

  it('sorts by open amount, score and name, both ways', async () => {
    const byOpen = (await page({ sort: 'open' })).items.map((i) => i.openCents);
    expect(byOpen).toEqual([...byOpen].sort((a, b) => b - a));
    expect(byOpen[0]).toBe(Math.max(...eligible.map((x) => x.principal)));
    const byOpenAsc = (await page({ sort: 'open', order: 'asc', limit: 3 })).items.map((i) => i.openCents);
    expect(byOpenAsc).toEqual(
      eligible
        .map((x) => x.principal)
        .sort((a, b) => a - b)
        .slice(0, 3),
    );
    const byScore = (await page({ sort: 'score' })).items.map((i) => i.score ?? -1);
    expect(byScore).toEqual([...byScore].sort((a, b) => b - a));
    expect(byScore[0]).toBeGreaterThanOrEqual(60);
    const byName = (await page({ sort: 'name' })).items.map((i) => i.name);
    const firstNames = byName.map((n) => n.split(' ')[0] ?? '');
    expect(firstNames).toEqual([...firstNames].sort());
  });

  it('shows a social worker only consented people, a clerk only their departments, another organisation nothing', async () => {
    const all = await page({});
    const two = all.items.slice(0, 2).map((i) => i.debtorId);
    const social = await page({}, { ...t.scope(), debtorIds: two });
    expect(social.total).toBe(2);
    expect(social.items.map((i) => i.debtorId).sort()).toEqual([...two].sort());
    const clerk = await page({}, { ...t.scope(), departmentIds: [departmentIds.get('D2') ?? ''] });
    expect(clerk.total).toBe(eligible.filter((x) => x.departments.includes('D2')).length);
    expect((await page({}, { ...t.scope(), departmentIds: [] })).total).toBe(0);
    const other = await t.database.db
      .insertInto('organisations')
      .values({ code: 'OTHER', name: 'Andere stad' })
      .returning('id')
      .executeTakeFirstOrThrow();
    expect(await page({}, { ...t.scope(), orgId: other.id })).toMatchObject({ total: 0, items: [] });
  });
});
