import { parseCompanyNumber } from '../kernel/company-number.ts';
import { err, ok, type Result } from '../kernel/result.ts';
import { audit } from '../platform/audit.ts';
import type { Database, Executor } from '../platform/db.ts';
import { type Failure, failure } from '../platform/errors.ts';
import type { Scope } from '../platform/scope.ts';
import { hubMessages } from './hub-messages.ts';
import {
  departmentOf,
  findParticipant,
  insertParticipant,
  type Participant,
  type ParticipantValues,
  participantsOfScope,
  searchParticipants,
  updateParticipant,
} from './participants-store.ts';
import type { HubContact } from './tables.ts';

const CODE = /^[A-Za-z0-9._:-]{1,64}$/;

/** What an administrator enters; `department` is a department code of the own organisation. */
export interface ParticipantInput {
  readonly code: string;
  readonly name: string;
  /** inside: linked to the own organisation (optionally a department); outside: by company number. */
  readonly kind: 'inside' | 'outside';
  readonly department?: string;
  readonly companyNumber?: string;
  readonly role: 'counsellor' | 'creditor' | 'both';
  readonly acceptsNationalNumber?: boolean;
  readonly priorConsent?: boolean;
  readonly requiresConsent?: boolean;
  readonly country?: 'BE' | 'NL';
  readonly contacts?: readonly HubContact[];
}

export function searchAddressBook(
  database: Database,
  filter: { query?: string; role?: 'counsellor' | 'creditor'; activeOnly?: boolean },
): Promise<Participant[]> {
  return searchParticipants(database.db, filter);
}

export function myParticipants(database: Database, scope: Scope): Promise<Participant[]> {
  return participantsOfScope(database.db, scope);
}

async function resolveValues(
  db: Executor,
  scope: Scope,
  input: ParticipantInput,
): Promise<Result<ParticipantValues, Failure>> {
  const lang = scope.lang;
  if (!CODE.test(input.code))
    return err(failure('invalid', 'hub_invalid_code', hubMessages.text(lang, 'invalidCode')));
  if (input.name.trim() === '')
    return err(failure('invalid', 'hub_missing_name', hubMessages.text(lang, 'missingName')));
  let companyNumber: string | null = null;
  if (input.companyNumber !== undefined && input.companyNumber.trim() !== '') {
    const parsed = parseCompanyNumber(input.companyNumber);
    if (!parsed.ok)
      return err(
        failure('invalid', 'hub_invalid_company_number', hubMessages.text(lang, 'invalidCompanyNumber')),
      );
    companyNumber = parsed.value;
  }
  let departmentId: string | null = null;
  if (input.kind === 'inside' && input.department) {
    const department = await departmentOf(db, scope.orgId, input.department.trim().toUpperCase());
    if (!department)
      return err(
        failure(
          'invalid',
          'hub_unknown_department',
          hubMessages.text(lang, 'unknownDepartment', { department: input.department }),
        ),
      );
    departmentId = department.id;
  }
  if (input.kind === 'outside' && companyNumber === null)
    return err(
      failure('invalid', 'hub_company_number_required', hubMessages.text(lang, 'companyNumberRequired')),
    );
  return ok({
    code: input.code,
    name: input.name.trim(),
    organisationId: input.kind === 'inside' ? scope.orgId : null,
    departmentId,
    companyNumber,
    role: input.role,
    acceptsNationalNumber: input.acceptsNationalNumber ?? false,
    priorConsent: input.priorConsent ?? false,
    requiresConsent: input.requiresConsent ?? false,
    country: input.country ?? 'BE',
    contacts: input.contacts ?? [],
    active: true,
  });
}

export async function addParticipant(
  database: Database,
  scope: Scope,
  input: ParticipantInput,
): Promise<Result<Participant, Failure>> {
  return database.db.transaction().execute(async (trx) => {
    const values = await resolveValues(trx, scope, input);
    if (!values.ok) return values;
    if (await findParticipant(trx, { code: input.code }))
      return err(
        failure(
          'conflict',
          'hub_participant_exists',
          hubMessages.text(scope.lang, 'participantExists', { code: input.code }),
        ),
      );
    const id = await insertParticipant(trx, scope.orgId, values.value);
    await audit(trx, scope, 'hub.participant.added', 'hub_participant', id, { code: input.code });
    return ok((await findParticipant(trx, { id })) as Participant);
  });
}

export interface ParticipantChange {
  readonly name?: string;
  readonly role?: 'counsellor' | 'creditor' | 'both';
  readonly acceptsNationalNumber?: boolean;
  readonly priorConsent?: boolean;
  readonly requiresConsent?: boolean;
  readonly contacts?: readonly HubContact[];
  readonly active?: boolean;
}

export async function changeParticipant(
  database: Database,
  scope: Scope,
  code: string,
  change: ParticipantChange,
): Promise<Result<Participant, Failure>> {
  return database.db.transaction().execute(async (trx) => {
    const found = await findParticipant(trx, { code });
    if (!found || found.managedBy !== scope.orgId)
      return err(
        failure(
          'not_found',
          'hub_unknown_participant',
          hubMessages.text(scope.lang, 'notInAddressBook', { code }),
        ),
      );
    if (change.name !== undefined && change.name.trim() === '')
      return err(failure('invalid', 'hub_missing_name', hubMessages.text(scope.lang, 'missingName')));
    await updateParticipant(trx, found.id, scope.orgId, {
      ...change,
      ...(change.name === undefined ? {} : { name: change.name.trim() }),
    });
    await audit(trx, scope, 'hub.participant.changed', 'hub_participant', found.id, {
      fields: Object.keys(change),
    });
    return ok((await findParticipant(trx, { id: found.id })) as Participant);
  });
}
