import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFeed } from './feeds.ts';

// Fictional, check-digit-valid identifiers: RRN 90.01.01-001.23 and the textbook test BSN 111222333.
const RRN = '90.01.01-001.23';

describe('CSV feeds', () => {
  it('reads a social-status feed with ; separators, BOM, dd/mm/yyyy dates and MAGDA names', () => {
    const text =
      '\ufeffrijksregisternummer;code;applies;from;to\n' +
      `${RRN};leefloon;1;01/01/2025;\n` +
      '\n' +
      `111222333;BIM_BVT;ja;2024-06-01;31/12/2025\n`;
    const r = parseFeed('social_status', 'csv', text, 'MAGDA');
    expect(r.errors).toEqual([]);
    expect(r.records).toEqual([
      {
        row: 2,
        person: { scheme: 'rrn', value: '90010100123' },
        fact: {
          kind: 'social_status',
          code: 'leefloon',
          applies: true,
          period: { from: '2025-01-01', to: null },
          source: 'MAGDA',
        },
      },
      {
        row: 4,
        person: { scheme: 'bsn', value: '111222333' },
        fact: {
          kind: 'social_status',
          code: 'verhoogde_tegemoetkoming',
          applies: true,
          period: { from: '2024-06-01', to: '2025-12-31' },
          source: 'MAGDA',
        },
      },
    ]);
  });

  it('reads income with , separators and quoted decimal-comma amounts', () => {
    const text =
      'person,amount,type,periodicity,from,source\n' +
      `${RRN},"1.234,56",beroepsinkomen,maand,2025-01-01,KSZ\n`;
    const r = parseFeed('income', 'csv', text, 'fallback');
    expect(r.errors).toEqual([]);
    expect(r.records[0]?.fact).toEqual({
      kind: 'income',
      amount: 123_456,
      type: 'beroepsinkomen',
      periodicity: 'month',
      period: { from: '2025-01-01', to: null },
      source: 'KSZ',
    });
  });

  it('reports every bad field of a row with its line number, and keeps the good rows', () => {
    const text =
      'person;size;adults;children;from;to\n' +
      `${RRN};3;1;2;2025-01-01;\n` +
      '90.01.01-001.24;2;x;0;31/02/2025;2024-01-01\n' +
      `${RRN};1;1;2;2025-01-01;\n`;
    const r = parseFeed('household', 'csv', text, 'RR');
    expect(r.records.map((x) => x.row)).toEqual([2]);
    expect(r.errors.map((e) => [e.row, e.field])).toEqual([
      [3, 'person'],
      [3, 'adults'],
      [3, 'from'],
      [4, 'size'],
    ]);
    expect(r.errors[0]?.message.nl).toContain('rijksregisternummer');
    expect(r.errors[0]?.message.en).toContain('national number');
  });

  it('rejects a file with missing columns at the header', () => {
    const r = parseFeed('early_signal', 'csv', 'person;partner;amount\n', 'x');
    expect(r.errors.map((e) => e.field)).toEqual(['days_overdue', 'date']);
    expect(r.errors.every((e) => e.row === 1)).toBe(true);
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const r = parseFeed('credit_default', 'csv', `person;amount;lender;since\n${text}`, 'NBB');
        expect(r.records.length + r.errors.length).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});

describe('JSON feeds', () => {
  it('reads early signals, with the source from the document', () => {
    const text = JSON.stringify({
      source: 'Fluvius',
      records: [{ person: RRN, partner: 'energie', amount: 350.5, days_overdue: 45, date: '2025-02-01' }],
    });
    const r = parseFeed('early_signal', 'json', text, 'fallback');
    expect(r.errors).toEqual([]);
    expect(r.records[0]?.fact).toEqual({
      kind: 'early_signal',
      partner: 'energy',
      amount: 35_050,
      daysOverdue: 45,
      date: '2025-02-01',
      period: { from: '2025-02-01', to: null },
      source: 'Fluvius',
    });
  });

  it('numbers rows from 1 and names the field', () => {
    const text = JSON.stringify([
      { person: RRN, code: 'budgetbeheer', applies: true, from: '2025-01-01', to: null },
      { person: RRN, code: 'gevangenis', applies: 'misschien', from: '2025-01-01' },
    ]);
    const r = parseFeed('legal_status', 'json', text, 'CAW');
    expect(r.records).toHaveLength(1);
    expect(r.errors.map((e) => [e.row, e.field])).toEqual([
      [2, 'code'],
      [2, 'applies'],
    ]);
  });

  it('reports invalid JSON as a whole-file error', () => {
    const r = parseFeed('income', 'json', '{', 'x');
    expect(r.errors[0]).toMatchObject({ row: 0, field: '' });
  });
});
