import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNationalNumber, nationalNumberFrom, parseNationalNumber } from './national-number.ts';

const two = (n: number): string => String(n).padStart(2, '0');

describe('parseNationalNumber', () => {
  it('accepts the usual notations and returns digits and birth date', () => {
    const expected = { ok: true, value: { value: '85073003328', birthDate: '1985-07-30', kind: 'rrn' } };
    expect(parseNationalNumber('85.07.30-033.28')).toEqual(expected);
    expect(parseNationalNumber('85073003328')).toEqual(expected);
    expect(parseNationalNumber(' 850730 033 28 ')).toEqual(expected);
    expect(parseNationalNumber('850730-033-28')).toEqual(expected);
  });

  it('uses the 2-prefix rule for births from 2000', () => {
    const n = nationalNumberFrom('050315', 12, true);
    expect(n).toBe('05031501281'); // 97 − (2050315012 mod 97) = 81; the 19xx variant would be 52
    expect(parseNationalNumber(n)).toEqual({
      ok: true,
      value: { value: n, birthDate: '2005-03-15', kind: 'rrn' },
    });
  });

  it('reads BIS numbers with month +20 and +40 and unknown dates', () => {
    const bisUnknownSex = nationalNumberFrom('852730', 33, false);
    expect(parseNationalNumber(bisUnknownSex)).toMatchObject({
      ok: true,
      value: { birthDate: '1985-07-30', kind: 'bis' },
    });
    const bisKnownSex = nationalNumberFrom('014102', 1, true);
    expect(parseNationalNumber(bisKnownSex)).toMatchObject({
      ok: true,
      value: { birthDate: '2001-01-02', kind: 'bis' },
    });
    const unknownDate = nationalNumberFrom('402000', 5, false);
    expect(parseNationalNumber(unknownDate)).toMatchObject({
      ok: true,
      value: { birthDate: null, kind: 'bis' },
    });
    const unknownDay = nationalNumberFrom('600300', 5, false);
    expect(parseNationalNumber(unknownDay)).toMatchObject({
      ok: true,
      value: { birthDate: null, kind: 'rrn' },
    });
  });

  it.each([
    ['85073003327', 'bad check'],
    ['8507300332', 'too short'],
    ['850730033288', 'too long'],
    ['85x07300332', 'letters'],
    ['', 'empty'],
  ])('rejects %s (%s)', (text) => {
    expect(parseNationalNumber(text).ok).toBe(false);
  });

  it('rejects impossible birth dates even with correct check digits', () => {
    expect(parseNationalNumber(nationalNumberFrom('250229', 11, false)).ok).toBe(false); // 1925 not leap
    expect(parseNationalNumber(nationalNumberFrom('240229', 11, false)).ok).toBe(true);
    expect(parseNationalNumber(nationalNumberFrom('851330', 11, false)).ok).toBe(false);
    expect(parseNationalNumber(nationalNumberFrom('856130', 11, false)).ok).toBe(false);
  });
});

describe('formatNationalNumber', () => {
  it('formats with dots and a dash', () => {
    expect(formatNationalNumber('85073003328')).toBe('85.07.30-033.28');
  });
});

describe('properties', () => {
  const numberArb = fc
    .record({
      date: fc.date({
        min: new Date('1900-01-01T00:00:00Z'),
        max: new Date('2099-12-31T00:00:00Z'),
        noInvalidDate: true,
      }),
      bis: fc.constantFrom(0, 20, 40),
      unknownDate: fc.boolean(),
      sequence: fc.integer({ min: 1, max: 998 }),
    })
    .map(({ date, bis, unknownDate, sequence }) => {
      const year = date.getUTCFullYear();
      const month = unknownDate ? 0 : date.getUTCMonth() + 1;
      const day = unknownDate ? 0 : date.getUTCDate();
      const yymmdd = `${two(year % 100)}${two(month + bis)}${two(day)}`;
      return {
        value: nationalNumberFrom(yymmdd, sequence, year >= 2000),
        birthDate: unknownDate ? null : date.toISOString().slice(0, 10),
        kind: bis === 0 ? 'rrn' : 'bis',
        year,
      };
    });

  it('parses every valid number of both centuries, BIS included', () => {
    fc.assert(
      fc.property(numberArb, ({ value, birthDate, kind }) => {
        expect(parseNationalNumber(value)).toEqual({ ok: true, value: { value, birthDate, kind } });
        expect(parseNationalNumber(formatNationalNumber(value))).toEqual(parseNationalNumber(value));
      }),
      { numRuns: 2000 },
    );
  });

  it('shows the century flip explicitly: 87.07.30 → 81.07.30 reads as born in 2081', () => {
    expect(parseNationalNumber('87073003370')).toMatchObject({
      ok: true,
      value: { birthDate: '1987-07-30' },
    });
    expect(parseNationalNumber('81073003370')).toMatchObject({
      ok: true,
      value: { birthDate: '2081-07-30' },
    });
  });

  it('rejects any single changed digit, except the one change that can flip the century', () => {
    // 2 000 000 000 ≡ 68 (mod 97) and 6·10^7 ≡ 68 (mod 97): lowering the 2nd digit by 6 (or raising it by 6)
    // turns a valid 19xx number into a valid 20xx one (or back). No other single-digit change passes.
    fc.assert(
      fc.property(
        numberArb,
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 1, max: 9 }),
        (n, pos, delta) => {
          const digit = Number(n.value[pos]);
          const changed = `${n.value.slice(0, pos)}${(digit + delta) % 10}${n.value.slice(pos + 1)}`;
          const result = parseNationalNumber(changed);
          if (result.ok) {
            expect(pos).toBe(1);
            expect(Math.abs(((digit + delta) % 10) - digit)).toBe(6);
            const parsedYear = Number(result.value.birthDate?.slice(0, 4) ?? Number.NaN);
            if (result.value.birthDate !== null) expect(parsedYear >= 2000).toBe(n.year < 2000);
          }
        },
      ),
      { numRuns: 5000 },
    );
  });
});
