import { insertAccessLog } from '../access/access-log-store.ts';
import type { IsoDate } from '../kernel/dates.ts';
import { err, ok, type Result } from '../kernel/result.ts';
import { audit } from '../platform/audit.ts';
import type { Database } from '../platform/db.ts';
import { type Failure, failure } from '../platform/errors.ts';
import type { Scope } from '../platform/scope.ts';
import { classify, sortInbox } from './deadlines.ts';
import { missingKey, unknownMessage } from './failures.ts';
import { hubMessages } from './hub-messages.ts';
import { decryptBody } from './io-crypto.ts';
import type { HubSettings } from './io-keys.ts';
import { type DraftAnswer, draftBalanceAnswer } from './link-service.ts';
import type { MessageBodies, MessageBody, MessageType } from './message-schemas.ts';
import { type MessageSummary, summarise } from './message-view.ts';
import { type Participant, participantsByIds, participantsOfScope } from './participants-store.ts';
import {
  conversationRows,
  findMessage,
  findMessages,
  inboxRows,
  type MessageRow,
  markConfirmed,
  markFetched,
  sentRows,
} from './store.ts';

async function mine(database: Database, scope: Scope, as?: string): Promise<Participant[]> {
  const all = await participantsOfScope(database.db, scope);
  return as === undefined ? all : all.filter((p) => p.code === as);
}

async function summaries(database: Database, rows: readonly MessageRow[]): Promise<MessageSummary[]> {
  const parties = await participantsByIds(
    database.db,
    rows.flatMap((r) => (r.sender_id ? [r.sender_id, r.recipient_id] : [r.recipient_id])),
  );
  return rows.map((r) => summarise(r, parties));
}

/** Messages waiting for the actor's participants: urgent on top, then oldest first. */
export async function listInbox(
  database: Database,
  scope: Scope,
  today: IsoDate,
  as?: string,
  type?: string,
) {
  const ids = (await mine(database, scope, as)).map((p) => p.id);
  return sortInbox(await summaries(database, await inboxRows(database.db, ids, today, type)));
}

/** The sent log: metadata of everything sent, bodies long purged included. */
export async function listSent(database: Database, scope: Scope, as?: string) {
  const ids = (await mine(database, scope, as)).map((p) => p.id);
  return summaries(database, await sentRows(database.db, ids));
}

/** A conversation as far as the actor is a party to its messages. */
export async function conversation(
  database: Database,
  scope: Scope,
  conversationId: string,
): Promise<Result<MessageSummary[], Failure>> {
  const ids = new Set((await mine(database, scope)).map((p) => p.id));
  const rows = (await conversationRows(database.db, conversationId)).filter(
    (r) => ids.has(r.recipient_id) || (r.sender_id !== null && ids.has(r.sender_id)),
  );
  if (rows.length === 0) return err(unknownMessage(scope.lang));
  return ok(await summaries(database, rows));
}

/** Answer terms as the actor sees them: what it must answer, and what it waits for. */
export async function deadlines(
  database: Database,
  settings: HubSettings,
  scope: Scope,
  today: IsoDate,
  as?: string,
) {
  const parties = await mine(database, scope, as);
  const ids = new Set(parties.map((p) => p.id));
  const incoming = await inboxRows(database.db, [...ids], today);
  const outgoing = (await sentRows(database.db, [...ids])).filter(
    (r) => r.due_on !== null && r.answered_on === null,
  );
  const track = async (rows: readonly MessageRow[]) => {
    const list = await summaries(database, rows);
    const byId = new Map(list.map((s) => [s.id, s]));
    const recipients = await participantsByIds(
      database.db,
      rows.map((r) => r.recipient_id),
    );
    const tracked = rows.map((r) => ({
      id: r.id,
      type: r.type as MessageType,
      sentOn: r.sent_on,
      urgent: r.urgent,
      country: recipients.get(r.recipient_id)?.country ?? 'BE',
      confirmedOn: r.confirmed_on,
      answeredOn: r.answered_on,
    }));
    const c = classify(tracked, today, settings.deadlines);
    const pick = (id: string) => byId.get(id) as MessageSummary;
    return {
      overdue: c.overdue.map((o) => ({
        message: pick(o.message.id),
        dueOn: o.dueOn,
        workingDaysOverdue: o.workingDaysOverdue,
      })),
      dueSoon: c.dueSoon.map((o) => ({
        message: pick(o.message.id),
        dueOn: o.dueOn,
        workingDaysLeft: o.workingDaysLeft,
      })),
    };
  };
  return { toAnswer: await track(incoming), awaiting: await track(outgoing) };
}

