/*
 * `npm run bench -- import [claims] [people]`: generates a Belgian-style claims CSV (default 1,000,000
 * claims for 300,000 synthetic people), then for each engine — embedded PGlite, and PostgreSQL when
 * DATABASE_URL is set — in a fresh child process: a raw `COPY` of the same file into a table of text
 * columns (the physical reference), and the real import (stream, validate, stage, merge). Prints rows/s,
 * the ratio and the peak RSS of the importing process.
 */
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { createReadStream, createWriteStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { importClaims } from '../src/claims/import-service.ts';
import { generateCity } from '../src/demo/generate.ts';
import { claimsCsvChunks } from '../src/demo/to-csv.ts';
import { addDepartment, ensureDefaultOrganisation } from '../src/organisations/service.ts';
import { type Database, openDatabase } from '../src/platform/db.ts';
import { migrate } from '../src/platform/migrate.ts';
import { runInOrganisation } from '../src/platform/tenant.ts';
import { measure, perSecond } from './measure.ts';

const HERE = fileURLToPath(import.meta.url);

async function writeCsv(file: string, claims: number, people: number): Promise<void> {
  const city = generateCity({ seed: 7, people, claims, today: '2026-11-24' });
  const out = createWriteStream(file);
  for (const chunk of claimsCsvChunks(city.claims(), {}, 5000)) {
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

interface EngineResult {
  engine: string;
  rows: number;
  copySeconds: number;
  importSeconds: number;
  peakRssMb: number;
}

/** Runs in the child: one engine, fresh database. */
async function runEngine(file: string, databaseUrl: string | null): Promise<EngineResult> {
  let dataDir: string | null = null;
  let database: Database;
  let drop: (() => Promise<void>) | null = null;
  if (databaseUrl) {
    const name = `evs_bench_${process.pid}`;
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(databaseUrl);
    url.pathname = `/${name}`;
    database = openDatabase({ databaseUrl: url.toString(), dataDir: null });
    drop = async () => {
      const c = new pg.Client({ connectionString: databaseUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    };
  } else {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'evs-bench-'));
    database = openDatabase({ databaseUrl: null, dataDir });
  }
  try {
    await migrate(database);
    const orgId = await ensureDefaultOrganisation(database);
    const scope = { orgId, actor: 'bench', lang: 'nl' as const };
    await addDepartment(database, scope, 'BENCH', 'Benchmark');

    // the reference: the same bytes into the same engine with COPY, no parsing of ours at all
    const columns = Array.from({ length: 16 }, (_, i) => `c${i}`);
    const { sql } = await import('kysely');
    await sql
      .raw(`CREATE UNLOGGED TABLE copy_reference (${columns.map((c) => `${c} text`).join(', ')})`)
      .execute(database.db);
    const copy = await measure(() =>
      database.copyInto('copy_reference', columns, fileText(file), `(FORMAT csv, DELIMITER ';')`),
    );
    await sql.raw('DROP TABLE copy_reference').execute(database.db);

    // confined to the organisation, as an upload over HTTP is: row-level security is part of the cost
    const imported = await measure(async () => {
      const r = await runInOrganisation(orgId, () =>
        importClaims(database, scope, {
          departmentCode: 'BENCH',
          input: createReadStream(file, { highWaterMark: 1024 * 1024 }),
        }),
      );
      if (!r.ok || r.value.rejectedWhole)
        throw new Error(
          `import failed: ${JSON.stringify(r.ok ? r.value.report.rejected.slice(0, 3) : r.error)}`,
        );
      return r.value.report.rows;
    });
    return {
      engine: database.engine,
      rows: imported.value,
      copySeconds: copy.seconds,
      importSeconds: imported.seconds,
      peakRssMb: imported.peakRssMb,
    };
  } finally {
    await database.close();
    await drop?.();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * The file's own text for PostgreSQL's CSV COPY, nothing of ours parses it: cut at line ends (the
 * embedded engine takes the input in several COPY statements) and without the header line.
 */
async function* fileText(file: string): AsyncGenerator<string> {
  let rest = '';
  let first = true;
  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 1024 * 1024 })) {
    let text = rest + (chunk as string);
    if (first) {
      text = text.slice(text.indexOf('\n') + 1);
      first = false;
    }
    const end = text.lastIndexOf('\n') + 1;
    rest = text.slice(end);
    if (end > 0) yield text.slice(0, end);
  }
  if (rest !== '') yield `${rest}\n`;
}

async function main(argv: string[]): Promise<void> {
  if (argv[0] === '--child') {
    const result = await runEngine(argv[1] as string, argv[2] === '-' ? null : (argv[2] ?? null));
    process.send?.(result);
    return;
  }
  const claims = Number(argv[0] ?? 1_000_000);
  const people = Number(argv[1] ?? Math.round(claims * 0.3));
  const dir = mkdtempSync(path.join(os.tmpdir(), 'evs-bench-csv-'));
  const file = path.join(dir, `claims-${claims}.csv`);
  console.log(`Generating ${claims.toLocaleString('en')} claims for ${people.toLocaleString('en')} people…`);
  await writeCsv(file, claims, people);
  console.log(`  ${file}: ${(statSync(file).size / 1024 / 1024).toFixed(0)} MB`);
  const engines = [null, ...(process.env.DATABASE_URL ? [process.env.DATABASE_URL] : [])];
  const results: EngineResult[] = [];
  for (const url of engines) {
    const child = fork(HERE, ['--child', file, url ?? '-'], { execArgv: ['--import', 'tsx'] });
    const [result] = (await Promise.race([
      once(child, 'message'),
      once(child, 'exit').then(([code]) => {
        throw new Error(`benchmark child exited with ${code}`);
      }),
    ])) as [EngineResult];
    results.push(result);
    await once(child, 'exit').catch(() => undefined);
  }
  console.log('\nengine      rows       import            raw COPY          ratio  peak RSS');
  for (const r of results) {
    console.log(
      `${r.engine.padEnd(10)} ${String(r.rows).padStart(8)}  ${r.importSeconds.toFixed(1).padStart(6)} s ${perSecond(r.rows, r.importSeconds).padStart(10)}  ${r.copySeconds.toFixed(1).padStart(5)} s ${perSecond(r.rows, r.copySeconds).padStart(10)}  ${(r.copySeconds / r.importSeconds).toFixed(2).padStart(5)}  ${r.peakRssMb} MB`,
    );
  }
  if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
}

export const runImportBench = main;

if (process.argv[1] === HERE) await main(process.argv.slice(2));
