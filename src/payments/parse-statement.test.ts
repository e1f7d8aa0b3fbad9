import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SAMPLE } from './fixtures/sample-data.ts';
import { parseStatement } from './parse-statement.ts';
import type { BankStatement, StatementError } from './statement.ts';

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`fixtures/${name}`, import.meta.url)));
const latin1 = (bytes: Uint8Array): string => new TextDecoder('latin1').decode(bytes);
const bytesOf = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0));

function parsed(bytes: Uint8Array, name: string): BankStatement[] {
  const result = parseStatement(bytes, name);
  if (!result.ok) throw new Error(result.error.message.en);
  return result.value;
}
function failure(bytes: Uint8Array, name: string): StatementError {
  const result = parseStatement(bytes, name);
  if (result.ok) throw new Error('expected the file to be rejected');
  return result.error;
}

describe('CODA', () => {
  const statements = parsed(fixture('coda-sample.cod'), 'coda-sample.cod');

  it('reads both statements of the file with balances, account and sequence', () => {
    expect(
      statements.map((s) => [s.format, s.account, s.statementId, s.date, s.openingBalance, s.closingBalance]),
    ).toEqual([
      ['coda', SAMPLE.account, '2026-042', '2026-03-03', 1_000_000, 1_026_700],
      ['coda', SAMPLE.account, '2026-043', '2026-03-04', 1_026_700, 1_018_200],
    ]);
  });

  it('reads an OGM (type 101) with counterparty from records 2.1, 2.2, 2.3 and skips 3.x', () => {
    expect(statements[0]?.lines[0]).toEqual({
      bankRef: `${SAMPLE.account}:2026-042:0001:EVS0000000000000001`,
      bookingDate: '2026-03-03',
      valueDate: '2026-03-03',
      amount: 12_500,
      reversal: false,
      counterpartyName: 'JAN TESTMANS',
      counterpartyIban: 'BE71096123456769',
      structuredRef: { kind: 'ogm', value: SAMPLE.ogm1 },
      unstructured: null,
    });
  });

  it('reads type 102, unstructured text, a debit and a storno linked to the credit it reverses', () => {
    const [first, second] = statements;
    expect(first?.lines[1]?.structuredRef).toEqual({ kind: 'ogm', value: SAMPLE.ogm2 });
    expect(first?.lines[1]?.valueDate).toBe('2026-03-02');
    expect(first?.lines[2]?.unstructured).toBe(`betaling afbetaling maart +++001/2345/67803+++`);
    expect(first?.lines[3]).toMatchObject({ unstructured: `factuur ${SAMPLE.rf}`, counterpartyIban: null });
    expect(first?.lines[4]).toMatchObject({ amount: -350, reversal: false });
    expect(second?.lines[0]).toMatchObject({
      amount: -12_500,
      reversal: true,
      reversedBankRef: first?.lines[0]?.bankRef,
      structuredRef: { kind: 'ogm', value: SAMPLE.ogm1 },
    });
  });

  it('decodes Latin-1 names', () => {
    expect(statements[1]?.lines[1]?.counterpartyName).toBe('JOSÉ CÉLESTIN');
  });

  it('accepts LF line ends as well as CRLF, and the same file twice gives the same bank references', () => {
    const lf = bytesOf(latin1(fixture('coda-sample.cod')).replace(/\r\n/g, '\n'));
    expect(parsed(lf, 'lf.cod')).toEqual(statements);
  });

  const lines = latin1(fixture('coda-sample.cod')).split('\r\n');
  const rebuild = (ls: string[]): Uint8Array => bytesOf(ls.join('\r\n'));

  it('rejects a statement whose balances do not add up, naming statement and amounts', () => {
    const bad = [...lines];
    const index = bad.findIndex((l) => l.startsWith('8042'));
    bad[index] = `${bad[index]?.slice(0, 42)}000000010267010${bad[index]?.slice(57)}`;
    const error = failure(rebuild(bad), 'bad-balance.cod');
    expect(error.code).toBe('balance_mismatch');
    expect(error.message.en).toContain('bad-balance.cod');
    expect(error.message.en).toContain('2026-042');
    expect(error.message.en).toContain('10267.00');
    expect(error.message.en).toContain('10267.01');
    expect(error.message.nl).toContain('nieuw saldo');
  });

  it('rejects a truncated file (records 8 and 9 missing)', () => {
    const error = failure(rebuild(lines.slice(0, 10)), 'cut.cod');
    expect(error.code).toBe('truncated');
    expect(error.message.en).toMatch(/cut\.cod.*truncated.*line 1 lacks record 8, 9/);
  });

  it('rejects a trailer whose totals differ', () => {
    const bad = [...lines];
    bad[18] = `${bad[18]?.slice(0, 16)}000017${bad[18]?.slice(22)}`;
    expect(failure(rebuild(bad), 't.cod')).toMatchObject({ code: 'trailer_mismatch', line: 19 });
  });

  it('rejects a line that is not 128 characters, an unknown record and a record out of order', () => {
    const short = [...lines];
    short[3] = short[3]?.slice(0, 120) ?? '';
    expect(failure(rebuild(short), 's.cod')).toMatchObject({ code: 'line_length', line: 4 });
    const unknown = [...lines];
    unknown[3] = `7${unknown[3]?.slice(1)}`;
    expect(failure(rebuild(unknown), 'u.cod')).toMatchObject({ code: 'record_type', line: 4 });
    const order = [lines[0] ?? '', lines[2] ?? '', ...lines.slice(1)];
    expect(failure(rebuild(order), 'o.cod')).toMatchObject({ code: 'record_order', line: 2 });
  });

  it('rejects a non-numeric amount naming the position', () => {
    const bad = [...lines];
    bad[2] = `${bad[2]?.slice(0, 35)}ABC${bad[2]?.slice(38)}`;
    const error = failure(rebuild(bad), 'f.cod');
    expect(error).toMatchObject({ code: 'field', line: 3, where: 'record 2.1' });
    expect(error.message.en).toContain('position 33-47');
  });

  it('says what is wrong in French too: place, line, field and amounts', () => {
    const amount = [...lines];
    amount[2] = `${amount[2]?.slice(0, 35)}ABC${amount[2]?.slice(38)}`;
    expect(failure(rebuild(amount), 'f.cod').message.fr).toBe(
      `f.cod (ligne 3, record 2.1) : position 33-47 (montant) : des chiffres sont attendus, trouvé "${amount[2]?.slice(32, 47)}"`,
    );
    const balance = [...lines];
    const index = balance.findIndex((l) => l.startsWith('8042'));
    balance[index] = `${balance[index]?.slice(0, 42)}000000010267010${balance[index]?.slice(57)}`;
    const error = failure(rebuild(balance), 'solde.cod');
    expect(error.message.fr).toMatch(
      /^solde\.cod \(ligne \d+, uittreksel\/statement 2026-042\) : ancien solde [\d.]+ \+ mouvements -?[\d.]+ = 10267\.00, mais le nouveau solde est 10267\.01 ; tout le fichier est refusé$/,
    );
    expect(failure(rebuild(lines.slice(0, 10)), 'cut.cod').message.fr).toBe(
      'cut.cod (ligne 10) : le fichier est tronqué : il manque l’enregistrement 8, 9 à l’extrait qui commence à la ligne 1',
    );
  });
});

