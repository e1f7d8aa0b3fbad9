/**
 * The whole eligibility sweep on a database of `n` people with facts and open claims, beside a raw read +
 * COPY write of the same volume in the same run; then the engine alone against a hand-written predicate
 * (sweep-engine.bench.ts). Run: `npm run bench -- sweep [n]` or `npx tsx bench/sweep.bench.ts [n]`.
 * Uses PostgreSQL when DATABASE_URL is set (a scratch database, dropped afterwards), else the embedded one.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { generatePeople } from '../src/eligibility/generate-people.ts';
import { ensureDefaultRuleset } from '../src/eligibility/ruleset-service.ts';
import { runSweep, SWEEP_BATCH } from '../src/eligibility/sweep-service.ts';
import {
  clearPopulation,
  DECISION_COLUMNS,
  fillPopulation,
  readPopulationBatch,
} from '../src/eligibility/sweep-store.ts';
import type { PersonFacts } from '../src/kernel/eligibility/facts.ts';
import { addDepartment, setCategory } from '../src/organisations/service.ts';
import { copyLine } from '../src/platform/copy-text.ts';
import type { Database } from '../src/platform/db.ts';
import type { Scope } from '../src/platform/scope.ts';
import { runInOrganisation } from '../src/platform/tenant.ts';
import { createTestDatabase } from '../src/testing/db.ts';
import { measure, round } from './measure.ts';
import { type EngineBenchResult, runEngineBench } from './sweep-engine.bench.ts';

/** First sweep: everyone is new. Second: the next quarter, when some facts start and some signals expire. */
const FIRST = '2025-03-15';
const SECOND = '2025-04-01';

const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;
const rate = (n: number, s: number) => `${Math.round(n / s).toLocaleString('en')}/s`;

async function seed(database: Database, scope: Scope, people: readonly PersonFacts[]): Promise<void> {
  const departments: { id: string; category: string }[] = [];
  for (const code of ['D1', 'D2', 'D3', 'D4']) {
    const d = await addDepartment(database, scope, code, `Bench ${code}`);
    if (!d.ok) throw new Error(d.error.message);
    const c = await setCategory(database, scope, code, 'Retributie', {});
    if (!c.ok) throw new Error(c.error.message);
    departments.push({ id: d.value.id, category: c.value.id });
  }
  const ids = people.map(() => randomUUID());
  const org = scope.orgId;
  await database.copyInto(
    'debtors',
    ['id', 'organisation_id', 'name'],
    ids.map((id, i) => copyLine([id, org, `Bench Persoon ${i}`])),
  );
  const claims = function* () {
    for (let i = 0; i < people.length; i++) {
      const p = people[i] as PersonFacts;
      const count = Math.max(1, p.openDebtDepartments);
      const total = Math.max(1_000, p.openDebtCents);
      for (let k = 0; k < count; k++) {
        const d = departments[k] as { id: string; category: string };
        yield copyLine([
          org,
          d.id,
          `B-${i}-${k}`,
          ids[i] as string,
          d.category,
          Math.floor(total / count),
          '2025-03-01',
          'open',
        ]);
      }
    }
  };
  await database.copyInto(
    'claims',
    [
      'organisation_id',
      'department_id',
      'claim_id',
      'debtor_id',
      'category_id',
      'principal',
      'due_date',
      'status',
    ],
    claims(),
  );
  const facts = function* () {
    for (let i = 0; i < people.length; i++) {
      const p = people[i] as PersonFacts;
      for (let k = 0; k < p.facts.length; k++) {
        const f = p.facts[k];
        if (!f) continue;
        yield copyLine([
          org,
          `bench:${i}:${k}`,
          ids[i] as string,
          f.kind,
          f.kind,
          f.source,
          f.period.from,
          f.period.to,
          JSON.stringify(f),
        ]);
      }
    }
  };
  await database.copyInto(
    'eligibility_facts',
    [
      'organisation_id',
      'fact_key',
      'debtor_id',
      'kind',
      'code',
      'source',
      'period_from',
      'period_to',
      'data',
    ],
    facts(),
  );
  await sql`ANALYZE`.execute(database.db);
}

