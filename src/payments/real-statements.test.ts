/**
 * The corpus of public statement files from other parsers' test suites (src/payments/fixtures/real,
 * origin and licence in SOURCES.md): every file is read with the figures its own project expects, or
 * refused with the exact reason; then every file goes through the import on a real database.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/db.ts';
import { importStatement } from './import-service.ts';
import { parseStatement } from './parse-statement.ts';
import type { StatementErrorCode } from './statement.ts';

const DIR = new URL('./fixtures/real/', import.meta.url);

interface ExpectedLine {
  readonly amount: number;
  readonly name?: string | null;
  readonly iban?: string | null;
  readonly ogm?: string;
  readonly bankRefEnd?: string;
}
interface ExpectedStatement {
  readonly account: string;
  readonly opening: number;
  readonly closing: number;
  readonly lines: number;
  readonly total: number;
  readonly first?: ExpectedLine;
  readonly all?: readonly ExpectedLine[];
}
type Expected =
  | { readonly statements: readonly ExpectedStatement[]; readonly importCode?: string }
  | { readonly refused: StatementErrorCode; readonly where: string };

const EXPECTED: Record<string, Expected> = {
  // ---- CODA: wimverstuyf/php-coda-parser tests/Samples ----
  'coda/php-coda-parser-sample1.cod': {
    importCode: 'statement_account_check_digits',
    statements: [
      {
        account: 'BE12138536152215',
        opening: 1_775_212,
        closing: 1_783_212,
        lines: 4,
        total: 8_000,
        first: { amount: 500, name: 'KLANT1 MET NAAM1', iban: 'BE22313215646432', ogm: '000003505158' },
      },
    ],
  },
  'coda/php-coda-parser-sample2.cod': { refused: 'field', where: 'record 8' },
  'coda/php-coda-parser-sample3.cod': { refused: 'field', where: 'record 1' },
  'coda/php-coda-parser-sample4.cod': { refused: 'field', where: 'record 1' },
  'coda/php-coda-parser-sample5.cod': { refused: 'balance_mismatch', where: 'uittreksel/statement 2015-255' },
  'coda/php-coda-parser-sample6.cod': { refused: 'field', where: 'record 2.1' },
  'coda/php-coda-parser-sample7.cod': { refused: 'balance_mismatch', where: 'uittreksel/statement 2017-138' },
  'coda/php-coda-parser-sample8.cod': {
    importCode: 'statement_account_check_digits',
    statements: [
      { account: 'BE11111111111111', opening: 129_345, closing: 64_856, lines: 2, total: -64_489 },
    ],
  },
  'coda/php-coda-parser-sample9.cod': { refused: 'balance_mismatch', where: 'uittreksel/statement 2017-138' },
  // the globalised movement of 1 000.00 split into its two details, as php-coda-parser expects
  'coda/php-coda-parser-sample10.cod': {
    importCode: 'statement_account_check_digits',
    statements: [
      {
        account: 'BE12138536152215',
        opening: 10_000,
        closing: 110_000,
        lines: 2,
        total: 100_000,
        all: [
          { amount: 25_000, name: 'KLANT1 MET NAAM1', iban: 'BE22313215646432', bankRefEnd: ':0001' },
          { amount: 75_000, name: 'KLANT2 MET NAAM2', iban: 'BE25646548413215', bankRefEnd: ':0003' },
        ],
      },
    ],
  },
  // the same movement "totaled without details": one line of the total
  'coda/php-coda-parser-sample11.cod': {
    importCode: 'statement_account_check_digits',
    statements: [
      {
        account: 'BE12138536152215',
        opening: 10_000,
        closing: 110_000,
        lines: 1,
        total: 100_000,
        all: [{ amount: 100_000, name: null, iban: null, bankRefEnd: ':BANK-REF-AAAAAAAAAAAA' }],
      },
    ],
  },
  // ---- CODA: TRIPTYK/typescript-coda-parser, Bluesmile82/coda_standard ----
  'coda/typescript-coda-parser-sample2.cod': { refused: 'field', where: 'record 8' },
  'coda/coda-standard-coda.cod': { refused: 'balance_mismatch', where: 'uittreksel/statement 2015-017' },
  'coda/coda-standard-invalid.cod': { refused: 'line_length', where: '' },
  // ---- camt.053: genkgo/camt test/data ----
  'camt053/genkgo-camt053.v2.all-balance-types.xml': { refused: 'balance_mismatch', where: 'Stmt[1]' },
  'camt053/genkgo-camt053.v2.five.decimals.xml': { refused: 'balance_mismatch', where: 'Stmt[1]' },
  'camt053/genkgo-camt053.v2.minimal.xml': { refused: 'currency', where: 'Stmt[1]/Bal[2]/Amt' },
  'camt053/genkgo-camt053.v2.minimal.ultimate.xml': { refused: 'currency', where: 'Stmt[1]/Bal[2]/Amt' },
  'camt053/genkgo-camt053.v2.multi.statement.xml': {
    statements: [
      {
        account: 'NL26VAYB8060476890',
        opening: 1_815,
        closing: 2_700,
        lines: 1,
        total: 885,
        first: { amount: 885, name: null },
      },
      {
        account: 'NL26VAYB8060476890',
        opening: 2_700,
        closing: 2_000,
        lines: 1,
        total: -700,
        first: { amount: -700, name: 'Company Name 2', iban: 'NL56AGDH9619008421' },
      },
    ],
  },
  'camt053/genkgo-camt053.v2.with-account-name.xml': { refused: 'currency', where: 'Stmt[1]/Bal[1]/Amt' },
  'camt053/genkgo-camt053.v2.with-party-ids.xml': { refused: 'currency', where: 'Stmt[1]/Bal[2]/Amt' },
  'camt053/genkgo-camt053.v2.wrong.xml': { refused: 'xml_missing', where: 'Document/BkToCstmrStmt/Stmt' },
  'camt053/genkgo-camt053.v3.xml': { refused: 'currency', where: 'Stmt[1]/Bal[2]/Amt' },
  'camt053/genkgo-camt053.v4.xml': { refused: 'currency', where: 'Stmt[1]/Bal[2]/Amt' },
  'camt053/genkgo-camt053.v8.xml': { refused: 'currency', where: 'Stmt[1]/Bal[2]/Amt' },
  'camt053/genkgo-camt53.only-Dt-with-DtTm.xml': { refused: 'currency', where: 'Stmt[1]/Bal[1]/Amt' },
  // ---- camt.053: kedder/ofxstatement-iso20022 tests/samples ----
  'camt053/iso20022-camt053.xml': { refused: 'currency', where: 'Stmt[1]/Acct/Ccy' },
  'camt053/iso20022-davider80.xml': { refused: 'currency', where: 'Stmt[1]/Bal[1]/Amt' },
  'camt053/iso20022-gcamp6.xml': { refused: 'currency', where: 'Stmt[1]/Bal[1]/Amt' },
  'camt053/iso20022-simple.xml': {
    importCode: 'statement_account_check_digits',
    statements: [
      {
        account: 'LT000000000000000000',
        opening: 30_653,
        closing: 12_552,
        lines: 4,
        total: -18_101,
        first: { amount: -29, name: 'AB DNB Bankas' },
      },
    ],
  },
  'camt053/iso20022-camt052.xml': { refused: 'xml_namespace', where: 'Document' },
  'camt053/iso20022-unsupported.xml': { refused: 'xml_namespace', where: 'Document' },
  // ---- camt.053.001.08 with Acct/Id/Othr/Id: Subite-eu/camt-to-coda example-files ----
  'camt053/camt-to-coda-2024-03-07.xml': {
    statements: [
      {
        account: 'LT625883379695428516',
        opening: 2_108_122_258,
        closing: 2_190_396_039,
        lines: 3,
        total: 82_273_781,
      },
      { account: 'LT414319056143772570', opening: 480_155, closing: 480_155, lines: 0, total: 0 },
    ],
  },
  'camt053/camt-to-coda-2024-04-11.xml': {
    statements: [
      {
        account: 'LT625883379695428516',
        opening: 2_146_383_035,
        closing: 1_719_465_059,
        lines: 15,
        total: -426_917_976,
      },
      { account: 'LT414319056143772570', opening: 280_155, closing: 280_155, lines: 0, total: 0 },
    ],
  },
  'camt053/camt-to-coda-2024-09-27.xml': {
    statements: [
      {
        account: 'LT625883379695428516',
        opening: 2_143_420_062,
        closing: 1_959_811_721,
        lines: 14,
        total: -183_608_341,
      },
    ],
  },
};

const FILES = ['coda', 'camt053'].flatMap((dir) =>
  readdirSync(new URL(`${dir}/`, DIR))
    .filter((f) => !f.endsWith('.md'))
    .map((f) => `${dir}/${f}`)
    .sort(),
);

function read(file: string): Uint8Array {
  return readFileSync(new URL(file, DIR));
}

describe('the corpus of real statement files', () => {
  it('has an expectation for every file, at least 10 CODA and 15 camt.053', () => {
    expect(FILES.sort()).toEqual(Object.keys(EXPECTED).sort());
    expect(FILES.filter((f) => f.startsWith('coda/')).length).toBeGreaterThanOrEqual(10);
    const camt053 = FILES.filter((f) => readFileSync(new URL(f, DIR), 'utf8').includes('camt.053.001.'));
    expect(camt053.length).toBeGreaterThanOrEqual(15);
  });

  it.each(FILES)('%s is read with its expected figures or refused with its reason', (file) => {
    const expected = EXPECTED[file];
    if (expected === undefined) throw new Error(`no expectation for ${file}`);
    const r = parseStatement(read(file), file);
    if ('refused' in expected) {
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error.code).toBe(expected.refused);
      expect(r.error.where ?? '').toContain(expected.where);
      expect(r.error.message.nl).toContain(file);
      return;
    }
    if (!r.ok) throw new Error(r.error.message.en);
    expect(
      r.value.map((s) => ({
        account: s.account,
        opening: s.openingBalance,
        closing: s.closingBalance,
        lines: s.lines.length,
        total: s.lines.reduce((sum, l) => sum + l.amount, 0),
      })),
    ).toEqual(expected.statements.map(({ first: _f, all: _a, ...figures }) => figures));
    expected.statements.forEach((want, i) => {
      const lines = r.value[i]?.lines ?? [];
      const checks = want.all ?? (want.first === undefined ? [] : [want.first]);
      checks.forEach((check, j) => {
        const line = lines[j];
        expect(line?.amount).toBe(check.amount);
        if (check.name !== undefined) expect(line?.counterpartyName).toBe(check.name);
        if (check.iban !== undefined) expect(line?.counterpartyIban).toBe(check.iban);
        if (check.ogm !== undefined) expect(line?.structuredRef).toEqual({ kind: 'ogm', value: check.ogm });
        if (check.bankRefEnd !== undefined) expect(line?.bankRef.endsWith(check.bankRefEnd)).toBe(true);
      });
      // every line id is unique, so a re-import finds every line again
      expect(new Set(lines.map((l) => l.bankRef)).size).toBe(lines.length);
    });
  });
});

describe('the corpus through the import', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => t?.close());

  it('imports every readable file once, counts a second import as duplicates, refuses the others whole', async () => {
    for (const file of FILES) {
      const expected = EXPECTED[file];
      if (expected === undefined) throw new Error(`no expectation for ${file}`);
      const input = { bytes: read(file), fileName: file };
      const first = await importStatement(t.database, t.scope(), input);
      if ('refused' in expected || expected.importCode !== undefined) {
        const code = 'refused' in expected ? `statement_${expected.refused}` : expected.importCode;
        expect(first.ok ? 'imported' : first.error.code, file).toBe(code);
        continue;
      }
      const lines = expected.statements.reduce((n, s) => n + s.lines, 0);
      expect(first, file).toEqual({
        ok: true,
        value: { lines, duplicates: 0, matched: 0, unmatched: expect.any(Number), allocated: 0 },
      });
      const again = await importStatement(t.database, t.scope(), input);
      expect(again, file).toEqual({
        ok: true,
        value: { lines, duplicates: lines, matched: 0, unmatched: 0, allocated: 0 },
      });
    }
  });
});
