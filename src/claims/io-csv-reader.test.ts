import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CsvHeaderInfo, type CsvReadFailure, type CsvRecord, readCsvRecords } from './io-csv-reader.ts';
import type { Lang } from './messages.ts';

const fixture = (name: string): Buffer => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

async function* chunked(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

interface ReadAll {
  header: CsvHeaderInfo | null;
  records: CsvRecord[];
  failure: CsvReadFailure | null;
  batches: number;
}

async function readAll(
  input: Uint8Array | string,
  chunkSize = 1 << 16,
  opts: { lang?: Lang; batchSize?: number; maxRecordChars?: number; sniffBytes?: number } = {},
): Promise<ReadAll> {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  const out: ReadAll = { header: null, records: [], failure: null, batches: 0 };
  // sniff no more than one chunk, so that small chunk sizes really cut the text everywhere
  const options = { fileName: 'test.csv', sniffBytes: Math.min(chunkSize, 1 << 16), ...opts };
  for await (const item of readCsvRecords(chunked(bytes, chunkSize), options)) {
    if (item.kind === 'header') out.header = item;
    else if (item.kind === 'records') {
      out.batches++;
      out.records.push(...item.records);
    } else out.failure = item;
  }
  return out;
}

describe('readCsvRecords on the fixtures', () => {
  it('reads a Belgian export: UTF-8 with BOM, `;`, CRLF, quotes with `;`, `""` and a newline inside', async () => {
    const r = await readAll(fixture('claims-nl-semicolon-bom.csv'));
    expect(r.failure).toBeNull();
    expect(r.header?.encoding).toBe('utf-8');
    expect(r.header?.separator).toBe(';');
    expect(r.header?.header[0]).toBe('Vordering_ID'); // BOM stripped
    expect(r.records.map((x) => x.row)).toEqual([2, 3, 4]);
    expect(r.records[1]?.fields[3]).toBe('Testmans; Piet');
    expect(r.records[2]?.fields[3]).toBe('Els "Elsje" Voorbeeld');
    expect(r.records[2]?.fields[5]).toBe('Dorpsplein\r\n(achteringang)');
  });

  it('reads an English export: `,`, LF, no BOM, trailing empty lines ignored', async () => {
    const r = await readAll(fixture('claims-en-comma.csv'));
    expect(r.failure).toBeNull();
    expect(r.header).toMatchObject({ encoding: 'utf-8', separator: ',' });
    expect(r.records.map((x) => x.row)).toEqual([2, 3, 4]);
    expect(r.records[1]?.fields[4]).toBe('Testmans, Piet');
    expect(r.records[1]?.fields[11]).toBe('quoted, with comma');
  });

  it('reads Windows-1252 (é = 0xE9, ë = 0xEB), from the fixture and from bytes built here', async () => {
    const built = Buffer.concat([
      Buffer.from('claim_id;customer_number;name;category;principal;due_date\nW-1;K1;Ren', 'latin1'),
      Buffer.from([0xe9]),
      Buffer.from(' Testmans;Afval;10,00;01/02/2025\nW-2;K2;Ga', 'latin1'),
      Buffer.from([0xeb]),
      Buffer.from('lle Voorbeeld;Afval;20,00;2025-02-01\n', 'latin1'),
    ]);
    for (const bytes of [built, fixture('claims-windows-1252.csv')]) {
      const r = await readAll(bytes);
      expect(r.header?.encoding).toBe('windows-1252');
      expect(r.records.map((x) => x.fields[2])).toEqual(['René Testmans', 'Gaëlle Voorbeeld']);
    }
  });

  it('reads UTF-8 without BOM, also when a character is split over two chunks', async () => {
    const bytes = Buffer.from('claim_id,name\nU-1,René Gaëlle Ŝ 😀\n', 'utf8');
    for (const size of [1, 2, 3, 5, 1 << 16]) {
      const r = await readAll(bytes, size, { sniffBytes: 1 });
      expect(r.header?.encoding).toBe('utf-8');
      expect(r.records[0]?.fields).toEqual(['U-1', 'René Gaëlle Ŝ 😀']);
    }
  });

  it('decides the encoding on the first 64 KiB, not on the first (maybe tiny) chunk', async () => {
    const bytes = Buffer.concat([
      Buffer.from('claim_id;name\nW-1;Ren'),
      Buffer.from([0xe9]),
      Buffer.from('\n'),
    ]);
    const r = await readAll(bytes, 2, { sniffBytes: 1 << 16 });
    expect(r.header?.encoding).toBe('windows-1252');
    expect(r.records[0]?.fields).toEqual(['W-1', 'René']);
  });

  it('detects the separator from the header line only; a tie goes to `;`', async () => {
    expect((await readAll('a,b;c;d\n1,2;3;4\n')).header?.separator).toBe(';');
    expect((await readAll('"a;b",c\n1,2\n')).header?.separator).toBe(',');
    expect((await readAll('a;b (€, btw)\n1;2\n')).header?.separator).toBe(';');
  });
});

describe('readCsvRecords: rows, batches and file errors', () => {
  it('numbers rows as a spreadsheet: a quoted newline stays one row, blank rows count but are skipped', async () => {
    const r = await readAll('a;b\r\n1;"x\r\ny\r\nz"\r\n\r\n;\r\n2;w\r\n\r\n\r\n');
    expect(r.records).toEqual([
      { row: 2, fields: ['1', 'x\r\ny\r\nz'] },
      { row: 5, fields: ['2', 'w'] },
    ]);
  });

  it('gives the same records whatever the chunk size (CR/LF and quotes split across chunks)', async () => {
    const text = 'h1;h2;h3\r\n"a""b";"c;\r\nd";e\r\n"";x;""""\r\nlast;"q"\r\n';
    const whole = await readAll(text);
    for (let size = 1; size < 12; size++) expect(await readAll(text, size)).toEqual(whole);
  });

  it('yields batches of the asked size', async () => {
    const text = `h\n${Array.from({ length: 25 }, (_, i) => `r${i}`).join('\n')}\n`;
    const r = await readAll(text, 7, { batchSize: 10 });
    expect(r.batches).toBe(3);
    expect(r.records).toHaveLength(25);
    expect(r.records[24]).toEqual({ row: 26, fields: ['r24'] });
  });

  it('reports an empty file', async () => {
    for (const text of ['', '\uFEFF', '\r\n\r\n']) {
      const r = await readAll(text);
      expect(r.failure?.error).toMatchObject({ code: 'empty_file', fileName: 'test.csv' });
    }
  });

  it('reports a quote that is never closed, with the row where it opened', async () => {
    const r = await readAll('a;b\n1;2\n3;"open\n4;5\n', 4);
    expect(r.failure?.error).toMatchObject({ code: 'unclosed_quote', row: 3 });
    expect(r.failure?.error.message).toBe('Rij 3: een aanhalingsteken (") wordt geopend maar nooit gesloten');
  });

  it('reports text after a closing quote, with its row, in English when asked', async () => {
    const r = await readAll('a;b\n1;2\n"3"x;4\n', 1 << 16, { lang: 'en' });
    expect(r.failure?.error).toMatchObject({ code: 'invalid_quote', row: 3 });
    expect(r.failure?.error.message).toMatch(/^Row 3: after a closing quote/);
  });

  it('stops at a record longer than the limit instead of buffering the whole file', async () => {
    const r = await readAll(`a;b\n1;"${'x'.repeat(300_000)}`, 1000, { maxRecordChars: 100_000 });
    expect(r.failure?.error).toMatchObject({ code: 'record_too_long', row: 2 });
    expect(r.failure?.error.message).not.toContain('undefined');
    expect(r.failure?.error.message).toMatch(/langer dan [\d.]+ tekens/);
  });

  it('reports invalid UTF-8 after a UTF-8 start, naming the row it is in', async () => {
    const head = Buffer.from(`claim_id;name\n${'U-1;Jan Testmans\n'.repeat(5000)}U-2;Ren`, 'utf8');
    const bytes = Buffer.concat([head, Buffer.from([0xe9]), Buffer.from(' Testmans\nU-3;x\n', 'latin1')]);
    for (const size of [7, 4096, 1 << 16]) {
      const r = await readAll(bytes, size);
      expect(r.header?.encoding).toBe('utf-8');
      expect(r.failure?.error).toMatchObject({ code: 'invalid_utf8', row: 5002, fileName: 'test.csv' });
      expect(r.failure?.error.message).toMatch(/^Rij 5002: ongeldige UTF-8-tekens/);
    }
  });
});

describe('the splitter agrees with csv-parse', () => {
  const fieldText = fc.string({
    unit: fc.constantFrom('a', 'b', 'é', ' ', ';', ',', '"', '\n', '\r', '\r\n', '1', '€'),
    maxLength: 8,
  });

  function encodeField(value: string, sep: string, forceQuote: boolean): string {
    const needsQuotes = value.includes(sep) || value.includes('"') || /[\r\n]/.test(value);
    return needsQuotes || forceQuote ? `"${value.replaceAll('"', '""')}"` : value;
  }

  it('on generated CSV with quotes, both separators, newlines inside quotes, CRLF or LF', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(';', ','),
        fc.constantFrom('\n', '\r\n'),
        fc.array(fc.array(fc.tuple(fieldText, fc.boolean()), { minLength: 1, maxLength: 5 }), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.boolean(),
        fc.integer({ min: 1, max: 40 }),
        async (sep, eol, rows, trailingEol, chunkSize) => {
          const header = `h1${sep}h2`;
          const lines = rows.map((r) => r.map(([v, q]) => encodeField(v, sep, q)).join(sep));
          const text = [header, ...lines].join(eol) + (trailingEol ? eol : '');
          const expected = (
            parse(text, { delimiter: sep, relax_column_count: true, record_delimiter: eol }) as string[][]
          )
            .map((fields, i) => ({ row: i + 1, fields }))
            .filter((r) => r.fields.some((f) => f !== ''));
          const r = await readAll(text, chunkSize);
          const actual = r.header === null ? [] : [{ row: 1, fields: r.header.header }, ...r.records];
          expect(r.failure).toBeNull();
          expect(actual).toEqual(expected);
        },
      ),
      { numRuns: 400 },
    );
  });
});
