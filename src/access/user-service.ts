import { hash, verify } from '@node-rs/argon2';
import { findDebtor } from '../debtors/store.ts';
import { err, ok, type Result } from '../kernel/result.ts';
import { findDepartment } from '../organisations/store.ts';
import { audit } from '../platform/audit.ts';
import type { Database, Executor } from '../platform/db.ts';
import { type Failure, failure } from '../platform/errors.ts';
import { isRole, type Role } from '../platform/roles.ts';
import type { Lang, Scope } from '../platform/scope.ts';
import { accessMessages } from './messages.ts';
import {
  deleteSessionsOfUser,
  findUserByLogin,
  findUserInOrg,
  insertUser,
  listUsers,
  setActive,
  setDepartments,
  setPasswordHash,
  setRoles,
} from './store.ts';

export const MIN_PASSWORD_LENGTH = 10;

export function hashPassword(password: string): Promise<string> {
  return hash(password); // argon2id with the library's OWASP-recommended defaults
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

export interface NewUser {
  readonly login: string;
  readonly displayName: string;
  readonly password?: string;
  readonly roles: readonly string[];
  /** Department codes (clerks). */
  readonly departments?: readonly string[];
  /** The debtor a citizen account belongs to. */
  readonly citizenDebtorId?: string;
  readonly demo?: boolean;
}

function invalid(code: string, message: string): Failure {
  return failure('invalid', code, message);
}

export function passwordProblem(lang: Lang, password: string): Failure | null {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return invalid(
      'weak_password',
      accessMessages.text(lang, 'passwordTooShort', { min: String(MIN_PASSWORD_LENGTH) }),
    );
  }
  return null;
}

/** The ids of department codes of the organisation; an unknown code is a failure. */
export async function departmentIdsFor(
  db: Executor,
  scope: Scope,
  codes: readonly string[],
): Promise<Result<string[], Failure>> {
  const ids: string[] = [];
  for (const code of codes) {
    const d = await findDepartment(db, scope.orgId, code.trim().toUpperCase());
    if (!d) {
      return err(
        failure(
          'invalid',
          'unknown_department',
          accessMessages.text(scope.lang, 'unknownDepartment', { code }),
        ),
      );
    }
    ids.push(d.id);
  }
  return ok(ids);
}

function checkRoles(lang: Lang, input: NewUser): Result<Role[], Failure> {
  const roles = [...new Set(input.roles)];
  const wrong = roles.filter((r) => !isRole(r));
  if (roles.length === 0 || wrong.length > 0) {
    return err(
      invalid(
        'invalid_role',
        accessMessages.text(lang, 'invalidRoles', {
          count: wrong.length,
          roles: wrong.join(', ') || accessMessages.text(lang, 'noRoles'),
        }),
      ),
    );
  }
  const valid = roles as Role[];
  if (valid.includes('clerk') && (input.departments ?? []).length === 0) {
    return err(invalid('clerk_needs_department', accessMessages.text(lang, 'clerkNeedsDepartment')));
  }
  if (valid.includes('citizen') && (valid.length > 1 || !input.citizenDebtorId)) {
    return err(invalid('citizen_account', accessMessages.text(lang, 'citizenAccount')));
  }
  return ok(valid);
}

export async function createUser(
  database: Database,
  scope: Scope,
  input: NewUser,
): Promise<Result<{ id: string }, Failure>> {
  const login = input.login.trim().toLowerCase();
  if (!/^[a-z0-9._@+-]{3,200}$/.test(login)) {
    return err(invalid('invalid_login', accessMessages.text(scope.lang, 'invalidLogin')));
  }
  if (input.displayName.trim() === '') {
    return err(invalid('missing_name', accessMessages.text(scope.lang, 'missingName')));
  }
  if (input.password !== undefined) {
    const problem = passwordProblem(scope.lang, input.password);
    if (problem) return err(problem);
  }
  const roles = checkRoles(scope.lang, input);
  if (!roles.ok) return roles;
  const passwordHash = input.password === undefined ? null : await hashPassword(input.password);
  const taken = () =>
    err(failure('conflict', 'login_taken', accessMessages.text(scope.lang, 'loginTaken', { login })));
  // Logins are unique over the installation, but a confined request sees only its own organisation's
  // users: a login of another organisation shows up as the unique violation, and answers the same.
  return createUserRow(database, scope, input, login, roles.value, passwordHash)
    .catch((e: unknown) => {
      if ((e as { code?: unknown }).code === '23505' && /login/.test(String((e as Error).message)))
        return taken();
      throw e;
    })
    .then((r) => (r === 'taken' ? taken() : r));
}

