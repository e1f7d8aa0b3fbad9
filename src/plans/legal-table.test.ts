import { describe, expect, it } from 'vitest';
import { addDays } from '../kernel/dates.ts';
import { builtinLegalTables } from './builtin-legal-tables.ts';
import { type LegalTable, tableFor, validateLegalTable } from './legal-table.ts';
import be2024 from './legal-tables/be-1409-2024.json' with { type: 'json' };

describe('shipped legal tables', () => {
  it('all validate, carry a source, and only the unverified ones say so', () => {
    expect(builtinLegalTables.length).toBeGreaterThanOrEqual(7);
    for (const t of builtinLegalTables) {
      expect(t.source.length).toBeGreaterThan(20);
      if (!t.verified) expect(t.notes).toMatch(/UNVERIFIED/);
    }
  });

  it('leave no gap and no overlap in Belgium from 3 Nov 2022 to 31 Dec 2025', () => {
    for (let d = '2022-11-03'; d <= '2025-12-31'; d = addDays(d, 1)) {
      const found = tableFor(builtinLegalTables, 'BE', d);
      expect(found.ok, d).toBe(true);
    }
  });

  it('picks the table in force, bounds inclusive', () => {
    const pick = (country: 'BE' | 'NL', date: string) => {
      const r = tableFor(builtinLegalTables, country, date);
      return r.ok ? r.value.version : r.error.code;
    };
    expect(pick('BE', '2024-01-01')).toBe('BE-1409-2024');
    expect(pick('BE', '2024-12-31')).toBe('BE-1409-2024');
    expect(pick('BE', '2023-03-31')).toBe('BE-1409-2023-Q1-energy');
    expect(pick('BE', '2023-04-01')).toBe('BE-1409-2023');
    expect(pick('NL', '2025-06-30')).toBe('NL-BVV-2025-01-simplified');
    expect(pick('NL', '2025-07-01')).toBe('NL-BVV-2025-07-simplified');
    expect(pick('BE', '2026-11-24')).toBe('no_table_in_force');
    expect(pick('NL', '2024-06-01')).toBe('no_table_in_force');
  });

  it('reports overlapping tables instead of choosing one', () => {
    const base = builtinLegalTables.find((t) => t.version === 'BE-1409-2024') as LegalTable;
    const overlapping = {
      ...base,
      version: 'BE-1409-2024-bis',
      validFrom: '2024-06-01',
      validTo: '2025-05-31',
    };
    const r = tableFor([...builtinLegalTables, overlapping], 'BE', '2024-07-01');
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'overlapping_tables',
        country: 'BE',
        date: '2024-07-01',
        versions: ['BE-1409-2024', 'BE-1409-2024-bis'],
      },
    });
  });
});

describe('validateLegalTable', () => {
  const problemsOf = (input: unknown): string[] => {
    const r = validateLegalTable(input);
    return r.ok ? [] : r.error;
  };

  it('accepts a well-formed table', () => {
    expect(validateLegalTable(be2024).ok).toBe(true);
  });

  it('rejects bad shapes with a pointer to the field', () => {
    expect(problemsOf({ ...be2024, perDependentChildCents: -1 }).join()).toMatch(/perDependentChildCents/);
    expect(problemsOf({ ...be2024, unseizableUpToCents: 1341.5 }).join()).toMatch(/unseizableUpToCents/);
    expect(problemsOf({ ...be2024, extra: 1 }).length).toBeGreaterThan(0);
    expect(problemsOf({ ...be2024, kind: 'SOMETHING' }).length).toBeGreaterThan(0);
    expect(problemsOf(null).length).toBeGreaterThan(0);
    expect(problemsOf({ ...be2024, source: '' }).join()).toMatch(/source/);
  });

  it('rejects impossible dates, reversed periods and unordered bands', () => {
    expect(problemsOf({ ...be2024, validFrom: '2024-02-30' })).toEqual([
      'validFrom must be a YYYY-MM-DD date',
    ]);
    expect(problemsOf({ ...be2024, validTo: '2023-12-31' })).toEqual(['validTo is before validFrom']);
    const unordered = {
      ...be2024,
      workIncomeBands: [
        { upToCents: 158900, percent: 30 },
        { upToCents: 144000, percent: 20 },
      ],
    };
    expect(problemsOf(unordered)).toEqual(['workIncomeBands[1].upToCents must be above 158900']);
    expect(problemsOf({ ...be2024, workIncomeBands: [{ upToCents: 100000, percent: 20 }] })).toEqual([
      'workIncomeBands[0].upToCents must be above 134100',
    ]);
    expect(problemsOf({ ...be2024, workIncomeBands: [{ upToCents: 144000, percent: 120 }] }).length).toBe(1);
  });
});
