import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type ClaimRow, type RowError, validateClaimRecord } from './claim-row.ts';
import { mapHeader } from './columns.ts';
import { type CsvHeaderInfo, readCsvRecords } from './io-csv-reader.ts';
import { type RejectedRecord, rejectedCsv } from './io-rejected-writer.ts';
import type { Lang } from './messages.ts';

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

/** The whole read → map → validate flow on one file, as the import service runs it. */
async function importFile(bytes: Uint8Array, lang: Lang = 'nl') {
  let header: CsvHeaderInfo | null = null;
  const good: ClaimRow[] = [];
  const rejected: RejectedRecord[] = [];
  let map = null;
  for await (const item of readCsvRecords(once(bytes), { lang })) {
    if (item.kind === 'error') throw new Error(item.error.message);
    if (item.kind === 'header') {
      header = item;
      const mapped = mapHeader(item.header, lang);
      if (!mapped.ok) throw new Error(mapped.error.message);
      map = mapped.value;
      continue;
    }
    if (map === null) throw new Error('records before the header');
    for (const record of item.records) {
      const result = validateClaimRecord(record.fields, map, record.row, lang);
      if (result.ok) good.push(result.value);
      else rejected.push({ ...record, errors: result.error });
    }
  }
  if (header === null) throw new Error('no header');
  return { header, good, rejected };
}

const fixture = (name: string): Buffer => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

describe('import of the fixtures', () => {
  it('reads the Belgian and the English example into the same kind of claims', async () => {
    const nl = await importFile(fixture('claims-nl-semicolon-bom.csv'));
    const en = await importFile(fixture('claims-en-comma.csv'), 'en');
    expect(nl.rejected).toEqual([]);
    expect(en.rejected).toEqual([]);
    expect(nl.good.map((c) => [c.claimId, c.principal, c.charges, c.paid, c.dueDate, c.status])).toEqual([
      ['F-2025-001', 123456, 1250, 0, '2025-03-15', 'open'],
      ['F-2025-002', 8550, 0, 0, '2025-12-31', 'paid'],
      ['F-2025-003', 4000, 0, 1000, '2026-02-01', 'cancelled'],
    ]);
    expect(en.good.map((c) => [c.claimId, c.principal, c.charges, c.paid, c.dueDate, c.status])).toEqual([
      ['C-1', 123456, 1250, 0, '2025-03-15', 'open'],
      ['C-2', 8550, 0, 0, '2025-12-31', 'paid'],
      ['C-3', 4000, 0, 1000, '2026-02-01', 'open'],
    ]);
    expect(en.good.map((c) => c.nationalNumberKind)).toEqual(['be', 'nl', null]);
    expect(nl.good[2]?.street).toBe('Dorpsplein\r\n(achteringang)');
  });

  it('reports each bad row with its spreadsheet row number and fields', async () => {
    const { good, rejected } = await importFile(fixture('claims-errors.csv'));
    expect(good).toEqual([]);
    const summary = (errors: RowError[]) => errors.map((e) => `${e.row}:${e.field}:${e.code}`);
    expect(rejected.map((r) => summary(r.errors))).toEqual([
      ['2:nationalNumber:national_number_checksum'],
      [
        '3:nationalNumber:identifier_missing',
        '3:principal:amount_not_positive',
        '3:charges:amount_negative',
        '3:paid:amount_invalid',
        '3:birthDate:date_invalid',
        '3:issueDate:date_invalid',
        '3:dueDate:date_invalid',
        '3:status:status_invalid',
      ],
      [
        '4:name:required',
        '4:category:required',
        '4:nationalNumber:bsn_checksum',
        '4:principal:amount_not_positive',
        '4:dueDate:required',
      ],
    ]);
  });
});

describe('rejectedCsv', () => {
  it('writes the input columns plus an error column, UTF-8 with BOM, and reads back to the same fields', async () => {
    const { header, rejected } = await importFile(fixture('claims-errors.csv'));
    const csv = rejectedCsv(header.header, header.separator, rejected);
    expect(csv.startsWith('\uFEFFvordering_id;rijksregisternummer;')).toBe(true);
    expect(csv.split('\r\n')[0]?.endsWith(';geboortedatum;factuurdatum;fout')).toBe(true);
    expect(csv).toContain(
      'Rij 2 — rijksregisternummer: Ongeldig rijksregisternummer: controlegetal klopt niet',
    );

    const again = await importFile(Buffer.from(csv, 'utf8'));
    expect(again.header.encoding).toBe('utf-8');
    expect(again.header.header).toEqual([...header.header, 'fout']);
    expect(again.rejected.map((r) => r.fields.slice(0, header.header.length))).toEqual(
      rejected.map((r) => r.fields),
    );
    expect(again.rejected.map((r) => r.errors.map((e) => e.code))).toEqual(
      rejected.map((r) => r.errors.map((e) => e.code)),
    );
  });

  it('quotes what needs quoting, pads short rows, keeps extra fields after the error column, speaks English', () => {
    const error: RowError = {
      row: 9,
      field: 'name',
      column: 'name',
      value: '',
      code: 'required',
      message: 'Required field is empty: name',
    };
    const csv = rejectedCsv(
      ['claim_id', 'name', 'city'],
      ',',
      [
        { row: 9, fields: ['a,b', 'say "hi"'], errors: [error] },
        { row: 10, fields: ['x', 'multi\nline', 'c', 'extra'], errors: [error] },
      ],
      'en',
    );
    expect(csv).toBe(
      '\uFEFFclaim_id,name,city,error\r\n' +
        '"a,b","say ""hi""",,Row 9 — name: Required field is empty: name\r\n' +
        'x,"multi\nline",c,Row 10 — name: Required field is empty: name,extra\r\n',
    );
  });
});
