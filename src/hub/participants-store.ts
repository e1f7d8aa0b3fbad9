import type { Executor } from '../platform/db.ts';
import { containsPattern } from '../platform/like.ts';
import type { Scope } from '../platform/scope.ts';
import type { HubContact } from './tables.ts';

/**
 * The address book is the hub's directory and is shared by the whole installation: every
 * organisation may look participants up; only the managing organisation changes an entry, and an
 * organisation acts only as the participants linked to it (participantsOfScope).
 */
export interface Participant {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly organisationId: string | null;
  readonly departmentId: string | null;
  readonly departmentCode: string | null;
  readonly companyNumber: string | null;
  readonly role: 'counsellor' | 'creditor' | 'both';
  readonly acceptsNationalNumber: boolean;
  readonly priorConsent: boolean;
  readonly requiresConsent: boolean;
  readonly country: 'BE' | 'NL';
  readonly contacts: readonly HubContact[];
  readonly active: boolean;
  readonly managedBy: string;
}

export type ParticipantValues = Omit<Participant, 'id' | 'departmentCode' | 'managedBy'>;

function base(db: Executor) {
  return db
    .selectFrom('hub_participants as p')
    .leftJoin('departments as d', 'd.id', 'p.department_id')
    .select([
      'p.id',
      'p.code',
      'p.name',
      'p.organisation_id as organisationId',
      'p.department_id as departmentId',
      'd.code as departmentCode',
      'p.company_number as companyNumber',
      'p.role',
      'p.accepts_national_number as acceptsNationalNumber',
      'p.prior_consent as priorConsent',
      'p.requires_consent as requiresConsent',
      'p.country',
      'p.contacts',
      'p.active',
      'p.managed_by as managedBy',
    ]);
}

export async function findParticipant(
  db: Executor,
  by: { code: string } | { id: string },
): Promise<Participant | undefined> {
  const q = base(db);
  return 'code' in by
    ? q.where('p.code', '=', by.code).executeTakeFirst()
    : q.where('p.id', '=', by.id).executeTakeFirst();
}

export async function searchParticipants(
  db: Executor,
  filter: { query?: string; role?: 'counsellor' | 'creditor'; activeOnly?: boolean },
): Promise<Participant[]> {
  let q = base(db);
  const text = filter.query?.trim().toLowerCase();
  if (text) {
    const like = containsPattern(text);
    const digits = text.replace(/\D/g, '');
    q = q.where((eb) =>
      eb.or([
        eb(eb.fn('lower', ['p.name']), 'like', like),
        eb(eb.fn('lower', ['p.code']), 'like', like),
        ...(digits.length >= 4 ? [eb('p.company_number', 'like', `%${digits}%`)] : []),
      ]),
    );
  }
  if (filter.role) q = q.where('p.role', 'in', [filter.role, 'both']);
  if (filter.activeOnly) q = q.where('p.active', '=', true);
  return q.orderBy('p.name').orderBy('p.code').limit(200).execute();
}

/** The participants the actor may act as: linked to its organisation, and to its departments if narrowed. */
export async function participantsOfScope(db: Executor, scope: Scope): Promise<Participant[]> {
  let q = base(db).where('p.organisation_id', '=', scope.orgId).where('p.active', '=', true);
  if (scope.departmentIds) {
    const ids = scope.departmentIds;
    if (ids.length === 0) return [];
    q = q.where('p.department_id', 'in', ids);
  }
  return q.orderBy('p.name').execute();
}

function columns(v: Partial<ParticipantValues>) {
  return {
    ...(v.code === undefined ? {} : { code: v.code }),
    ...(v.name === undefined ? {} : { name: v.name }),
    ...(v.organisationId === undefined ? {} : { organisation_id: v.organisationId }),
    ...(v.departmentId === undefined ? {} : { department_id: v.departmentId }),
    ...(v.companyNumber === undefined ? {} : { company_number: v.companyNumber }),
    ...(v.role === undefined ? {} : { role: v.role }),
    ...(v.acceptsNationalNumber === undefined ? {} : { accepts_national_number: v.acceptsNationalNumber }),
    ...(v.priorConsent === undefined ? {} : { prior_consent: v.priorConsent }),
    ...(v.requiresConsent === undefined ? {} : { requires_consent: v.requiresConsent }),
    ...(v.country === undefined ? {} : { country: v.country }),
    ...(v.contacts === undefined ? {} : { contacts: JSON.stringify(v.contacts) }),
    ...(v.active === undefined ? {} : { active: v.active }),
  };
}

export async function insertParticipant(
  db: Executor,
  managedBy: string,
  values: ParticipantValues,
): Promise<string> {
  const row = await db
    .insertInto('hub_participants')
    .values({
      code: values.code,
      name: values.name,
      role: values.role,
      managed_by: managedBy,
      ...columns(values),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateParticipant(
  db: Executor,
  id: string,
  managedBy: string,
  values: Partial<ParticipantValues>,
): Promise<boolean> {
  const set = columns(values);
  if (Object.keys(set).length === 0) return true;
  const r = await db
    .updateTable('hub_participants')
    .set(set)
    .where('id', '=', id)
    .where('managed_by', '=', managedBy)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function organisationCode(db: Executor, orgId: string): Promise<string | undefined> {
  const row = await db.selectFrom('organisations').select('code').where('id', '=', orgId).executeTakeFirst();
  return row?.code;
}

export async function departmentOf(db: Executor, orgId: string, departmentCode: string) {
  return db
    .selectFrom('departments')
    .select(['id', 'code'])
    .where('organisation_id', '=', orgId)
    .where('code', '=', departmentCode)
    .executeTakeFirst();
}

export async function participantsByIds(
  db: Executor,
  ids: readonly string[],
): Promise<Map<string, Participant>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await base(db).where('p.id', 'in', unique).execute();
  return new Map(rows.map((r) => [r.id, r]));
}
