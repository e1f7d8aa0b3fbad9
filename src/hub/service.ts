import { randomUUID } from 'node:crypto';
import type { IsoDate } from '../kernel/dates.ts';
import { err, ok, type Result } from '../kernel/result.ts';
import { audit } from '../platform/audit.ts';
import type { Database, Trx } from '../platform/db.ts';
import { type Failure, failure } from '../platform/errors.ts';
import type { Scope } from '../platform/scope.ts';
import { actingParticipant } from './acting-service.ts';
import { checkBalanceRequestFanOut, fanOutErrorText } from './consent.ts';
import { checkReply, MESSAGE_RULES, needsAnswer, type Role, replyErrorText } from './conversation.ts';
import { answerDueDate, expiryDate } from './deadlines.ts';
import { missingKey, notAParticipant, rateLimited, unknownParticipant } from './failures.ts';
import { hubMessages } from './hub-messages.ts';
import { encryptBody } from './io-crypto.ts';
import type { HubSettings } from './io-keys.ts';
import { linkToDebtor, recordFreezeRequest } from './link-service.ts';
import { isMessageType, isSystemMessageType, type MessageBody, type MessageType } from './message-schemas.ts';
import { type MessageSummary, summarise } from './message-view.ts';
import { validateMessage } from './messages.ts';
import {
  findParticipant,
  organisationCode,
  type Participant,
  participantsByIds,
} from './participants-store.ts';
import {
  countSentSince,
  findMessage,
  findMessages,
  insertMessages,
  markAnswered,
  markConfirmed,
  repliesTo,
} from './store.ts';

/** One message as a sender supplies it (API, web form, CSV row). */
export interface SendInput {
  readonly type: string;
  readonly recipient: string;
  readonly debtorReference: string;
  readonly urgent: boolean;
  readonly conversationId?: string;
  readonly inReplyTo?: string;
  readonly body: unknown;
}

const counterpart = (role: Role): readonly string[] =>
  role === 'counsellor' ? ['creditor', 'both'] : ['counsellor', 'both'];

/** The conversation role the sender takes towards this recipient for this type. */
function senderRole(sender: Participant, recipient: Participant, type: MessageType): Role | null {
  const candidates: Role[] = sender.role === 'both' ? ['counsellor', 'creditor'] : [sender.role];
  const fits = candidates.find(
    (r) => MESSAGE_RULES[type].senders.includes(r) && counterpart(r).includes(recipient.role),
  );
  return fits ?? null;
}

const invalid = (code: string, message: string, details?: unknown) =>
  failure('invalid', code, message, details);

interface Prepared {
  readonly row: Parameters<typeof insertMessages>[1][number];
  readonly parentId: string | null;
  readonly recipient: Participant;
  readonly body: MessageBody;
}

/** Validate one message and build its row: schema, address book, conversation rules, deadlines. */
async function prepare(
  trx: Trx,
  settings: HubSettings,
  scope: Scope,
  sender: Participant,
  input: SendInput,
  today: IsoDate,
): Promise<Result<Prepared, Failure>> {
  const lang = scope.lang;
  if (!isMessageType(input.type) || isSystemMessageType(input.type))
    return err(invalid('hub_unknown_type', hubMessages.text(lang, 'unknownType', { type: input.type })));
  const type = input.type;
  const checked = validateMessage(type, input.body, lang);
  if (!checked.ok)
    return err(
      invalid(
        'hub_invalid_body',
        hubMessages.text(lang, 'invalidBody', {
          issues: checked.error
            .map((i) => i.message)
            .reduce((first, second) => hubMessages.text(lang, 'issueList2', { first, second })),
        }),
        checked.error,
      ),
    );
  if (input.debtorReference.trim() === '' || input.debtorReference.length > 100)
    return err(invalid('hub_invalid_reference', hubMessages.text(lang, 'invalidReference')));
  const recipient = await findParticipant(trx, { code: input.recipient });
  if (!recipient?.active) return err(unknownParticipant(lang, input.recipient));
  if (recipient.id === sender.id) return err(invalid('hub_same_party', hubMessages.text(lang, 'sameParty')));
  const role = senderRole(sender, recipient, type);
  if (!role) {
    const allowed = (sender.role === 'both' ? ['counsellor', 'creditor'] : [sender.role]).some((r) =>
      MESSAGE_RULES[type].senders.includes(r as Role),
    );
    return err(
      allowed
        ? invalid('hub_recipient_role', hubMessages.text(lang, 'recipientRole', { name: recipient.name }))
        : failure(
            'forbidden',
            'hub_sender_role',
            replyErrorText(
              {
                code: 'sender-role-not-allowed',
                type,
                role: sender.role === 'creditor' ? 'creditor' : 'counsellor',
              },
              lang,
            ),
          ),
    );
  }
  if (type === 'notice-public' && !recipient.acceptsNationalNumber)
    return err(
      invalid('hub_no_national_number', hubMessages.text(lang, 'noNationalNumber', { name: recipient.name })),
    );

  let conversationId = input.conversationId ?? null;
  let parentId: string | null = null;
  const supplementary =
    type === 'balance-answer' && (checked.value as { supplementary: boolean }).supplementary;
  if (input.inReplyTo) {
    const parent = await findMessage(trx, input.inReplyTo);
    if (!parent || parent.recipient_id !== sender.id || parent.sender_id !== recipient.id)
      return err(invalid('hub_unknown_parent', hubMessages.text(lang, 'unknownParent')));
    if (conversationId !== null && conversationId !== parent.conversation_id)
      return err(invalid('hub_wrong_conversation', hubMessages.text(lang, 'wrongConversation')));
    if (parent.expired_on !== null || (parent.confirmed_at === null && parent.expires_on < today))
      return err(failure('conflict', 'hub_parent_expired', hubMessages.text(lang, 'parentExpired')));
    const earlier = (await repliesTo(trx, parent.id)).map((r) => ({
      type: r.type as MessageType,
      supplementary: r.supplementary,
    }));
    const rule = checkReply(role, { type, supplementary }, { type: parent.type as MessageType }, earlier);
    if (!rule.ok)
      return err(
        failure('conflict', `hub_${rule.error.code.replaceAll('-', '_')}`, replyErrorText(rule.error, lang)),
      );
    conversationId = parent.conversation_id;
    parentId = parent.id;
  } else {
    const rule = checkReply(role, { type, supplementary }, null, []);
    if (!rule.ok)
      return err(invalid(`hub_${rule.error.code.replaceAll('-', '_')}`, replyErrorText(rule.error, lang)));
  }
  if (type === 'balance-request') {
    const body = checked.value as { consentStatement?: { reference: string } };
    const fan = checkBalanceRequestFanOut(
      {
        recipientCount: 1,
        consentReference: body.consentStatement?.reference ?? null,
        senderRequiresConsent: sender.requiresConsent,
      },
      settings.fanOut,
    );
    if (!fan.ok)
      return err(invalid(`hub_${fan.error.code.replaceAll('-', '_')}`, fanOutErrorText(fan.error, lang)));
  }

  const id = randomUUID();
  const keyOrg = recipient.organisationId ?? scope.orgId;
  const keyCode = await organisationCode(trx, keyOrg);
  const key = keyCode ? settings.keyOf(keyCode) : null;
  if (!keyCode || !key?.ok) return err(missingKey(lang));
  const link = await linkToDebtor(trx, recipient, type, checked.value, conversationId);
  return ok({
    parentId,
    recipient,
    body: checked.value,
    row: {
      id,
      conversation_id: conversationId ?? randomUUID(),
      type,
      sender_id: sender.id,
      recipient_id: recipient.id,
      debtor_reference: input.debtorReference.trim(),
      in_reply_to: parentId,
      urgent: input.urgent,
      supplementary,
      sent_at: new Date(),
      sent_on: today,
      expires_on: expiryDate(today, recipient.country, settings.deadlines),
      due_on: needsAnswer(type)
        ? answerDueDate(today, input.urgent, settings.deadlines, recipient.country)
        : null,
      body_cipher: encryptBody(JSON.stringify(checked.value), key.value, id),
      body_key_org: keyCode,
      debtor_id: link,
      sender_org: scope.orgId,
      created_by: scope.actor,
    },
  });
}

