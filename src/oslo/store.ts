import type { Visibility } from '../debtors/store.ts';
import type { Executor } from '../platform/db.ts';
import type { OsloClaim, OsloPerson } from './file-model.ts';

export async function organisationOf(db: Executor, orgId: string) {
  return db
    .selectFrom('organisations')
    .select(['id', 'name'])
    .where('id', '=', orgId)
    .executeTakeFirstOrThrow();
}

/** The claims of a debtor as far as the scope sees them, with department and category. */
export async function claimsForExport(
  db: Executor,
  visible: Visibility,
  debtorId: string,
): Promise<OsloClaim[]> {
  if (visible.departmentIds?.length === 0) return [];
  let q = db
    .selectFrom('claims as k')
    .innerJoin('departments as d', 'd.id', 'k.department_id')
    .innerJoin('claim_categories as c', 'c.id', 'k.category_id')
    .select([
      'k.id',
      'd.id as departmentId',
      'd.code as departmentCode',
      'd.name as departmentName',
      'k.claim_id as claimId',
      'c.id as categoryId',
      'c.name as categoryName',
      'c.fiscal',
      'c.limitation_period as limitationPeriod',
      'k.principal',
      'k.charges',
      'k.paid',
      'k.issue_date as issueDate',
      'k.due_date as dueDate',
      'k.status',
      'k.updated_at as updatedAt',
    ])
    .where('k.organisation_id', '=', visible.orgId)
    .where('k.debtor_id', '=', debtorId);
  if (visible.departmentIds) q = q.where('k.department_id', 'in', visible.departmentIds);
  const rows = await q.orderBy('d.code').orderBy('k.claim_id').execute();
  return rows.map((r) => ({
    id: r.id,
    department: { id: r.departmentId, code: r.departmentCode, name: r.departmentName },
    claimId: r.claimId,
    category: {
      id: r.categoryId,
      name: r.categoryName,
      fiscal: r.fiscal,
      limitationPeriod: r.limitationPeriod,
    },
    principal: Number(r.principal),
    charges: Number(r.charges),
    paid: Number(r.paid),
    issueDate: r.issueDate,
    dueDate: r.dueDate,
    status: r.status,
    closedAt: r.status === 'open' ? null : new Date(r.updatedAt as unknown as string).toISOString(),
  }));
}

/**
 * The person with the one registration OSLO allows: the Belgian national number, else the BSN,
 * else a customer number of a department the scope sees.
 */
export async function personForExport(
  db: Executor,
  debtor: { id: string; name: string },
  departmentCodes: readonly string[],
): Promise<OsloPerson | null> {
  const ids = await db
    .selectFrom('person_identifiers')
    .select(['kind', 'value'])
    .where('debtor_id', '=', debtor.id)
    .execute();
  const national = ids.find((i) => i.kind === 'be') ?? ids.find((i) => i.kind === 'nl');
  if (national)
    return { id: debtor.id, name: debtor.name, identifier: { kind: national.kind, value: national.value } };
  const customer = await db
    .selectFrom('customer_numbers as c')
    .innerJoin('departments as d', 'd.id', 'c.department_id')
    .select(['d.code', 'c.customer_number'])
    .where('c.debtor_id', '=', debtor.id)
    .orderBy('d.code')
    .execute();
  const own = customer.find((c) => departmentCodes.includes(c.code)) ?? customer[0];
  if (!own) return null;
  return {
    id: debtor.id,
    name: debtor.name,
    identifier: { kind: 'customer', value: own.customer_number, department: own.code },
  };
}
