import { type Static, Type } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import type { Lang } from '../kernel/i18n.ts';
import { err, ok, type Result } from '../kernel/result.ts';
import { bodyRuleIssues } from './body-rules.ts';
import { issue, translateErrors, type ValidationIssue } from './issues.ts';
import {
  BODY_SCHEMAS,
  isMessageType,
  MESSAGE_TYPES,
  type MessageBodies,
  type MessageBody,
  type MessageType,
} from './message-schemas.ts';
import { DateTimeText, literals, OrganisationId, Text, Uuid } from './schema-parts.ts';

const closed = { additionalProperties: false } as const;

/** Everything about a message except its body; threads share a conversationId. */
export const EnvelopeSchema = Type.Object(
  {
    id: Uuid,
    conversationId: Uuid,
    type: literals(MESSAGE_TYPES),
    sender: OrganisationId,
    recipient: OrganisationId,
    /** How the sender refers to the debtor (its own file or client number); never a national number. */
    debtorReference: Text(100),
    inReplyTo: Type.Union([Uuid, Type.Null()]),
    urgent: Type.Boolean(),
    sentAt: DateTimeText,
  },
  closed,
);
export type Envelope = Static<typeof EnvelopeSchema>;

/**
 * What a sender supplies (API or CSV row); the hub adds id, sender, sentAt and, for a new
 * conversation, the conversationId.
 */
export const DraftEnvelopeSchema = Type.Object(
  {
    conversationId: Type.Optional(Uuid),
    recipient: OrganisationId,
    debtorReference: Text(100),
    inReplyTo: Type.Optional(Uuid),
    urgent: Type.Boolean(),
  },
  closed,
);
export type DraftEnvelope = Static<typeof DraftEnvelopeSchema>;

export type HubMessage<K extends MessageType = MessageType> = Omit<Envelope, 'type'> & {
  readonly type: K;
  readonly body: MessageBodies[K];
};
/** A message of any type, discriminated on `type`. */
export type AnyHubMessage = { [K in MessageType]: HubMessage<K> }[MessageType];

export type ValidationResult<T> = Result<T, ValidationIssue[]>;

/** Validate the body of one message type: schema first, then the cross-field rules. */
export function validateMessage<K extends MessageType>(
  type: K,
  body: unknown,
  lang?: Lang,
): ValidationResult<MessageBodies[K]>;
export function validateMessage(type: string, body: unknown, lang?: Lang): ValidationResult<MessageBody>;
export function validateMessage(
  type: string,
  body: unknown,
  lang: Lang = 'nl',
): ValidationResult<MessageBody> {
  if (!isMessageType(type))
    return err([issue('/type', lang, 'issueUnknownType', { type, known: MESSAGE_TYPES.join(', ') })]);
  const schema = BODY_SCHEMAS[type];
  if (!Value.Check(schema, body)) return err(translateErrors(Value.Errors(schema, body), lang));
  const typed = body as MessageBodies[typeof type];
  const ruleIssues = bodyRuleIssues(type, typed, lang);
  return ruleIssues.length > 0 ? err(ruleIssues) : ok(typed);
}

const differentParties = (sender: string, recipient: string, lang: Lang): ValidationIssue[] =>
  sender === recipient ? [issue('/recipient', lang, 'issueDifferentFromSender')] : [];

export function validateEnvelope(input: unknown, lang: Lang = 'nl'): ValidationResult<Envelope> {
  if (!Value.Check(EnvelopeSchema, input))
    return err(translateErrors(Value.Errors(EnvelopeSchema, input), lang));
  const issues = differentParties(input.sender, input.recipient, lang);
  return issues.length > 0 ? err(issues) : ok(input);
}

export function validateDraftEnvelope(input: unknown, lang: Lang = 'nl'): ValidationResult<DraftEnvelope> {
  if (!Value.Check(DraftEnvelopeSchema, input))
    return err(translateErrors(Value.Errors(DraftEnvelopeSchema, input), lang));
  return ok(input);
}

/** A whole message: envelope fields plus `body`; body issues get paths under `/body`. */
export function validateHubMessage(input: unknown, lang: Lang = 'nl'): ValidationResult<AnyHubMessage> {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return err([issue('', lang, 'issueObject')]);
  const { body, ...envelopeInput } = input as Record<string, unknown>;
  const envelope = validateEnvelope(envelopeInput, lang);
  const bodyIssues: ValidationIssue[] = [];
  if (body === undefined) bodyIssues.push(issue('/body', lang, 'issueRequired'));
  else if (typeof envelopeInput.type === 'string' && isMessageType(envelopeInput.type)) {
    const checked = validateMessage(envelopeInput.type, body, lang);
    if (!checked.ok) bodyIssues.push(...checked.error.map(relocate));
  }
  const issues = [...(envelope.ok ? [] : envelope.error), ...bodyIssues];
  if (issues.length > 0 || !envelope.ok) return err(issues);
  return ok({ ...envelope.value, body } as AnyHubMessage);
}

/** Re-anchor a body issue under `/body`; the sentence already names the field inside the body. */
function relocate(i: ValidationIssue): ValidationIssue {
  return { path: `/body${i.path}`, message: i.message };
}
