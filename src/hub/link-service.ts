import type { IsoDate } from '../kernel/dates.ts';
import { err, ok, type Result } from '../kernel/result.ts';
import { overview } from '../overview/service.ts';
import type { Database, Trx } from '../platform/db.ts';
import type { Failure } from '../platform/errors.ts';
import type { Scope } from '../platform/scope.ts';
import { actInOrganisation } from '../platform/tenant.ts';
import { unknownMessage } from './failures.ts';
import { hubMessages } from './hub-messages.ts';
import type { MessageBodies, MessageBody, MessageType } from './message-schemas.ts';
import { type Participant, participantsOfScope } from './participants-store.ts';
import {
  conversationRows,
  debtorByCustomerNumber,
  debtorByNationalNumber,
  findMessage,
  insertFreezeRequest,
} from './store.ts';

/** Types that carry enough of the client to look them up in the recipient's organisation. */
const LINKED_TYPES: readonly MessageType[] = [
  'notice',
  'notice-public',
  'balance-request',
  'payment-proposal',
  'settlement-agreed',
  'settlement-ended',
];
/** A notice or an agreed settlement asks the creditor to stop increases on the debtor's claims. */
const FREEZE_TYPES: readonly MessageType[] = ['notice', 'notice-public', 'settlement-agreed'];

/**
 * EvS link: when the recipient is an organisation (department) of this installation, find the
 * debtor the message is about — by national number (notice-public), by the creditor's customer
 * number as the counsellor knows it, or by an earlier linked message of the same conversation.
 * Names and addresses alone never link (that would be a guess; debtors/ keeps those as suggestions).
 */
export async function linkToDebtor(
  trx: Trx,
  recipient: Participant,
  type: MessageType,
  body: MessageBody,
  conversationId: string | null,
): Promise<string | null> {
  const orgId = recipient.organisationId;
  if (!orgId || !LINKED_TYPES.includes(type)) return null;
  return actInOrganisation(trx, orgId, () => findLinkedDebtor(trx, orgId, recipient, body, conversationId));
}

async function findLinkedDebtor(
  db: Trx,
  orgId: string,
  recipient: Participant,
  body: MessageBody,
  conversationId: string | null,
): Promise<string | null> {
  const fields = body as { nationalNumber?: string; creditorClientNumber?: string };
  if (fields.nationalNumber) {
    const found = await debtorByNationalNumber(db, orgId, fields.nationalNumber);
    if (found) return found;
  }
  if (fields.creditorClientNumber) {
    const found = await debtorByCustomerNumber(
      db,
      orgId,
      recipient.departmentId,
      fields.creditorClientNumber,
    );
    if (found) return found;
  }
  if (conversationId) {
    const earlier = await conversationRows(db, conversationId);
    const linked = earlier.find((m) => m.recipient_id === recipient.id && m.debtor_id !== null);
    if (linked?.debtor_id) return linked.debtor_id;
  }
  return null;
}

/**
 * plans/ offers no cost freeze yet: the request is recorded (hub_freeze_requests, status open) for
 * the recipient's finance staff and for plans to apply once it can (docs/hub.md).
 */
export async function recordFreezeRequest(
  trx: Trx,
  recipient: Participant,
  type: MessageType,
  messageId: string,
  debtorId: string | null,
  today: IsoDate,
): Promise<void> {
  const orgId = recipient.organisationId;
  if (!debtorId || !orgId || !FREEZE_TYPES.includes(type)) return;
  await actInOrganisation(trx, orgId, () =>
    insertFreezeRequest(trx, {
      organisationId: orgId,
      departmentId: recipient.departmentId,
      debtorId,
      messageId,
      requestedOn: today,
    }),
  );
}

export type DraftAnswer =
  | { readonly type: 'balance-answer'; readonly body: MessageBodies['balance-answer'] }
  | { readonly type: 'no-cooperation'; readonly body: MessageBodies['no-cooperation'] };

/**
 * Draft the answer to a balance request from the EvS overview, for a person to check and send: the
 * open claims of the recipient department; matched when every claim is one of the counsellor's
 * invoice numbers, else listed as unmatched; a debtor that is not found gets "no cooperation:
 * client unknown". Nothing is sent here.
 */
export async function draftBalanceAnswer(
  database: Database,
  scope: Scope,
  messageId: string,
  request: MessageBodies['balance-request'],
  today: IsoDate,
): Promise<Result<DraftAnswer, Failure>> {
  const message = await findMessage(database.db, messageId);
  const mine = await participantsOfScope(database.db, scope);
  const recipient = mine.find((p) => p.id === message?.recipient_id);
  if (!message || !recipient || message.type !== 'balance-request') return err(unknownMessage(scope.lang));
  const found = message.debtor_id ? await overview(database, scope, message.debtor_id, today) : null;
  if (!found?.ok)
    return ok({
      type: 'no-cooperation',
      body: {
        reasonCode: 'client-unknown',
        reasonText: hubMessages.text(scope.lang, 'noClientFound'),
      },
    });
  const department = recipient.departmentCode;
  const claims = found.value.claims.filter(
    (c) => c.status === 'open' && c.open > 0 && (department === null || c.department === department),
  );
  const asked = new Set(request.claims.map((c) => c.counsellorInvoiceNumber));
  const matched = claims.length > 0 && claims.every((c) => asked.has(c.claimId));
  const customerNumber = found.value.debtor.customerNumbers.find(
    (c) => department === null || c.department === department,
  )?.customerNumber;
  return ok({
    type: 'balance-answer',
    body: {
      outcome: claims.length === 0 ? 'unmatched-total' : matched ? 'matched' : 'unmatched-list',
      supplementary: false,
      answeredOn: today,
      ...(customerNumber ? { creditorClientNumber: customerNumber } : {}),
      ...(claims.length === 0 ? { unmatchedTotalCents: 0 } : {}),
      claims: claims.map((c) => ({
        ...(matched ? { counsellorInvoiceNumber: c.claimId } : {}),
        creditorInvoiceNumber: c.claimId,
        // The overview knows the due date, the closest it has to the origin date of a claim.
        originDate: c.dueDate,
        originalAmountCents: c.principal,
        currentAmountCents: c.open,
        debtType: 'open' as const,
        category: 'public' as const,
      })),
    },
  });
}
