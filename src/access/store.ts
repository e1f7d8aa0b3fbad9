import { sql } from 'kysely';
import type { Executor } from '../platform/db.ts';
import type { Role } from '../platform/roles.ts';
import { forgetSessions } from './session-cache.ts';

export interface UserRecord {
  id: string;
  organisation_id: string;
  login: string;
  display_name: string;
  password_hash: string | null;
  citizen_debtor_id: string | null;
  active: boolean;
  failed_logins: number;
  locked_until: Date | null;
}

const USER_COLUMNS = [
  'id',
  'organisation_id',
  'login',
  'display_name',
  'password_hash',
  'citizen_debtor_id',
  'active',
  'failed_logins',
  'locked_until',
] as const;

export function findUserByLogin(db: Executor, login: string): Promise<UserRecord | undefined> {
  return db.selectFrom('users').select(USER_COLUMNS).where('login', '=', login).executeTakeFirst();
}

export function findUserById(db: Executor, id: string): Promise<UserRecord | undefined> {
  return db.selectFrom('users').select(USER_COLUMNS).where('id', '=', id).executeTakeFirst();
}

export function findUserInOrg(db: Executor, orgId: string, id: string): Promise<UserRecord | undefined> {
  return db
    .selectFrom('users')
    .select(USER_COLUMNS)
    .where('organisation_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function findUserByOidc(
  db: Executor,
  issuer: string,
  subject: string,
): Promise<UserRecord | undefined> {
  return db
    .selectFrom('users')
    .select(USER_COLUMNS)
    .where('oidc_issuer', '=', issuer)
    .where('oidc_subject', '=', subject)
    .executeTakeFirst();
}

export async function insertUser(
  db: Executor,
  values: {
    orgId: string;
    login: string;
    displayName: string;
    passwordHash: string | null;
    citizenDebtorId: string | null;
    oidc?: { issuer: string; subject: string };
  },
): Promise<string> {
  const row = await db
    .insertInto('users')
    .values({
      organisation_id: values.orgId,
      login: values.login,
      display_name: values.displayName,
      password_hash: values.passwordHash,
      citizen_debtor_id: values.citizenDebtorId,
      oidc_issuer: values.oidc?.issuer ?? null,
      oidc_subject: values.oidc?.subject ?? null,
      locked_until: null,
      password_changed_at: values.passwordHash ? new Date() : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function setRoles(db: Executor, userId: string, roles: readonly Role[]): Promise<void> {
  forgetSessions();
  await db.deleteFrom('user_roles').where('user_id', '=', userId).execute();
  if (roles.length > 0) {
    await db
      .insertInto('user_roles')
      .values(roles.map((role) => ({ user_id: userId, role })))
      .execute();
  }
}

export async function setDepartments(db: Executor, userId: string, departmentIds: readonly string[]) {
  forgetSessions();
  await db.deleteFrom('user_departments').where('user_id', '=', userId).execute();
  if (departmentIds.length > 0) {
    await db
      .insertInto('user_departments')
      .values(departmentIds.map((department_id) => ({ user_id: userId, department_id })))
      .execute();
  }
}

export async function rolesOf(db: Executor, userId: string): Promise<Role[]> {
  const rows = await db.selectFrom('user_roles').select('role').where('user_id', '=', userId).execute();
  return rows.map((r) => r.role);
}

export async function listUsers(db: Executor, orgId: string) {
  const users = await db
    .selectFrom('users')
    .select(['id', 'login', 'display_name', 'active', 'locked_until', 'citizen_debtor_id'])
    .where('organisation_id', '=', orgId)
    .orderBy('login')
    .execute();
  const roles = await db
    .selectFrom('user_roles as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .select(['r.user_id', 'r.role'])
    .where('u.organisation_id', '=', orgId)
    .execute();
  const departments = await db
    .selectFrom('user_departments as ud')
    .innerJoin('departments as d', 'd.id', 'ud.department_id')
    .select(['ud.user_id', 'd.code'])
    .where('d.organisation_id', '=', orgId)
    .execute();
  return users.map((u) => ({
    ...u,
    roles: roles.filter((r) => r.user_id === u.id).map((r) => r.role),
    departments: departments
      .filter((d) => d.user_id === u.id)
      .map((d) => d.code)
      .sort(),
  }));
}

export async function setPasswordHash(db: Executor, userId: string, hash: string): Promise<void> {
  forgetSessions();
  await db
    .updateTable('users')
    .set({ password_hash: hash, password_changed_at: new Date(), failed_logins: 0, locked_until: null })
    .where('id', '=', userId)
    .execute();
}

export async function recordFailedLogin(db: Executor, userId: string, lockUntil: Date | null) {
  forgetSessions();
  await db
    .updateTable('users')
    .set((eb) => ({ failed_logins: eb('failed_logins', '+', 1), locked_until: lockUntil }))
    .where('id', '=', userId)
    .execute();
}

export async function clearFailedLogins(db: Executor, userId: string): Promise<void> {
  await db
    .updateTable('users')
    .set({ failed_logins: 0, locked_until: null })
    .where('id', '=', userId)
    .execute();
}

export async function setActive(db: Executor, userId: string, active: boolean): Promise<void> {
  forgetSessions();
  await db.updateTable('users').set({ active }).where('id', '=', userId).execute();
}

// --- sessions

export async function insertSession(
  db: Executor,
  values: { tokenHash: string; userId: string; orgId: string; csrfToken: string; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      token_hash: values.tokenHash,
      user_id: values.userId,
      organisation_id: values.orgId,
      csrf_token: values.csrfToken,
      expires_at: values.expiresAt,
    })
    .execute();
}

/** A session with its user's roles and departments: the one query behind every signed-in request. */
export function findSession(db: Executor, tokenHash: string) {
  return db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select([
      's.user_id',
      's.organisation_id',
      's.csrf_token',
      's.expires_at',
      's.last_seen_at',
      'u.active',
      'u.citizen_debtor_id',
      sql<Role[]>`coalesce((SELECT json_agg(r.role) FROM user_roles r WHERE r.user_id = u.id), '[]')`.as(
        'roles',
      ),
      sql<
        string[]
      >`coalesce((SELECT json_agg(d.department_id) FROM user_departments d WHERE d.user_id = u.id), '[]')`.as(
        'department_ids',
      ),
    ])
    .where('s.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export async function touchSession(db: Executor, tokenHash: string, expiresAt: Date): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ last_seen_at: new Date(), expires_at: expiresAt })
    .where('token_hash', '=', tokenHash)
    .execute();
}

export async function deleteSession(db: Executor, tokenHash: string): Promise<void> {
  forgetSessions();
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

export async function deleteSessionsOfUser(db: Executor, userId: string, except?: string): Promise<void> {
  forgetSessions();
  let q = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (except) q = q.where('token_hash', '!=', except);
  await q.execute();
}

export async function deleteExpiredSessions(db: Executor, now: Date): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<', now).execute();
}
