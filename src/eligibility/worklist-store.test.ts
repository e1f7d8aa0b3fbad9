import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/db.ts';
import { isEligible, seedWorklist, worklistPeople } from './worklist.test-support.ts';
import { type WorklistFilter, worklistPage } from './worklist-store.ts';

const PEOPLE = worklistPeople(30);
const eligible = PEOPLE.filter(isEligible);

let t: TestDatabase;
let departmentIds = new Map<string, string>();

beforeAll(async () => {
  t = await createTestDatabase();
  departmentIds = await seedWorklist(t.database, t.scope(), PEOPLE);
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
