import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findOgmInText, formatOgm, isValidOgmDigits, ogmFromBase, parseOgm } from './ogm.ts';

describe('ogmFromBase', () => {
  it('appends base mod 97, with 0 written as 97', () => {
    expect(ogmFromBase('1234567890')).toBe('123456789002');
    expect(ogmFromBase(1234567890)).toBe('123456789002');
    expect(ogmFromBase(97)).toBe('000000009797');
    expect(ogmFromBase(0)).toBe('000000000097');
    expect(ogmFromBase('42')).toBe('000000004242');
  });

  it('refuses bases that are not 1–10 digits', () => {
    for (const bad of ['', '12345678901', '12a', -1, 1.5, 12_345_678_901]) {
      expect(() => ogmFromBase(bad)).toThrow(RangeError);
    }
  });
});

describe('parseOgm / formatOgm', () => {
  it.each([
    '+++123/4567/89002+++',
    '***123/4567/89002***',
    '123/4567/89002',
    '123456789002',
    ' +++ 123 / 4567 / 89002 +++ ',
  ])('accepts %j', (text) => {
    expect(parseOgm(text)).toEqual({ ok: true, value: '123456789002' });
  });

  it.each(['+++123/4567/89003+++', '123/4567/8900', '+++123/4567/89002***', '12345678900a', ''])(
    'rejects %j',
    (text) => {
      expect(parseOgm(text).ok).toBe(false);
    },
  );

  it('formats with +++ and slashes', () => {
    expect(formatOgm('123456789002')).toBe('+++123/4567/89002+++');
  });

  it('round-trips any base and catches any single changed digit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9_999_999_999 }),
        fc.integer({ min: 0, max: 11 }),
        fc.integer({ min: 1, max: 9 }),
        (base, pos, delta) => {
          const digits = ogmFromBase(base);
          expect(parseOgm(formatOgm(digits))).toEqual({ ok: true, value: digits });
          const changed = `${digits.slice(0, pos)}${(Number(digits[pos]) + delta) % 10}${digits.slice(pos + 1)}`;
          expect(isValidOgmDigits(changed)).toBe(false);
        },
      ),
    );
  });
});

describe('findOgmInText', () => {
  it.each([
    ['Betaling +++123/4567/89002+++ bedankt', '123456789002'],
    ['mededeling: 123/4567/89002', '123456789002'],
    ['ref 123456789002.', '123456789002'],
    ['ref 123 4567 89002 factuur 2026', '123456789002'],
    ['***123/4567/89002***', '123456789002'],
    ['1234 5678 9002', '123456789002'],
    ['factuur 2026/17 en +++123/4567/89002+++', '123456789002'],
  ])('finds the reference in %j', (text, digits) => {
    expect(findOgmInText(text)).toEqual({ ok: true, value: digits });
  });

  it('skips an invalid candidate and returns the first valid one', () => {
    const second = ogmFromBase('5550001112');
    expect(findOgmInText(`oud: +++123/4567/89003+++ nieuw: ${second}`)).toEqual({ ok: true, value: second });
  });

  it('reports an OGM-shaped reference with wrong check digits', () => {
    expect(findOgmInText('betaling +++123/4567/89003+++')).toEqual({
      ok: false,
      error: 'structured reference check digits do not match',
    });
  });

  it('returns null when there is no reference at all', () => {
    expect(findOgmInText('huur januari')).toBeNull();
    expect(findOgmInText('factuur 2026-0017 van 23/11/2026')).toBeNull();
    expect(findOgmInText('')).toBeNull();
  });

  it('does not read an IBAN or a longer number as an OGM', () => {
    // 5390 0754 7034 happens to be 12 digits, but it is part of an IBAN
    expect(findOgmInText('BE68 5390 0754 7034')).toBeNull();
    expect(findOgmInText(`kaart 9${ogmFromBase('1234567890')}9`)).toBeNull();
  });

  it('finds any generated reference in surrounding words, in any printed shape', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9_999_999_999 }),
        fc.constantFrom('plain', 'slashes', 'plus', 'stars', 'spaces'),
        fc.constantFrom('', 'Betaling ', 'huur jan. ', 'ref: '),
        fc.constantFrom('', ' dank u', '. Groeten'),
        (base, shape, prefix, suffix) => {
          const d = ogmFromBase(base);
          const slashed = `${d.slice(0, 3)}/${d.slice(3, 7)}/${d.slice(7)}`;
          const printed = {
            plain: d,
            slashes: slashed,
            plus: `+++${slashed}+++`,
            stars: `***${slashed}***`,
            spaces: `${d.slice(0, 3)} ${d.slice(3, 7)} ${d.slice(7)}`,
          }[shape];
          expect(findOgmInText(`${prefix}${printed}${suffix}`)).toEqual({ ok: true, value: d });
        },
      ),
    );
  });
});
