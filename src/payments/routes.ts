import { Type } from '@sinclair/typebox';
import { isIsoDate } from '../kernel/dates.ts';
import { failure } from '../platform/errors.ts';
import { type App, scopeOf, sendFailure } from '../platform/http.ts';
import { noteSubjects } from '../platform/route-access.ts';
import { ErrorSchema, Nullable } from '../platform/route-schemas.ts';
import { importStatement } from './import-service.ts';
import { paymentsMessages } from './messages.ts';
import { planQueryOf, searchPayablePlans } from './plan-search-store.ts';
import { resolveQueuedPayment } from './queue-resolution.ts';
import { reconciliationCsv } from './reconciliation-csv.ts';
import { allocationDetails, reconciliationOf, resolvedLines } from './reconciliation-store.ts';
import { assignPayment, paymentsOfClaim, paymentsOfPlan, refundCredit, unmatchedQueue } from './service.ts';

export const SummarySchema = Type.Object({
  lines: Type.Integer(),
  duplicates: Type.Integer(),
  matched: Type.Integer(),
  unmatched: Type.Integer(),
  allocated: Type.Integer({ description: 'cents' }),
});

const QueueItemSchema = Type.Object({
  id: Type.String(),
  bookingDate: Type.String(),
  amount: Type.Integer(),
  counterpartyName: Nullable(Type.String()),
  counterpartyIban: Nullable(Type.String()),
  communication: Nullable(Type.String()),
  reference: Nullable(Type.String()),
  reason: Type.String(),
  suggestions: Type.Array(
    Type.Object({
      planId: Type.String(),
      reference: Type.String(),
      debtorName: Type.String(),
      score: Type.Integer(),
      reasons: Type.Array(Type.String()),
    }),
  ),
});

const AllocationSchema = Type.Object({
  claimId: Type.String(),
  department: Type.String(),
  part: Type.String(),
  amount: Type.Integer(),
});

const PlanHistorySchema = Type.Object({
  plan: Type.Object({
    id: Type.String(),
    reference: Type.String(),
    status: Type.String(),
    strategy: Type.String(),
    debtorId: Type.String(),
    startAmount: Type.Integer(),
    paid: Type.Integer(),
    allocated: Type.Integer(),
    credit: Type.Integer(),
  }),
  claims: Type.Array(
    Type.Object({
      id: Type.String(),
      claimId: Type.String(),
      department: Type.String(),
      bundledOpen: Type.Integer(),
      allocated: Type.Integer(),
      open: Type.Integer(),
    }),
  ),
  instalments: Type.Array(
    Type.Object({
      seq: Type.Integer(),
      dueDate: Type.String(),
      amount: Type.Integer(),
      paid: Type.Integer(),
      status: Type.String(),
    }),
  ),
  payments: Type.Array(
    Type.Object({
      id: Type.String(),
      bookingDate: Type.String(),
      amount: Type.Integer(),
      kind: Type.String(),
      status: Type.String(),
      match: Nullable(Type.String()),
      matchNote: Nullable(Type.String()),
      surplus: Type.Integer(),
      reversalOf: Nullable(Type.String()),
      allocations: Type.Array(AllocationSchema),
    }),
  ),
  refunds: Type.Array(
    Type.Object({
      amount: Type.Integer(),
      reason: Type.String(),
      decidedOn: Type.String(),
      decidedBy: Type.String(),
    }),
  ),
});

const ReconciliationSchema = Type.Object({
  from: Type.String(),
  to: Type.String(),
  bankTotal: Type.Integer(),
  rows: Type.Array(
    Type.Object({ kind: Type.String(), department: Nullable(Type.String()), amount: Type.Integer() }),
  ),
  allocations: Type.Array(
    Type.Object({
      date: Type.String(),
      department: Type.String(),
      claimId: Type.String(),
      paymentId: Type.String(),
      part: Type.String(),
      amount: Type.Integer(),
    }),
  ),
  resolutions: Type.Array(
    Type.Object({
      date: Type.String(),
      kind: Type.String(),
      target: Type.String(),
      paymentId: Type.String(),
      amount: Type.Integer(),
    }),
  ),
});

const STATEMENT_BODY_LIMIT = 200 * 1024 * 1024;

