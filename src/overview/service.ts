import { describeWith, unknownDebtor } from '../debtors/service.ts';
import type { IsoDate } from '../kernel/dates.ts';
import { err, ok, type Result } from '../kernel/result.ts';
import type { Database } from '../platform/db.ts';
import type { Failure } from '../platform/errors.ts';
import type { Scope } from '../platform/scope.ts';
import { summarise } from './overview.ts';
import { overviewRow } from './store.ts';

export type Overview = Awaited<ReturnType<typeof buildOverview>>;

async function buildOverview(database: Database, scope: Scope, debtorId: string, today: IsoDate) {
  const row = await overviewRow(database.db, scope, debtorId);
  if (!row) return null;
  if (scope.debtorIds && !scope.debtorIds.includes(row.id) && !scope.debtorIds.includes(debtorId))
    return null;
  const rows = row.claims;
  // A clerk sees a person only through a claim of their own departments, and nothing else of them.
  const departmentOnly = scope.departmentIds !== undefined;
  if (departmentOnly && rows.length === 0) return null;
  const { claims, totals, byDepartment } = summarise(rows, today);
  const described = describeWith(row, row.identifiers, row.customer_numbers);
  const ownDepartments = new Set(rows.map((r) => r.department));
  return {
    debtor: departmentOnly
      ? {
          ...described,
          householdId: null,
          customerNumbers: described.customerNumbers.filter((c) => ownDepartments.has(c.department)),
        }
      : described,
    claims,
    totals,
    byDepartment: byDepartment.map(({ department, open, count }) => ({ department, open, count })),
  };
}

/** The global claims overview of one person (globaal vorderingenoverzicht), as far as the scope may see it. */
export async function overview(
  database: Database,
  scope: Scope,
  debtorId: string,
  today: IsoDate,
): Promise<Result<NonNullable<Overview>, Failure>> {
  const result = await buildOverview(database, scope, debtorId, today);
  return result ? ok(result) : err(unknownDebtor(scope.lang));
}
