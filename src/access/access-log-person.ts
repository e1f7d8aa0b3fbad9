import { parsePersonNumber } from '../debtors/service.ts';
import { findDebtorByIdentifier } from '../debtors/store.ts';
import type { Database } from '../platform/db.ts';
import type { Scope } from '../platform/scope.ts';

/**
 * The debtors an auditor means by a national number (any notation) or a name fragment; merged
 * records included, because who looked at a record before a merge still counts. At most 20.
 */
export async function debtorsNamed(database: Database, scope: Scope, person: string): Promise<string[]> {
  const q = person.trim();
  if (q.length < 2) return [];
  const number = parsePersonNumber(q);
  if (number) {
    const id = await findDebtorByIdentifier(database.db, scope.orgId, number.kind, number.value);
    return id ? [id] : [];
  }
  const rows = await database.db
    .selectFrom('debtors')
    .select('id')
    .where('organisation_id', '=', scope.orgId)
    .where('name', 'ilike', `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)
    .limit(20)
    .execute();
  return rows.map((r) => r.id);
}
