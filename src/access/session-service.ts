import { err, ok, type Result } from '../kernel/result.ts';
import { audit } from '../platform/audit.ts';
import type { AccessConfig } from '../platform/config.ts';
import type { Database } from '../platform/db.ts';
import { type Failure, failure } from '../platform/errors.ts';
import type { Role } from '../platform/roles.ts';
import type { Lang } from '../platform/scope.ts';
import { accessMessages } from './messages.ts';
import { hashToken, newToken } from './secrets.ts';
import { cachedSession, cacheSession } from './session-cache.ts';
import {
  clearFailedLogins,
  deleteExpiredSessions,
  deleteSession,
  findSession,
  findUserByLogin,
  insertSession,
  recordFailedLogin,
  touchSession,
  type UserRecord,
} from './store.ts';
import { findTokenByHash, touchToken } from './token-store.ts';
import { verifyPassword } from './user-service.ts';

/** Someone authenticated: a user through a session, or a machine through an API token. */
export interface Actor {
  readonly kind: 'user' | 'token';
  readonly id: string;
  readonly orgId: string;
  readonly roles: readonly Role[];
  /** Tokens: granted actions. */
  readonly actions: readonly string[];
  readonly departmentIds: readonly string[];
  readonly citizenDebtorId: string | null;
  /** Sessions: the CSRF token the client must echo, and the session's key. */
  readonly csrfToken: string | null;
  readonly sessionHash: string | null;
}

export interface NewSession {
  readonly token: string;
  readonly csrfToken: string;
  readonly userId: string;
  readonly expiresAt: Date;
}

// Compared against when the login is unknown, so a wrong login costs as long as a wrong password.
const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$SqJ3Lv+TVjfuX8s5B8zgbQ$hdDHgl9SYi7Tes3tj2UcLtzpxiaXgUBtH/1WTWFQdSI';

function badLogin(lang: Lang): Failure {
  return failure('unauthenticated', 'bad_credentials', accessMessages.text(lang, 'badLogin'));
}

export async function startSession(
  database: Database,
  config: AccessConfig,
  user: Pick<UserRecord, 'id' | 'organisation_id'>,
  now: Date,
): Promise<NewSession> {
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(now.getTime() + config.sessionMinutes * 60_000);
  await deleteExpiredSessions(database.db, now);
  await insertSession(database.db, {
    tokenHash: hashToken(token),
    userId: user.id,
    orgId: user.organisation_id,
    csrfToken,
    expiresAt,
  });
  return { token, csrfToken, userId: user.id, expiresAt };
}

/** Checks a local password; counts failures and locks the account for a while after too many. */
export async function login(
  database: Database,
  config: AccessConfig,
  lang: Lang,
  loginName: string,
  password: string,
  now: Date,
): Promise<Result<NewSession, Failure>> {
  const user = await findUserByLogin(database.db, loginName.trim().toLowerCase());
  if (!user?.password_hash || !user.active) {
    await verifyPassword(DUMMY_HASH, password);
    return err(badLogin(lang));
  }
  if (user.locked_until && user.locked_until.getTime() > now.getTime()) {
    // Locked answers exactly like unknown (same code, text and time), so lockouts reveal no logins.
    await verifyPassword(DUMMY_HASH, password);
    return err(badLogin(lang));
  }
  if (!(await verifyPassword(user.password_hash, password))) {
    const failures = user.failed_logins + 1;
    const lockUntil =
      failures >= config.maxFailedLogins ? new Date(now.getTime() + config.lockMinutes * 60_000) : null;
    await database.db.transaction().execute(async (trx) => {
      await recordFailedLogin(trx, user.id, lockUntil);
      const scope = { orgId: user.organisation_id, actor: `user:${user.id}`, lang };
      await audit(trx, scope, lockUntil ? 'user.locked' : 'user.login_failed', 'user', user.id);
    });
    return err(badLogin(lang));
  }
  await clearFailedLogins(database.db, user.id);
  const session = await startSession(database, config, user, now);
  await audit(
    database.db,
    { orgId: user.organisation_id, actor: `user:${user.id}`, lang },
    'user.login',
    'user',
    user.id,
  );
  return ok(session);
}

export async function logout(database: Database, sessionToken: string): Promise<void> {
  await deleteSession(database.db, hashToken(sessionToken));
}

/** The actor of a session cookie; expired or unknown sessions give null. Expiry slides with use. */
export async function authenticateSession(
  database: Database,
  config: AccessConfig,
  sessionToken: string,
  now: Date,
): Promise<Actor | null> {
  const hash = hashToken(sessionToken);
  const cached = cachedSession<Actor>(database, hash, now.getTime());
  if (cached) return cached;
  const session = await findSession(database.db, hash);
  if (!session?.active) return null;
  if (session.expires_at.getTime() <= now.getTime()) {
    await deleteSession(database.db, hash);
    return null;
  }
  if (now.getTime() - session.last_seen_at.getTime() > 60_000) {
    await touchSession(database.db, hash, new Date(now.getTime() + config.sessionMinutes * 60_000));
  }
  const actor: Actor = {
    kind: 'user',
    id: session.user_id,
    orgId: session.organisation_id,
    roles: session.roles,
    actions: [],
    departmentIds: session.department_ids,
    citizenDebtorId: session.citizen_debtor_id,
    csrfToken: session.csrf_token,
    sessionHash: hash,
  };
  cacheSession(database, hash, actor, now.getTime(), session.expires_at.getTime());
  return actor;
}

/** The actor of an API token (`Authorization: Bearer evs_…`); revoked or unknown tokens give null. */
export async function authenticateToken(database: Database, token: string): Promise<Actor | null> {
  const row = await findTokenByHash(database.db, hashToken(token));
  if (!row || row.revoked_at) return null;
  await touchToken(database.db, row.id);
  return {
    kind: 'token',
    id: row.id,
    orgId: row.organisation_id,
    roles: [],
    actions: row.actions,
    departmentIds: row.department_ids,
    citizenDebtorId: null,
    csrfToken: null,
    sessionHash: null,
  };
}
