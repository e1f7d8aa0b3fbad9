import { findDebtor } from '../debtors/store.ts';
import { isIsoDate } from '../kernel/dates.ts';
import { parseNationalNumber } from '../kernel/national-number.ts';
import { err, ok, type Result } from '../kernel/result.ts';
import { findDepartment } from '../organisations/store.ts';
import { audit } from '../platform/audit.ts';
import type { Database } from '../platform/db.ts';
import { type Failure, failure } from '../platform/errors.ts';
import type { Scope } from '../platform/scope.ts';
import {
  type AccessLogFilter,
  accessesOfDebtor,
  countAccessLog,
  searchAccessLog,
} from './access-log-store.ts';
import { actorNames, debtorNames, withActorNames } from './actor-names.ts';
import { type AccessKey, accessMessages } from './messages.ts';
import { API_TOKEN_PREFIX, hashToken, newToken } from './secrets.ts';
import { findUserInOrg, rolesOf } from './store.ts';
import {
  insertConsent,
  insertToken,
  listConsents,
  listTokens,
  revokeConsent,
  revokeToken,
} from './token-store.ts';
import { departmentIdsFor } from './user-service.ts';

/** Route actions an API token may be granted (the `action` of a route's access declaration). */
/** What a machine client may be granted: department billing systems, statement feeds, hub systems. */
export const TOKEN_ACTIONS = [
  'claims.import',
  'departments.read',
  'categories.read',
  'debtors.search',
  'feed.read',
  'payments.import',
  'eligibility.rights_feed',
  'eligibility.facts_import',
  'hub.read',
  'hub.send',
  'hub.confirm',
  'hub.addressbook.read',
] as const;

export async function createToken(
  database: Database,
  scope: Scope,
  input: { name: string; actions: readonly string[]; departments: readonly string[] },
): Promise<Result<{ id: string; token: string }, Failure>> {
  const unknown = input.actions.filter((a) => !(TOKEN_ACTIONS as readonly string[]).includes(a));
  if (input.name.trim() === '' || input.actions.length === 0 || unknown.length > 0) {
    return err(
      failure(
        'invalid',
        'invalid_token',
        accessMessages.text(scope.lang, 'invalidToken', { actions: TOKEN_ACTIONS.join(', ') }),
      ),
    );
  }
  const departmentIds = await departmentIdsFor(database.db, scope, input.departments);
  if (!departmentIds.ok) return departmentIds;
  const token = newToken(API_TOKEN_PREFIX);
  const id = await database.db.transaction().execute(async (trx) => {
    const tokenId = await insertToken(trx, {
      orgId: scope.orgId,
      name: input.name.trim(),
      tokenHash: hashToken(token),
      actions: [...new Set(input.actions)],
      departmentIds: departmentIds.value,
      createdBy: scope.actor,
    });
    await audit(trx, scope, 'token.created', 'api_token', tokenId, {
      actions: input.actions,
      departments: input.departments,
    });
    return tokenId;
  });
  return ok({ id, token });
}

export async function tokens(database: Database, scope: Scope) {
  const rows = await listTokens(database.db, scope.orgId);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    actions: r.actions,
    departmentIds: r.department_ids,
    createdBy: r.created_by,
    createdAt: r.created_at.toISOString(),
    revokedAt: r.revoked_at?.toISOString() ?? null,
    lastUsedAt: r.last_used_at?.toISOString() ?? null,
  }));
}

export async function revokeApiToken(
  database: Database,
  scope: Scope,
  id: string,
): Promise<Result<void, Failure>> {
  return database.db.transaction().execute(async (trx) => {
    if (!(await revokeToken(trx, scope.orgId, id))) {
      return err(failure('not_found', 'unknown_token', accessMessages.text(scope.lang, 'unknownToken')));
    }
    await audit(trx, scope, 'token.revoked', 'api_token', id);
    return ok(undefined);
  });
}

export interface NewConsent {
  readonly userId: string;
  /** The person: by id (staff who see them), or by national number (a social worker who does not yet). */
  readonly debtorId?: string | undefined;
  readonly nationalNumber?: string | undefined;
  readonly kind: 'consent' | 'mandate';
  readonly purpose: string;
  readonly validFrom: string;
  readonly validUntil: string;
  readonly evidenceRef: string;
}

