import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAmount } from '../kernel/money.ts';
import { generateCity } from './generate.ts';
import { CLAIM_COLUMNS, type CsvOptions, claimsCsv, claimsCsvChunks, formatAmount } from './to-csv.ts';
import type { ClaimRow } from './types.ts';

const row: ClaimRow = {
  departmentCode: 'AFVAL',
  claimId: 'AFVAL-0000001',
  nationalNumber: '85073003328',
  customerNumber: 'AFV0000001',
  name: 'Testmans, Jan',
  birthDate: '1985-07-30',
  street: 'Kerkstraat',
  houseNumber: '12 bus 2',
  postalCode: '9999',
  city: 'Demostad',
  category: 'Afvalbelasting',
  principal: 123456,
  charges: 750,
  paid: 5,
  issueDate: '2024-01-31',
  dueDate: '2024-03-01',
  status: 'cancelled',
  personId: 1,
};

describe('claimsCsv', () => {
  it('writes a Belgian export by default: Dutch headers, `;`, decimal comma, dd/mm/yyyy', () => {
    const [header, line, end] = claimsCsv([row]).split('\n');
    expect(header).toBe(
      'vordering_id;rijksregisternummer;klantnummer;naam;geboortedatum;straat;huisnummer;postcode;gemeente;' +
        'categorie;hoofdsom;kosten;betaald;factuurdatum;vervaldatum;status',
    );
    expect(line).toBe(
      'AFVAL-0000001;85073003328;AFV0000001;Testmans, Jan;30/07/1985;Kerkstraat;12 bus 2;9999;Demostad;' +
        'Afvalbelasting;1234,56;7,50;0,05;31/01/2024;01/03/2024;geannuleerd',
    );
    expect(end).toBe('');
  });

  it('writes the English columns with `,`, decimal point and ISO dates, quoting what needs it', () => {
    const text = claimsCsv([{ ...row, nationalNumber: null, street: 'De "Kouter"' }], {
      separator: ',',
      decimal: 'point',
      dateFormat: 'iso',
      dutchHeaders: false,
      newline: '\r\n',
      bom: true,
    });
    const [header, line] = text.split('\r\n');
    expect(header).toBe(`\uFEFF${CLAIM_COLUMNS.join(',')}`);
    expect(line).toBe(
      'AFVAL-0000001,,AFV0000001,"Testmans, Jan",1985-07-30,"De ""Kouter""",12 bus 2,9999,Demostad,' +
        'Afvalbelasting,1234.56,7.50,0.05,2024-01-31,2024-03-01,cancelled',
    );
  });

  it('quotes amounts when the separator is `,` and the decimal a comma', () => {
    const line = claimsCsv([row], { separator: ',' }).split('\n')[1] ?? '';
    expect(line).toContain(',"1234,56","7,50","0,05",');
  });

  it('round-trips any field and option set through a real CSV parser', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'é', ';', ',', '"', '\n', '\r', ' ', '€', "'") });
    const options = fc.record({
      separator: fc.constantFrom(';' as const, ',' as const),
      decimal: fc.constantFrom('comma' as const, 'point' as const),
      dateFormat: fc.constantFrom('dmy' as const, 'iso' as const),
      dutchHeaders: fc.boolean(),
      bom: fc.constant(false),
      newline: fc.constantFrom('\n' as const, '\r\n' as const),
    });
    const cents = fc.integer({ min: 0, max: 10_000_000_000 });
    fc.assert(
      fc.property(text, text, cents, cents, options, (name, street, principal, paid, o: CsvOptions) => {
        const csv = claimsCsv([{ ...row, name, street, principal, paid }], o);
        const records: string[][] = parse(csv, { delimiter: o.separator, relax_column_count: false });
        expect(records).toHaveLength(2);
        const fields = records[1] ?? [];
        expect(fields).toHaveLength(CLAIM_COLUMNS.length);
        expect(fields[3]).toBe(name);
        expect(fields[5]).toBe(street);
        const parsedPrincipal = parseAmount(fields[10] ?? '');
        expect(parsedPrincipal.ok && parsedPrincipal.value).toBe(principal);
        expect(fields[12]).toBe(formatAmount(paid, o.decimal));
      }),
    );
  });
});

describe('claimsCsvChunks', () => {
  it('streams the same text as claimsCsv, header first, rows in chunks', () => {
    const city = generateCity({ seed: 5, people: 300, claims: 2_500, today: '2025-01-15' });
    const chunks = [...claimsCsvChunks(city.claims(), {}, 1000)];
    expect(chunks).toHaveLength(4); // header + 1000 + 1000 + 500
    expect(chunks.join('')).toBe(claimsCsv(city.claims()));
    expect(chunks.join('').split('\n')).toHaveLength(2_502);
  });

  it('formats amounts in cents without losing a cent', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (cents) => {
        const parsed = parseAmount(formatAmount(cents, 'comma'));
        expect(parsed.ok && parsed.value).toBe(cents);
        expect(formatAmount(cents, 'point')).toMatch(/^-?\d+\.\d\d$/);
      }),
    );
  });
});
