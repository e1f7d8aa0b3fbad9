import { sql } from 'kysely';
import { createDemoUsers } from '../access/demo-service.ts';
import { importClaims } from '../claims/import-service.ts';
import { demoHubSettings, loadDemoHub } from '../hub/demo-service.ts';
import type { HubSettings } from '../hub/io-keys.ts';
import type { IsoDate } from '../kernel/dates.ts';
import { addDepartment, setCategory } from '../organisations/service.ts';
import { findDepartment } from '../organisations/store.ts';
import { loadDemoPayments } from '../payments/demo-service.ts';
import { loadDemoPlans } from '../plans/demo-service.ts';
import type { Database } from '../platform/db.ts';
import type { Scope } from '../platform/scope.ts';
import { loadDemoFacts } from './eligibility-service.ts';
import { type City, DEFAULT_SEED, DEMO_CITY_SIZE, generateCity } from './generate.ts';
import { claimsCsv } from './to-csv.ts';
import type { ClaimRow } from './types.ts';

export interface DemoSummary {
  departments: number;
  claims: number;
  debtors: number;
  households: number;
}

/**
 * Loads the synthetic demo city through the real import path: departments and categories, one
 * Belgian-style CSV per department, then households linked by national number.
 */
export async function loadDemoCity(
  database: Database,
  scope: Scope,
  opts: { today: IsoDate; people?: number; claims?: number; seed?: number; hub?: HubSettings },
): Promise<DemoSummary> {
  const city = generateCity({
    seed: opts.seed ?? DEFAULT_SEED,
    people: opts.people ?? DEMO_CITY_SIZE.people,
    claims: opts.claims ?? DEMO_CITY_SIZE.claims,
    today: opts.today,
  });
  for (const d of city.departments) {
    if (!(await findDepartment(database.db, scope.orgId, d.code)))
      await addDepartment(database, scope, d.code, d.name);
    for (const c of d.categories) {
      await setCategory(database, scope, d.code, c.name, {
        fiscal: c.fiscal,
        limitationPeriod: c.limitationPeriod,
      });
    }
  }
  const perDepartment = new Map<string, ClaimRow[]>();
  for (const row of city.claims()) {
    const rows = perDepartment.get(row.departmentCode) ?? [];
    rows.push(row);
    perDepartment.set(row.departmentCode, rows);
  }
  let claims = 0;
  for (const [code, rows] of perDepartment) {
    const csv = claimsCsv(rows);
    const result = await importClaims(database, scope, {
      departmentCode: code,
      input: (async function* () {
        yield Buffer.from(csv, 'utf8');
      })(),
      fileName: `demo-${code.toLowerCase()}.csv`,
    });
    if (!result.ok || result.value.rejectedWhole) {
      throw new Error(
        `demo data for ${code} did not import: ${JSON.stringify(result.ok ? result.value.report.rejected.slice(0, 3) : result.error)}`,
      );
    }
    claims += result.value.report.rows;
  }
  const households = await linkHouseholds(database, scope, city);
  const debtors = await database.db
    .selectFrom('debtors')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('organisation_id', '=', scope.orgId)
    .executeTakeFirstOrThrow();
  // Social facts from the authentic sources and partners, then a first eligibility sweep.
  await loadDemoFacts(database, scope, city, opts.today);
  // the demo citizen and the social worker's consented client: the person with the most claims
  const busiest = await database.db
    .selectFrom('claims')
    .select(['debtor_id', sql<number>`count(*)::int`.as('n')])
    .where('organisation_id', '=', scope.orgId)
    .groupBy('debtor_id')
    .orderBy('n', 'desc')
    .limit(1)
    .executeTakeFirst();
  await createDemoUsers(database, scope.orgId, city.departments, {
    ...(busiest ? { citizenDebtorId: busiest.debtor_id, consentDebtorId: busiest.debtor_id } : {}),
    today: opts.today,
  });
  // Every capability on top: EvS files and plans for the busiest people, a bank history, hub messages.
  await loadDemoPlans(database, scope, opts.today);
  await loadDemoPayments(database, scope, opts.today);
  await loadDemoHub(database, scope, opts.today, opts.hub ?? demoHubSettings());
  return { departments: city.departments.length, claims, debtors: debtors.n, households };
}

async function linkHouseholds(database: Database, scope: Scope, city: City): Promise<number> {
  const byId = new Map(city.people.map((p) => [p.id, p]));
  let linked = 0;
  await database.db.transaction().execute(async (trx) => {
    for (const h of city.households) {
      const numbers = h.memberIds.map((id) => byId.get(id)?.nationalNumber).filter((n): n is string => !!n);
      const members = await trx
        .selectFrom('person_identifiers')
        .select('debtor_id')
        .where('organisation_id', '=', scope.orgId)
        .where('kind', '=', 'be')
        .where('value', 'in', numbers)
        .execute();
      if (members.length < 2) continue;
      const household = await trx
        .insertInto('households')
        .values({
          organisation_id: scope.orgId,
          label: `${h.kind} ${h.address.street} ${h.address.houseNumber}`,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .updateTable('debtors')
        .set({ household_id: household.id })
        .where(
          'id',
          'in',
          members.map((m) => m.debtor_id),
        )
        .execute();
      linked++;
    }
  });
  return linked;
}

export async function isEmpty(database: Database, orgId: string): Promise<boolean> {
  const row = await database.db
    .selectFrom('claims')
    .select('id')
    .where('organisation_id', '=', orgId)
    .limit(1)
    .executeTakeFirst();
  return !row;
}
