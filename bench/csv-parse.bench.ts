/*
 * Claims CSV: csv-parse vs our streaming splitter (src/claims/io-csv-reader.ts), both followed by the
 * same row validation. Generates synthetic rows in memory (fictional people only), feeds them as
 * 64 KiB chunks. Run: `npx tsx bench/csv-parse.bench.ts [rows=1000000]`.
 */
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { validateClaimRecord } from '../src/claims/claim-row.ts';
import { type HeaderMap, mapHeader } from '../src/claims/columns.ts';
import { readCsvRecords } from '../src/claims/io-csv-reader.ts';
import { nationalNumberFrom } from '../src/kernel/national-number.ts';

const HEADER =
  'vordering_id;rijksregisternummer;klantnummer;naam;geboortedatum;straat;huisnummer;postcode;gemeente;' +
  'categorie;hoofdsom;kosten;betaald;factuurdatum;vervaldatum;status';

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** One synthetic row; national numbers are valid check-wise but built from a fixed fictional pattern. */
function syntheticRow(i: number): string {
  const day = (i % 28) + 1;
  const month = (i % 12) + 1;
  const year = 40 + (i % 50);
  const nn = nationalNumberFrom(`${year}${pad2(month)}${pad2(day)}`, (i % 997) + 1, false);
  const formatted =
    i % 2 === 0
      ? nn
      : `${nn.slice(0, 2)}.${nn.slice(2, 4)}.${nn.slice(4, 6)}-${nn.slice(6, 9)}.${nn.slice(9)}`;
  const euros = 10 + (i % 4000);
  const principal =
    euros >= 1000
      ? `${Math.floor(euros / 1000)}.${String(euros % 1000).padStart(3, '0')},${pad2(i % 100)}`
      : `${euros},${pad2(i % 100)}`;
  const name = i % 50 === 0 ? `"Testmans; Jan ${i}"` : `Jan Testmans ${i}`;
  return [
    `F${i}`,
    formatted,
    `K${i % 100000}`,
    name,
    `${pad2(day)}/${pad2(month)}/19${year}`,
    'Voorbeeldstraat',
    String((i % 200) + 1),
    String(1000 + (i % 8999)),
    'Teststad',
    i % 3 === 0 ? 'Afvalbelasting' : 'Kinderopvang',
    principal,
    i % 5 === 0 ? '12,50' : '0',
    '0,00',
    `2024-${pad2(month)}-${pad2(day)}`,
    `${pad2(day)}/${pad2(month)}/2025`,
    i % 7 === 0 ? 'betaald' : 'open',
  ].join(';');
}

function generate(rows: number): Buffer[] {
  const chunks: Buffer[] = [];
  let text = `${HEADER}\r\n`;
  for (let i = 0; i < rows; i++) {
    text += `${syntheticRow(i)}\r\n`;
    if (text.length >= 64 * 1024) {
      chunks.push(Buffer.from(text, 'utf8'));
      text = '';
    }
  }
  chunks.push(Buffer.from(text, 'utf8'));
  return chunks;
}

interface Outcome {
  rows: number;
  valid: number;
}

function validateAll(records: Iterable<{ row: number; fields: string[] }>, map: HeaderMap, out: Outcome) {
  for (const r of records) {
    out.rows++;
    if (validateClaimRecord(r.fields, map, r.row).ok) out.valid++;
  }
}

async function withCsvParse(chunks: Buffer[], validate: boolean): Promise<Outcome> {
  const out: Outcome = { rows: 0, valid: 0 };
  const parser = Readable.from(chunks).pipe(parse({ delimiter: ';', bom: true, relax_column_count: true }));
  let map: HeaderMap | null = null;
  let row = 1;
  for await (const fields of parser as AsyncIterable<string[]>) {
    if (map === null) {
      const mapped = mapHeader(fields);
      if (!mapped.ok) throw new Error(mapped.error.message);
      map = mapped.value;
      continue;
    }
    row++;
    if (validate) validateAll([{ row, fields }], map, out);
    else out.rows++;
  }
  return out;
}

async function withSplitter(chunks: Buffer[], validate: boolean): Promise<Outcome> {
  const out: Outcome = { rows: 0, valid: 0 };
  let map: HeaderMap | null = null;
  for await (const item of readCsvRecords(Readable.from(chunks))) {
    if (item.kind === 'error') throw new Error(item.error.message);
    if (item.kind === 'header') {
      const mapped = mapHeader(item.header);
      if (!mapped.ok) throw new Error(mapped.error.message);
      map = mapped.value;
    } else if (map !== null) {
      if (validate) validateAll(item.records, map, out);
      else out.rows += item.records.length;
    }
  }
  return out;
}

async function time(label: string, run: () => Promise<Outcome>): Promise<void> {
  const started = performance.now();
  const out = await run();
  const seconds = (performance.now() - started) / 1000;
  const rate = Math.round(out.rows / seconds / 1000);
  const heap = Math.round(process.memoryUsage().heapUsed / 1e6);
  console.log(
    `${label.padEnd(36)} ${seconds.toFixed(2)} s  ${String(rate).padStart(5)}k rows/s  valid ${out.valid}  heap ${heap} MB`,
  );
}

const rows = Number(process.argv[2] ?? 1_000_000);
const chunks = generate(rows);
console.log(`${rows} rows, ${Math.round(chunks.reduce((n, c) => n + c.length, 0) / 1e6)} MB`);
await time('csv-parse, split only', () => withCsvParse(chunks, false));
await time('splitter, split only', () => withSplitter(chunks, false));
await time('csv-parse + validation', () => withCsvParse(chunks, true));
await time('splitter + validation', () => withSplitter(chunks, true));