export async function paymentsRoutes(app: App): Promise<void> {
  for (const type of ['application/octet-stream', 'application/xml', 'text/xml', 'text/plain']) {
    app.addContentTypeParser(type, { parseAs: 'buffer', bodyLimit: STATEMENT_BODY_LIMIT }, (_r, body, done) =>
      done(null, body),
    );
  }

  app.post(
    '/api/v1/payments/statements',
    {
      bodyLimit: STATEMENT_BODY_LIMIT,
      config: {
        access: { roles: ['admin', 'finance'], action: 'payments.import', personalData: 'write' },
        longRunning: true,
      },
      schema: {
        tags: ['payments'],
        summary: 'Import a bank statement file (CODA or camt.053): multipart field `file`, or the raw bytes',
        description:
          'All-or-nothing: a file that does not parse or whose balances do not add up is refused (422) with ' +
          'nothing written. Statements and lines imported before are skipped. Amounts in cents.',
        querystring: Type.Object({ fileName: Type.Optional(Type.String({ maxLength: 200 })) }),
        response: { 200: SummarySchema, 400: ErrorSchema, 422: ErrorSchema },
      },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      let bytes: Uint8Array | null = null;
      let fileName = request.query.fileName ?? 'statement';
      if (request.isMultipart()) {
        const file = await request.file();
        if (file) {
          fileName = file.filename || fileName;
          bytes = new Uint8Array(await file.toBuffer());
        }
      } else if (Buffer.isBuffer(request.body)) {
        bytes = new Uint8Array(request.body);
      }
      if (bytes === null) {
        return sendFailure(
          reply,
          failure('invalid', 'missing_file', paymentsMessages.text(scope.lang, 'missingFile')),
        ).status(400);
      }
      const result = await importStatement(app.deps.database, scope, { bytes, fileName });
      if (!result.ok) return sendFailure(reply, result.error);
      return result.value;
    },
  );

  app.get(
    '/api/v1/payments/unmatched',
    {
      config: {
        access: { roles: ['admin', 'finance', 'auditor'], action: 'payments.read', personalData: 'read' },
      },
      schema: {
        tags: ['payments'],
        summary:
          'The unmatched queue: credits without a usable reference, with suggestions and their reasons',
        response: { 200: Type.Object({ items: Type.Array(QueueItemSchema) }) },
      },
    },
    async (request) => ({ items: await unmatchedQueue(app.deps.database, scopeOf(request)) }),
  );

  app.post(
    '/api/v1/payments/:id/assign',
    {
      config: { access: { roles: ['admin', 'finance'], action: 'payments.assign', personalData: 'write' } },
      schema: {
        tags: ['payments'],
        summary: 'Assign a queued payment to a plan, with a reason',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        body: Type.Object({
          planId: Type.String({ format: 'uuid' }),
          reason: Type.String({ maxLength: 1000 }),
        }),
        response: {
          200: Type.Object({ allocated: Type.Integer() }),
          404: ErrorSchema,
          409: ErrorSchema,
          422: ErrorSchema,
        },
      },
    },
    async (request, reply) => {
      const result = await assignPayment(app.deps.database, scopeOf(request), {
        paymentId: request.params.id,
        ...request.body,
      });
      return result.ok ? result.value : sendFailure(reply, result.error);
    },
  );

  app.post(
    '/api/v1/payments/:id/resolve',
    {
      config: { access: { roles: ['admin', 'finance'], action: 'payments.resolve', personalData: 'write' } },
      schema: {
        tags: ['payments'],
        summary: 'A queued payment that is not for EvS: hand it to a department/ledger, or record its refund',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        body: Type.Union([
          Type.Object({
            kind: Type.Literal('not_for_evs'),
            target: Type.String({ maxLength: 200 }),
            note: Type.String({ maxLength: 1000 }),
          }),
          Type.Object({
            kind: Type.Literal('refunded'),
            iban: Type.String({ maxLength: 50 }),
            note: Type.String({ maxLength: 1000 }),
          }),
        ]),
        response: {
          200: Type.Object({ resolution: Type.String() }),
          404: ErrorSchema,
          409: ErrorSchema,
          422: ErrorSchema,
        },
      },
    },
    async (request, reply) => {
      const r = await resolveQueuedPayment(
        app.deps.database,
        scopeOf(request),
        request.params.id,
        request.body,
        app.deps.today(),
      );
      return r.ok ? r.value : sendFailure(reply, r.error);
    },
  );

  app.get(
    '/api/v1/payments/plan-search',
    {
      config: {
        access: { roles: ['admin', 'finance'], action: 'payments.plan_search', personalData: 'read' },
      },
      schema: {
        tags: ['payments'],
        summary:
          'Find running plans to assign a queued payment to, by OGM (any notation, or a part) or debtor name',
        querystring: Type.Object({ q: Type.String({ maxLength: 200 }) }),
        response: {
          200: Type.Object({
            plans: Type.Array(
              Type.Object({
                id: Type.String(),
                reference: Type.String({ description: '12 digits' }),
                debtorName: Type.String(),
                status: Type.String(),
                open: Type.Integer({ description: 'cents' }),
              }),
            ),
          }),
          422: ErrorSchema,
        },
      },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      const query = planQueryOf(request.query.q);
      if (query === null) {
        return sendFailure(
          reply,
          failure('invalid', 'query_too_short', paymentsMessages.text(scope.lang, 'queryTooShort')),
        );
      }
      const found = await searchPayablePlans(app.deps.database.db, scope.orgId, query);
      noteSubjects(
        request,
        found.map((p) => p.debtorId),
      );
      return { plans: found.map(({ debtorId: _d, ...rest }) => rest) };
    },
  );

  app.get(
    '/api/v1/payments/plans/:planId',
    {
      config: {
        access: {
          roles: ['admin', 'finance', 'auditor', 'social_worker', 'citizen'],
          action: 'payments.read',
          personalData: 'read',
        },
      },
      schema: {
        tags: ['payments'],
        summary: 'Payment history of a plan: payments, allocations, instalments, claims, credit and refunds',
        params: Type.Object({ planId: Type.String({ format: 'uuid' }) }),
        response: { 200: PlanHistorySchema, 404: ErrorSchema },
      },
    },
    async (request, reply) => {
      const result = await paymentsOfPlan(app.deps.database, scopeOf(request), request.params.planId);
      if (!result.ok) return sendFailure(reply, result.error);
      noteSubjects(request, [result.value.plan.debtorId]);
      return result.value;
    },
  );

  app.post(
    '/api/v1/payments/plans/:planId/refunds',
    {
      config: { access: { roles: ['admin', 'finance'], action: 'payments.refund', personalData: 'write' } },
      schema: {
        tags: ['payments'],
        summary: "Refund (part of) a plan's credit by a recorded decision",
        params: Type.Object({ planId: Type.String({ format: 'uuid' }) }),
        body: Type.Object({ amount: Type.Integer({ minimum: 1 }), reason: Type.String({ maxLength: 1000 }) }),
        response: { 200: Type.Object({ credit: Type.Integer() }), 404: ErrorSchema, 422: ErrorSchema },
      },
    },
    async (request, reply) => {
      const result = await refundCredit(
        app.deps.database,
        scopeOf(request),
        {
          planId: request.params.planId,
          ...request.body,
        },
        app.deps.today(),
      );
      return result.ok ? result.value : sendFailure(reply, result.error);
    },
  );

  app.get(
    '/api/v1/payments/claims/:claimId',
    {
      config: {
        access: {
          roles: ['admin', 'finance', 'auditor', 'clerk'],
          action: 'payments.read',
          personalData: 'read',
        },
      },
      schema: {
        tags: ['payments'],
        summary: 'What EvS payments allocated to one claim (claims.id)',
        params: Type.Object({ claimId: Type.String({ format: 'uuid' }) }),
        response: {
          200: Type.Object({
            allocations: Type.Array(
              Type.Object({
                paymentId: Type.String(),
                planId: Type.String(),
                claimId: Type.String(),
                part: Type.String(),
                amount: Type.Integer(),
                date: Type.String(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const result = await paymentsOfClaim(app.deps.database, scopeOf(request), request.params.claimId);
      return { allocations: result.ok ? result.value : [] };
    },
  );

  const reconciliationQuery = Type.Object({
    from: Type.String(),
    to: Type.String(),
    department: Type.Optional(Type.String({ maxLength: 50 })),
  });
  type ReconciliationQuery = { from: string; to: string; department?: string };
  const reconciliationAccess = {
    access: { roles: ['admin', 'finance', 'auditor', 'clerk'] as const, action: 'payments.reconciliation' },
  };
  async function buildReconciliation(
    request: { query: ReconciliationQuery } & Parameters<typeof scopeOf>[0],
  ) {
    const scope = scopeOf(request);
    const { from, to, department } = request.query;
    if (!isIsoDate(from) || !isIsoDate(to) || from > to) {
      return failure('invalid', 'invalid_period', paymentsMessages.text(scope.lang, 'invalidPeriod'));
    }
    const period = { from, to };
    const summary = await reconciliationOf(app.deps.database.db, scope, period);
    const details = (await allocationDetails(app.deps.database.db, scope, period, department)).map((d) => ({
      date: d.booking_date,
      department: d.department,
      claimId: d.claim_id,
      paymentId: d.payment_id,
      part: d.part,
      amount: Number(d.amount),
    }));
    const resolutions = await resolvedLines(app.deps.database.db, scope, period);
    return {
      from,
      to,
      bankTotal: summary.bankTotal,
      rows: [...summary.rows],
      allocations: details,
      resolutions,
    };
  }

  app.get(
    '/api/v1/payments/reconciliation',
    {
      config: reconciliationAccess,
      schema: {
        tags: ['payments'],
        summary:
          'Reconciliation of a period: allocations per department and every other euro, adding up to the bank total',
        querystring: reconciliationQuery,
        response: { 200: ReconciliationSchema, 422: ErrorSchema },
      },
    },
    async (request, reply) => {
      const body = await buildReconciliation(request);
      return 'kind' in body ? sendFailure(reply, body) : body;
    },
  );

  app.get(
    '/api/v1/payments/reconciliation.csv',
    {
      config: reconciliationAccess,
      schema: {
        tags: ['payments'],
        summary: 'The same reconciliation as CSV (allocations, summary rows, bank total)',
        querystring: reconciliationQuery,
      },
    },
    async (request, reply) => {
      const body = await buildReconciliation(request);
      if ('kind' in body) return sendFailure(reply, body);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="reconciliation-${body.from}-${body.to}.csv"`)
        .send(reconciliationCsv(body));
    },
  );
}
