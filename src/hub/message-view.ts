import type { IsoDate } from '../kernel/dates.ts';
import type { MessageType } from './message-schemas.ts';
import type { Participant } from './participants-store.ts';
import type { MessageRow } from './store.ts';

/** Envelope code of the hub itself, the sender of system messages. */
export const HUB_SENDER = 'hub';

/** A message as listed in inboxes, sent logs and conversations: metadata only, never the body. */
export interface MessageSummary {
  readonly id: string;
  readonly conversationId: string;
  readonly type: MessageType;
  readonly sender: string;
  readonly senderName: string;
  readonly recipient: string;
  readonly recipientName: string;
  readonly debtorReference: string;
  readonly inReplyTo: string | null;
  readonly urgent: boolean;
  readonly supplementary: boolean;
  readonly sentAt: string;
  readonly sentOn: IsoDate;
  readonly expiresOn: IsoDate;
  readonly dueOn: IsoDate | null;
  readonly fetched: boolean;
  readonly confirmedOn: IsoDate | null;
  readonly answeredOn: IsoDate | null;
  readonly expiredOn: IsoDate | null;
  readonly purged: boolean;
}

export function summarise(row: MessageRow, parties: ReadonlyMap<string, Participant>): MessageSummary {
  const sender = row.sender_id ? parties.get(row.sender_id) : undefined;
  const recipient = parties.get(row.recipient_id);
  return {
    id: row.id,
    conversationId: row.conversation_id,
    type: row.type as MessageType,
    sender: sender?.code ?? HUB_SENDER,
    senderName: sender?.name ?? 'EvS hub',
    recipient: recipient?.code ?? '?',
    recipientName: recipient?.name ?? '?',
    debtorReference: row.debtor_reference,
    inReplyTo: row.in_reply_to,
    urgent: row.urgent,
    supplementary: row.supplementary,
    sentAt: new Date(row.sent_at).toISOString(),
    sentOn: row.sent_on,
    expiresOn: row.expires_on,
    dueOn: row.due_on,
    fetched: row.fetched_at !== null,
    confirmedOn: row.confirmed_on,
    answeredOn: row.answered_on,
    expiredOn: row.expired_on,
    purged: row.body_cipher === null,
  };
}
