import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinLegalTables } from './builtin-legal-tables.ts';
import type { LegalTable } from './legal-table.ts';
import { nlCategory, seizablePortion } from './seizable.ts';

const table = (version: string): LegalTable => {
  const t = builtinLegalTables.find((x) => x.version === version);
  if (!t) throw new Error(`missing ${version}`);
  return t;
};
const be2024Table = table('BE-1409-2024');
if (be2024Table.kind !== 'BE_ART_1409') throw new Error('expected a Belgian table');
const be2024 = be2024Table;
const single = { adults: 1, children: 0 };

describe('Belgium, art. 1409 (2024 bands)', () => {
  const seizable = (income: number, children = 0, kind: 'work' | 'replacement' = 'work') =>
    seizablePortion(be2024, income, { adults: 1, children }, kind).seizable;

  it('seizes nothing up to € 1.341 and then 20 / 30 / 40 % of each band', () => {
    expect(seizable(0)).toBe(0);
    expect(seizable(134100)).toBe(0);
    expect(seizable(134101)).toBe(0); // 20 % of one cent, rounded down for the debtor
    expect(seizable(144000)).toBe(1980);
    expect(seizable(158900)).toBe(1980 + 4470);
    expect(seizable(173800)).toBe(1980 + 4470 + 5960);
    expect(seizable(200000)).toBe(12410 + 26200);
  });

  it('uses 20 % then 40 % for replacement income', () => {
    expect(seizable(173800, 0, 'replacement')).toBe(1980 + 11920);
  });

  it('reduces the seizable amount by € 83 per dependent child, never below zero', () => {
    expect(seizable(200000, 2)).toBe(38610 - 16600);
    expect(seizable(140000, 1)).toBe(0);
  });

  it('seizes more when income rises, less with more children, never more than the income', () => {
    fc.assert(
      fc.property(fc.nat(2_000_000), fc.nat(100_000), fc.nat(8), (income, raise, children) => {
        const h = { adults: 1, children };
        const low = seizablePortion(be2024, income, h).seizable;
        expect(seizablePortion(be2024, income + raise, h).seizable).toBeGreaterThanOrEqual(low);
        expect(
          seizablePortion(be2024, income, { adults: 1, children: children + 1 }).seizable,
        ).toBeLessThanOrEqual(low);
        expect(low).toBeLessThanOrEqual(income);
        expect(income - low).toBeGreaterThanOrEqual(Math.min(income, be2024.unseizableUpToCents));
      }),
    );
  });
});

describe('Netherlands, simplified beslagvrije voet', () => {
  const nl = table('NL-BVV-2025-01-simplified');

  it('protects 95 % of a low income and at most the maximum for the household', () => {
    expect(seizablePortion(nl, 150000, single)).toEqual({ seizable: 7500, protectedIncome: 142500 });
    expect(seizablePortion(nl, 500000, single).protectedIncome).toBe(207124);
    expect(seizablePortion(nl, 500000, { adults: 2, children: 1 }).protectedIncome).toBe(285596);
  });

  it('maps households to the four categories', () => {
    expect(nlCategory({ adults: 1, children: 0 })).toBe('single');
    expect(nlCategory({ adults: 1, children: 2 })).toBe('singleParent');
    expect(nlCategory({ adults: 2, children: 0 })).toBe('couple');
    expect(nlCategory({ adults: 3, children: 1 })).toBe('coupleWithChildren');
  });
});
