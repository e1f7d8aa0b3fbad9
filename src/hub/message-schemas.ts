import { type Static, Type } from '@sinclair/typebox';
import {
  BasisPoints,
  Cents,
  Client,
  ContactPerson,
  DebtCategory,
  IsoDateText,
  literals,
  Person,
  SettlementType,
  Text,
  Uuid,
} from './schema-parts.ts';

/**
 * One body schema per message type, in the vocabulary of the Dutch Schuldenknooppunt (the Dutch
 * name is in the comment). Cross-field rules that a schema cannot express live in body-rules.ts.
 */
export const MESSAGE_TYPES = [
  'notice',
  'notice-public',
  'notice-answer',
  'balance-request',
  'balance-answer',
  'payment-proposal',
  'payment-proposal-answer',
  'reconsideration',
  'settlement-agreed',
  'settlement-ended',
  'no-cooperation',
  'status-message',
  'status-request',
  'expiry-notice',
  'reminder',
  'escalation',
] as const;
export type MessageType = (typeof MESSAGE_TYPES)[number];

export const SYSTEM_MESSAGE_TYPES = ['expiry-notice', 'reminder', 'escalation'] as const;
export type SystemMessageType = (typeof SYSTEM_MESSAGE_TYPES)[number];
const PARTICIPANT_TYPES = MESSAGE_TYPES.filter(
  (t): t is Exclude<MessageType, SystemMessageType> =>
    !(SYSTEM_MESSAGE_TYPES as readonly string[]).includes(t),
);
const ParticipantMessageType = literals(PARTICIPANT_TYPES);

const closed = { additionalProperties: false } as const;
const ClientNumber = Text(50);
const InvoiceNumber = Text(50);
const LongText = Text(2000);

/** Kennisgeving: the client is in debt help — suspend collection, no further increases. */
const NoticeFields = {
  counsellorClientNumber: ClientNumber,
  creditorClientNumber: Type.Optional(ClientNumber),
  client: Client,
  partner: Type.Optional(Person),
  contactPerson: ContactPerson,
  debtHelpStartedOn: IsoDateText,
};
export const NoticeBody = Type.Object(NoticeFields, closed);

/** Kennisgeving publiek: same, with the national number, only for creditors that accept it. */
export const NoticePublicBody = Type.Object(
  { ...NoticeFields, nationalNumber: Type.String({ pattern: '^([0-9]{9}|[0-9]{11})$' }) },
  closed,
);

/** Kennisgeving antwoord (optional, no deadline). */
export const NoticeAnswerBody = Type.Object(
  {
    creditorClientNumber: Type.Optional(ClientNumber),
    collectionSuspended: Type.Boolean(),
    note: Type.Optional(LongText),
  },
  closed,
);

export const CONSENT_KINDS = ['client-consent', 'court-order'] as const;
/** Toestemmingsverklaring or beschikking. */
export const ConsentStatement = Type.Object(
  { kind: literals(CONSENT_KINDS), reference: Text(100), signedOn: IsoDateText },
  closed,
);

/** Saldoverzoek. */
export const BalanceRequestBody = Type.Object(
  {
    counsellorClientNumber: ClientNumber,
    creditorClientNumber: Type.Optional(ClientNumber),
    settlementType: SettlementType,
    client: Client,
    partner: Type.Optional(Person),
    contactPerson: ContactPerson,
    consentStatement: Type.Optional(ConsentStatement),
    claims: Type.Array(Type.Object({ counsellorInvoiceNumber: InvoiceNumber }, closed), { maxItems: 500 }),
  },
  closed,
);

export const BALANCE_OUTCOMES = [
  'matched',
  'unmatched-total',
  'unmatched-list',
  'standard-agreement',
] as const;
export const DEBT_STATUSES = ['open', 'transferred', 'unknown'] as const;

/** Saldoverzoek antwoord (incl. "vooraf akkoord" and "ongematchte schulden"). */
export const BalanceAnswerBody = Type.Object(
  {
    outcome: literals(BALANCE_OUTCOMES),
    /** A later claim added to an earlier answer; a final (non-supplementary) answer is never changed. */
    supplementary: Type.Boolean(),
    answeredOn: IsoDateText,
    creditorClientNumber: Type.Optional(ClientNumber),
    contactPerson: Type.Optional(ContactPerson),
    unmatchedTotalCents: Type.Optional(Cents),
    claims: Type.Array(
      Type.Object(
        {
          counsellorInvoiceNumber: Type.Optional(InvoiceNumber),
          creditorInvoiceNumber: InvoiceNumber,
          originDate: IsoDateText,
          originalAmountCents: Cents,
          currentAmountCents: Cents,
          debtType: literals(DEBT_STATUSES),
          category: DebtCategory,
        },
        closed,
      ),
      { maxItems: 1000 },
    ),
  },
  closed,
);

