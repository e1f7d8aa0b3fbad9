import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ogmFromBase } from '../kernel/ogm.ts';
import { SAMPLE } from './fixtures/sample-data.ts';
import { extractReference, type MatchCandidate, suggestMatches } from './matching.ts';
import { nameSimilarity } from './name-similarity.ts';
import type { StatementLine } from './statement.ts';

const line = (over: Partial<StatementLine>): StatementLine => ({
  bankRef: 'r1',
  bookingDate: '2026-03-03',
  valueDate: '2026-03-03',
  amount: 5_000,
  reversal: false,
  counterpartyName: null,
  counterpartyIban: null,
  structuredRef: null,
  unstructured: null,
  ...over,
});

const wrongCheck = (ogm: string): string => `${ogm.slice(0, 10)}${ogm.slice(10) === '01' ? '02' : '01'}`;

describe('extractReference', () => {
  it('takes a valid structured OGM or RF from the structured field', () => {
    expect(extractReference(line({ structuredRef: { kind: 'ogm', value: SAMPLE.ogm1 } }))).toEqual({
      ok: true,
      value: { ref: { kind: 'ogm', value: SAMPLE.ogm1 }, source: 'structured' },
    });
    const rf = extractReference(line({ structuredRef: { kind: 'rf', value: SAMPLE.rf } }));
    expect(rf.ok && rf.value?.ref).toEqual({ kind: 'rf', value: SAMPLE.rf });
  });

  it('finds an OGM typed in the free text with or without +++ and slashes, and an RF', () => {
    const d = SAMPLE.ogmInText;
    for (const text of [
      `afbetaling +++${d.slice(0, 3)}/${d.slice(3, 7)}/${d.slice(7)}+++`,
      `ref ${d.slice(0, 3)} ${d.slice(3, 7)} ${d.slice(7)}`,
      `ogm ${d} maart`,
    ]) {
      const r = extractReference(line({ unstructured: text }));
      expect(r.ok && r.value).toEqual({ ref: { kind: 'ogm', value: d }, source: 'text' });
    }
    const r = extractReference(line({ unstructured: 'factuur RF18 5390 0754 7034' }));
    expect(r.ok && r.value?.ref).toEqual({ kind: 'rf', value: SAMPLE.rf });
  });

  it('rejects a wrong OGM check digit with a clear message, in the field and in the text', () => {
    const bad = wrongCheck(SAMPLE.ogm1);
    const structured = extractReference(line({ structuredRef: { kind: 'ogm', value: bad } }));
    expect(structured.ok).toBe(false);
    if (!structured.ok) {
      expect(structured.error.code).toBe('bad_check_digits');
      expect(structured.error.message.nl).toContain(
        `+++${bad.slice(0, 3)}/${bad.slice(3, 7)}/${bad.slice(7)}+++`,
      );
      expect(structured.error.message.en).toContain('wrong check digits');
    }
    const typed = extractReference(
      line({ unstructured: `+++${bad.slice(0, 3)}/${bad.slice(3, 7)}/${bad.slice(7)}+++` }),
    );
    expect(typed.ok).toBe(false);
  });

  it('falls back to a valid reference in the text when the structured one is wrong; null when none', () => {
    const r = extractReference(
      line({ structuredRef: { kind: 'ogm', value: wrongCheck(SAMPLE.ogm1) }, unstructured: SAMPLE.ogm2 }),
    );
    expect(r.ok && r.value?.ref.value).toBe(SAMPLE.ogm2);
    expect(extractReference(line({ unstructured: 'huur maart' }))).toEqual({ ok: true, value: null });
  });

  it('accepts every valid OGM in the field and refuses every one-digit change', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9_999_999_999 }),
        fc.integer({ min: 0, max: 11 }),
        fc.integer({ min: 1, max: 9 }),
        (base, pos, delta) => {
          const ogm = ogmFromBase(String(base).padStart(10, '0'));
          expect(extractReference(line({ structuredRef: { kind: 'ogm', value: ogm } })).ok).toBe(true);
          const digit = (Number(ogm[pos]) + delta) % 10;
          const changed = `${ogm.slice(0, pos)}${digit}${ogm.slice(pos + 1)}`;
          expect(extractReference(line({ structuredRef: { kind: 'ogm', value: changed } })).ok).toBe(false);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('suggestMatches', () => {
  const plans: MatchCandidate[] = [
    {
      planKey: 'plan-jan',
      debtorName: 'Jan Testmans',
      knownIbans: ['BE71 0961 2345 6769'],
      instalmentAmounts: [5_000],
      openAmount: 45_000,
      ogm: SAMPLE.ogm1,
    },
    {
      planKey: 'plan-an',
      debtorName: 'An Voorbeeld',
      knownIbans: [],
      instalmentAmounts: [5_000],
      openAmount: 5_000,
    },
  ];

  it('never suggests on amount alone', () => {
    expect(suggestMatches(line({ amount: 5_000, counterpartyName: 'Piet Proefmens' }), plans)).toEqual([]);
  });

  it('suggests by known IBAN, by name in another order and accents, with the amount as support', () => {
    const byIban = suggestMatches(line({ counterpartyIban: 'BE71096123456769' }), plans);
    expect(byIban.map((s) => [s.planKey, s.reasons.map((r) => r.code)])).toEqual([
      ['plan-jan', ['known_iban', 'instalment_amount']],
    ]);
    const byName = suggestMatches(line({ amount: 1_234, counterpartyName: 'VOORBEELD ÁN' }), plans);
    expect(byName.map((s) => s.planKey)).toEqual(['plan-an']);
    expect(byName[0]?.reasons[0]?.message.nl).toContain('naam');
  });

  it('spots a mistyped OGM (two digits swapped) and ranks the strongest first', () => {
    const o = SAMPLE.ogm1;
    const swapped = `${o.slice(0, 4)}${o[5]}${o[4]}${o.slice(6)}`;
    const s = suggestMatches(
      line({ unstructured: `ref ${swapped}`, counterpartyName: 'An Voorbeeld' }),
      plans,
    );
    expect(s.map((x) => x.planKey)).toEqual(['plan-jan', 'plan-an']);
    expect(s[0]?.reasons[0]?.code).toBe('reference_typo');
  });

  it('gives nothing for debits and reversals', () => {
    expect(suggestMatches(line({ amount: -5_000, counterpartyIban: 'BE71096123456769' }), plans)).toEqual([]);
    expect(suggestMatches(line({ reversal: true, counterpartyIban: 'BE71096123456769' }), plans)).toEqual([]);
  });
});

describe('nameSimilarity', () => {
  it('is 1 for the same name in any order or case, low for different people', () => {
    expect(nameSimilarity('TESTMANS JAN', 'Jan Testmans')).toBe(1);
    expect(nameSimilarity('Jan Testmans en An Voorbeeld', 'Jan Testmans')).toBeGreaterThanOrEqual(0.8);
    expect(nameSimilarity('Piet Proefmens', 'Jan Testmans')).toBeLessThan(0.5);
  });
});
