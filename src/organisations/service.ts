import { addIsoDuration } from '../kernel/dates.ts';
import { err, ok, type Result } from '../kernel/result.ts';
import { audit } from '../platform/audit.ts';
import type { Database } from '../platform/db.ts';
import { type Failure, failure } from '../platform/errors.ts';
import type { Lang, Scope } from '../platform/scope.ts';
import { organisationsMessages as m } from './messages.ts';
import {
  type Category,
  DEFAULT_ORGANISATION_CODE,
  type Department,
  findDepartment,
  findOrganisationByCode,
  insertDepartment,
  insertOrganisation,
  listCategories,
  listDepartments,
  upsertCategory,
} from './store.ts';

/** A fresh install has one organisation; returns its id. */
export async function ensureDefaultOrganisation(database: Database, name = 'Demostad'): Promise<string> {
  const found = await findOrganisationByCode(database.db, DEFAULT_ORGANISATION_CODE);
  if (found) return found.id;
  const created = await insertOrganisation(database.db, DEFAULT_ORGANISATION_CODE, name);
  return created.id;
}

const DEPARTMENT_CODE = /^[A-Z0-9][A-Z0-9_-]{0,31}$/;

export async function addDepartment(
  database: Database,
  scope: Scope,
  code: string,
  name: string,
): Promise<Result<Department, Failure>> {
  const normalised = code.trim().toUpperCase();
  if (!DEPARTMENT_CODE.test(normalised)) {
    return err(
      failure('invalid', 'invalid_department_code', m.text(scope.lang, 'invalidDepartmentCode', { code })),
    );
  }
  if (name.trim() === '') {
    return err(failure('invalid', 'missing_name', m.text(scope.lang, 'missingName')));
  }
  return database.db.transaction().execute(async (trx) => {
    if (await findDepartment(trx, scope.orgId, normalised)) {
      return err(
        failure(
          'conflict',
          'department_exists',
          m.text(scope.lang, 'departmentExists', { code: normalised }),
        ),
      );
    }
    const department = await insertDepartment(trx, scope.orgId, normalised, name.trim());
    await audit(trx, scope, 'department.created', 'department', department.id, { code: normalised });
    return ok(department);
  });
}

export function departments(database: Database, scope: Scope): Promise<Department[]> {
  return listDepartments(database.db, scope.orgId);
}

export function categories(database: Database, scope: Scope, departmentCode?: string): Promise<Category[]> {
  return listCategories(database.db, scope.orgId, departmentCode);
}

export async function setCategory(
  database: Database,
  scope: Scope,
  departmentCode: string,
  name: string,
  values: { fiscal?: boolean; limitationPeriod?: string },
): Promise<Result<Category, Failure>> {
  if (values.limitationPeriod !== undefined && !isDuration(values.limitationPeriod)) {
    return err(
      failure(
        'invalid',
        'invalid_limitation_period',
        m.text(scope.lang, 'invalidLimitationPeriod', { period: values.limitationPeriod }),
      ),
    );
  }
  return database.db.transaction().execute(async (trx) => {
    const department = await findDepartment(trx, scope.orgId, departmentCode.toUpperCase());
    if (!department) return err(unknownDepartment(scope.lang, departmentCode));
    await upsertCategory(trx, scope.orgId, department.id, name.trim(), values);
    await audit(trx, scope, 'category.set', 'department', department.id, { name, ...values });
    const all = await listCategories(trx, scope.orgId, department.code);
    const category = all.find((c) => c.name === name.trim());
    return category ? ok(category) : err(unknownDepartment(scope.lang, departmentCode));
  });
}

function isDuration(text: string): boolean {
  if (!/^P(?=\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?$/.test(text)) return false;
  try {
    addIsoDuration('2000-01-01', text);
    return true;
  } catch {
    return false;
  }
}

export function unknownDepartment(lang: Lang, code: string): Failure {
  return failure('not_found', 'unknown_department', m.text(lang, 'unknownDepartment', { code }));
}