/** Betaalvoorstel. */
export const PaymentProposalBody = Type.Object(
  {
    settlementType: SettlementType,
    proposedOn: IsoDateText,
    termMonths: Type.Integer({ minimum: 0, maximum: 120 }),
    percentageBasisPoints: BasisPoints,
    monthlyAmountCents: Type.Optional(Cents),
    firstPaymentOn: Type.Optional(IsoDateText),
    claims: Type.Array(
      Type.Object(
        { creditorInvoiceNumber: InvoiceNumber, currentAmountCents: Cents, offeredAmountCents: Cents },
        closed,
      ),
      { minItems: 1, maxItems: 1000 },
    ),
  },
  closed,
);

export const PROPOSAL_DECISIONS = ['accepted', 'rejected'] as const;
/** Betaalvoorstel antwoord. */
export const PaymentProposalAnswerBody = Type.Object(
  { decision: literals(PROPOSAL_DECISIONS), reasonText: Type.Optional(LongText) },
  closed,
);

/** Heroverweging: the counsellor asks a creditor to reconsider its rejection. */
export const ReconsiderationBody = Type.Object(
  { motivation: LongText, percentageBasisPoints: Type.Optional(BasisPoints) },
  closed,
);

/** Schuldregeling akkoord (SbEnSk Regeling geaccordeerd). */
export const SettlementAgreedBody = Type.Object(
  {
    agreedOn: IsoDateText,
    settlementType: SettlementType,
    counsellorClientNumber: ClientNumber,
    creditorClientNumber: Type.Optional(ClientNumber),
    claims: Type.Array(
      Type.Object(
        {
          creditorInvoiceNumber: InvoiceNumber,
          percentageBasisPoints: BasisPoints,
          expectedFinalAmountCents: Cents,
          currentAmountCents: Cents,
          category: DebtCategory,
          paymentReference: Text(35),
        },
        closed,
      ),
      { minItems: 1, maxItems: 1000 },
    ),
  },
  closed,
);

export const SETTLEMENT_END_REASONS = [
  'completed',
  'withdrawn',
  'payments-stopped',
  'deceased',
  'court-procedure',
  'other',
] as const;
/** Schuldregeling beëindigd. */
export const SettlementEndedBody = Type.Object(
  { endedOn: IsoDateText, reasonCode: literals(SETTLEMENT_END_REASONS), reasonText: Type.Optional(LongText) },
  closed,
);

/** The reasons the Schuldenknooppunt allows for Geen medewerking. */
export const NO_COOPERATION_REASONS = [
  'client-unknown',
  'recent-final-discharge',
  'recent-stabilisation',
  'declines-counsellor',
  'other',
] as const;
/** Geen medewerking. */
export const NoCooperationBody = Type.Object(
  { reasonCode: literals(NO_COOPERATION_REASONS), reasonText: LongText },
  closed,
);

/** Statusbericht (either side). */
export const StatusMessageBody = Type.Object({ text: LongText }, closed);
/** Statusverzoek. */
export const StatusRequestBody = Type.Object({ question: LongText }, closed);

/** System: a message was not confirmed within the expiry term; told to its sender. */
export const ExpiryNoticeBody = Type.Object(
  {
    aboutMessageId: Uuid,
    aboutMessageType: ParticipantMessageType,
    sentOn: IsoDateText,
    expiredOn: IsoDateText,
  },
  closed,
);
/** System: an answer is due soon. */
export const ReminderBody = Type.Object(
  { aboutMessageId: Uuid, aboutMessageType: ParticipantMessageType, dueOn: IsoDateText },
  closed,
);
/** System: an answer is overdue; unlike the Dutch hub we watch deadlines and escalate. */
export const EscalationBody = Type.Object(
  {
    aboutMessageId: Uuid,
    aboutMessageType: ParticipantMessageType,
    dueOn: IsoDateText,
    workingDaysOverdue: Type.Integer({ minimum: 1 }),
  },
  closed,
);

export const BODY_SCHEMAS = {
  notice: NoticeBody,
  'notice-public': NoticePublicBody,
  'notice-answer': NoticeAnswerBody,
  'balance-request': BalanceRequestBody,
  'balance-answer': BalanceAnswerBody,
  'payment-proposal': PaymentProposalBody,
  'payment-proposal-answer': PaymentProposalAnswerBody,
  reconsideration: ReconsiderationBody,
  'settlement-agreed': SettlementAgreedBody,
  'settlement-ended': SettlementEndedBody,
  'no-cooperation': NoCooperationBody,
  'status-message': StatusMessageBody,
  'status-request': StatusRequestBody,
  'expiry-notice': ExpiryNoticeBody,
  reminder: ReminderBody,
  escalation: EscalationBody,
} as const satisfies Record<MessageType, unknown>;

export type MessageBodies = { [K in MessageType]: Static<(typeof BODY_SCHEMAS)[K]> };
export type MessageBody = MessageBodies[MessageType];

export function isMessageType(value: string): value is MessageType {
  return (MESSAGE_TYPES as readonly string[]).includes(value);
}

export function isSystemMessageType(type: MessageType): type is SystemMessageType {
  return (SYSTEM_MESSAGE_TYPES as readonly string[]).includes(type);
}
