import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDate } from '../kernel/dates.ts';
import { parseAmount } from '../kernel/money.ts';
import { nationalNumberFrom, parseNationalNumber } from '../kernel/national-number.ts';
import { belgianNumberProblem, readAmount, readDate, validateClaimRecord } from './claim-row.ts';
import { type HeaderMap, mapHeader } from './columns.ts';

const HEADER = [
  'vordering_id',
  'rijksregisternummer',
  'klantnummer',
  'naam',
  'geboortedatum',
  'categorie',
  'hoofdsom',
  'kosten',
  'betaald',
  'factuurdatum',
  'vervaldatum',
  'status',
  'straat',
];

function headerMap(header: readonly string[] = HEADER): HeaderMap {
  const mapped = mapHeader(header);
  if (!mapped.ok) throw new Error(mapped.error.message);
  return mapped.value;
}

type Row = Partial<Record<(typeof HEADER)[number], string>>;
const GOOD: Row = {
  vordering_id: 'F-1',
  rijksregisternummer: '01.01.01-001.94',
  naam: 'Jan Testmans',
  categorie: 'Afvalbelasting',
  hoofdsom: '1.234,56',
  vervaldatum: '15/03/2025',
};
const record = (row: Row): string[] => HEADER.map((h) => row[h] ?? '');

function errorsOf(row: Row, lang: 'nl' | 'en' = 'nl') {
  const result = validateClaimRecord(record(row), headerMap(), 7, lang);
  if (result.ok) throw new Error('expected errors');
  return result.error;
}

describe('validateClaimRecord: a good row', () => {
  it('converts and normalises every field, with defaults', () => {
    const result = validateClaimRecord(record(GOOD), headerMap(), 2);
    expect(result).toEqual({
      ok: true,
      value: {
        claimId: 'F-1',
        nationalNumber: '01010100194',
        nationalNumberKind: 'be',
        customerNumber: null,
        name: 'Jan Testmans',
        birthDate: null,
        street: null,
        houseNumber: null,
        postalCode: null,
        city: null,
        category: 'Afvalbelasting',
        principal: 123456,
        charges: 0,
        paid: 0,
        issueDate: null,
        dueDate: '2025-03-15',
        status: 'open',
      },
    });
  });

  it('reads decimal comma and point, both date formats, trims values, maps statuses in both languages', () => {
    const cases: [Row, object][] = [
      [
        { hoofdsom: '85,5', kosten: '12.50', betaald: ' 3,00 ' },
        { principal: 8550, charges: 1250, paid: 300 },
      ],
      [
        { vervaldatum: '2025-12-31', factuurdatum: '01/12/2025' },
        { dueDate: '2025-12-31', issueDate: '2025-12-01' },
      ],
      [
        { geboortedatum: '1901-01-01', straat: '  Lange Straat ' },
        { birthDate: '1901-01-01', street: 'Lange Straat' },
      ],
      [{ status: 'Betaald' }, { status: 'paid' }],
      [{ status: 'PAID' }, { status: 'paid' }],
      [{ status: 'geannuleerd' }, { status: 'cancelled' }],
      [{ status: 'cancelled' }, { status: 'cancelled' }],
      [{ categorie: '  Kinderopvang ' }, { category: 'Kinderopvang' }],
    ];
    for (const [change, expected] of cases) {
      const result = validateClaimRecord(record({ ...GOOD, ...change }), headerMap(), 2);
      expect(result.ok && result.value).toMatchObject(expected);
    }
  });

  it('accepts a Dutch BSN, or a customer number without any national number', () => {
    const bsn = validateClaimRecord(record({ ...GOOD, rijksregisternummer: '999999011' }), headerMap(), 2);
    expect(bsn.ok && [bsn.value.nationalNumber, bsn.value.nationalNumberKind]).toEqual(['999999011', 'nl']);
    const customer = validateClaimRecord(
      record({ ...GOOD, rijksregisternummer: '', klantnummer: 'K-9' }),
      headerMap(),
      2,
    );
    expect(customer.ok && customer.value).toMatchObject({
      nationalNumber: null,
      nationalNumberKind: null,
      customerNumber: 'K-9',
    });
  });

  it('accepts the national number in every notation, stored as digits', () => {
    for (const notation of ['01010100194', '01.01.01-001.94', '010101 001 94', '01.01.01/001-94']) {
      const result = validateClaimRecord(record({ ...GOOD, rijksregisternummer: notation }), headerMap(), 2);
      expect(result.ok && result.value.nationalNumber).toBe('01010100194');
    }
  });
});

