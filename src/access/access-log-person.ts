import { parsePersonNumber } from '../debtors/service.ts';
import { findDebtorByIdentifier } from '../debtors/store.ts';
import type { Database } from '../platform/db.ts';
import { containsPattern } from '../platform/like.ts';
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
    .where('name', 'ilike', containsPattern(q))
    .limit(20)
    .execute();
  return rows.map((r) => r.id);
}

/**
 * The actor labels an auditor means by a staff member: an actor label as stored (`user:<id>`, `cli`,
 * `system`), or a fragment of a user's display name or login (`user:<id>` for each match). At most 50.
 */
export async function actorsNamed(database: Database, scope: Scope, staff: string): Promise<string[]> {
  const q = staff.trim();
  if (/^(user|token):[0-9a-f-]{36}$/i.test(q) || q === 'system' || q === 'cli') return [q];
  if (q.length < 2) return [];
  const pattern = containsPattern(q);
  const rows = await database.db
    .selectFrom('users')
    .select('id')
    .where('organisation_id', '=', scope.orgId)
    .where((eb) => eb.or([eb('display_name', 'ilike', pattern), eb('login', 'ilike', pattern)]))
    .limit(50)
    .execute();
  return rows.map((r) => `user:${r.id}`);
}