/** The same reads as the sweep and a COPY of as many decision-sized rows, with no evaluation at all. */
async function rawReadAndWrite(database: Database, orgId: string, date: string): Promise<number> {
  const { db } = database;
  await sql`CREATE TABLE IF NOT EXISTS bench_raw_decisions (LIKE eligibility_decisions INCLUDING ALL)`.execute(
    db,
  );
  await sql`TRUNCATE bench_raw_decisions`.execute(db);
  const key = randomUUID();
  const people = await fillPopulation(db, orgId, key);
  let pending: Promise<unknown> = Promise.resolve();
  for (let from = 1; from <= people; from += SWEEP_BATCH) {
    const batch = await readPopulationBatch(db, orgId, key, from, from + SWEEP_BATCH - 1, date);
    const lines = batch.map((p) =>
      copyLine([
        key,
        orgId,
        p.debtorId,
        false,
        'Vermogend',
        p.facts.length,
        p.openCents,
        p.departments,
        '[]',
        'unchanged',
        null,
      ]),
    );
    await pending;
    pending = database.copyInto('bench_raw_decisions', DECISION_COLUMNS, lines);
    if (database.engine === 'pglite') await pending;
  }
  await pending;
  await clearPopulation(db, key);
  return people;
}

interface SweepFigures {
  readonly date: string;
  readonly people: number;
  readonly seconds: number;
  /** The raw read + COPY write of the same rows on the same date, measured just before. */
  readonly rawSeconds: number;
  readonly ratio: number;
  /** Decisions new or changed (each keeps the facts it used, to be explained when read). */
  readonly changed: number;
  readonly peakRssMb: number;
}

export interface SweepBenchResult {
  readonly engine: string;
  readonly people: number;
  /** The first sweep of a population: every decision new. Target ≤ 3 × raw. */
  readonly first: SweepFigures;
  /** The sweep of the next quarter: only changes are written in full. Target ≤ 3 × raw. */
  readonly incremental: SweepFigures;
  readonly engineAlone: EngineBenchResult;
}

/** Raw read + write of the date's rows, then the sweep of that date, each measured on its own. */
async function sweepBesideRaw(
  database: Database,
  scope: Scope,
  date: string,
  label: string,
): Promise<SweepFigures> {
  const raw = await measure(() => rawReadAndWrite(database, scope.orgId, date));
  console.log(
    `raw read + COPY write ${date}:                          ${raw.seconds.toFixed(1)} s, ${rate(raw.value, raw.seconds)}`,
  );
  // confined to the organisation, as the job and the sweep button run it (row-level security)
  const swept = await measure(() => runInOrganisation(scope.orgId, () => runSweep(database, scope, date)));
  if (!swept.value.ok) throw new Error(swept.value.error.message);
  const s = swept.value.value;
  const ratio = swept.seconds / raw.seconds;
  console.log(
    `${label.padEnd(52)} ${swept.seconds.toFixed(1)} s, ${rate(s.people, swept.seconds)}; ` +
      `${s.changed.toLocaleString('en')} new or changed, ${s.worklist.toLocaleString('en')} on the worklist`,
  );
  console.log(`  ratio to raw: ${ratio.toFixed(2)} (target ≤ 3) ${ratio <= 3 ? 'OK' : 'ABOVE TARGET'}`);
  return {
    date,
    people: s.people,
    seconds: round(swept.seconds),
    rawSeconds: round(raw.seconds),
    ratio: round(ratio, 2),
    changed: s.changed,
    peakRssMb: swept.peakRssMb,
  };
}

export async function runSweepBench(n = 1_000_000): Promise<SweepBenchResult> {
  const test = await createTestDatabase();
  const { database } = test;
  const scope: Scope = { orgId: test.orgId, actor: 'bench', lang: 'en' };
  try {
    console.log(`eligibility sweep on ${database.engine}: ${n.toLocaleString('en')} people`);
    const start = process.hrtime.bigint();
    const people = generatePeople(n);
    await seed(database, scope, people);
    await ensureDefaultRuleset(database.db, scope.orgId);
    console.log(`seeded debtors, claims and facts in ${seconds(start).toFixed(1)} s`);

    const first = await sweepBesideRaw(database, scope, FIRST, `first sweep ${FIRST} (every decision new):`);
    const incremental = await sweepBesideRaw(
      database,
      scope,
      SECOND,
      `sweep ${SECOND} (next quarter, changes only):`,
    );
    console.log('');
    const engineAlone = runEngineBench(n);
    return { engine: database.engine, people: n, first, incremental, engineAlone };
  } finally {
    await test.close();
  }
}

const invokedDirectly = process.argv[1]?.endsWith('sweep.bench.ts') ?? false;
if (invokedDirectly) await runSweepBench(Number(process.argv[2] ?? 1_000_000));
