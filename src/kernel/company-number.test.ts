import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  companyNumberFrom,
  formatCompanyNumber,
  isValidCompanyNumber,
  parseCompanyNumber,
} from './company-number.ts';

describe('parseCompanyNumber', () => {
  it.each(['0123.456.749', '0123456749', 'BE 0123.456.749', 'be0123456749', '123.456.749', ' 0123 456 749 '])(
    'accepts %j',
    (text) => {
      expect(parseCompanyNumber(text)).toEqual({ ok: true, value: '0123456749' });
    },
  );

  it.each(['0123.456.748', '2123456749', '01234567', 'NL0123456749', '0123-456-74x', ''])(
    'rejects %j',
    (text) => {
      expect(isValidCompanyNumber(text)).toBe(false);
    },
  );

  it('formats with dots', () => {
    expect(formatCompanyNumber('BE0123456749')).toBe('0123.456.749');
    expect(() => formatCompanyNumber('0123456748')).toThrow(RangeError);
  });

  it('accepts every built number and rejects any single changed digit', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[01][0-9]{7}$/),
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 1, max: 9 }),
        (first8, pos, delta) => {
          const value = companyNumberFrom(first8);
          expect(parseCompanyNumber(formatCompanyNumber(value))).toEqual({ ok: true, value });
          const changed = `${value.slice(0, pos)}${(Number(value[pos]) + delta) % 10}${value.slice(pos + 1)}`;
          expect(isValidCompanyNumber(changed)).toBe(false);
        },
      ),
    );
  });
});
