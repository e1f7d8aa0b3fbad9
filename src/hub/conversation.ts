import { err, ok, type Result } from '../kernel/result.ts';
import type { Lang } from './issues.ts';
import type { MessageType } from './message-schemas.ts';
import type { AnyHubMessage } from './messages.ts';

/** SHV = debt counsellor, SE = creditor; system messages come from the hub itself. */
export type Role = 'counsellor' | 'creditor' | 'system';

interface TypeRules {
  readonly label: { readonly nl: string; readonly en: string };
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
    label: { nl: 'Kennisgeving', en: 'Notice' },
    senders: ['counsellor'],
    replies: ['notice-answer', 'no-cooperation'],
    needsAnswer: false, // the Schuldenknooppunt sets no term for "Kennisgeving antwoord"
    opensThread: true,
  },
  'notice-public': {
    label: { nl: 'Kennisgeving publiek', en: 'Notice (with national number)' },
    senders: ['counsellor'],
    replies: ['notice-answer', 'no-cooperation'],
    needsAnswer: false,
    opensThread: true,
  },
  'notice-answer': {
    label: { nl: 'Kennisgeving antwoord', en: 'Notice answer' },
    senders: ['creditor'],
    replies: [],
    needsAnswer: false,
    opensThread: false,
  },
  'balance-request': {
    label: { nl: 'Saldoverzoek', en: 'Balance request' },
    senders: ['counsellor'],
    replies: ['balance-answer', 'no-cooperation'],
    needsAnswer: true,
    opensThread: true,
  },
  'balance-answer': {
    label: { nl: 'Saldoverzoek antwoord', en: 'Balance answer' },
    senders: ['creditor'],
    replies: [],
    needsAnswer: false,
    opensThread: false,
  },
  'payment-proposal': {
    label: { nl: 'Betaalvoorstel', en: 'Payment proposal' },
    senders: ['counsellor'],
    replies: ['payment-proposal-answer', 'no-cooperation'],
    needsAnswer: true,
    opensThread: true,
  },
  'payment-proposal-answer': {
    label: { nl: 'Betaalvoorstel antwoord', en: 'Payment proposal answer' },
    senders: ['creditor'],
    replies: ['reconsideration'],
    needsAnswer: false,
    opensThread: false,
  },
  reconsideration: {
    label: { nl: 'Heroverweging', en: 'Reconsideration' },
    senders: ['counsellor'],
    replies: ['payment-proposal-answer', 'no-cooperation'],
    needsAnswer: true,
    opensThread: false,
  },
  'settlement-agreed': {
    label: { nl: 'Schuldregeling akkoord', en: 'Settlement agreed' },
    senders: ['counsellor'],
    replies: [],
    needsAnswer: false,
    opensThread: true,
  },
  'settlement-ended': {
    label: { nl: 'Schuldregeling beëindigd', en: 'Settlement ended' },
    senders: ['counsellor'],
    replies: [],
    needsAnswer: false,
    opensThread: true,
  },
  'no-cooperation': {
    label: { nl: 'Geen medewerking', en: 'No cooperation' },
    senders: ['creditor'],
    replies: [],
    needsAnswer: false,
    opensThread: false,
  },
  'status-message': {
    label: { nl: 'Statusbericht', en: 'Status message' },
    senders: both,
    replies: [],
    needsAnswer: false,
    opensThread: true,
  },
  'status-request': {
    label: { nl: 'Statusverzoek', en: 'Status request' },
    senders: both,
    replies: ['status-message'],
    needsAnswer: true,
    opensThread: true,
  },
  'expiry-notice': {
    label: { nl: 'Bericht vervallen', en: 'Expiry notice' },
    senders: ['system'],
    replies: [],
    needsAnswer: false,
    opensThread: true,
  },
  reminder: {
    label: { nl: 'Herinnering', en: 'Reminder' },
    senders: ['system'],
    replies: [],
    needsAnswer: false,
    opensThread: true,
  },
  escalation: {
    label: { nl: 'Escalatie', en: 'Escalation' },
    senders: ['system'],
    replies: [],
    needsAnswer: false,
    opensThread: true,
  },
};

export const allowedReplies = (type: MessageType): readonly MessageType[] => MESSAGE_RULES[type].replies;
export const needsAnswer = (type: MessageType): boolean => MESSAGE_RULES[type].needsAnswer;
export const messageTypeLabel = (type: MessageType, lang: Lang = 'nl'): string =>
  MESSAGE_RULES[type].label[lang];

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

const ROLE_NAMES_NL: Record<Role, string> = {
  counsellor: 'schuldhulpverlener',
  creditor: 'schuldeiser',
  system: 'systeem',
};
const ROLE_NAMES_EN: Record<Role, string> = {
  counsellor: 'debt counsellor',
  creditor: 'creditor',
  system: 'system',
};

export function replyErrorText(error: ReplyError, lang: Lang = 'nl'): string {
  const label = (t: MessageType) => messageTypeLabel(t, lang);
  const nl = lang === 'nl';
  const roleName = (r: Role) => (nl ? ROLE_NAMES_NL[r] : ROLE_NAMES_EN[r]);
  switch (error.code) {
    case 'sender-role-not-allowed':
      return nl
        ? `Een ${roleName(error.role)} mag geen ${label(error.type)} versturen.`
        : `A ${roleName(error.role)} may not send a ${label(error.type)}.`;
    case 'reply-required':
      return nl
        ? `Een ${label(error.type)} is altijd een antwoord op een ander bericht (inReplyTo ontbreekt).`
        : `A ${label(error.type)} always answers another message (inReplyTo is missing).`;
    case 'not-an-answer':
      return nl
        ? `Een ${label(error.type)} is geen antwoord op een ${label(error.parentType)}.`
        : `A ${label(error.type)} does not answer a ${label(error.parentType)}.`;
    case 'already-answered':
      return nl
        ? `Deze ${label(error.parentType)} is al definitief beantwoord; een definitief antwoord wordt nooit gewijzigd.`
        : `This ${label(error.parentType)} already has a final answer; a final answer is never changed.`;
    case 'supplementary-without-final-answer':
      return nl
        ? 'Een aanvullend saldoantwoord kan pas na een definitief saldoantwoord.'
        : 'A supplementary balance answer can only follow a final balance answer.';
  }
}
