import { describe, expect, it } from 'vitest';
import { epcQrPayload } from './epc-qr.ts';

const transfer = {
  bic: 'GKCCBEBB',
  name: 'Stad Testdorp',
  iban: 'BE68 5390 0754 7034',
  amount: 1234,
  structuredReference: '123456789002',
};

describe('epcQrPayload (EPC069-12, version 002)', () => {
  it('lists the elements in order, one per line, nothing after the last one given', () => {
    expect(epcQrPayload(transfer)).toEqual({
      ok: true,
      value: [
        'BCD',
        '002',
        '1',
        'SCT',
        'GKCCBEBB',
        'Stad Testdorp',
        'BE68539007547034',
        'EUR12.34',
        '',
        '123456789002',
      ].join('\n'),
    });
  });

  it('keeps empty optional elements in between and adds information at the end', () => {
    const r = epcQrPayload({
      name: 'Stad Testdorp',
      iban: 'BE68539007547034',
      remittanceText: 'Plan 42',
      information: 'Dank u',
    });
    expect(r.ok && r.value.split('\n')).toEqual([
      'BCD',
      '002',
      '1',
      'SCT',
      '',
      'Stad Testdorp',
      'BE68539007547034',
      '',
      '',
      '',
      'Plan 42',
      'Dank u',
    ]);
  });

  it('formats amounts with a point and two decimals', () => {
    const r = epcQrPayload({ ...transfer, amount: 99_999_999_999 });
    expect(r.ok && r.value.split('\n')[7]).toBe('EUR999999999.99');
    const cents = epcQrPayload({ ...transfer, amount: 5 });
    expect(cents.ok && cents.value.split('\n')[7]).toBe('EUR0.05');
  });

  it('refuses what the guideline forbids', () => {
    const problems = (over: object) => {
      const r = epcQrPayload({ ...transfer, ...over });
      return r.ok ? [] : r.error;
    };
    expect(problems({ iban: 'BE68539007547035' })).toEqual(['iban: not a valid IBAN']);
    expect(problems({ bic: 'NOPE' })).toEqual(['bic: not a valid BIC']);
    expect(problems({ amount: 0 })).toEqual(['amount: from 0.01 to 999999999.99 euro']);
    expect(problems({ amount: 100_000_000_000 })).toHaveLength(1);
    expect(problems({ name: 'x'.repeat(71) })).toEqual(['name: 1 to 70 characters']);
    expect(problems({ remittanceText: 'ook tekst' })).toEqual([
      'structured reference and remittance text cannot both be given',
    ]);
    expect(problems({ structuredReference: 'R'.repeat(36) })).toEqual([
      'structuredReference: at most 35 characters',
    ]);
    expect(problems({ purpose: 'toolong' })).toEqual(['purpose: 1 to 4 capital letters or digits']);
    expect(problems({ name: 'Stad\nTestdorp' })).toEqual(['name: no line breaks']);
  });
});
