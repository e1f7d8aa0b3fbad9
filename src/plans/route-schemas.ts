import { Type } from '@sinclair/typebox';
import { Nullable } from '../platform/route-schemas.ts';

export { Nullable };

/** Schemas and role lists shared by the plans routes (routes.ts, file-routes.ts). */
export const STAFF_WRITE = ['finance'] as const;
export const STAFF_READ = ['finance', 'social_worker', 'auditor'] as const;
export const Id = Type.Object({ id: Type.String({ format: 'uuid' }) });
export const Cents = Type.Integer({ minimum: 0 });
export const Date_ = Type.String({ format: 'date' });
export const Consent = Type.Object({
  date: Date_,
  form: Type.String({ minLength: 1 }),
  evidence: Type.String({ minLength: 1 }),
});
export const Versioned = { version: Type.Optional(Type.Integer({ minimum: 1 })) };
export const Done = Type.Object({ version: Type.Integer() });
export const AffordabilityBody = Type.Object({
  netIncome: Cents,
  adults: Type.Integer({ minimum: 0, maximum: 20 }),
  children: Type.Integer({ minimum: 0, maximum: 30 }),
  fixedCosts: Type.Array(Type.Object({ label: Type.String(), amount: Cents }), { maxItems: 50 }),
  incomeKind: Type.Optional(Type.Union([Type.Literal('work'), Type.Literal('replacement')])),
  profile: Type.Optional(Type.String()),
});
export type AffordabilityBodyT = {
  netIncome: number;
  adults: number;
  children: number;
  fixedCosts: { label: string; amount: number }[];
  incomeKind?: 'work' | 'replacement';
  profile?: string;
};
export const toAffordability = (b: AffordabilityBodyT) => ({
  netIncome: b.netIncome,
  household: { adults: b.adults, children: b.children },
  fixedCosts: b.fixedCosts,
  ...(b.incomeKind ? { incomeKind: b.incomeKind } : {}),
  ...(b.profile ? { profile: b.profile } : {}),
});

export const PlanSchema = Type.Object({
  id: Type.String(),
  status: Type.String(),
  reference: Type.String(),
  formattedReference: Type.String(),
  startAmount: Cents,
  monthly: Cents,
  paid: Cents,
  balance: Cents,
  version: Type.Integer(),
  fileId: Type.String(),
  debtorId: Type.String(),
  strategy: Type.String(),
  basis: Type.String(),
  legalTableVersion: Nullable(Type.String()),
  legalTableWarning: Nullable(Type.String()),
  cancellationReason: Nullable(Type.String()),
  overCapacityReason: Nullable(Type.String()),
  acceptedOn: Nullable(Type.String()),
  acceptedChannel: Nullable(Type.String()),
  instalments: Type.Array(Type.Object({ dueDate: Type.String(), amount: Cents, paid: Cents })),
  claims: Type.Array(
    Type.Object({
      department: Type.String(),
      claimId: Type.String(),
      open: Cents,
      bundledOpen: Cents,
      allocated: Cents,
      limitationDate: Nullable(Date_),
      timeBarred: Type.Boolean(),
      timeBarredReason: Nullable(Type.String()),
    }),
  ),
  activities: Type.Array(
    Type.Object({
      type: Type.String(),
      osloClass: Type.String(),
      dateTime: Type.String(),
      actor: Type.String(),
      actorName: Type.Optional(Type.String()),
      reason: Nullable(Type.String()),
      amount: Nullable(Type.Integer()),
    }),
  ),
  balances: Type.Array(
    Type.Object({
      date: Type.String(),
      balance: Cents,
      due: Cents,
      paid: Cents,
      arrears: Cents,
      credit: Cents,
    }),
  ),
});

/** An EvS file as `GET /api/v1/evs-files/:id` answers it. */
export const FileSchema = Type.Object({
  id: Type.String(),
  debtorId: Type.String(),
  partnerDebtorId: Nullable(Type.String()),
  status: Type.String(),
  milestone: Type.String(),
  openedAt: Type.String(),
  consent: Type.Object({ date: Type.String(), form: Type.String(), evidence: Type.String() }),
  referral: Type.Boolean(),
  referralDetails: Nullable(Type.Record(Type.String(), Type.Unknown())),
  planId: Nullable(Type.String()),
  claims: Type.Array(
    Type.Object({
      id: Type.String(),
      department: Type.String(),
      claimId: Type.String(),
      category: Type.String(),
      dueDate: Date_,
      open: Cents,
      limitationDate: Date_,
      timeBarred: Type.Boolean(),
      timeBarredReason: Nullable(Type.String()),
      waived: Cents,
      status: Type.String(),
    }),
  ),
});