/** Per message of a batch: its index and what was wrong with it. */
export interface BatchFailure {
  readonly index: number;
  readonly failure: Failure;
}

/**
 * Send several messages as one sender, all or nothing, in one transaction. Used by the API (one
 * message), the fan-out of balance requests and CSV batches.
 */
export async function sendBatch(
  database: Database,
  settings: HubSettings,
  scope: Scope,
  as: string | undefined,
  inputs: readonly SendInput[],
  today: IsoDate,
): Promise<Result<MessageSummary[], Failure | BatchFailure[]>> {
  return database.db.transaction().execute(async (trx) => {
    const sender = await actingParticipant(trx, scope, as);
    if (!sender.ok) return sender;
    const hourAgo = new Date(Date.now() - 3_600_000);
    if ((await countSentSince(trx, scope.orgId, hourAgo)) + inputs.length > settings.messagesPerHour)
      return err(rateLimited(scope.lang, settings.messagesPerHour));
    const prepared: Prepared[] = [];
    const failures: BatchFailure[] = [];
    for (const [index, input] of inputs.entries()) {
      const p = await prepare(trx, settings, scope, sender.value, input, today);
      if (p.ok) prepared.push(p.value);
      else failures.push({ index, failure: p.error });
    }
    if (failures.length > 0) return err(failures);
    await insertMessages(
      trx,
      prepared.map((p) => p.row),
    );
    for (const p of prepared) {
      if (p.parentId) {
        // Answering a message means it was received: it leaves the inbox and its answer term is met.
        await markConfirmed(trx, [p.parentId], today, scope.actor);
        await markAnswered(trx, p.parentId, today);
      }
      await recordFreezeRequest(
        trx,
        p.recipient,
        p.row.type as MessageType,
        p.row.id,
        p.row.debtor_id,
        today,
      );
      await audit(trx, scope, 'hub.message.sent', 'hub_message', p.row.id, {
        type: p.row.type,
        recipient: p.recipient.code,
        urgent: p.row.urgent,
      });
    }
    const parties = await participantsByIds(trx, [sender.value.id, ...prepared.map((p) => p.recipient.id)]);
    const byId = new Map(
      (
        await findMessages(
          trx,
          prepared.map((p) => p.row.id),
        )
      ).map((r) => [r.id, r]),
    );
    return ok(
      prepared.flatMap((p) => {
        const r = byId.get(p.row.id);
        return r ? [summarise(r, parties)] : [];
      }),
    );
  });
}

/** Send one message. */
export async function sendMessage(
  database: Database,
  settings: HubSettings,
  scope: Scope,
  as: string | undefined,
  input: SendInput,
  today: IsoDate,
): Promise<Result<MessageSummary, Failure>> {
  const r = await sendBatch(database, settings, scope, as, [input], today);
  if (r.ok) return ok(r.value[0] as MessageSummary);
  return err(Array.isArray(r.error) ? (r.error[0]?.failure ?? notAParticipant(scope.lang)) : r.error);
}
