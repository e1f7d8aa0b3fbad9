import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findRfInText, formatRfReference, parseRfReference, rfFromBase } from './rf-reference.ts';

describe('rfFromBase / parseRfReference', () => {
  it('computes ISO 11649 check digits', () => {
    expect(rfFromBase('539007547034')).toBe('RF18539007547034');
    expect(rfFromBase('abc')).toBe('RF45ABC');
    expect(rfFromBase('5390 0754 7034')).toBe('RF18539007547034');
  });

  it('refuses bases that cannot be a reference', () => {
    for (const bad of ['', 'A'.repeat(22), 'AB-12', 'é']) expect(() => rfFromBase(bad)).toThrow(RangeError);
  });

  it.each(['RF18539007547034', 'RF18 5390 0754 7034', ' rf18 5390 0754 7034 ', 'RF45ABC', 'rf45abc'])(
    'accepts %j',
    (text) => {
      expect(parseRfReference(text).ok).toBe(true);
    },
  );

  it.each(['RF19539007547034', 'RF18', 'RX18539007547034', `RF18${'1'.repeat(22)}`, 'RF1853900754703!', ''])(
    'rejects %j',
    (text) => {
      expect(parseRfReference(text).ok).toBe(false);
    },
  );

  it('formats in groups of four', () => {
    expect(formatRfReference('rf18539007547034')).toBe('RF18 5390 0754 7034');
    expect(formatRfReference('RF45ABC')).toBe('RF45 ABC');
  });

  it('round-trips any base and catches any single changed character', () => {
    const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    fc.assert(
      fc.property(
        fc.stringMatching(/^[0-9A-Z]{1,21}$/),
        fc.nat(),
        fc.integer({ min: 1, max: 9 }),
        (base, posSeed, delta) => {
          const ref = rfFromBase(base);
          expect(parseRfReference(formatRfReference(ref))).toEqual({ ok: true, value: ref });
          const pos = 2 + (posSeed % (ref.length - 2));
          const ch = ref[pos] ?? '0';
          // replace a digit by another digit, a letter by another letter
          const replacement = /\d/.test(ch)
            ? String((Number(ch) + delta) % 10)
            : (alphabet[10 + ((alphabet.indexOf(ch) - 10 + delta) % 26)] ?? 'A');
          const changed = `${ref.slice(0, pos)}${replacement}${ref.slice(pos + 1)}`;
          expect(parseRfReference(changed).ok).toBe(false);
        },
      ),
    );
  });
});

describe('findRfInText', () => {
  it.each([
    ['Betaling RF18 5390 0754 7034 dank u', 'RF18539007547034'],
    ['ref:RF18539007547034.', 'RF18539007547034'],
    ['rf18 5390 0754 7034', 'RF18539007547034'],
    ['factuur 12 RF45ABC', 'RF45ABC'],
    ['RF 18 5390 0754 7034', 'RF18539007547034'],
  ])('finds the reference in %j', (text, ref) => {
    expect(findRfInText(text)).toEqual({ ok: true, value: ref });
  });

  it('reports an RF-shaped reference with wrong check digits', () => {
    expect(findRfInText('RF19 5390 0754 7034')).toEqual({
      ok: false,
      error: 'creditor reference check digits do not match',
    });
  });

  it('ignores text without a reference, and RF inside words', () => {
    expect(findRfInText('huur januari')).toBeNull();
    expect(findRfInText('SURF18 lessons')).toBeNull();
    expect(findRfInText('')).toBeNull();
  });

  it('finds generated references written compact or grouped, in a sentence', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[0-9A-Z]{1,21}$/),
        fc.boolean(),
        fc.constantFrom('', 'Betaling ', 'ref: '),
        fc.constantFrom('', '. Groeten', ', factuur van maart', ' dank u wel', ' voor jan'),
        (base, grouped, prefix, suffix) => {
          const ref = rfFromBase(base);
          const printed = grouped ? formatRfReference(ref) : ref;
          expect(findRfInText(`${prefix}${printed}${suffix}`)).toEqual({ ok: true, value: ref });
        },
      ),
    );
  });
});
