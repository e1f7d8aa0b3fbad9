import { describe, expect, it } from 'vitest';
import { builtinLegalTables } from './builtin-legal-tables.ts';
import { chooseTable, tableWarningText } from './table-choice.ts';

describe('chooseTable', () => {
  it('uses the table in force, warning only when it is unverified', () => {
    const r2024 = chooseTable(builtinLegalTables, 'BE', '2024-06-01');
    expect(r2024.ok && [r2024.value.table.version, r2024.value.warnings]).toEqual(['BE-1409-2024', []]);
    const r2025 = chooseTable(builtinLegalTables, 'BE', '2025-06-01');
    expect(r2025.ok && r2025.value.warnings.map((w) => w.code)).toEqual(['table_unverified']);
  });

  it('falls back to the latest earlier table with a visible warning, computing on its last day', () => {
    const r = chooseTable(builtinLegalTables, 'BE', '2026-11-24');
    if (!r.ok) throw new Error('no table');
    expect(r.value.table.version).toBe('BE-1409-2025-unverified');
    expect(r.value.computeDate).toBe('2025-12-31');
    expect(r.value.warnings[0]).toEqual({
      code: 'table_out_of_date',
      usedVersion: 'BE-1409-2025-unverified',
      usedValidTo: '2025-12-31',
      date: '2026-11-24',
    });
  });

  it('has nothing to fall back on before the first table', () => {
    const r = chooseTable(builtinLegalTables, 'BE', '2020-01-01');
    expect(!r.ok && r.error.code).toBe('no_table_in_force');
  });
});

describe('tableWarningText', () => {
  it('warns in Dutch, French and English', () => {
    const old = {
      code: 'table_out_of_date',
      usedVersion: 'BE-2026',
      usedValidTo: '2026-12-31',
      date: '2027-01-04',
    } as const;
    expect(tableWarningText(old, 'nl')).toBe(
      'Er is geen wettelijke tabel van kracht op 2027-01-04: de laatste (BE-2026, tot 2026-12-31) werd gebruikt. Een beheerder moet de huidige tabel toevoegen.',
    );
    expect(tableWarningText(old, 'fr')).toBe(
      'Aucun tableau légal n’est en vigueur le 2027-01-04 : le dernier (BE-2026, jusqu’au 2026-12-31) a été utilisé. Un administrateur doit ajouter le tableau actuel.',
    );
    expect(tableWarningText({ code: 'table_unverified', usedVersion: 'BE-2027' }, 'en')).toBe(
      'Legal table BE-2027 is not verified against the official publication.',
    );
  });
});