describe('validateClaimRecord: errors name the row and the field', () => {
  const cases: [Row, string, string, string][] = [
    [{ vordering_id: '' }, 'claimId', 'required', 'Verplicht veld is leeg: vordering_id'],
    [{ naam: '  ' }, 'name', 'required', 'Verplicht veld is leeg: naam'],
    [{ categorie: '' }, 'category', 'required', 'Verplicht veld is leeg: categorie'],
    [{ hoofdsom: '' }, 'principal', 'required', 'Verplicht veld is leeg: hoofdsom'],
    [{ vervaldatum: '' }, 'dueDate', 'required', 'Verplicht veld is leeg: vervaldatum'],
    [
      { rijksregisternummer: '' },
      'nationalNumber',
      'identifier_missing',
      'Rijksregisternummer of klantnummer ontbreekt: minstens één van beide is verplicht',
    ],
    [
      { rijksregisternummer: '01.01.01-001.95' },
      'nationalNumber',
      'national_number_checksum',
      'Ongeldig rijksregisternummer: controlegetal klopt niet (verwacht 11 cijfers, mod 97)',
    ],
    [
      { rijksregisternummer: '1234' },
      'nationalNumber',
      'national_number_format',
      'Ongeldig rijksregisternummer: verwacht 11 cijfers (bv. 85.07.30-033.28) of een BSN van 9 cijfers',
    ],
    [
      { rijksregisternummer: 'BE0101' },
      'nationalNumber',
      'national_number_format',
      'Ongeldig rijksregisternummer: verwacht 11 cijfers (bv. 85.07.30-033.28) of een BSN van 9 cijfers',
    ],
    [
      { rijksregisternummer: nationalNumberFrom('010230', 1, false) },
      'nationalNumber',
      'national_number_date',
      'Ongeldig rijksregisternummer: de geboortedatum in het nummer bestaat niet (verwacht jjmmdd)',
    ],
    [
      { rijksregisternummer: '999999012' },
      'nationalNumber',
      'bsn_checksum',
      'Ongeldig BSN: de elfproef klopt niet (verwacht 9 cijfers)',
    ],
    [{ hoofdsom: '0' }, 'principal', 'amount_not_positive', 'hoofdsom moet groter zijn dan 0'],
    [{ hoofdsom: '-5,00' }, 'principal', 'amount_not_positive', 'hoofdsom moet groter zijn dan 0'],
    [
      { hoofdsom: '1,2,3' },
      'principal',
      'amount_invalid',
      'Ongeldig bedrag in hoofdsom: verwacht een bedrag zoals 1234,56 of 1.234,56 of 1234.56',
    ],
    [{ kosten: '-1' }, 'charges', 'amount_negative', 'kosten mag niet negatief zijn (verwacht 0 of meer)'],
    [
      { betaald: 'tien' },
      'paid',
      'amount_invalid',
      'Ongeldig bedrag in betaald: verwacht een bedrag zoals 1234,56 of 1.234,56 of 1234.56',
    ],
    [
      { vervaldatum: '31/02/2025' },
      'dueDate',
      'date_invalid',
      'Ongeldige datum in vervaldatum: verwacht dd/mm/jjjj of jjjj-mm-dd, een bestaande dag',
    ],
    [
      { vervaldatum: '2025-13-01' },
      'dueDate',
      'date_invalid',
      'Ongeldige datum in vervaldatum: verwacht dd/mm/jjjj of jjjj-mm-dd, een bestaande dag',
    ],
    [
      { geboortedatum: 'gisteren' },
      'birthDate',
      'date_invalid',
      'Ongeldige datum in geboortedatum: verwacht dd/mm/jjjj of jjjj-mm-dd, een bestaande dag',
    ],
    [
      { factuurdatum: '32/01/2025' },
      'issueDate',
      'date_invalid',
      'Ongeldige datum in factuurdatum: verwacht dd/mm/jjjj of jjjj-mm-dd, een bestaande dag',
    ],
    [
      { status: 'misschien' },
      'status',
      'status_invalid',
      'Ongeldige status: verwacht open, betaald of geannuleerd (of open, paid, cancelled)',
    ],
  ];
  for (const [change, field, code, message] of cases) {
    it(`${field} ${code} (${JSON.stringify(Object.values(change)[0])})`, () => {
      const value = (Object.values(change)[0] ?? '').trim();
      expect(errorsOf({ ...GOOD, ...change })).toEqual([
        { row: 7, field, column: Object.keys(change)[0], value, code, message },
      ]);
    });
  }

  it('reports every problem of a row, in English when asked', () => {
    const errors = errorsOf(
      { vordering_id: 'F-2', hoofdsom: 'x', vervaldatum: '2025-02-30', status: '?' },
      'en',
    );
    expect(errors.map((e) => [e.row, e.field, e.code])).toEqual([
      [7, 'name', 'required'],
      [7, 'category', 'required'],
      [7, 'nationalNumber', 'identifier_missing'],
      [7, 'principal', 'amount_invalid'],
      [7, 'dueDate', 'date_invalid'],
      [7, 'status', 'status_invalid'],
    ]);
    expect(errors.map((e) => e.message)).toEqual([
      'Required field is empty: naam',
      'Required field is empty: categorie',
      'National number or customer number is missing: at least one of them is required',
      'Invalid amount in hoofdsom: expected an amount such as 1234.56 or 1,234.56 or 1234,56',
      'Invalid date in vervaldatum: expected dd/mm/yyyy or yyyy-mm-dd, a day that exists',
      'Invalid status: expected open, paid or cancelled (or open, betaald, geannuleerd)',
    ]);
  });

  it('flags text beyond the last header column, treats missing trailing fields as empty', () => {
    const long = [...record(GOOD), '', 'stray'];
    const result = validateClaimRecord(long, headerMap(), 3);
    expect(!result.ok && result.error.map((e) => [e.field, e.code])).toEqual([['record', 'too_many_fields']]);
    const short = record(GOOD).slice(0, 3);
    const shortResult = validateClaimRecord(short, headerMap(), 3);
    expect(!shortResult.ok && shortResult.error.map((e) => e.field)).toContain('principal');
  });

  it('names the column as the file writes it', () => {
    const map = headerMap(['Claim ID', 'Customer_Number', 'NAME', 'Category', 'Principal', 'Due-Date']);
    const result = validateClaimRecord(['C1', 'K1', 'Jan', 'Afval', 'abc', '2025-01-01'], map, 2, 'en');
    expect(!result.ok && result.error[0]).toMatchObject({
      column: 'Principal',
      message: expect.stringContaining('Principal'),
    });
  });
});

