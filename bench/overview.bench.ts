/**
 * The overview of one person, as a request reads it: confined to its organisation under row-level
 * security (src/platform/tenant.ts), beside the same reads by the unconfined owner in the same run.
 * The ratio is the cost of the isolation; a second organisation with the same city makes the
 * policies filter real rows. `npm run bench -- overview [people] [reads]`.
 */
import { Readable } from 'node:stream';
import { importClaims } from '../src/claims/import-service.ts';
import { DEFAULT_SEED, generateCity } from '../src/demo/generate.ts';
import { loadDemoCity } from '../src/demo/service.ts';
import { claimsCsv } from '../src/demo/to-csv.ts';
import type { ClaimRow } from '../src/demo/types.ts';
import { addDepartment, setCategory } from '../src/organisations/service.ts';
import { insertOrganisation } from '../src/organisations/store.ts';
import { overview } from '../src/overview/service.ts';
import type { Database } from '../src/platform/db.ts';
import type { Scope } from '../src/platform/scope.ts';
import { runInOrganisation } from '../src/platform/tenant.ts';
import { createTestDatabase } from '../src/testing/db.ts';
import { measure, perSecond } from './measure.ts';

const TODAY = '2026-11-24';

/** The same city's departments and claims for a second organisation (users and plans are the first's). */
export async function loadClaimsOnly(
  database: Database,
  scope: Scope,
  size: { people: number; claims: number },
) {
  const city = generateCity({ seed: DEFAULT_SEED, today: TODAY, ...size });
  const byDepartment = new Map<string, ClaimRow[]>();
  for (const row of city.claims()) {
    const rows = byDepartment.get(row.departmentCode) ?? [];
    rows.push(row);
    byDepartment.set(row.departmentCode, rows);
  }
  for (const d of city.departments) {
    await addDepartment(database, scope, d.code, d.name);
    for (const c of d.categories) await setCategory(database, scope, d.code, c.name, { fiscal: c.fiscal });
    const r = await importClaims(database, scope, {
      departmentCode: d.code,
      input: Readable.from([Buffer.from(claimsCsv(byDepartment.get(d.code) ?? []), 'utf8')]),
    });
    if (!r.ok || r.value.rejectedWhole) throw new Error(`claims of ${d.code} did not import`);
  }
}

export async function runOverviewBench(args: string[]) {
  const people = Number(args[0] ?? 20_000);
  const reads = Number(args[1] ?? 2_000);
  const test = await createTestDatabase();
  const { database } = test;
  try {
    const scope: Scope = { orgId: test.orgId, actor: 'bench', lang: 'en' };
    const other = await insertOrganisation(database.db, 'bench-other', 'Other city');
    const otherScope: Scope = { orgId: other.id, actor: 'bench', lang: 'en' };
    console.log(`overview on ${database.engine}: two cities of ${people.toLocaleString('en')} people each`);
    const size = { people, claims: Math.round(people * 2.5) };
    await loadDemoCity(database, scope, { today: TODAY, ...size });
    await loadClaimsOnly(database, otherScope, size);
    const ids = (
      await database.db
        .selectFrom('debtors')
        .select('id')
        .where('organisation_id', '=', scope.orgId)
        .execute()
    ).map((d) => d.id);
    const sample = Array.from({ length: reads }, (_, i) => ids[(i * 7919) % ids.length] as string);
    const readAll = () =>
      (async () => {
        for (const id of sample) {
          const r = await overview(database, scope, id, TODAY);
          if (!r.ok) throw new Error(r.error.message);
        }
        return sample.length;
      })();
    await readAll(); // warm the caches of both runs alike
    const owner = await measure(readAll);
    const confined = await measure(() => runInOrganisation(scope.orgId, readAll));
    console.log('\nreads    confined (row-level security)   owner (unconfined)   ratio');
    console.log(
      `${String(reads).padStart(5)}    ${confined.seconds.toFixed(2).padStart(6)} s ${perSecond(reads, confined.seconds).padStart(10)}      ${owner.seconds.toFixed(2).padStart(6)} s ${perSecond(reads, owner.seconds).padStart(8)}    ${(owner.seconds / confined.seconds).toFixed(2)}`,
    );
    return {
      engine: database.engine,
      people,
      reads,
      confinedSeconds: confined.seconds,
      ownerSeconds: owner.seconds,
      ratio: owner.seconds / confined.seconds,
    };
  } finally {
    await test.close();
  }
}
