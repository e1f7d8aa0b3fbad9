import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importClaims } from '../claims/import-service.ts';
import { addDepartment } from '../organisations/service.ts';
import { overview } from '../overview/service.ts';
import { createTestDatabase, type TestDatabase } from '../testing/db.ts';
import { openSuggestionsOf, reviewPage } from './review-store.ts';
import { confirmSuggestion, rejectSuggestion, undoMerge } from './service.ts';

let t: TestDatabase;
const TODAY = '2026-11-24';
const HEADER =
  'vordering_id;rijksregisternummer;klantnummer;naam;geboortedatum;straat;huisnummer;postcode;gemeente;categorie;hoofdsom;vervaldatum';

async function run(department: string, rows: string[]) {
  const r = await importClaims(t.database, t.scope(), {
    departmentCode: department,
    input: (async function* () {
      yield Buffer.from([HEADER, ...rows].join('\n'), 'utf8');
    })(),
  });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
}

beforeAll(async () => {
  t = await createTestDatabase();
  for (const [code, name] of [
    ['SPORT', 'Sport'],
    ['AFVAL', 'Afval'],
  ] as const) {
    const r = await addDepartment(t.database, t.scope(), code, name);
    if (!r.ok) throw new Error(r.error.message);
  }
  // Synthetic people: Mia (one record with a national number, one without, € 10 + € 200 open) and
  // Noor (two records without, € 5 + € 5 open).
  await run('SPORT', [
    'M-1;90.02.01-997.04;S-9;Mia Proef;01/02/1990;Kerkstraat;1;9999;Demostad;Zwembad;10,00;01/01/2026',
    'N-1;;S-8;Noor Proef;03/04/1980;Molenweg;7;9999;Demostad;Zwembad;5,00;01/01/2026',
  ]);
  await run('AFVAL', [
    'M-2;;A-9;Mia Proef;01/02/1990;Kerkstraat;1;9999;Demostad;Afvalbelasting;200,00;01/01/2026',
    'N-2;;A-8;Noor Proef;03/04/1980;Molenweg;7;9999;Demostad;Afvalbelasting;5,00;01/01/2026',
  ]);
});
afterAll(() => t.close());

describe('look-alike review', () => {
  it('shows both records side by side, the largest open amount first, paged', async () => {
    const all = await reviewPage(t.database.db, t.orgId, 'open', { limit: 10, offset: 0 });
    expect(all.total).toBe(2);
    expect(all.rows.map((r) => [r.debtor.name, r.open])).toEqual([
      ['Mia Proef', 21000],
      ['Noor Proef', 1000],
    ]);
    const mia = all.rows[0];
    const sides = [mia?.debtor, mia?.candidate];
    expect(sides.map((s) => s?.departments.map((d) => [d.department, d.claims, d.open]))).toEqual(
      expect.arrayContaining([[['SPORT', 1, 1000]], [['AFVAL', 1, 20000]]]),
    );
    expect(sides.map((s) => s?.identifiers.length).sort()).toEqual([0, 1]);
    expect(sides.every((s) => s?.address === 'Kerkstraat 1, 9999 Demostad')).toBe(true);
    const second = await reviewPage(t.database.db, t.orgId, 'open', { limit: 1, offset: 1 });
    expect(second.rows.map((r) => r.debtor.name)).toEqual(['Noor Proef']);
  });

  it('a merge shows all claims on the overview, and undone from the review it is open again', async () => {
    const page = await reviewPage(t.database.db, t.orgId, 'open', { limit: 10, offset: 0 });
    const mia = page.rows[0];
    if (!mia) throw new Error('no pair');
    expect(await openSuggestionsOf(t.database.db, t.orgId, mia.candidate.id)).toHaveLength(1);
    const merged = await confirmSuggestion(t.database, t.scope(), mia.id);
    if (!merged.ok) throw new Error(merged.error.message);
    const o = await overview(t.database, t.scope(), merged.value.survivorId, TODAY);
    expect(o.ok && o.value.claims.map((c) => c.claimId).sort()).toEqual(['M-1', 'M-2']);
    expect(await openSuggestionsOf(t.database.db, t.orgId, mia.candidate.id)).toHaveLength(0);

    const confirmed = await reviewPage(t.database.db, t.orgId, 'confirmed', { limit: 10, offset: 0 });
    expect(confirmed.rows[0]?.mergeId).toBe(merged.value.mergeId);
    const undone = await undoMerge(t.database, t.scope(), merged.value.mergeId);
    expect(undone.ok).toBe(true);
    const reopened = await reviewPage(t.database.db, t.orgId, 'open', { limit: 10, offset: 0 });
    expect(reopened.rows.map((r) => r.id)).toContain(mia.id);
  });

  it('Geen dubbel keeps the reason with the decision', async () => {
    const page = await reviewPage(t.database.db, t.orgId, 'open', { limit: 10, offset: 0 });
    const noor = page.rows.find((r) => r.debtor.name === 'Noor Proef');
    if (!noor) throw new Error('no pair');
    const r = await rejectSuggestion(t.database, t.scope(), noor.id, 'Moeder en dochter, zelfde naam');
    expect(r.ok).toBe(true);
    const rejected = await reviewPage(t.database.db, t.orgId, 'rejected', { limit: 10, offset: 0 });
    expect(rejected.rows.map((x) => [x.id, x.decisionReason])).toEqual([
      [noor.id, 'Moeder en dochter, zelfde naam'],
    ]);
  });
});
