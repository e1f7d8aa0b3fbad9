import { describe, expect, it } from 'vitest';
import { formatIban, isValidIban, parseBic, parseIban } from './iban.ts';

describe('parseIban', () => {
  it.each([
    ['BE68539007547034', 'BE68539007547034'],
    ['be68 5390 0754 7034', 'BE68539007547034'],
    [' BE68-5390-0754-7034 ', 'BE68539007547034'],
    ['IBAN BE68\u00a05390\u00a00754\u00a07034', 'BE68539007547034'],
    ['NL91 ABNA 0417 1643 00', 'NL91ABNA0417164300'],
  ])('accepts %j', (text, iban) => {
    expect(parseIban(text)).toEqual({ ok: true, value: iban });
  });

  it.each(['BE68539007547035', 'BE6853900754703', 'XX68539007547034', '', 'hello'])('rejects %j', (text) => {
    expect(isValidIban(text)).toBe(false);
  });

  it('formats in groups of four', () => {
    expect(formatIban('BE68539007547034')).toBe('BE68 5390 0754 7034');
    expect(formatIban('nl91abna0417164300')).toBe('NL91 ABNA 0417 1643 00');
  });
});

describe('parseBic', () => {
  it('accepts 8 and 11 character BICs', () => {
    expect(parseBic('gkcc bebb')).toEqual({ ok: true, value: 'GKCCBEBB' });
    expect(parseBic('GEBABEBBXXX')).toEqual({ ok: true, value: 'GEBABEBBXXX' });
    expect(parseBic('GKCC').ok).toBe(false);
  });
});