describe('fast value readers agree with the kernel', () => {
  const digits = (min: number, max: number) =>
    fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });

  it('readAmount = parseAmount, for plain and formatted amounts and junk', () => {
    const amountText = fc.oneof(
      fc.tuple(digits(1, 14), fc.constantFrom('', ',', '.'), digits(0, 4)).map(([a, s, b]) => a + s + b),
      fc.string({ unit: fc.constantFrom(...'0123456789.,- €'), maxLength: 12 }),
    );
    fc.assert(
      fc.property(amountText, (text) => {
        expect(readAmount(text)).toEqual(parseAmount(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('every cents value written with a decimal comma or point reads back as the same cents', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), fc.constantFrom(',', '.'), (cents, sep) => {
        const text = `${Math.floor(cents / 100)}${sep}${String(cents % 100).padStart(2, '0')}`;
        expect(readAmount(text)).toEqual({ ok: true, value: cents });
      }),
    );
  });

  it('readDate = parseDate', () => {
    const dateText = fc.oneof(
      fc.tuple(digits(2, 2), digits(2, 2), digits(4, 4)).map(([d, m, y]) => `${d}/${m}/${y}`),
      fc.tuple(digits(4, 4), digits(2, 2), digits(2, 2)).map(([y, m, d]) => `${y}-${m}-${d}`),
      fc.date({ min: new Date('0001-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }).map((d) => {
        const iso = d.toISOString().slice(0, 10);
        return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
      }),
      fc.string({ unit: fc.constantFrom(...'0123456789/-.'), maxLength: 11 }),
    );
    fc.assert(
      fc.property(dateText, (text) => {
        const kernel = parseDate(text);
        expect(readDate(text)).toBe(kernel.ok ? kernel.value : null);
      }),
      { numRuns: 5000 },
    );
  });

  it('belgianNumberProblem accepts exactly what parseNationalNumber accepts', () => {
    const valid = fc
      .tuple(digits(6, 6), fc.integer({ min: 0, max: 999 }), fc.boolean())
      .map(([yymmdd, seq, y2000]) => {
        const base = `${yymmdd}${String(seq).padStart(3, '0')}`;
        const check = 97 - ((y2000 ? 2_000_000_000 + Number(base) : Number(base)) % 97);
        return `${base}${String(check).padStart(2, '0')}`;
      });
    fc.assert(
      fc.property(fc.oneof(valid, digits(11, 11)), (number) => {
        expect(belgianNumberProblem(number) === null).toBe(parseNationalNumber(number).ok);
      }),
      { numRuns: 5000 },
    );
  });
});
