import { sql } from 'kysely';
import type { IsoDate } from '../kernel/dates.ts';
import type { Executor } from '../platform/db.ts';
import type { HubMessagesTable } from './tables.ts';

/** Message rows. Scoping is by participant: callers pass the participants the actor may act as. */
export type MessageRow = Omit<HubMessagesTable, 'sent_at' | 'fetched_at' | 'confirmed_at'> & {
  sent_at: Date;
  fetched_at: Date | null;
  confirmed_at: Date | null;
};

export type NewMessageRow = Pick<
  HubMessagesTable,
  | 'id'
  | 'conversation_id'
  | 'type'
  | 'sender_id'
  | 'recipient_id'
  | 'debtor_reference'
  | 'in_reply_to'
  | 'urgent'
  | 'supplementary'
  | 'sent_on'
  | 'expires_on'
  | 'due_on'
  | 'body_cipher'
  | 'body_key_org'
  | 'debtor_id'
  | 'sender_org'
  | 'created_by'
> & { sent_at: Date };

export async function insertMessages(db: Executor, rows: readonly NewMessageRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db.insertInto('hub_messages').values(rows).execute();
}

export async function findMessage(db: Executor, id: string): Promise<MessageRow | undefined> {
  return db.selectFrom('hub_messages').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findMessages(db: Executor, ids: readonly string[]): Promise<MessageRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('hub_messages').selectAll().where('id', 'in', ids).execute();
}

/** Not confirmed, not expired (system messages never expire): what colleagues still have to handle. */
export async function inboxRows(
  db: Executor,
  participantIds: readonly string[],
  today: IsoDate,
  type?: string,
): Promise<MessageRow[]> {
  if (participantIds.length === 0) return [];
  let q = db
    .selectFrom('hub_messages')
    .selectAll()
    .where('recipient_id', 'in', participantIds)
    .where('confirmed_at', 'is', null)
    .where('expired_on', 'is', null)
    .where((eb) => eb.or([eb('sender_id', 'is', null), eb('expires_on', '>=', today)]));
  if (type) q = q.where('type', '=', type);
  return q.orderBy('sent_at').limit(1000).execute();
}

export async function sentRows(db: Executor, participantIds: readonly string[]): Promise<MessageRow[]> {
  if (participantIds.length === 0) return [];
  return db
    .selectFrom('hub_messages')
    .selectAll()
    .where('sender_id', 'in', participantIds)
    .orderBy('sent_at', 'desc')
    .limit(500)
    .execute();
}

export async function conversationRows(db: Executor, conversationId: string): Promise<MessageRow[]> {
  return db
    .selectFrom('hub_messages')
    .selectAll()
    .where('conversation_id', '=', conversationId)
    .orderBy('sent_at')
    .orderBy('id')
    .execute();
}

export async function repliesTo(db: Executor, parentId: string): Promise<MessageRow[]> {
  return db.selectFrom('hub_messages').selectAll().where('in_reply_to', '=', parentId).execute();
}

export async function markFetched(db: Executor, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable('hub_messages')
    .set({ fetched_at: sql<Date>`now()` })
    .where('id', 'in', ids)
    .where('fetched_at', 'is', null)
    .execute();
}

