import { FormatRegistry, type TLiteral, type TUnion, Type } from '@sinclair/typebox';
import { isIsoDate } from '../kernel/dates.ts';

/**
 * Shared building blocks for the hub message schemas. The formats are registered with TypeBox's
 * global registry (idempotent) so `Value.Check` understands them; Fastify's Ajv knows the same
 * names, so the schemas can be reused as route schemas unchanged.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

function registerFormat(name: string, check: (value: string) => boolean): void {
  if (!FormatRegistry.Has(name)) FormatRegistry.Set(name, check);
}
registerFormat('uuid', (v) => UUID.test(v));
registerFormat('date', isIsoDate);
registerFormat('date-time', (v) => DATE_TIME.test(v) && !Number.isNaN(Date.parse(v)));

export const Uuid = Type.String({ format: 'uuid' });
export const IsoDateText = Type.String({ format: 'date' });
export const DateTimeText = Type.String({ format: 'date-time' });
export const OrganisationId = Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9._:-]+$' });
export const Text = (maxLength: number) => Type.String({ minLength: 1, maxLength });
/** Amounts are integer cents; never negative in hub messages. */
export const Cents = Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER });
/** A percentage in basis points: 939 = 9.39 %, 10000 = 100 %. */
export const BasisPoints = Type.Integer({ minimum: 0, maximum: 10_000 });

/** A union of string literals that keeps the literal types for `Static`. */
export const literals = <const T extends readonly string[]>(values: T): TUnion<TLiteral<T[number]>[]> =>
  Type.Union(values.map((v) => Type.Literal(v)));

/**
 * Settlement types as the Schuldenknooppunt codes them: SB schuldbemiddeling, SK saneringskrediet,
 * SA schuldregeling zonder afloscapaciteit, BR betalingsregeling (100 %), HF herfinanciering.
 */
export const SETTLEMENT_TYPES = ['SB', 'SK', 'SA', 'BR', 'HF'] as const;
export const SettlementType = literals(SETTLEMENT_TYPES);

/** Debt categories "Zorg, Publiek, Nuts, Overig" of the Schuldenknooppunt / DDAS. */
export const DEBT_CATEGORIES = ['care', 'public', 'utilities', 'other'] as const;
export const DebtCategory = literals(DEBT_CATEGORIES);

export const Person = Type.Object(
  {
    firstNames: Text(100),
    prefix: Type.Optional(Text(20)),
    surname: Text(100),
    birthDate: IsoDateText,
  },
  { additionalProperties: false },
);

export const Address = Type.Object(
  {
    street: Text(100),
    number: Text(10),
    box: Type.Optional(Text(10)),
    postcode: Type.String({ minLength: 4, maxLength: 10, pattern: '^[0-9A-Za-z ]+$' }),
    town: Text(80),
    country: Type.String({ pattern: '^[A-Z]{2}$' }),
  },
  { additionalProperties: false },
);

export const Client = Type.Object(
  {
    firstNames: Text(100),
    prefix: Type.Optional(Text(20)),
    surname: Text(100),
    birthDate: IsoDateText,
    address: Address,
  },
  { additionalProperties: false },
);

export const ContactPerson = Type.Object(
  {
    name: Text(100),
    email: Type.Optional(Type.String({ maxLength: 254, pattern: '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$' })),
    phone: Type.Optional(Type.String({ maxLength: 30, pattern: '^[+0-9 ()./-]{6,30}$' })),
  },
  { additionalProperties: false },
);
