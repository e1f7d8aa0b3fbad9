import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importClaims } from '../claims/import-service.ts';
import { addDepartment } from '../organisations/service.ts';
import { createTestDatabase, type TestDatabase } from '../testing/db.ts';
import { SEARCH_LIMIT, search, searchPage } from './service.ts';

let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
  const added = await addDepartment(t.database, t.scope(), 'SPORT', 'Sport');
  if (!added.ok) throw new Error(added.error.message);
  // 52 synthetic people called Peeters, known by customer number only
  const rows = Array.from(
    { length: SEARCH_LIMIT + 2 },
    (_, i) => `P-${i};K-${i};Peeters ${String(i + 1).padStart(2, '0')};Zwembad;10,00;01/01/2026`,
  );
  const r = await importClaims(t.database, t.scope(), {
    departmentCode: 'SPORT',
    input: (async function* () {
      yield Buffer.from(['vordering_id;klantnummer;naam;categorie;hoofdsom;vervaldatum', ...rows].join('\n'));
    })(),
  });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
});
afterAll(() => t.close());

describe('search says when more people match than it shows', () => {
  it('52 matches: the first 50 by name and hasMore', async () => {
    const page = await searchPage(t.database, t.scope(), 'peeters');
    expect(page.results).toHaveLength(SEARCH_LIMIT);
    expect(page.hasMore).toBe(true);
    expect(page.limit).toBe(50);
    expect(page.results[0]?.name).toBe('Peeters 01');
    expect(page.results.at(-1)?.name).toBe('Peeters 50');
  });

  it('a refined query that fits: every match and no hasMore', async () => {
    const page = await searchPage(t.database, t.scope(), 'Peeters 5');
    expect(page.results.map((r) => r.name)).toEqual(['Peeters 50', 'Peeters 51', 'Peeters 52']);
    expect(page.hasMore).toBe(false);
  });

  it('exactly the limit is not "more"; the plain search (CLI) still returns at most 50', async () => {
    expect((await search(t.database, t.scope(), 'peeters')).length).toBe(SEARCH_LIMIT);
    const none = await searchPage(t.database, t.scope(), 'x');
    expect(none).toEqual({ results: [], hasMore: false, limit: SEARCH_LIMIT });
  });
});
