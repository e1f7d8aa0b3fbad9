/*
 * `npm run bench -- import [claims] [people] [--engine=pglite|postgres] [--json]`: generates a Belgian-style
 * claims CSV (default 1,000,000 claims for 300,000 synthetic people), then for each engine — embedded PGlite,
 * and PostgreSQL when DATABASE_URL is set — in a fresh child process: a raw `COPY` of the same file into a
 * table of text columns, the real import (confined, as an upload is) with the time of each phase, the
 * references of import-references.ts on the rows it wrote, and the same file again (all unchanged).
 */
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { createReadStream, createWriteStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { importClaims } from '../src/claims/import-service.ts';
import { generateCity } from '../src/demo/generate.ts';
import { claimsCsvChunks } from '../src/demo/to-csv.ts';
import { addDepartment, ensureDefaultOrganisation } from '../src/organisations/service.ts';
import { type Database, openDatabase } from '../src/platform/db.ts';
import { migrate } from '../src/platform/migrate.ts';
import { runInOrganisation } from '../src/platform/tenant.ts';
import { createScratchPostgres } from '../src/testing/db.ts';
import {
  durableCopySeconds,
  insertSelectSeconds,
  parseSeconds,
  readSeconds,
  WRITTEN_TABLES,
} from './import-references.ts';
import { measure, perSecond, round } from './measure.ts';

const HERE = fileURLToPath(import.meta.url);

export async function writeClaimsCsv(file: string, claims: number, people: number): Promise<void> {
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
  seconds: number;
  peakRssMb: number;
  phases: Record<string, number>;
  reimportSeconds: number;
  references: {
    rawCopy: number;
    insertSelect: Record<string, number>;
    durableCopy: Record<string, number>;
  };
}

/** Runs in the child: one engine, fresh database. */
async function runEngine(file: string, databaseUrl: string | null): Promise<EngineResult> {
  let dataDir: string | null = null;
  let database: Database;
  let drop: (() => Promise<void>) | null = null;
  if (databaseUrl) {
    const scratch = await createScratchPostgres(databaseUrl);
    database = openDatabase({ databaseUrl: scratch.url, dataDir: null });
    drop = scratch.drop;
  } else {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'evs-bench-'));
    database = openDatabase({ databaseUrl: null, dataDir });
  }
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'evs-bench-ref-'));
  try {
    await migrate(database);
    const orgId = await ensureDefaultOrganisation(database);
    const scope = { orgId, actor: 'bench', lang: 'nl' as const };
    await addDepartment(database, scope, 'BENCH', 'Benchmark');

    // the reference: the same bytes into the same engine with COPY, no parsing of ours at all
    const columns = Array.from({ length: 16 }, (_, i) => `c${i}`);
    await sql
      .raw(`CREATE UNLOGGED TABLE copy_reference (${columns.map((c) => `${c} text`).join(', ')})`)
      .execute(database.db);
    const copy = await measure(() =>
      database.copyInto('copy_reference', columns, fileText(file), `(FORMAT csv, DELIMITER ';')`),
    );
    await sql.raw('DROP TABLE copy_reference').execute(database.db);

    // confined to the organisation, as an upload over HTTP is: row-level security is part of the cost
    const runImport = (onPhase?: (phase: string, seconds: number) => void) =>
      measure(async () => {
        const r = await runInOrganisation(orgId, () =>
          importClaims(database, scope, {
            departmentCode: 'BENCH',
            input: createReadStream(file, { highWaterMark: 1024 * 1024 }),
            ...(onPhase ? { onPhase } : {}),
          }),
        );
        if (!r.ok || r.value.rejectedWhole)
          throw new Error(
            `import failed: ${JSON.stringify(r.ok ? r.value.report.rejected.slice(0, 3) : r.error)}`,
          );
        return r.value.report.rows;
      });
    const phases: Record<string, number> = {};
    const imported = await runImport((phase, seconds) => {
      phases[phase] = (phases[phase] ?? 0) + seconds;
    });
    const insertSelect = await insertSelectSeconds(database);
    const durableCopy = await durableCopySeconds(database, scratch);
    // the same file again: every row unchanged, nothing may be written
    const again = await runImport();
    return {
      engine: database.engine,
      rows: imported.value,
      seconds: imported.seconds,
      peakRssMb: imported.peakRssMb,
      phases,
      reimportSeconds: again.seconds,
      references: { rawCopy: copy.seconds, insertSelect, durableCopy },
    };
  } finally {
    await database.close();
    await drop?.();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    rmSync(scratch, { recursive: true, force: true });
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

const sum = (r: Record<string, number>, keys: readonly string[]) => keys.reduce((t, k) => t + (r[k] ?? 0), 0);

/** Each phase beside the plain operation it cannot beat; the reason where there is none. */
function phaseRows(r: EngineResult, parse: number, read: number) {
  const ins = r.references.insertSelect;
  const debtorSteps = ['debtors by national number', 'debtors by customer number', 'learn customer numbers'];
  const rows: { phase: string; seconds: number; reference: string; referenceSeconds: number | null }[] = [
    {
      phase: 'parse + validate (no database)',
      seconds: parse,
      reference: 'read the file',
      referenceSeconds: read,
    },
    {
      phase: 'stage (parse + COPY)',
      seconds: r.phases.stage ?? 0,
      reference: 'raw COPY, unindexed',
      referenceSeconds: r.references.rawCopy,
    },
    {
      phase: 'debtors and numbers (3 steps)',
      seconds: sum(r.phases, debtorSteps),
      reference: 'INSERT…SELECT debtors+identifiers+numbers',
      referenceSeconds: sum(ins, ['debtors', 'person_identifiers', 'customer_numbers']),
    },
    {
      phase: 'claims',
      seconds: r.phases.claims ?? 0,
      reference: 'INSERT…SELECT claims',
      referenceSeconds: ins.claims ?? 0,
    },
  ];
  for (const [phase, seconds] of Object.entries(r.phases)) {
    if (phase === 'stage' || phase === 'claims' || debtorSteps.includes(phase)) continue;
    rows.push({ phase, seconds, reference: NO_REFERENCE[phase] ?? 'none', referenceSeconds: null });
  }
  return rows;
}

const NO_REFERENCE: Record<string, string> = {
  statistics: 'ANALYZE of the staged and written tables: the planner needs it, writes no rows',
  'look-alike suggestions': 'a join over the new debtors, writes only the few suggestions',
  'frozen charges': 'a join of staged rows with frozen claims, writes nothing',
  'net out reductions': 'updates only staged rows of claims with reductions',
  'clean staging': 'deletes the staged rows',
};

async function main(argv: string[]): Promise<unknown> {
  if (argv[0] === '--child') {
    const result = await runEngine(argv[1] as string, argv[2] === '-' ? null : (argv[2] ?? null));
    process.send?.(result);
    return null;
  }
  const rest = argv;
  const log = (line: string) => console.log(line);
  const sizes = rest.filter((a) => !a.startsWith('--'));
  const claims = Number(sizes[0] ?? 1_000_000);
  const people = Number(sizes[1] ?? Math.round(claims * 0.3));
  const dir = mkdtempSync(path.join(os.tmpdir(), 'evs-bench-csv-'));
  const file = path.join(dir, `claims-${claims}.csv`);
  log(`Generating ${claims.toLocaleString('en')} claims for ${people.toLocaleString('en')} people…`);
  await writeClaimsCsv(file, claims, people);
  log(`  ${file}: ${(statSync(file).size / 1024 / 1024).toFixed(0)} MB`);
  const read = await readSeconds(file);
  const parse = await parseSeconds(file);
  // `--engine=postgres` or `--engine=pglite` measures one engine only (while iterating)
  const only = rest.find((a) => a.startsWith('--engine='))?.slice('--engine='.length);
  const engines = [null, ...(process.env.DATABASE_URL ? [process.env.DATABASE_URL] : [])].filter(
    (url) => !only || only === (url ? 'postgres' : 'pglite'),
  );
  const results: EngineResult[] = [];
  for (const url of engines) {
    const child = fork(HERE, ['--child', file, url ?? '-'], {
      execArgv: ['--import', 'tsx'],
      stdio: ['inherit', 2, 'inherit', 'ipc'], // stdout stays free for --json
    });
    const [result] = (await Promise.race([
      once(child, 'message'),
      once(child, 'exit').then(([code]) => {
        throw new Error(`benchmark child exited with ${code}`);
      }),
    ])) as [EngineResult];
    results.push(result);
    await once(child, 'exit').catch(() => undefined);
  }
  if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
  const figures = results.map((r) => {
    const durable = sum(r.references.durableCopy, WRITTEN_TABLES);
    return {
      engine: r.engine,
      rows: r.rows,
      seconds: round(r.seconds),
      peakRssMb: r.peakRssMb,
      reimportSeconds: round(r.reimportSeconds),
      references: {
        readSeconds: round(read),
        parseSeconds: round(parse),
        rawCopySeconds: round(r.references.rawCopy),
        durableCopySeconds: round(durable),
        durableCopyPerTable: r.references.durableCopy,
        insertSelectPerTable: r.references.insertSelect,
      },
      ratios: { durable: round(durable / r.seconds), rawCopy: round(r.references.rawCopy / r.seconds) },
      phases: phaseRows(r, parse, read).map((p) => ({
        ...p,
        seconds: round(p.seconds),
        referenceSeconds: p.referenceSeconds === null ? null : round(p.referenceSeconds),
        ratio: p.referenceSeconds === null || p.seconds === 0 ? null : round(p.referenceSeconds / p.seconds),
      })),
    };
  });
  for (const f of figures) {
    log(
      `\n${f.engine}: ${f.rows.toLocaleString('en')} rows in ${f.seconds.toFixed(1)} s (${perSecond(f.rows, f.seconds)}), peak RSS ${f.peakRssMb} MB; the same file again (all unchanged) ${f.reimportSeconds.toFixed(1)} s`,
    );
    log(
      `  durable reference (COPY of the resolved rows into copies of the real tables, real indexes) ${f.references.durableCopySeconds.toFixed(1)} s: ratio ${f.ratios.durable.toFixed(2)} (target ≥ 0.6)`,
    );
    log(
      `  raw COPY of the file into an unindexed text table ${f.references.rawCopySeconds.toFixed(1)} s: ratio ${f.ratios.rawCopy.toFixed(2)} (target ≥ 0.15)`,
    );
    log(
      '  phase                              seconds   reference                                     seconds  ratio',
    );
    for (const p of f.phases) {
      const ref = p.referenceSeconds === null ? '' : p.referenceSeconds.toFixed(2).padStart(7);
      const ratio = p.ratio === null ? '' : p.ratio.toFixed(2).padStart(5);
      log(
        `  ${p.phase.padEnd(34)} ${p.seconds.toFixed(2).padStart(7)}   ${p.reference.padEnd(45)} ${ref}  ${ratio}`,
      );
    }
  }
  return { claims, people, engines: figures };
}

export const runImportBench = main;

if (process.argv[1] === HERE) await main(process.argv.slice(2));