export async function markConfirmed(
  db: Executor,
  ids: readonly string[],
  today: IsoDate,
  actor: string,
): Promise<number> {
  if (ids.length === 0) return 0;
  const r = await db
    .updateTable('hub_messages')
    .set({ confirmed_at: sql<Date>`now()`, confirmed_on: today, confirmed_by: actor })
    .where('id', 'in', ids)
    .where('confirmed_at', 'is', null)
    .where('expired_on', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

export async function markAnswered(db: Executor, id: string, today: IsoDate): Promise<void> {
  await db
    .updateTable('hub_messages')
    .set({ answered_on: today })
    .where('id', '=', id)
    .where('answered_on', 'is', null)
    .execute();
}

/** Messages one organisation sent since a moment (the rate limit). */
export async function countSentSince(db: Executor, orgId: string, since: Date): Promise<number> {
  const row = await db
    .selectFrom('hub_messages')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('sender_org', '=', orgId)
    .where('sent_at', '>=', since)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Participant messages whose deadlines still matter: unconfirmed, or awaiting an answer. */
export async function trackedRows(db: Executor): Promise<MessageRow[]> {
  return db
    .selectFrom('hub_messages')
    .selectAll()
    .where('sender_id', 'is not', null)
    .where('expired_on', 'is', null)
    .where((eb) =>
      eb.or([
        eb('confirmed_at', 'is', null),
        eb.and([eb('due_on', 'is not', null), eb('answered_on', 'is', null)]),
      ]),
    )
    .execute();
}

export async function setDeadlineMarks(
  db: Executor,
  id: string,
  marks: Partial<Pick<HubMessagesTable, 'expired_on' | 'reminded_on' | 'escalated_on'>>,
): Promise<void> {
  await db.updateTable('hub_messages').set(marks).where('id', '=', id).execute();
}

/** Drop bodies confirmed or expired on or before `cutoff`: the rows stay as the metadata-only log. */
export async function purgeBodies(db: Executor, cutoff: IsoDate, today: IsoDate): Promise<number> {
  const r = await db
    .updateTable('hub_messages')
    .set({ body_cipher: null, purged_on: today })
    .where('body_cipher', 'is not', null)
    .where((eb) =>
      eb.or([
        eb('confirmed_on', '<=', cutoff),
        eb.and([eb('confirmed_on', 'is', null), eb('expired_on', '<=', cutoff)]),
      ]),
    )
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

export async function insertFreezeRequest(
  db: Executor,
  values: {
    organisationId: string;
    departmentId: string | null;
    debtorId: string;
    messageId: string;
    requestedOn: IsoDate;
  },
): Promise<void> {
  await db
    .insertInto('hub_freeze_requests')
    .values({
      organisation_id: values.organisationId,
      department_id: values.departmentId,
      debtor_id: values.debtorId,
      message_id: values.messageId,
      requested_on: values.requestedOn,
    })
    .onConflict((oc) => oc.column('message_id').doNothing())
    .execute();
}

export async function freezeRequestsOf(db: Executor, orgId: string, debtorId?: string) {
  let q = db
    .selectFrom('hub_freeze_requests')
    .select(['id', 'debtor_id as debtorId', 'department_id as departmentId', 'message_id as messageId'])
    .select(['requested_on as requestedOn', 'status'])
    .where('organisation_id', '=', orgId);
  if (debtorId) q = q.where('debtor_id', '=', debtorId);
  return q.orderBy('requested_on').execute();
}

export async function insertDownload(
  db: Executor,
  participantId: string,
  type: string,
  messageIds: readonly string[],
  actor: string,
): Promise<string> {
  const row = await db
    .insertInto('hub_downloads')
    .values({
      participant_id: participantId,
      type,
      message_ids: JSON.stringify(messageIds),
      created_by: actor,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function findDownload(db: Executor, id: string) {
  return db.selectFrom('hub_downloads').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function markDownloadConfirmed(db: Executor, id: string): Promise<void> {
  await db
    .updateTable('hub_downloads')
    .set({ confirmed_at: sql<Date>`now()` })
    .where('id', '=', id)
    .execute();
}

/** EvS link: the debtor behind a customer number of the recipient's organisation (and department). */
export async function debtorByCustomerNumber(
  db: Executor,
  orgId: string,
  departmentId: string | null,
  customerNumber: string,
): Promise<string | undefined> {
  let q = db
    .selectFrom('customer_numbers')
    .select('debtor_id')
    .where('organisation_id', '=', orgId)
    .where('customer_number', '=', customerNumber);
  if (departmentId) q = q.where('department_id', '=', departmentId);
  const rows = await q.limit(2).execute();
  return rows.length === 1 ? rows[0]?.debtor_id : undefined;
}

export async function debtorByNationalNumber(
  db: Executor,
  orgId: string,
  value: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('person_identifiers')
    .select('debtor_id')
    .where('organisation_id', '=', orgId)
    .where('kind', '=', value.length === 11 ? 'be' : 'nl')
    .where('value', '=', value)
    .executeTakeFirst();
  return row?.debtor_id;
}