export async function addConsent(
  database: Database,
  scope: Scope,
  input: NewConsent,
): Promise<Result<{ id: string; debtorId: string | null }, Failure>> {
  const invalid = (key: AccessKey) =>
    err(failure('invalid', 'invalid_consent', accessMessages.text(scope.lang, key)));
  if (!isIsoDate(input.validFrom) || !isIsoDate(input.validUntil) || input.validUntil < input.validFrom) {
    return invalid('consentPeriod');
  }
  if (input.purpose.trim() === '' || input.evidenceRef.trim() === '') {
    return invalid('consentPurpose');
  }
  const nationalNumber =
    input.nationalNumber === undefined ? null : parseNationalNumber(input.nationalNumber);
  if (nationalNumber && !nationalNumber.ok) {
    return invalid('consentNationalNumber');
  }
  if (!nationalNumber === !input.debtorId) {
    return invalid('consentPerson');
  }
  return database.db.transaction().execute(async (trx) => {
    const user = await findUserInOrg(trx, scope.orgId, input.userId);
    if (!user || !(await rolesOf(trx, user.id)).includes('social_worker')) {
      return invalid('notSocialWorker');
    }
    // By national number the consent is recorded whether or not EvS knows the person: the answer
    // must not tell who owes the city. It covers them as soon as they are known (token-store.ts).
    let person: { debtorId: string } | { nationalNumber: string };
    if (nationalNumber?.ok) {
      person = { nationalNumber: nationalNumber.value.value };
    } else {
      const debtor = input.debtorId ? await findDebtor(trx, scope.orgId, input.debtorId) : undefined;
      if (!debtor)
        return err(failure('not_found', 'unknown_debtor', accessMessages.text(scope.lang, 'unknownPerson')));
      person = { debtorId: debtor.id };
    }
    const id = await insertConsent(trx, {
      orgId: scope.orgId,
      userId: input.userId,
      person,
      kind: input.kind,
      validFrom: input.validFrom,
      validUntil: input.validUntil,
      purpose: input.purpose.trim(),
      evidenceRef: input.evidenceRef.trim(),
      createdBy: scope.actor,
    });
    const debtorId = 'debtorId' in person ? person.debtorId : null;
    await audit(trx, scope, 'consent.recorded', debtorId ? 'debtor' : 'consent', debtorId ?? id, {
      consentId: id,
      userId: input.userId,
      kind: input.kind,
      namedBy: debtorId ? 'debtor_id' : 'national_number',
    });
    return ok({ id, debtorId });
  });
}

export function consents(database: Database, scope: Scope, userId?: string) {
  return listConsents(database.db, scope.orgId, userId);
}

/** Ends a consent now; `ownerId` limits it to the consents of that social worker. */
export async function endConsent(
  database: Database,
  scope: Scope,
  id: string,
  ownerId?: string,
): Promise<Result<void, Failure>> {
  return database.db.transaction().execute(async (trx) => {
    if (!(await revokeConsent(trx, scope.orgId, id, ownerId))) {
      return err(failure('not_found', 'unknown_consent', accessMessages.text(scope.lang, 'unknownConsent')));
    }
    await audit(trx, scope, 'consent.ended', 'consent', id);
    return ok(undefined);
  });
}

export async function accessLog(database: Database, scope: Scope, filter: AccessLogFilter) {
  const rows = await searchAccessLog(database.db, scope.orgId, filter);
  const people = await debtorNames(
    database.db,
    scope.orgId,
    rows.map((r) => r.debtorId),
  );
  const named = await withActorNames(database.db, scope.orgId, rows, scope.lang);
  return named.map((r) => ({
    ...r,
    at: r.at.toISOString(),
    debtorName: r.debtorId ? (people.get(r.debtorId) ?? null) : null,
  }));
}

/** One page of the access log (sorted by time on the server) and how many lines match in all. */
export async function accessLogPage(database: Database, scope: Scope, filter: AccessLogFilter) {
  const entries = await accessLog(database, scope, filter);
  const total = await countAccessLog(database.db, scope.orgId, filter);
  return { entries, total, offset: filter.offset ?? 0, limit: filter.limit ?? 200 };
}

/** "Who looked": staff see the actor; a citizen sees organisation and role only. */
export async function whoLooked(database: Database, scope: Scope, debtorId: string, withActors: boolean) {
  const rows = await accessesOfDebtor(database.db, scope.orgId, debtorId);
  const names = withActors
    ? await actorNames(
        database.db,
        scope.orgId,
        rows.map((r) => r.actor),
        scope.lang,
      )
    : new Map<string, string>();
  return rows.map((r) => ({
    at: r.at.toISOString(),
    organisation: r.organisation,
    role: r.role,
    action: r.action,
    purpose: r.purpose,
    ...(withActors ? { actor: r.actor, actorName: names.get(r.actor) ?? r.actor } : {}),
  }));
}

/** A clerk or department token may only act for its own departments; null when allowed. */
export async function departmentRefusal(
  database: Database,
  scope: Scope,
  departmentCode: string,
): Promise<Failure | null> {
  if (!scope.departmentIds) return null;
  const d = await findDepartment(database.db, scope.orgId, departmentCode.trim().toUpperCase());
  if (d && scope.departmentIds.includes(d.id)) return null;
  return failure('forbidden', 'other_department', accessMessages.text(scope.lang, 'notYourDepartment'));
}

/** Whether the scope may see an import (its department is one of the scope's). */
export async function importVisible(database: Database, scope: Scope, importId: string): Promise<boolean> {
  if (!scope.departmentIds) return true;
  const row = await database.db
    .selectFrom('claim_imports')
    .select('department_id')
    .where('organisation_id', '=', scope.orgId)
    .where('id', '=', importId)
    .executeTakeFirst();
  return row !== undefined && scope.departmentIds.includes(row.department_id);
}
