import type { Executor } from '../platform/db.ts';

export async function insertToken(
  db: Executor,
  values: {
    orgId: string;
    name: string;
    tokenHash: string;
    actions: readonly string[];
    departmentIds: readonly string[];
    createdBy: string;
  },
): Promise<string> {
  const row = await db
    .insertInto('api_tokens')
    .values({
      organisation_id: values.orgId,
      name: values.name,
      token_hash: values.tokenHash,
      actions: JSON.stringify(values.actions),
      department_ids: JSON.stringify(values.departmentIds),
      created_by: values.createdBy,
      revoked_at: null,
      last_used_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export function findTokenByHash(db: Executor, tokenHash: string) {
  return db
    .selectFrom('api_tokens')
    .select(['id', 'organisation_id', 'actions', 'department_ids', 'revoked_at'])
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export async function touchToken(db: Executor, id: string): Promise<void> {
  await db.updateTable('api_tokens').set({ last_used_at: new Date() }).where('id', '=', id).execute();
}

export function listTokens(db: Executor, orgId: string) {
  return db
    .selectFrom('api_tokens')
    .select([
      'id',
      'name',
      'actions',
      'department_ids',
      'created_by',
      'created_at',
      'revoked_at',
      'last_used_at',
    ])
    .where('organisation_id', '=', orgId)
    .orderBy('created_at')
    .execute();
}

export async function revokeToken(db: Executor, orgId: string, id: string): Promise<boolean> {
  const r = await db
    .updateTable('api_tokens')
    .set({ revoked_at: new Date() })
    .where('organisation_id', '=', orgId)
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

// --- consents

export async function insertConsent(
  db: Executor,
  values: {
    orgId: string;
    userId: string;
    /** The person: by debtor id, or by national number (exactly one). */
    person: { debtorId: string } | { nationalNumber: string };
    kind: 'consent' | 'mandate';
    purpose: string;
    validFrom: string;
    validUntil: string;
    evidenceRef: string;
    createdBy: string;
  },
): Promise<string> {
  const row = await db
    .insertInto('consents')
    .values({
      organisation_id: values.orgId,
      user_id: values.userId,
      debtor_id: 'debtorId' in values.person ? values.person.debtorId : null,
      national_number: 'nationalNumber' in values.person ? values.person.nationalNumber : null,
      kind: values.kind,
      purpose: values.purpose,
      valid_from: values.validFrom,
      valid_until: values.validUntil,
      evidence_ref: values.evidenceRef,
      created_by: values.createdBy,
      revoked_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Consents with the debtor each covers: the one named by id, or the one EvS knows under the national
 * number it names (null while nobody is known under it).
 */
function consentsWithDebtor(db: Executor, orgId: string) {
  return db
    .selectFrom('consents as c')
    .leftJoin('person_identifiers as p', (join) =>
      join
        .onRef('p.organisation_id', '=', 'c.organisation_id')
        .on('p.kind', '=', 'be')
        .onRef('p.value', '=', 'c.national_number'),
    )
    .where('c.organisation_id', '=', orgId);
}

/** Debtors a social worker holds a consent or mandate for on `today`. */
export async function consentedDebtorIds(
  db: Executor,
  orgId: string,
  userId: string,
  today: string,
): Promise<string[]> {
  const rows = await consentsWithDebtor(db, orgId)
    .select((eb) => eb.fn.coalesce('c.debtor_id', 'p.debtor_id').as('debtor_id'))
    .distinct()
    .where('c.user_id', '=', userId)
    .where('c.revoked_at', 'is', null)
    .where('c.valid_from', '<=', today)
    .where('c.valid_until', '>=', today)
    .execute();
  return rows.flatMap((r) => (r.debtor_id === null ? [] : [r.debtor_id]));
}

export function listConsents(db: Executor, orgId: string, userId?: string) {
  let q = consentsWithDebtor(db, orgId)
    .innerJoin('users as u', 'u.id', 'c.user_id')
    .leftJoin('debtors as d', (join) =>
      join.on((eb) => eb('d.id', '=', eb.fn.coalesce('c.debtor_id', 'p.debtor_id'))),
    )
    .select([
      'c.id',
      'c.user_id as userId',
      'u.display_name as userName',
      'd.id as debtorId',
      'd.name as debtorName',
      'c.national_number as nationalNumber',
      'c.kind',
      'c.purpose',
      'c.valid_from as validFrom',
      'c.valid_until as validUntil',
      'c.evidence_ref as evidenceRef',
      'c.revoked_at as revokedAt',
    ]);
  if (userId !== undefined) q = q.where('c.user_id', '=', userId);
  return q.orderBy('c.created_at').execute();
}

export async function revokeConsent(
  db: Executor,
  orgId: string,
  id: string,
  userId?: string,
): Promise<boolean> {
  let q = db
    .updateTable('consents')
    .set({ revoked_at: new Date() })
    .where('organisation_id', '=', orgId)
    .where('id', '=', id)
    .where('revoked_at', 'is', null);
  if (userId !== undefined) q = q.where('user_id', '=', userId);
  const r = await q.executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** Whether the debtor exists in the organisation (the access hook's check of a debtor id in a path). */
export async function debtorExists(db: Executor, orgId: string, debtorId: string): Promise<boolean> {
  const row = await db
    .selectFrom('debtors')
    .select('id')
    .where('organisation_id', '=', orgId)
    .where('id', '=', debtorId)
    .executeTakeFirst();
  return row !== undefined;
}
