import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { Comparison } from './what-if.ts';
import { addComparisons, comparisonCsv, emptyComparison } from './what-if-report.ts';

const tally = (people: number, openCents: number, eligible: number) => ({ people, openCents, eligible });
const comparison: Comparison = {
  ...emptyComparison('2026-03-01'),
  active: {
    Vermogend: tally(3, 123_456, 1),
    GeringeAfbetaalmogelijkheid: tally(2, 50_000, 2),
    Onvermogend: tally(1, 7_50, 1),
  },
  draft: {
    Vermogend: tally(2, 100_000, 1),
    GeringeAfbetaalmogelijkheid: tally(3, 73_456, 3),
    Onvermogend: tally(1, 7_50, 1),
  },
  becameEligible: 1,
  lostEligibility: 0,
};

describe('the what-if CSV', () => {
  it('has French column and section names, and the same figures as the Dutch one', () => {
    const fr = comparisonCsv(comparison, 'fr');
    const rows = parse(fr, { delimiter: ';' }) as string[][];
    expect(rows[0]).toEqual([
      'partie',
      'profil',
      'vers_profil',
      'personnes',
      'ouvert_eur',
      'en_ligne_de_compte',
    ]);
    expect(rows[1]).toEqual(['actif', 'Vermogend', '', '3', '1234.56', '1']);
    expect(rows[4]).toEqual(['projet', 'Vermogend', '', '2', '1000.00', '1']);
    expect(rows.at(-2)).toEqual(['nouveau_en_ligne_de_compte', '', '', '1', '', '']);
    expect(rows.at(-1)).toEqual(['plus_en_ligne_de_compte', '', '', '0', '', '']);
    expect(rows.filter((r) => r[0] === 'glissement')).toHaveLength(9);

    const nl = parse(comparisonCsv(comparison, 'nl'), { delimiter: ';' }) as string[][];
    expect(nl[0]).toEqual(['deel', 'profiel', 'naar_profiel', 'personen', 'open_eur', 'in_aanmerking']);
    expect(nl.map((r) => r.slice(1))).toEqual(
      rows.map((r, i) => (i === 0 ? (nl[0] ?? []).slice(1) : r.slice(1))),
    );
    expect(comparisonCsv(addComparisons(comparison, emptyComparison('2026-03-01')), 'fr')).toBe(fr);
  });
});
