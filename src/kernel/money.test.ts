import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGS } from './i18n.ts';
import { centsToDecimal, formatEuro, parseAmount, splitLargestRemainder } from './money.ts';

describe('parseAmount', () => {
  it.each([
    ['1.234,56', 123456],
    ['12,5', 1250],
    ['€ 12,5', 1250],
    ['-3,00', -300],
    ['1234.56', 123456],
    ['1,234.56', 123456],
    ['12', 1200],
    ['  12  ', 1200],
    ['12 EUR', 1200],
    ['EUR 12,50', 1250],
    ['12,50 eur', 1250],
    ['12,5 €', 1250],
    ['\u00a012,50\u00a0', 1250],
    ['1\u00a0234,56', 123456],
    ['1\u202f234,56 €', 123456],
    ['1 234 567,89', 123456789],
    ['1.234.567', 123456700],
    ['1,234,567.8', 123456780],
    ['1.234', 123400],
    ['1,234', 123400],
    ['0,05', 5],
    ['-0,00', 0],
    ['+7', 700],
    ['-€ 1.234,56', -123456],
    ['€ -12', -1200],
    ['90.071.992.547.409,91', Number.MAX_SAFE_INTEGER],
  ])('%j → %d cents', (text, cents) => {
    expect(parseAmount(text)).toEqual({ ok: true, value: cents });
  });

  it.each([
    '',
    '   ',
    '€',
    'abc',
    '12,3,4',
    '1.2.3,4,5',
    '12,3456',
    '1234,567',
    '12,',
    '1..2',
    '1,2.345.678',
    '12 3',
    '0,123',
    '--5',
    '5-',
    '12a',
    '1e5',
    '90.071.992.547.409,92',
  ])('rejects %j', (text) => {
    const result = parseAmount(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.length).toBeGreaterThan(0);
  });

  it('names the problem with too many decimals', () => {
    expect(parseAmount('12.345')).toEqual({ ok: true, value: 1234500 });
    expect(parseAmount('1,2345')).toEqual({ ok: false, error: 'more than 2 decimals' });
  });

  it('parses what formatEuro prints, in every language, for any safe amount', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), fc.constantFrom(...LANGS), (cents, lang) => {
        expect(parseAmount(formatEuro(cents, lang))).toEqual({ ok: true, value: cents });
      }),
      { numRuns: 2000 },
    );
  });

  it('parses plain decimals as produced by centsToDecimal', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (cents) => {
        expect(parseAmount(centsToDecimal(cents))).toEqual({ ok: true, value: cents });
      }),
    );
  });
});

describe('formatEuro', () => {
  it('formats Dutch and English notation', () => {
    expect(formatEuro(123456)).toBe('€ 1.234,56');
    expect(formatEuro(-123456, 'nl')).toBe('-€ 1.234,56');
    expect(formatEuro(123456, 'en')).toBe('€1,234.56');
    expect(formatEuro(-5, 'en')).toBe('-€0.05');
    expect(formatEuro(0)).toBe('€ 0,00');
    expect(formatEuro(100000000)).toBe('€ 1.000.000,00');
  });

  it('formats the French Belgian way, with no-break spaces', () => {
    expect(formatEuro(123456, 'fr')).toBe('1\u00a0234,56\u00a0€');
    expect(formatEuro(-5, 'fr')).toBe('-0,05\u00a0€');
    expect(formatEuro(100000000, 'fr')).toBe('1\u00a0000\u00a0000,00\u00a0€');
  });

  it('refuses fractions of a cent (a bug, not input)', () => {
    expect(() => formatEuro(1.5)).toThrow(RangeError);
  });
});

describe('centsToDecimal', () => {
  it('prints a dot decimal', () => {
    expect(centsToDecimal(123456)).toBe('1234.56');
    expect(centsToDecimal(-5)).toBe('-0.05');
    expect(centsToDecimal(0)).toBe('0.00');
    expect(centsToDecimal(-100)).toBe('-1.00');
  });
});

describe('splitLargestRemainder', () => {
  it('splits proportionally with ties to the earlier index', () => {
    expect(splitLargestRemainder(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(splitLargestRemainder(101, [1, 1, 1])).toEqual([34, 34, 33]);
    expect(splitLargestRemainder(1000, [100, 300])).toEqual([250, 750]);
    expect(splitLargestRemainder(10, [1, 2, 0, 3])).toEqual([2, 3, 0, 5]);
  });

  it('splits equally when every weight is zero', () => {
    expect(splitLargestRemainder(10, [0, 0, 0])).toEqual([4, 3, 3]);
  });

  it('handles negative totals symmetrically', () => {
    expect(splitLargestRemainder(-100, [1, 1, 1])).toEqual([-34, -33, -33]);
  });

  it('handles an empty split of zero and refuses bad weights', () => {
    expect(splitLargestRemainder(0, [])).toEqual([]);
    expect(() => splitLargestRemainder(5, [])).toThrow(RangeError);
    expect(() => splitLargestRemainder(5, [1, -1])).toThrow(RangeError);
    expect(() => splitLargestRemainder(5, [0.5])).toThrow(RangeError);
  });

  it('stays exact for totals and weights whose product exceeds 2^53', () => {
    const parts = splitLargestRemainder(9_000_000_000_000, [3_000_000_000_000, 1, 2_000_000_000_000]);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(9_000_000_000_000);
    expect(parts).toEqual([5_399_999_999_999, 2, 3_599_999_999_999]);
  });

  const weightsArb = fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 1, maxLength: 12 });
  const totalArb = fc.integer({ min: -1e11, max: 1e11 });

  it('always adds up exactly to the total', () => {
    fc.assert(
      fc.property(totalArb, weightsArb, (total, weights) => {
        const parts = splitLargestRemainder(total, weights);
        expect(parts).toHaveLength(weights.length);
        expect(parts.every(Number.isSafeInteger)).toBe(true);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
      }),
    );
  });

  it('gives every part less than one cent away from its exact share', () => {
    fc.assert(
      fc.property(totalArb, weightsArb, (total, weights) => {
        const parts = splitLargestRemainder(total, weights);
        const sum = weights.reduce((a, b) => a + b, 0);
        const used = sum === 0 ? weights.map(() => 1) : weights;
        const usedSum = sum === 0 ? weights.length : sum;
        parts.forEach((part, i) => {
          // |part - total*w/sum| < 1  ⇔  |part*sum - total*w| < sum, checked exactly in BigInt
          const diff = BigInt(part) * BigInt(usedSum) - BigInt(total) * BigInt(used[i] ?? 0);
          expect(diff < 0n ? -diff : diff).toBeLessThan(BigInt(usedSum));
        });
      }),
    );
  });

  it('is deterministic and gives zero weights nothing when others are positive', () => {
    fc.assert(
      fc.property(totalArb, weightsArb, (total, weights) => {
        const parts = splitLargestRemainder(total, weights);
        expect(splitLargestRemainder(total, weights)).toEqual(parts);
        if (weights.some((w) => w > 0)) {
          weights.forEach((w, i) => {
            if (w === 0) expect(parts[i]).toBe(0);
          });
        }
      }),
    );
  });
});
