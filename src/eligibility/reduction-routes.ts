/** Reductions proposed on issued invoices from granted local rights: list, propose, accept, reject. */
import { Type } from '@sinclair/typebox';
import { type App, scopeOf, sendFailure } from '../platform/http.ts';
import { noteSubjects } from '../platform/route-access.ts';
import { decideReduction, proposeRightReductions, rightReductions } from './reduction-service.ts';

const ErrorSchema = Type.Object({
  error: Type.Object({ code: Type.String(), message: Type.String(), details: Type.Optional(Type.Unknown()) }),
});
const FINANCE = ['admin', 'finance'] as const;
const Nullable = <T extends import('@sinclair/typebox').TSchema>(s: T) => Type.Union([s, Type.Null()]);
const Status = Type.Union([Type.Literal('proposed'), Type.Literal('accepted'), Type.Literal('rejected')]);

const ReductionSchema = Type.Object({
  id: Type.String(),
  claimId: Type.String(),
  departmentClaimId: Type.String(),
  department: Type.String(),
  category: Type.String(),
  debtorId: Type.String(),
  right: Type.String(),
  periodFrom: Type.String(),
  periodTo: Nullable(Type.String()),
  amount: Type.Integer(),
  proposedAmount: Type.Integer(),
  status: Status,
  createdAt: Type.String(),
  decidedBy: Nullable(Type.String()),
  decidedAt: Nullable(Type.String()),
  note: Nullable(Type.String()),
});

const ProposalSchema = Type.Object({
  date: Type.String(),
  rulesetVersion: Type.Integer(),
  proposed: Type.Integer(),
  proposedCents: Type.Integer(),
  rights: Type.Array(
    Type.Object({ right: Type.String(), department: Type.String(), proposed: Type.Integer() }),
  ),
  skipped: Type.Array(Type.Object({ right: Type.String(), department: Type.String() })),
});

// A bare POST (no body) is allowed: the fields are optional.
const emptyBody = async (request: { body: unknown }) => {
  request.body ??= {};
};

export async function reductionRoutes(app: App): Promise<void> {
  app.get(
    '/api/v1/eligibility/reductions',
    {
      config: {
        access: {
          roles: [...FINANCE, 'clerk'],
          action: 'eligibility.reductions_read',
          personalData: 'read',
        },
      },
      schema: {
        tags: ['eligibility'],
        summary: 'Reductions (OSLO Vermindering) proposed on issued invoices from granted local rights',
        querystring: Type.Object({ status: Type.Optional(Status) }),
        response: { 200: Type.Object({ items: Type.Array(ReductionSchema) }) },
      },
    },
    async (request) => {
      const items = await rightReductions(app.deps.database, scopeOf(request), {
        ...(request.query.status ? { status: request.query.status } : {}),
      });
      noteSubjects(request, [...new Set(items.map((i) => i.debtorId))]);
      return { items };
    },
  );

  app.post(
    '/api/v1/eligibility/reductions/propose',
    {
      config: { access: { roles: [...FINANCE], action: 'eligibility.reductions_propose' } },
      preValidation: emptyBody,
      schema: {
        tags: ['eligibility'],
        summary: 'Propose reductions for the rights granted under the ruleset in force (idempotent)',
        body: Type.Object({ date: Type.Optional(Type.String({ format: 'date' })) }),
        response: { 200: ProposalSchema, 404: ErrorSchema, 422: ErrorSchema },
      },
    },
    async (request, reply) => {
      const date = request.body.date ?? app.deps.today();
      const r = await proposeRightReductions(app.deps.database, scopeOf(request), date);
      if (!r.ok) return sendFailure(reply, r.error);
      return r.value;
    },
  );

  for (const decision of ['accept', 'reject'] as const)
    app.post(
      `/api/v1/eligibility/reductions/:id/${decision}`,
      {
        config: {
          access: { roles: [...FINANCE], action: 'eligibility.reduction_decide', personalData: 'write' },
        },
        preValidation: emptyBody,
        schema: {
          tags: ['eligibility'],
          summary:
            decision === 'accept'
              ? 'Accept: the claim is lowered by the reduction (at most what is still open)'
              : 'Reject the proposed reduction',
          params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
          body: Type.Object({ note: Type.Optional(Type.String({ maxLength: 500 })) }),
          response: { 200: ReductionSchema, 404: ErrorSchema, 409: ErrorSchema, 422: ErrorSchema },
        },
      },
      async (request, reply) => {
        const note = request.body.note;
        const r = await decideReduction(
          app.deps.database,
          scopeOf(request),
          request.params.id,
          decision,
          ...(note === undefined ? [] : [note]),
        );
        if (!r.ok) return sendFailure(reply, r.error);
        noteSubjects(request, [r.value.debtorId]);
        return r.value;
      },
    );
}
