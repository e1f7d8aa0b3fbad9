import { describe, expect, it } from 'vitest';
import { mapHeader } from './columns.ts';

const DUTCH = [
  'vordering_id',
  'rijksregisternummer',
  'klantnummer',
  'naam',
  'geboortedatum',
  'straat',
  'huisnummer',
  'postcode',
  'gemeente',
  'categorie',
  'hoofdsom',
  'kosten',
  'betaald',
  'factuurdatum',
  'vervaldatum',
  'status',
];
const ENGLISH = [
  'claim_id',
  'national_number',
  'customer_number',
  'name',
  'birth_date',
  'street',
  'house_number',
  'postal_code',
  'city',
  'category',
  'principal',
  'charges',
  'paid',
  'issue_date',
  'due_date',
  'status',
];

describe('mapHeader', () => {
  it('maps Dutch and English names to the same fields, in order', () => {
    const nl = mapHeader(DUTCH);
    const en = mapHeader(ENGLISH);
    expect(nl.ok && en.ok).toBe(true);
    if (!nl.ok || !en.ok) return;
    expect(nl.value.index).toEqual(en.value.index);
    expect(nl.value.index.principal).toBe(10);
    expect(nl.value.columnName.principal).toBe('hoofdsom');
  });

  it('accepts any order, case, surrounding spaces, and spaces/underscores/hyphens inside', () => {
    const mapped = mapHeader(['  Due Date ', 'HOOFDSOM', 'Claim-ID', 'remark', 'Categorie', 'na_me', 'INSZ']);
    expect(mapped.ok).toBe(true);
    if (!mapped.ok) return;
    expect(mapped.value.index).toMatchObject({
      dueDate: 0,
      principal: 1,
      claimId: 2,
      category: 4,
      name: 5,
      nationalNumber: 6,
      customerNumber: -1,
      status: -1,
    });
    expect(mapped.value.columnName.dueDate).toBe('Due Date');
    expect(mapped.value.columnCount).toBe(7);
  });

  it('accepts `factuurnummer` as the claim id', () => {
    const mapped = mapHeader([
      'Factuurnummer',
      'klantnummer',
      'naam',
      'categorie',
      'hoofdsom',
      'vervaldatum',
    ]);
    expect(mapped.ok && mapped.value.index.claimId).toBe(0);
  });

  it('names a missing required column, in Dutch by default and in English when asked', () => {
    const header = ['vordering_id', 'klantnummer', 'naam', 'categorie', 'vervaldatum'];
    expect(mapHeader(header)).toEqual({
      ok: false,
      error: {
        code: 'column_missing',
        column: 'hoofdsom',
        message: 'Verplichte kolom ontbreekt in de kopregel: hoofdsom',
      },
    });
    const en = mapHeader(header, 'en');
    expect(!en.ok && en.error.message).toBe('Required column is missing from the header: principal');
  });

  it('requires a national number or a customer number column', () => {
    const mapped = mapHeader(['claim_id', 'name', 'category', 'principal', 'due_date']);
    expect(mapped.ok).toBe(false);
    if (mapped.ok) return;
    expect(mapped.error.code).toBe('identifier_column_missing');
    expect(mapped.error.message).toBe(
      'Kolom ontbreekt in de kopregel: rijksregisternummer / klantnummer (minstens één van beide is verplicht)',
    );
    expect(mapHeader(['claim_id', 'insz', 'name', 'category', 'principal', 'due_date']).ok).toBe(true);
  });

  it('rejects a column that appears twice, also under its other-language name', () => {
    const mapped = mapHeader([
      'claim_id',
      'klantnummer',
      'naam',
      'Name',
      'categorie',
      'hoofdsom',
      'vervaldatum',
    ]);
    expect(mapped.ok).toBe(false);
    if (mapped.ok) return;
    expect(mapped.error).toMatchObject({ code: 'column_duplicate', column: 'naam / Name' });
    expect(mapped.error.message).toBe('Kolom komt meer dan één keer voor in de kopregel: naam / Name');
  });

  it('ignores unknown and empty columns, even twice', () => {
    const mapped = mapHeader([...ENGLISH, 'remark', 'remark', '', '']);
    expect(mapped.ok).toBe(true);
  });
});
