import type { Executor } from '../platform/db.ts';

export interface Department {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly participates: boolean;
}

export interface Category {
  readonly id: string;
  readonly department: string;
  readonly name: string;
  readonly fiscal: boolean;
  readonly limitationPeriod: string;
}

export const DEFAULT_ORGANISATION_CODE = 'default';

export async function findOrganisationByCode(db: Executor, code: string) {
  return db.selectFrom('organisations').selectAll().where('code', '=', code).executeTakeFirst();
}

export async function insertOrganisation(
  db: Executor,
  code: string,
  name: string,
  country: 'BE' | 'NL' = 'BE',
) {
  return db
    .insertInto('organisations')
    .values({ code, name, country })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function listDepartments(db: Executor, orgId: string): Promise<Department[]> {
  return db
    .selectFrom('departments')
    .select(['id', 'code', 'name', 'participates'])
    .where('organisation_id', '=', orgId)
    .orderBy('code')
    .execute();
}

export async function findDepartment(
  db: Executor,
  orgId: string,
  code: string,
): Promise<Department | undefined> {
  return db
    .selectFrom('departments')
    .select(['id', 'code', 'name', 'participates'])
    .where('organisation_id', '=', orgId)
    .where('code', '=', code)
    .executeTakeFirst();
}

export async function insertDepartment(
  db: Executor,
  orgId: string,
  code: string,
  name: string,
): Promise<Department> {
  return db
    .insertInto('departments')
    .values({ organisation_id: orgId, code, name })
    .returning(['id', 'code', 'name', 'participates'])
    .executeTakeFirstOrThrow();
}

export async function listCategories(
  db: Executor,
  orgId: string,
  departmentCode?: string,
): Promise<Category[]> {
  let q = db
    .selectFrom('claim_categories as c')
    .innerJoin('departments as d', 'd.id', 'c.department_id')
    .select(['c.id', 'd.code as department', 'c.name', 'c.fiscal', 'c.limitation_period as limitationPeriod'])
    .where('c.organisation_id', '=', orgId);
  if (departmentCode) q = q.where('d.code', '=', departmentCode);
  return q.orderBy('d.code').orderBy('c.name').execute();
}

export async function upsertCategory(
  db: Executor,
  orgId: string,
  departmentId: string,
  name: string,
  values: { fiscal?: boolean; limitationPeriod?: string },
): Promise<void> {
  const set = {
    ...(values.fiscal === undefined ? {} : { fiscal: values.fiscal }),
    ...(values.limitationPeriod === undefined ? {} : { limitation_period: values.limitationPeriod }),
  };
  await db
    .insertInto('claim_categories')
    .values({ organisation_id: orgId, department_id: departmentId, name, ...set })
    .onConflict((oc) =>
      Object.keys(set).length > 0 ? oc.columns(['department_id', 'name']).doUpdateSet(set) : oc.doNothing(),
    )
    .execute();
}
