/**
 * The worklist: new candidates, people no longer eligible, changed profiles and early signals, which
 * finance and (consented) social workers accept or dismiss with a reason.
 */
import type { IsoDate } from '../kernel/dates.ts';
import { err, ok, type Result } from '../kernel/result.ts';
import { type Consent, openFile } from '../plans/file-service.ts';
import { audit } from '../platform/audit.ts';
import type { Database } from '../platform/db.ts';
import { type Failure, failure } from '../platform/errors.ts';
import type { Scope } from '../platform/scope.ts';
import { eligibilityMessages } from './messages.ts';
import type { WorklistStatus } from './tables.ts';
import { type WorklistFilter, type WorklistItem, worklistPage } from './worklist-store.ts';

export type { WorklistItem, WorklistPage } from './worklist-store.ts';

/** One page of the worklist (at most 500 items, newest first unless sorted otherwise). */
export async function worklist(
  database: Database,
  scope: Scope,
  filter: WorklistFilter = {},
): Promise<WorklistItem[]> {
  return (await worklistPage(database, scope, filter)).items;
}

interface Resolved {
  readonly id: string;
  readonly debtorId: string;
  readonly status: WorklistStatus;
  readonly resolution: string;
}

const unknownItem = (scope: Scope) =>
  failure('not_found', 'unknown_worklist_item', eligibilityMessages.text(scope.lang, 'unknownWorklistItem'));
const closedItem = (scope: Scope) =>
  failure('conflict', 'worklist_item_closed', eligibilityMessages.text(scope.lang, 'worklistItemClosed'));

/** An open item the scope may see, checked before a file is opened for it. */
async function openItem(
  database: Database,
  scope: Scope,
  id: string,
): Promise<Result<{ debtorId: string }, Failure>> {
  const item = await database.db
    .selectFrom('eligibility_worklist')
    .select(['debtor_id', 'status'])
    .where('organisation_id', '=', scope.orgId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!item || (scope.debtorIds && !scope.debtorIds.includes(item.debtor_id))) return err(unknownItem(scope));
  if (item.status !== 'open') return err(closedItem(scope));
  return ok({ debtorId: item.debtor_id });
}

async function resolve(
  database: Database,
  scope: Scope,
  id: string,
  status: 'accepted' | 'dismissed',
  resolution: string,
  fileId: string | null = null,
): Promise<Result<Resolved, Failure>> {
  return database.db.transaction().execute(async (trx) => {
    const item = await trx
      .selectFrom('eligibility_worklist')
      .select(['id', 'debtor_id', 'status', 'reason'])
      .where('organisation_id', '=', scope.orgId)
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!item || (scope.debtorIds && !scope.debtorIds.includes(item.debtor_id)))
      return err(unknownItem(scope));
    if (item.status !== 'open') return err(closedItem(scope));
    await trx
      .updateTable('eligibility_worklist')
      .set({ status, resolution, decided_by: scope.actor, decided_at: new Date() })
      .where('id', '=', id)
      .execute();
    await audit(trx, scope, `eligibility.worklist_${status}`, 'debtor', item.debtor_id, {
      itemId: id,
      reason: item.reason,
      ...(fileId ? { fileId } : {}),
    });
    return ok({ id, debtorId: item.debtor_id, status, resolution });
  });
}

export interface AcceptInput {
  /** The person's consent; with it the EvS file is opened (src/plans openFile), without it only the decision is recorded. */
  readonly consent?: Consent;
  /** Claims to bundle; default all open claims of participating departments (as openFile). */
  readonly claimIds?: readonly string[];
}

export interface AcceptedItem extends Resolved {
  /** The opened EvS file, or null when it still has to be opened with consent. */
  readonly fileId: string | null;
  readonly bundled: number;
}

/**
 * Accepting means the person gets an EvS file. With consent the file is opened first (bundling the open
 * claims); only when that succeeds is the item closed, so a refused opening leaves the item open.
 * Without consent the decision is recorded and the response says the file still has to be opened.
 */
export async function acceptItem(
  database: Database,
  scope: Scope,
  id: string,
  today: IsoDate,
  input: AcceptInput = {},
): Promise<Result<AcceptedItem, Failure>> {
  if (!input.consent) {
    const r = await resolve(
      database,
      scope,
      id,
      'accepted',
      eligibilityMessages.text(scope.lang, 'acceptedNeedsConsent'),
    );
    return r.ok ? ok({ ...r.value, fileId: null, bundled: 0 }) : r;
  }
  if (scope.roles && !scope.roles.includes('finance') && !scope.roles.includes('admin'))
    return err(
      failure('forbidden', 'file_open_not_allowed', eligibilityMessages.text(scope.lang, 'onlyFinanceOpens')),
    );
  const item = await openItem(database, scope, id);
  if (!item.ok) return item;
  const opened = await openFile(
    database,
    scope,
    {
      debtorId: item.value.debtorId,
      consent: input.consent,
      ...(input.claimIds ? { claimIds: input.claimIds } : {}),
    },
    today,
  );
  if (!opened.ok) return opened;
  const { fileId, bundled } = opened.value;
  const r = await resolve(
    database,
    scope,
    id,
    'accepted',
    eligibilityMessages.text(scope.lang, 'acceptedFileOpened', { bundled }),
    fileId,
  );
  return r.ok ? ok({ ...r.value, fileId, bundled }) : r;
}

export async function dismissItem(database: Database, scope: Scope, id: string, reason: string) {
  const text = reason.trim();
  if (text === '' || text.length > 500)
    return err(failure('invalid', 'missing_reason', eligibilityMessages.text(scope.lang, 'giveReason')));
  return resolve(database, scope, id, 'dismissed', text);
}
