import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinLegalTables } from './builtin-legal-tables.ts';
import { type CapacityInput, capacity, explainStep, livingAllowanceFor } from './capacity.ts';
import type { LegalTable } from './legal-table.ts';

const be2024 = builtinLegalTables.find((t) => t.version === 'BE-1409-2024') as LegalTable;
const be2025 = builtinLegalTables.find((t) => t.version === 'BE-1409-2025-unverified') as LegalTable;
const norms = { firstAdult: 90000, otherAdult: 45000, perChild: 25000 };

const input = (over: Partial<CapacityInput> = {}): CapacityInput => ({
  netHouseholdIncome: 200000,
  livingAllowance: norms,
  fixedCosts: [{ label: 'Huur', amount: 80000 }],
  household: { adults: 1, children: 0 },
  table: be2024,
  date: '2024-06-15',
  ...over,
});

describe('capacity', () => {
  it('is income − living allowance − fixed costs when the law allows that much', () => {
    const r = capacity(input());
    expect(r.ok && r.value.capacity).toBe(200000 - 90000 - 80000);
    expect(r.ok && r.value.seizableMax).toBe(38610);
  });

  it('is capped at the seizable portion, and says so', () => {
    const r = capacity(input({ netHouseholdIncome: 150000, fixedCosts: [{ label: 'Huur', amount: 10000 }] }));
    if (!r.ok) throw new Error('expected ok');
    expect(r.value.capacity).toBe(1980 + 1800);
    expect(r.value.explanation.map((s) => s.code)).toContain('capped_by_law');
    expect(r.value.explanation.at(-1)).toEqual({ code: 'capacity', amount: 3780 });
  });

  it('is never negative', () => {
    const r = capacity(input({ netHouseholdIncome: 100000 }));
    expect(r.ok && r.value.capacity).toBe(0);
  });

  it('refuses a table that is not in force on the date, and bad input', () => {
    expect(capacity(input({ date: '2025-01-01' }))).toEqual({
      ok: false,
      error: { code: 'table_not_in_force', tableVersion: 'BE-1409-2024', date: '2025-01-01' },
    });
    expect(capacity(input({ netHouseholdIncome: 12.5 })).ok).toBe(false);
    expect(capacity(input({ household: { adults: -1, children: 0 } })).ok).toBe(false);
  });

  it('warns when the table is not verified', () => {
    const r = capacity(input({ table: be2025, date: '2025-03-01' }));
    expect(r.ok && r.value.explanation.some((s) => s.code === 'unverified_table')).toBe(true);
  });

  it('computes the living allowance from the household composition', () => {
    expect(livingAllowanceFor(norms, { adults: 2, children: 3 })).toBe(90000 + 45000 + 75000);
  });

  it('explains itself in Dutch and English', () => {
    const r = capacity(input());
    if (!r.ok) throw new Error('expected ok');
    const nl = r.value.explanation.map((s) => explainStep(s, 'nl'));
    expect(nl).toContain('Netto gezinsinkomen: € 2.000,00');
    expect(nl).toContain('Huur: − € 800,00');
    expect(nl.at(-1)).toBe('Afloscapaciteit per maand: € 300,00');
    expect(explainStep({ code: 'capacity', amount: 50000 }, 'en')).toBe(
      'Monthly repayment capacity: €500.00',
    );
  });

  it('explains itself in French, with real plurals', () => {
    const r = capacity(input());
    if (!r.ok) throw new Error('expected ok');
    const fr = r.value.explanation.map((s) => explainStep(s, 'fr'));
    expect(fr).toContain('Revenu net du ménage : 2\u00a0000,00\u00a0€');
    expect(fr).toContain('Huur : − 800,00\u00a0€');
    expect(fr.at(-1)).toBe('Capacité de remboursement mensuelle : 300,00\u00a0€');
    const allowance = (adults: number, children: number) =>
      explainStep({ code: 'living_allowance', amount: 90000, household: { adults, children } }, 'fr');
    expect(allowance(1, 0)).toBe('Montant pour vivre (1 adulte, 0 enfant) : − 900,00\u00a0€');
    expect(allowance(2, 3)).toBe('Montant pour vivre (2 adultes, 3 enfants) : − 900,00\u00a0€');
    // the Dutch abbreviations stay as they were
    expect(
      explainStep({ code: 'living_allowance', amount: 90000, household: { adults: 2, children: 3 } }, 'nl'),
    ).toBe('Leefgeld (2 volw., 3 kind.): − € 900,00');
  });

  it('always leaves at least the protected income (property, every shipped table)', () => {
    const household = fc.record({
      adults: fc.integer({ min: 0, max: 4 }),
      children: fc.integer({ min: 0, max: 8 }),
    });
    const costs = fc.array(fc.record({ label: fc.constant('kost'), amount: fc.nat(200_000) }), {
      maxLength: 4,
    });
    const anyNorms = fc.record({
      firstAdult: fc.nat(150_000),
      otherAdult: fc.nat(80_000),
      perChild: fc.nat(40_000),
    });
    fc.assert(
      fc.property(
        fc.constantFrom(...builtinLegalTables),
        fc.nat(1_500_000),
        household,
        anyNorms,
        costs,
        (table, income, h, n, fixedCosts) => {
          const r = capacity({
            netHouseholdIncome: income,
            livingAllowance: n,
            fixedCosts,
            household: h,
            table,
            date: table.validFrom,
          });
          if (!r.ok) throw new Error(JSON.stringify(r.error));
          const { capacity: c, protectedIncome, seizableMax } = r.value;
          expect(c).toBeGreaterThanOrEqual(0);
          expect(c).toBeLessThanOrEqual(seizableMax);
          expect(income - c).toBeGreaterThanOrEqual(protectedIncome);
          const budget = income - livingAllowanceFor(n, h) - fixedCosts.reduce((s, x) => s + x.amount, 0);
          expect(c).toBeLessThanOrEqual(Math.max(0, budget));
          if (table.kind === 'BE_ART_1409') {
            // independent of the implementation: nothing is taken below the first threshold
            expect(income - c).toBeGreaterThanOrEqual(Math.min(income, table.unseizableUpToCents));
          } else {
            expect(income - c).toBeGreaterThanOrEqual(
              Math.min(Math.ceil(income * 0.95), table.maximumCents.single),
            );
          }
        },
      ),
    );
  });
});
