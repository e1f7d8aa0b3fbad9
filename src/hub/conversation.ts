import type { Lang } from '../kernel/i18n.ts';
import { err, ok, type Result } from '../kernel/result.ts';
import { hubMessages } from './hub-messages.ts';
import type { MessageType } from './message-schemas.ts';
import type { AnyHubMessage } from './messages.ts';

/** SHV = debt counsellor, SE = creditor; system messages come from the hub itself. */
export type Role = 'counsellor' | 'creditor' | 'system';

interface TypeRules {
  readonly senders: readonly Role[];
  /** Types that answer this one (sent with inReplyTo pointing at it). */
  readonly replies: readonly MessageType[];
  /** An answer is expected within the answer term (and reminded / escalated). */
  readonly needsAnswer: boolean;
  /** May be sent without inReplyTo. */
  readonly opensThread: boolean;
}

const both: readonly Role[] = ['counsellor', 'creditor'];

export const MESSAGE_RULES: Readonly<Record<MessageType, TypeRules>> = {
  notice: {
    senders: ['counsellor'],
    replies: ['notice-answer', 'no-cooperation'],
    needsAnswer: false, // the Schuldenknooppunt sets no term for "Kennisgeving antwoord"
    opensThread: true,
  },
  'notice-public': {
    senders: ['counsellor'],
    replies: ['notice-answer', 'no-cooperation'],
    needsAnswer: false,
    opensThread: true,
  },
  'notice-answer': {
    senders: ['creditor'],
    replies: [],
    needsAnswer: false,
    opensThread: false,
  },
  'balance-request': {
    senders: ['counsellor'],
    replies: ['balance-answer', 'no-cooperation'],
    needsAnswer: true,
    opensThread: true,
  },
  'balance-answer': {
    senders: ['creditor'],
    replies: [],
    needsAnswer: false,
    opensThread: false,
  },
  'payment-proposal': {
    senders: ['counsellor'],
    replies: ['payment-proposal-answer', 'no-cooperation'],
    needsAnswer: true,
    opensThread: true,
  },
  'payment-proposal-answer': {
    senders: ['creditor'],
    replies: ['reconsideration'],
    needsAnswer: false,
    opensThread: false,
  },
  reconsideration: {
    senders: ['counsellor'],
    replies: ['payment-proposal-answer', 'no-cooperation'],
    needsAnswer: true,
    opensThread: false,
  },
  'settlement-agreed': {
    senders: ['counsellor'],
    replies: [],
    needsAnswer: false,
    opensThread: true,
  },
  'settlement-ended': {
    senders: ['counsellor'],
    replies: [],
    needsAnswer: false,
    opensThread: true,
  },
  'no-cooperation': {
    senders: ['creditor'],
    replies: [],
    needsAnswer: false,
    opensThread: false,
  },
  'status-message': {
    senders: both,
    replies: [],
    needsAnswer: false,
    opensThread: true,
  },
  'status-request': {
    senders: both,
    replies: ['status-message'],
    needsAnswer: true,
    opensThread: true,
  },
  'expiry-notice': {
    senders: ['system'],
    replies: [],
    needsAnswer: false,
    opensThread: true,
  },
  reminder: {
    senders: ['system'],
    replies: [],
    needsAnswer: false,
    opensThread: true,
  },
  escalation: {
    senders: ['system'],
    replies: [],
    needsAnswer: false,
    opensThread: true,
  },
};

export const allowedReplies = (type: MessageType): readonly MessageType[] => MESSAGE_RULES[type].replies;
export const needsAnswer = (type: MessageType): boolean => MESSAGE_RULES[type].needsAnswer;
export const messageTypeLabel = (type: MessageType, lang: Lang = 'nl'): string =>
  hubMessages.text(lang, `label_${type}`);

/** Which types answer `type`, i.e. close its answer term. */
export const isAnswerTo = (reply: MessageType, parent: MessageType): boolean =>
  MESSAGE_RULES[parent].replies.includes(reply);

export interface ReplyCandidate {
  readonly type: MessageType;
  /** Only meaningful for balance-answer. */
  readonly supplementary?: boolean;
}

export type ReplyError =
  | { readonly code: 'sender-role-not-allowed'; readonly type: MessageType; readonly role: Role }
  | { readonly code: 'reply-required'; readonly type: MessageType }
  | { readonly code: 'not-an-answer'; readonly type: MessageType; readonly parentType: MessageType }
  | { readonly code: 'already-answered'; readonly parentType: MessageType }
  | { readonly code: 'supplementary-without-final-answer' };

export function replyCandidateOf(message: AnyHubMessage): ReplyCandidate {
  return message.type === 'balance-answer'
    ? { type: message.type, supplementary: message.body.supplementary }
    : { type: message.type };
}

/**
 * May `reply` be sent by `role`, in reply to `parent` (null: no inReplyTo), given the replies the
 * parent already received? A final answer is never changed: after it only a supplementary
 * balance answer (a later claim) may follow.
 */
export function checkReply(
  role: Role,
  reply: ReplyCandidate,
  parent: { readonly type: MessageType } | null,
  earlierReplies: readonly ReplyCandidate[],
): Result<void, ReplyError> {
  const rules = MESSAGE_RULES[reply.type];
  if (!rules.senders.includes(role)) return err({ code: 'sender-role-not-allowed', type: reply.type, role });
  if (parent === null)
    return rules.opensThread ? ok(undefined) : err({ code: 'reply-required', type: reply.type });
  if (!isAnswerTo(reply.type, parent.type))
    return err({ code: 'not-an-answer', type: reply.type, parentType: parent.type });
  const answers = earlierReplies.filter((r) => isAnswerTo(r.type, parent.type));
  const hasFinal = answers.some((r) => !(r.type === 'balance-answer' && r.supplementary === true));
  if (reply.type === 'balance-answer' && reply.supplementary === true)
    return hasFinal && !answers.some((r) => r.type === 'no-cooperation')
      ? ok(undefined)
      : err({ code: 'supplementary-without-final-answer' });
  return hasFinal ? err({ code: 'already-answered', parentType: parent.type }) : ok(undefined);
}

export function replyErrorText(error: ReplyError, lang: Lang = 'nl'): string {
  const label = (t: MessageType) => messageTypeLabel(t, lang);
  switch (error.code) {
    case 'sender-role-not-allowed':
      return hubMessages.text(lang, 'senderRoleNotAllowed', {
        role: hubMessages.text(lang, `role_${error.role}`),
        label: label(error.type),
      });
    case 'reply-required':
      return hubMessages.text(lang, 'replyRequired', { label: label(error.type) });
    case 'not-an-answer':
      return hubMessages.text(lang, 'notAnAnswer', {
        label: label(error.type),
        parent: label(error.parentType),
      });
    case 'already-answered':
      return hubMessages.text(lang, 'alreadyAnswered', { label: label(error.parentType) });
    case 'supplementary-without-final-answer':
      return hubMessages.text(lang, 'supplementaryWithoutFinal');
  }
}
