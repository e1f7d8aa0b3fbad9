import { Type } from '@sinclair/typebox';
import { Nullable } from '../platform/route-schemas.ts';
import { MESSAGE_TYPES } from './message-schemas.ts';

/** TypeBox schemas of the hub HTTP API (requests and responses). */
const Date_ = Type.String({ format: 'date' });

export const MessageSummarySchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  conversationId: Type.String({ format: 'uuid' }),
  type: Type.String({ examples: [...MESSAGE_TYPES] }),
  sender: Type.String(),
  senderName: Type.String(),
  recipient: Type.String(),
  recipientName: Type.String(),
  debtorReference: Type.String(),
  inReplyTo: Nullable(Type.String()),
  urgent: Type.Boolean(),
  supplementary: Type.Boolean(),
  sentAt: Type.String(),
  sentOn: Date_,
  expiresOn: Date_,
  dueOn: Nullable(Date_),
  fetched: Type.Boolean(),
  confirmedOn: Nullable(Date_),
  answeredOn: Nullable(Date_),
  expiredOn: Nullable(Date_),
  purged: Type.Boolean(),
});

export const ContactSchema = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 100 }),
    email: Type.Optional(Type.String({ maxLength: 254 })),
    phone: Type.Optional(Type.String({ maxLength: 30 })),
  },
  { additionalProperties: false },
);

const Role = Type.Union([Type.Literal('counsellor'), Type.Literal('creditor'), Type.Literal('both')]);

export const ParticipantSchema = Type.Object({
  code: Type.String(),
  name: Type.String(),
  inside: Type.Boolean(),
  ownOrganisation: Type.Boolean(),
  department: Nullable(Type.String()),
  companyNumber: Nullable(Type.String()),
  role: Role,
  acceptsNationalNumber: Type.Boolean(),
  priorConsent: Type.Boolean(),
  requiresConsent: Type.Boolean(),
  country: Type.String(),
  contacts: Type.Array(ContactSchema),
  active: Type.Boolean(),
});

export const NewParticipantSchema = Type.Object(
  {
    code: Type.String({ minLength: 1, maxLength: 64 }),
    name: Type.String({ minLength: 1, maxLength: 200 }),
    kind: Type.Union([Type.Literal('inside'), Type.Literal('outside')]),
    department: Type.Optional(Type.String({ maxLength: 32 })),
    companyNumber: Type.Optional(Type.String({ maxLength: 20 })),
    role: Role,
    acceptsNationalNumber: Type.Optional(Type.Boolean()),
    priorConsent: Type.Optional(Type.Boolean()),
    requiresConsent: Type.Optional(Type.Boolean()),
    country: Type.Optional(Type.Union([Type.Literal('BE'), Type.Literal('NL')])),
    contacts: Type.Optional(Type.Array(ContactSchema, { maxItems: 20 })),
  },
  { additionalProperties: false },
);

export const ParticipantChangeSchema = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    role: Type.Optional(Role),
    acceptsNationalNumber: Type.Optional(Type.Boolean()),
    priorConsent: Type.Optional(Type.Boolean()),
    requiresConsent: Type.Optional(Type.Boolean()),
    contacts: Type.Optional(Type.Array(ContactSchema, { maxItems: 20 })),
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

const Envelope = {
  as: Type.Optional(Type.String({ maxLength: 64 })),
  debtorReference: Type.String({ maxLength: 100 }),
  urgent: Type.Boolean(),
  /** Validated by the hub itself, so that every problem comes back in the user's language. */
  body: Type.Unknown(),
};

export const SendSchema = Type.Object(
  {
    ...Envelope,
    type: Type.String({ maxLength: 40 }),
    recipient: Type.String({ maxLength: 64 }),
    conversationId: Type.Optional(Type.String({ format: 'uuid' })),
    inReplyTo: Type.Optional(Type.String({ format: 'uuid' })),
  },
  { additionalProperties: false },
);

export const FanOutSchema = Type.Object(
  { ...Envelope, recipients: Type.Array(Type.String({ maxLength: 64 }), { minItems: 1, maxItems: 200 }) },
  { additionalProperties: false },
);

const Terms = Type.Object({
  overdue: Type.Array(
    Type.Object({ message: MessageSummarySchema, dueOn: Date_, workingDaysOverdue: Type.Integer() }),
  ),
  dueSoon: Type.Array(
    Type.Object({ message: MessageSummarySchema, dueOn: Date_, workingDaysLeft: Type.Integer() }),
  ),
});
export const DeadlinesSchema = Type.Object({ toAnswer: Terms, awaiting: Terms });
