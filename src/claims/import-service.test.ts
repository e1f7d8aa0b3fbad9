import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confirmSuggestion, suggestions, undoMerge } from '../debtors/service.ts';
import { addDepartment } from '../organisations/service.ts';
import { overview } from '../overview/service.ts';
import { createTestDatabase, type TestDatabase } from '../testing/db.ts';
import { importClaims } from './import-service.ts';

let t: TestDatabase;

const file = (content: string | Buffer) =>
  (async function* () {
    yield typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  })();

const run = (
  department: string,
  content: string | Buffer,
  opts: { partial?: boolean; dryRun?: boolean; lang?: 'nl' | 'en' } = {},
) =>
  importClaims(t.database, t.scope(opts.lang ?? 'nl'), {
    departmentCode: department,
    input: file(content),
    ...opts,
  });

const count = async (table: 'claims' | 'debtors' | 'claim_changes' | 'debtor_match_suggestions') =>
  Number(
    (
      await t.database.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

// Synthetic people; national numbers valid by mod 97 (85073003328: born 30/07/1985; 02010112345-like ones built below).
const JAN = '85.07.30-033.28';
const SCHOOL = [
  'vordering_id;rijksregisternummer;klantnummer;naam;geboortedatum;categorie;hoofdsom;kosten;betaald;vervaldatum',
  `S-1;${JAN};K1;Jan Testmans;30/07/1985;Schoolmaaltijden;1.234,56;15,00;0;15/01/2026`,
  'S-2;85073003328;K1;Jan Testmans;30/07/1985;Schoolmaaltijden;20,50;;;15/02/2026',
].join('\r\n');
const PARKING = [
  'claim_id,national_number,name,category,principal,due_date',
  'P-1,85073003328,Jan Testmans,Parkeerretributie,58.00,2025-11-01',
].join('\n');

beforeAll(async () => {
  t = await createTestDatabase();
  for (const [code, name] of [
    ['SCHOOL', 'Scholen'],
    ['PARKEREN', 'Parkeren'],
    ['AFVAL', 'Afval'],
    ['SPORT', 'Sport'],
  ] as const) {
    await addDepartment(t.database, t.scope(), code, name);
  }
});
afterAll(() => t.close());

describe('importClaims', () => {
  it('puts one person of two departments in one debtor, and a re-import changes nothing', async () => {
    const first = await run('SCHOOL', SCHOOL);
    expect(first.ok && first.value.report).toEqual({
      rows: 2,
      created: 2,
      updated: 0,
      unchanged: 0,
      rejected: [],
      rejectedFile: null,
    });
    const parking = await run('parkeren', PARKING);
    expect(parking.ok && parking.value.report.created).toBe(1);
    const again = await run('SCHOOL', SCHOOL);
    expect(again.ok && again.value.report).toMatchObject({ rows: 2, created: 0, updated: 0, unchanged: 2 });
    expect(await count('debtors')).toBe(1);
    const debtor = await t.database.db.selectFrom('debtors').select('id').executeTakeFirstOrThrow();
    const o = await overview(t.database, t.scope(), debtor.id, '2026-11-24');
    expect(o.ok && o.value.byDepartment).toEqual([
      { department: 'PARKEREN', open: 5800, count: 1 },
      { department: 'SCHOOL', open: 123456 + 1500 + 2050, count: 2 },
    ]);
    expect(o.ok && o.value.debtor.nationalNumber).toBe(JAN);
  });

  it('updates a changed amount, a payment and a cancellation, and records each change', async () => {
    const before = await count('claim_changes');
    const text = [
      'vordering_id;rijksregisternummer;klantnummer;naam;geboortedatum;categorie;hoofdsom;kosten;betaald;vervaldatum;status',
      `S-1;${JAN};K1;Jan Testmans;30/07/1985;Schoolmaaltijden;1.234,56;15,00;100,00;15/01/2026;open`,
      'S-2;85073003328;K1;Jan Testmans;30/07/1985;Schoolmaaltijden;20,50;;;15/02/2026;geannuleerd',
    ].join('\r\n');
    const r = await run('SCHOOL', text);
    expect(r.ok && r.value.report).toMatchObject({ rows: 2, created: 0, updated: 2, unchanged: 0 });
    expect((await count('claim_changes')) - before).toBe(2);
    const claims = await t.database.db
      .selectFrom('claims')
      .select(['claim_id', 'paid', 'status'])
      .where('claim_id', 'in', ['S-1', 'S-2'])
      .orderBy('claim_id')
      .execute();
    expect(claims).toEqual([
      { claim_id: 'S-1', paid: 10000, status: 'open' },
      { claim_id: 'S-2', paid: 0, status: 'cancelled' },
    ]);
  });

  it('rejects a file with a bad row whole, naming row and field, and writes nothing', async () => {
    const before = await count('claims');
    const bad = [
      'claim_id;national_number;name;category;principal;due_date',
      'A-1;85073003328;Jan Testmans;Afvalbelasting;120,00;01/03/2026',
      'A-2;85073003329;Jan Testmans;Afvalbelasting;12,3x;31/02/2026',
      'A-3;;Piet Voorbeeld;Afvalbelasting;10,00;01/03/2026',
    ].join('\n');
    const r = await run('AFVAL', bad, { lang: 'en' });
    expect(r.ok && r.value.rejectedWhole).toBe(true);
    const rejected = r.ok ? r.value.report.rejected : [];
    expect(rejected.map((e) => [e.row, e.field])).toEqual([
      [3, 'national_number'],
      [3, 'principal'],
      [3, 'due_date'],
      [4, 'national_number'],
    ]);
    expect(rejected[1]?.message).toMatch(/amount/i);
    expect(await count('claims')).toBe(before);

    const partial = await run('AFVAL', bad, { partial: true });
    expect(partial.ok && partial.value.report).toMatchObject({ rows: 3, created: 1 });
    const csv = partial.ok ? (partial.value.rejectedCsv ?? '') : '';
    expect(csv.split('\r\n')[0]).toContain('fout');
    expect(csv).toContain('A-2');
    expect(csv).toContain('A-3');
    expect(csv).not.toContain('A-1;');
  });

  it('reads Windows-1252 with a comma separator and decimal points, and a dry run writes nothing', async () => {
    const text =
      'claim_id,customer_number,name,category,principal,due_date\r\nSP-1,C-77,René Gaëlle,Zwembad,"1,234.50",2026-01-31\r\n';
    const bytes = iconv.encode(text, 'win1252');
    const before = await count('claims');
    const dry = await run('SPORT', bytes, { dryRun: true });
    expect(dry.ok && dry.value.report).toMatchObject({ rows: 1, created: 1 });
    expect(await count('claims')).toBe(before);
    const real = await run('SPORT', bytes);
    expect(real.ok && real.value.report.created).toBe(1);
    const debtor = await t.database.db
      .selectFrom('debtors')
      .select('name')
      .where('name', 'like', 'René%')
      .executeTakeFirstOrThrow();
    expect(debtor.name).toBe('René Gaëlle');
    const claim = await t.database.db
      .selectFrom('claims')
      .select('principal')
      .where('claim_id', '=', 'SP-1')
      .executeTakeFirstOrThrow();
    expect(claim.principal).toBe(123450);
  });

  it('rejects a claim id that appears twice in one file on its later row', async () => {
    const text =
      'claim_id;customer_number;name;category;principal;due_date\nD-1;C-1;An Test;Zwembad;5,00;01/01/2026\nD-1;C-1;An Test;Zwembad;6,00;01/01/2026\n';
    const r = await run('SPORT', text);
    expect(r.ok && r.value.report.rejected.map((e) => [e.row, e.field])).toEqual([[3, 'claim_id']]);
  });

  it('names each bad column as the file itself names it', async () => {
    const text = [
      'factuurnummer;klantnummer;naam;categorie;hoofdsom;vervaldatum',
      'F-1;C-9;An Test;Zwembad;5,00;01/01/2026',
      'F-1;C-9;An Test;Zwembad;6,00;01/01/2026',
      'F-2;C-9;An Test;Zwembad;12,3x;01/01/2026',
    ].join('\n');
    const r = await run('SPORT', text, { partial: true });
    const rejected = r.ok ? r.value.report.rejected : [];
    expect(rejected.map((e) => [e.row, e.field, e.column])).toEqual([
      [3, 'claim_id', 'factuurnummer'],
      [4, 'principal', 'hoofdsom'],
    ]);
  });

  it('only suggests a person with the same name, birth date and address, and a merge can be undone', async () => {
    const address = 'straat;huisnummer;postcode;gemeente';
    const header = `vordering_id;klantnummer;naam;geboortedatum;${address};categorie;hoofdsom;vervaldatum`;
    await run(
      'SPORT',
      `${header}\nM-1;S-9;Mia Proef;01/02/1990;Kerkstraat;1;9999;Demostad;Zwembad;10,00;01/01/2026\n`,
    );
    await run(
      'AFVAL',
      `${header}\nM-2;A-9;Mia Proef;01/02/1990;Kerkstraat;1;9999;Demostad;Afvalbelasting;20,00;01/01/2026\n`,
    );
    const open = await suggestions(t.database, t.scope());
    expect(open).toHaveLength(1);
    const debtorsBefore = await t.database.db
      .selectFrom('debtors')
      .select('id')
      .where('name', '=', 'Mia Proef')
      .where('merged_into', 'is', null)
      .execute();
    expect(debtorsBefore).toHaveLength(2);

    const merged = await confirmSuggestion(t.database, t.scope(), open[0]?.id ?? '');
    if (!merged.ok) throw new Error(merged.error.message);
    const o = await overview(t.database, t.scope(), merged.value.survivorId, '2026-11-24');
    expect(o.ok && o.value.claims.map((c) => c.claimId).sort()).toEqual(['M-1', 'M-2']);
    // a re-import after the merge still lands on the surviving person
    await run(
      'AFVAL',
      `${header}\nM-2;A-9;Mia Proef;01/02/1990;Kerkstraat;1;9999;Demostad;Afvalbelasting;20,00;01/01/2026\n`,
    );
    const after = await overview(t.database, t.scope(), merged.value.survivorId, '2026-11-24');
    expect(after.ok && after.value.claims).toHaveLength(2);

    const undone = await undoMerge(t.database, t.scope(), merged.value.mergeId);
    expect(undone.ok).toBe(true);
    const split = await overview(t.database, t.scope(), merged.value.survivorId, '2026-11-24');
    expect(split.ok && split.value.claims).toHaveLength(1);
  });

  it('names an unknown department', async () => {
    const r = await run('NOPE', SCHOOL);
    expect(!r.ok && r.error.code).toBe('unknown_department');
  });
});
