import { sql } from 'kysely';
import type { DebtorRecord, Visibility } from '../debtors/store.ts';
import type { Executor } from '../platform/db.ts';
import type { OverviewClaimInput } from './overview.ts';

export interface OverviewRow extends DebtorRecord {
  readonly identifiers: { kind: 'be' | 'nl'; value: string }[];
  readonly customer_numbers: { department: string; customerNumber: string }[];
  readonly claims: OverviewClaimInput[];
}

/**
 * Everything the overview of one person shows, in one statement: the debtor (following merges, as
 * resolveDebtor does), its national numbers, customer numbers and the claims the scope may see.
 */
export async function overviewRow(
  db: Executor,
  visible: Visibility,
  debtorId: string,
): Promise<OverviewRow | undefined> {
  const departments =
    visible.departmentIds === undefined
      ? sql`true`
      : visible.departmentIds.length === 0
        ? sql`false`
        : sql`k.department_id IN (${sql.join(visible.departmentIds)})`;
  const r = await sql<OverviewRow>`
    WITH RECURSIVE chain AS (
      SELECT d.id, d.merged_into, 0 AS hops FROM debtors d
      WHERE d.organisation_id = ${visible.orgId} AND d.id = ${debtorId}
      UNION ALL
      SELECT d.id, d.merged_into, c.hops + 1 FROM chain c
      JOIN debtors d ON d.organisation_id = ${visible.orgId} AND d.id = c.merged_into
      WHERE c.hops < 10
    )
    SELECT t.id, t.name, t.birth_date, t.street, t.house_number, t.postal_code, t.city, t.household_id,
      t.merged_into,
      (SELECT coalesce(json_agg(json_build_object('kind', p.kind, 'value', p.value)), '[]')
        FROM person_identifiers p WHERE p.debtor_id = t.id) AS identifiers,
      (SELECT coalesce(json_agg(json_build_object('department', d.code, 'customerNumber', c.customer_number)
          ORDER BY d.code), '[]')
        FROM customer_numbers c JOIN departments d ON d.id = c.department_id WHERE c.debtor_id = t.id)
        AS customer_numbers,
      (SELECT coalesce(json_agg(json_build_object('department', d.code, 'departmentName', d.name,
          'claimId', k.claim_id, 'category', c.name, 'limitationPeriod', c.limitation_period,
          'principal', k.principal, 'charges', k.charges, 'paid', k.paid + k.evs_paid,
          'issueDate', k.issue_date, 'dueDate', k.due_date, 'status', k.status)
          ORDER BY d.code, k.due_date, k.claim_id), '[]')
        FROM claims k JOIN departments d ON d.id = k.department_id
        JOIN claim_categories c ON c.id = k.category_id
        WHERE k.organisation_id = ${visible.orgId} AND k.debtor_id = t.id AND ${departments}) AS claims
    FROM debtors t
    WHERE t.organisation_id = ${visible.orgId}
      AND t.id = (SELECT id FROM chain ORDER BY hops DESC LIMIT 1)`.execute(db);
  return r.rows[0];
}
