import { randomUUID } from 'node:crypto';
import { addDepartment, setCategory } from '../organisations/service.ts';
import type { Database } from '../platform/db.ts';
import type { Scope } from '../platform/scope.ts';
import { runSweep } from './sweep-service.ts';

/** Synthetic people for worklist tests: every third owes two departments, every fourth (from the second) lives on a leefloon. */
const FIRST_NAMES = ['Anna', 'Bart', 'Chris', 'Dina', 'Emma'];
export function worklistPeople(n: number) {
  return Array.from({ length: n }, (_, i) => ({
    name: `${FIRST_NAMES[i % 5]} Werklijst${String(i).padStart(2, '0')}`,
    principal: (i + 1) * 10_000,
    departments: i % 3 === 0 ? ['D1', 'D2'] : i % 2 === 0 ? ['D1'] : ['D2'],
    leefloon: i % 4 === 1,
  }));
}
export type WorklistPerson = ReturnType<typeof worklistPeople>[number];
export const isEligible = (p: WorklistPerson) => p.leefloon || p.departments.length > 1;

/** Seeds the people (departments D1 and D2, open claims, leefloon facts) and sweeps on 2025-03-15; returns the department ids. */
export async function seedWorklist(
  database: Database,
  scope: Scope,
  people: readonly WorklistPerson[],
): Promise<Map<string, string>> {
  const departmentIds = new Map<string, string>();
  const categories = new Map<string, string>();
  for (const code of ['D1', 'D2']) {
    const d = await addDepartment(database, scope, code, `Dienst ${code}`);
    const c = await setCategory(database, scope, code, 'Retributie', {});
    if (!d.ok || !c.ok) throw new Error('department');
    departmentIds.set(code, d.value.id);
    categories.set(code, c.value.id);
  }
  for (const [i, p] of people.entries()) {
    const id = randomUUID();
    await database.db
      .insertInto('debtors')
      .values({ id, organisation_id: scope.orgId, name: p.name })
      .execute();
    for (const code of p.departments)
      await database.db
        .insertInto('claims')
        .values({
          organisation_id: scope.orgId,
          department_id: departmentIds.get(code) ?? '',
          claim_id: `W-${i}-${code}`,
          debtor_id: id,
          category_id: categories.get(code) ?? '',
          principal: p.principal / p.departments.length,
          due_date: '2025-03-01',
          status: 'open',
        })
        .execute();
    if (p.leefloon)
      await database.db
        .insertInto('eligibility_facts')
        .values({
          organisation_id: scope.orgId,
          fact_key: `w:${i}`,
          debtor_id: id,
          kind: 'social_status',
          code: 'leefloon',
          source: 'MAGDA',
          period_from: '2025-01-01',
          period_to: null,
          data: JSON.stringify({
            kind: 'social_status',
            code: 'leefloon',
            applies: true,
            source: 'MAGDA',
            period: { from: '2025-01-01', to: null },
          }),
        })
        .execute();
  }
  const swept = await runSweep(database, scope, '2025-03-15', { overdueSignalDays: 10_000 });
  if (!swept.ok) throw new Error(swept.error.message);
  return departmentIds;
}
