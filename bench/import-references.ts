/**
 * The physical references the import benchmark prints beside each phase, measured in the same run on
 * the same rows: reading the file, parsing it without a database, a raw COPY into an unindexed table,
 * plain `INSERT … SELECT` of the rows the merge wrote into copies of the tables with the same indexes,
 * and the durable reference: a COPY of the already-resolved rows into copies of the real tables with
 * their real indexes (what a durable import cannot beat).
 */

import { once } from 'node:events';
import { createReadStream, createWriteStream, rmSync } from 'node:fs';
import { sql } from 'kysely';
import { validateClaimRecord } from '../src/claims/claim-row.ts';
import { type HeaderMap, mapHeader } from '../src/claims/columns.ts';
import { readCsvRecords } from '../src/claims/io-csv-reader.ts';
import { copyLine } from '../src/platform/copy-text.ts';
import type { Database } from '../src/platform/db.ts';
import { measure } from './measure.ts';

/** The tables an import writes, in the order the merge writes them. */
export const WRITTEN_TABLES = ['debtors', 'person_identifiers', 'customer_numbers', 'claims'] as const;

/** Reading the file's bytes, nothing else. */
export async function readSeconds(file: string): Promise<number> {
  const r = await measure(async () => {
    let bytes = 0;
    for await (const chunk of createReadStream(file, { highWaterMark: 1024 * 1024 })) bytes += chunk.length;
    return bytes;
  });
  return r.seconds;
}

/** Decoding, splitting and validating every row, as the import does, without a database. */
export async function parseSeconds(file: string): Promise<number> {
  const r = await measure(async () => {
    let map: HeaderMap | null = null;
    let valid = 0;
    for await (const item of readCsvRecords(createReadStream(file, { highWaterMark: 1024 * 1024 }))) {
      if (item.kind === 'header') {
        const m = mapHeader(item.header);
        if (m.ok) map = m.value;
      } else if (item.kind === 'records' && map) {
        for (const rec of item.records) if (validateClaimRecord(rec.fields, map, rec.row, 'nl').ok) valid++;
      }
    }
    return valid;
  });
  return r.seconds;
}

async function writableColumns(database: Database, table: string): Promise<string[]> {
  const r = await sql<{ column_name: string }>`
    SELECT column_name FROM information_schema.columns
    WHERE table_schema = current_schema() AND table_name = ${table} AND is_generated = 'NEVER'
    ORDER BY ordinal_position`.execute(database.db);
  return r.rows.map((x) => x.column_name);
}

async function copyOf(database: Database, table: string, name: string): Promise<void> {
  await sql.raw(`DROP TABLE IF EXISTS ${name}`).execute(database.db);
  await sql.raw(`CREATE TABLE ${name} (LIKE ${table} INCLUDING ALL)`).execute(database.db);
}

/** Seconds of `INSERT INTO copy SELECT * FROM table` per written table (same rows, same indexes). */
export async function insertSelectSeconds(database: Database): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of WRITTEN_TABLES) {
    const cols = (await writableColumns(database, table)).join(', ');
    await copyOf(database, table, `ref_insert_${table}`);
    const r = await measure(() =>
      sql.raw(`INSERT INTO ref_insert_${table} (${cols}) SELECT ${cols} FROM ${table}`).execute(database.db),
    );
    out[table] = r.seconds;
    await sql.raw(`DROP TABLE ref_insert_${table}`).execute(database.db);
  }
  return out;
}

/** Writes a table's rows as COPY text to `file` (not timed), paging by physical row position. */
async function dumpTable(database: Database, table: string, cols: string[], file: string): Promise<void> {
  const out = createWriteStream(file);
  let after = '(0,0)';
  for (;;) {
    const page = await sql<{ t: string; v: (string | null)[] }>`
      SELECT ctid::text AS t, ARRAY[${sql.raw(cols.map((c) => `${c}::text`).join(', '))}] AS v
      FROM ${sql.table(table)} WHERE ctid > ${after}::tid ORDER BY ctid LIMIT 20000`.execute(database.db);
    if (page.rows.length === 0) break;
    const text = page.rows.map((r) => copyLine(r.v)).join('');
    if (!out.write(text)) await once(out, 'drain');
    after = page.rows[page.rows.length - 1]?.t ?? after;
  }
  out.end();
  await once(out, 'finish');
}

async function* linesOf(file: string): AsyncGenerator<string> {
  let rest = '';
  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 1024 * 1024 })) {
    const text = rest + (chunk as string);
    const end = text.lastIndexOf('\n') + 1;
    rest = text.slice(end);
    if (end > 0) yield text.slice(0, end);
  }
  if (rest !== '') yield rest;
}

/** The durable reference: COPY of the resolved rows into copies of the real tables, real indexes. */
export async function durableCopySeconds(database: Database, dir: string): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of WRITTEN_TABLES) {
    const cols = await writableColumns(database, table);
    const file = `${dir}/${table}.copy`;
    await dumpTable(database, table, cols, file);
    await copyOf(database, table, `ref_copy_${table}`);
    const r = await measure(() => database.copyInto(`ref_copy_${table}`, cols, linesOf(file)));
    out[table] = r.seconds;
    await sql.raw(`DROP TABLE ref_copy_${table}`).execute(database.db);
    rmSync(file, { force: true });
  }
  return out;
}
