import type { Classification, TrackedMessage } from './deadlines.ts';
import type { MessageBodies, MessageType, SystemMessageType } from './message-schemas.ts';

/** Who of the original message's two parties receives the system message. */
export type Addressee = 'sender' | 'recipient';

export type SystemMessageDraft = {
  [K in SystemMessageType]: {
    readonly type: K;
    readonly aboutMessageId: string;
    readonly to: Addressee;
    /** Urgent: escalations, and anything about an urgent message. */
    readonly urgent: boolean;
    readonly body: MessageBodies[K];
  };
}[SystemMessageType];

type Participant = Exclude<MessageType, SystemMessageType>;

/**
 * The system messages a classification calls for: the sender is told its message expired
 * unconfirmed; the recipient is reminded of an answer due soon; an overdue answer is escalated
 * to the sender, who is waiting for it (issue 7: "an escalation notice to the sender"). Not sending the same one twice is the caller's job (it keeps the history).
 */
export function systemMessagesFor<M extends TrackedMessage & { readonly type: Participant }>(
  classification: Classification<M>,
): SystemMessageDraft[] {
  const drafts: SystemMessageDraft[] = [];
  for (const { message, expiredOn } of classification.expired)
    drafts.push({
      type: 'expiry-notice',
      aboutMessageId: message.id,
      to: 'sender',
      urgent: message.urgent,
      body: { aboutMessageId: message.id, aboutMessageType: message.type, sentOn: message.sentOn, expiredOn },
    });
  for (const { message, dueOn } of classification.dueSoon)
    drafts.push({
      type: 'reminder',
      aboutMessageId: message.id,
      to: 'recipient',
      urgent: message.urgent,
      body: { aboutMessageId: message.id, aboutMessageType: message.type, dueOn },
    });
  for (const { message, dueOn, workingDaysOverdue } of classification.overdue)
    drafts.push({
      type: 'escalation',
      aboutMessageId: message.id,
      to: 'sender',
      urgent: true,
      body: { aboutMessageId: message.id, aboutMessageType: message.type, dueOn, workingDaysOverdue },
    });
  return drafts;
}