async function createUserRow(
  database: Database,
  scope: Scope,
  input: NewUser,
  login: string,
  roles: Role[],
  passwordHash: string | null,
) {
  return database.db.transaction().execute(async (trx) => {
    if (await findUserByLogin(trx, login)) return 'taken' as const;
    const departments = await departmentIdsFor(trx, scope, input.departments ?? []);
    if (!departments.ok) return departments;
    if (input.citizenDebtorId) {
      const debtor = await findDebtor(trx, scope.orgId, input.citizenDebtorId);
      if (!debtor)
        return err(failure('invalid', 'unknown_debtor', accessMessages.text(scope.lang, 'unknownDebtor')));
    }
    const id = await insertUser(trx, {
      orgId: scope.orgId,
      login,
      displayName: input.displayName.trim(),
      passwordHash,
      citizenDebtorId: input.citizenDebtorId ?? null,
    });
    if (input.demo) await trx.updateTable('users').set({ demo: true }).where('id', '=', id).execute();
    await setRoles(trx, id, roles);
    await setDepartments(trx, id, departments.value);
    await audit(trx, scope, 'user.created', 'user', id, {
      roles,
      departments: input.departments ?? [],
    });
    return ok({ id });
  });
}

export function users(database: Database, scope: Scope) {
  return listUsers(database.db, scope.orgId);
}

function unknownUser(lang: Lang): Failure {
  return failure('not_found', 'unknown_user', accessMessages.text(lang, 'unknownUser'));
}

/** An administrator sets a new password; the user's sessions end and a lockout is lifted. */
export async function resetPassword(
  database: Database,
  scope: Scope,
  userId: string,
  password: string,
): Promise<Result<void, Failure>> {
  const problem = passwordProblem(scope.lang, password);
  if (problem) return err(problem);
  const hashed = await hashPassword(password);
  return database.db.transaction().execute(async (trx) => {
    const user = await findUserInOrg(trx, scope.orgId, userId);
    if (!user) return err(unknownUser(scope.lang));
    await setPasswordHash(trx, user.id, hashed);
    await deleteSessionsOfUser(trx, user.id);
    await audit(trx, scope, 'user.password_reset', 'user', user.id);
    return ok(undefined);
  });
}

/** The user changes their own password; other sessions of the user end. */
export async function changePassword(
  database: Database,
  scope: Scope,
  current: string,
  next: string,
  keepSessionHash: string | null,
): Promise<Result<void, Failure>> {
  if (!scope.userId) return err(unknownUser(scope.lang));
  const user = await findUserInOrg(database.db, scope.orgId, scope.userId);
  if (!user?.password_hash || !(await verifyPassword(user.password_hash, current))) {
    return err(
      failure('forbidden', 'wrong_password', accessMessages.text(scope.lang, 'wrongCurrentPassword')),
    );
  }
  const problem = passwordProblem(scope.lang, next);
  if (problem) return err(problem);
  const hashed = await hashPassword(next);
  await database.db.transaction().execute(async (trx) => {
    await setPasswordHash(trx, user.id, hashed);
    await deleteSessionsOfUser(trx, user.id, keepSessionHash ?? undefined);
    await audit(trx, scope, 'user.password_changed', 'user', user.id);
  });
  return ok(undefined);
}

export async function setUserActive(
  database: Database,
  scope: Scope,
  userId: string,
  active: boolean,
): Promise<Result<void, Failure>> {
  return database.db.transaction().execute(async (trx) => {
    const user = await findUserInOrg(trx, scope.orgId, userId);
    if (!user) return err(unknownUser(scope.lang));
    await setActive(trx, user.id, active);
    if (!active) await deleteSessionsOfUser(trx, user.id);
    await audit(trx, scope, active ? 'user.activated' : 'user.deactivated', 'user', user.id);
    return ok(undefined);
  });
}