/** How the body was opened, for the access log. */
export interface Opener {
  readonly role: string;
  readonly purpose: string;
  readonly requestId: string | null;
}

export interface OpenedMessage {
  readonly message: MessageSummary;
  /** Null once purged. */
  readonly body: MessageBody | null;
}

/**
 * Open a message body: only a party to it may; the recipient's first open counts as fetched. Every
 * open is written to the access log (with the linked debtor for the recipient's organisation).
 */
export async function openMessage(
  database: Database,
  settings: HubSettings,
  scope: Scope,
  id: string,
  opener: Opener,
): Promise<Result<OpenedMessage, Failure>> {
  const row = await findMessage(database.db, id);
  const parties = await mine(database, scope);
  const asRecipient = parties.some((p) => p.id === row?.recipient_id);
  const asSender = parties.some((p) => p.id === row?.sender_id);
  if (!row || (!asRecipient && !asSender)) return err(unknownMessage(scope.lang));
  let body: MessageBody | null = null;
  if (row.body_cipher !== null && row.body_key_org !== null) {
    const key = settings.keyOf(row.body_key_org);
    if (!key.ok) return err(missingKey(scope.lang));
    const plain = decryptBody(row.body_cipher, key.value, row.id);
    if (!plain.ok) throw new Error(`hub message ${row.id}: body cannot be decrypted (${plain.error.code})`);
    body = JSON.parse(plain.value) as MessageBody;
  }
  await database.db.transaction().execute(async (trx) => {
    if (asRecipient) await markFetched(trx, [row.id]);
    await insertAccessLog(trx, [
      {
        orgId: scope.orgId,
        actor: scope.actor,
        actorRole: opener.role,
        subjectDebtorId: asRecipient ? row.debtor_id : null,
        action: 'hub.message.open',
        purpose: opener.purpose,
        requestId: opener.requestId,
      },
    ]);
    await audit(trx, scope, 'hub.message.opened', 'hub_message', row.id, { purged: body === null });
  });
  const fresh = (await findMessage(database.db, id)) as MessageRow;
  return ok({ message: (await summaries(database, [fresh]))[0] as MessageSummary, body });
}

/** Confirm receipt: the message leaves the inbox of every colleague. Only after it was fetched. */
export async function confirmMessages(
  database: Database,
  scope: Scope,
  ids: readonly string[],
  today: IsoDate,
): Promise<Result<{ confirmed: number }, Failure>> {
  const parties = new Set((await mine(database, scope)).map((p) => p.id));
  return database.db.transaction().execute(async (trx) => {
    const rows = new Map((await findMessages(trx, ids)).map((r) => [r.id, r]));
    for (const id of ids) {
      const row = rows.get(id);
      if (!row || !parties.has(row.recipient_id)) return err(unknownMessage(scope.lang));
      if (row.fetched_at === null)
        return err(failure('conflict', 'hub_not_fetched', hubMessages.text(scope.lang, 'openBeforeConfirm')));
      if (
        row.expired_on !== null ||
        (row.confirmed_at === null && row.sender_id !== null && row.expires_on < today)
      )
        return err(failure('conflict', 'hub_expired', hubMessages.text(scope.lang, 'expired')));
    }
    const confirmed = await markConfirmed(trx, ids, today, scope.actor);
    for (const id of ids) await audit(trx, scope, 'hub.message.confirmed', 'hub_message', id);
    return ok({ confirmed });
  });
}

/** The drafted answer to a balance request this actor received (opens its body, so it is logged). */
export async function draftAnswer(
  database: Database,
  settings: HubSettings,
  scope: Scope,
  id: string,
  opener: Opener,
  today: IsoDate,
): Promise<Result<DraftAnswer, Failure>> {
  const opened = await openMessage(database, settings, scope, id, opener);
  if (!opened.ok) return opened;
  if (opened.value.message.type !== 'balance-request' || opened.value.body === null)
    return err(failure('conflict', 'hub_no_draft', hubMessages.text(scope.lang, 'onlyBalanceRequestDraft')));
  return draftBalanceAnswer(
    database,
    scope,
    id,
    opened.value.body as MessageBodies['balance-request'],
    today,
  );
}