describe('camt.053', () => {
  for (const version of ['02', '08'] as const) {
    it(`reads version 001.${version}: balances, OGM, RF, text, debit and reversal`, () => {
      const statements = parsed(fixture(`camt053-${version}.xml`), `camt053-${version}.xml`);
      expect(
        statements.map((s) => [
          s.format,
          s.account,
          s.statementId,
          s.sequence,
          s.date,
          s.openingBalance,
          s.closingBalance,
        ]),
      ).toEqual([
        ['camt053', SAMPLE.account, `2026-042-${version}`, '42', '2026-03-03', 1_000_000, 1_021_700],
        ['camt053', SAMPLE.account, `2026-043-${version}`, '43', '2026-03-04', 1_021_700, 1_014_200],
      ]);
      const [first, second] = statements;
      expect(first?.lines[0]).toEqual({
        bankRef: `${SAMPLE.account}:CAMT${version}-0001`,
        bookingDate: '2026-03-03',
        valueDate: '2026-03-03',
        amount: 12_500,
        reversal: false,
        counterpartyName: 'Jan Testmans',
        counterpartyIban: 'BE71096123456769',
        structuredRef: { kind: 'ogm', value: SAMPLE.ogm1 },
        unstructured: null,
      });
      expect(first?.lines[1]?.structuredRef).toEqual({ kind: 'rf', value: SAMPLE.rf });
      expect(first?.lines[1]?.valueDate).toBe('2026-03-02');
      expect(first?.lines[2]?.unstructured).toBe('afbetaling 001/2345/67803');
      expect(first?.lines[3]).toMatchObject({ amount: -350, counterpartyName: null });
      expect(second?.lines[0]).toMatchObject({
        amount: -12_500,
        reversal: true,
        reversedBankRef: first?.lines[0]?.bankRef,
        counterpartyName: 'Jan Testmans',
      });
      expect(second?.lines[1]).toMatchObject({
        counterpartyName: 'José Célestin',
        unstructured: 'maart & april <voorschot>',
      });
    });
  }

  const xml = new TextDecoder().decode(fixture('camt053-08.xml'));
  const enc = (text: string): Uint8Array => new TextEncoder().encode(text);

  it('rejects a statement whose balances do not add up', () => {
    const bad = xml.replace('<Amt Ccy="EUR">10142.00</Amt>', '<Amt Ccy="EUR">10142.10</Amt>');
    const error = failure(enc(bad), 'b.xml');
    expect(error.code).toBe('balance_mismatch');
    expect(error.message.en).toContain('Stmt[2]');
    expect(error.message.en).toContain('10142.10');
  });

  it('rejects a billion-laughs XML bomb without expanding it', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`).join('')}]><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><x>&lol9;</x></Document>`;
    const error = failure(enc(bomb), 'bomb.xml');
    expect(error.code).toBe('xml_forbidden');
    expect(error.message.en).toContain('XML bombs');
  });

  it('rejects malformed XML with its line, a wrong namespace and a missing element with its path', () => {
    expect(failure(enc(xml.replace('</Stmt>', '')), 'm.xml').code).toBe('xml_malformed');
    expect(failure(enc(xml.replace(/camt\.053\.001\.08/, 'camt.052.001.08')), 'n.xml').code).toBe(
      'xml_namespace',
    );
    const error = failure(
      enc(xml.replace(/<BookgDt>.*?<\/BookgDt>/, '<BookgDt><Dt>31-12</Dt></BookgDt>')),
      'p.xml',
    );
    expect(error).toMatchObject({
      code: 'xml_missing',
      where: 'Document/BkToCstmrStmt/Stmt[1]/Ntry[1]/BookgDt',
    });
    expect(failure(enc(xml.replace('10000.00', '10000.001')), 'a.xml').message.en).toContain(
      'has a fraction of a cent',
    );
    expect(failure(enc(xml.replace('10000.00', '10,000.00')), 'a.xml').message.en).toContain(
      'expected an amount',
    );
  });
});

describe('format detection and unreadable input', () => {
  it('rejects binary data and text that is neither format', () => {
    const binary = Uint8Array.from({ length: 300 }, (_, i) => (i * 37) % 256);
    expect(failure(binary, 'photo.jpg')).toMatchObject({ code: 'unreadable', file: 'photo.jpg' });
    expect(failure(new TextEncoder().encode('Datum;Bedrag\n'), 'x.csv').code).toBe('unknown_format');
    expect(failure(new Uint8Array(), 'empty.cod').code).toBe('truncated');
  });

  it('rejects a Windows-1252 file carrying bytes undefined in that code page', () => {
    const bytes = fixture('coda-sample.cod').slice();
    bytes[200] = 0x81;
    const error = failure(bytes, 'odd.cod');
    expect(error).toMatchObject({ code: 'unreadable', line: 2 });
    expect(error.message.nl).toContain('odd.cod');
  });
});

describe('camt.053 in every version and shape banks send', () => {
  const xml = new TextDecoder().decode(fixture('camt053-08.xml'));
  const read = (text: string) => parsed(new TextEncoder().encode(text), 'v.xml');
  const reference = read(xml);

  it.each(['02', '03', '04', '08', '13'])('reads namespace camt.053.001.%s into the same lines', (v) => {
    expect(read(xml.replaceAll('camt.053.001.08', `camt.053.001.${v}`))).toEqual(reference);
  });

  it('takes the account from Acct/Id/Othr/Id, an IBAN compacted, another identifier as written', () => {
    const iban = read(
      xml.replaceAll(
        '<IBAN>BE43068999999501</IBAN></Id><Ccy>',
        '<Othr><Id>BE43 0689 9999 9501</Id></Othr></Id><Ccy>',
      ),
    );
    expect(iban.map((s) => s.account)).toEqual(['BE43068999999501', 'BE43068999999501']);
    const national = read(
      xml.replaceAll(
        '<IBAN>BE43068999999501</IBAN></Id><Ccy>',
        '<Othr><Id>068-9999995-01</Id></Othr></Id><Ccy>',
      ),
    );
    expect(national.map((s) => s.account)).toEqual(['068-9999995-01', '068-9999995-01']);
  });

  it('reads balances without CdtDbtInd (a minus sign for a debit), DtTm dates and 5 decimals', () => {
    const text = xml
      .replace(
        '<Amt Ccy="EUR">10000.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-03-02</Dt></Dt>',
        '<Amt Ccy="EUR">10000.00000</Amt><Dt><DtTm>2026-03-02T23:59:59+01:00</DtTm></Dt>',
      )
      .replace(
        '<Amt Ccy="EUR">125.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>',
        '<Amt Ccy="EUR">125.000</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>',
      );
    expect(read(text)).toEqual(reference);
    const negative = read(
      xml
        .replace('<Amt Ccy="EUR">10000.00</Amt><CdtDbtInd>CRDT</CdtDbtInd>', '<Amt Ccy="EUR">-10000.00</Amt>')
        .replace(
          '<Amt Ccy="EUR">10217.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-03-03',
          '<Amt Ccy="EUR">-9783.00</Amt><Dt><Dt>2026-03-03',
        ),
    );
    expect([negative[0]?.openingBalance, negative[0]?.closingBalance]).toEqual([-1_000_000, -978_300]);
  });
});
