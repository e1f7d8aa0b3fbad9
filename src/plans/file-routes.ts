import { Type } from '@sinclair/typebox';
import { isTimeBarred, limitationDateOf, openAmount } from '../overview/overview.ts';
import { type App, scopeOf, sendFailure } from '../platform/http.ts';
import { noteSubjects } from '../platform/route-access.ts';
import { closeFile, fileView, openFile } from './file-service.ts';
import { computePlanOptions } from './options-service.ts';
import {
  AffordabilityBody,
  Cents,
  Consent,
  FileSchema,
  Id,
  Nullable,
  STAFF_READ,
  STAFF_WRITE,
  toAffordability,
} from './route-schemas.ts';
import { openClaimsOf } from './store.ts';
import { filesOf } from './view-service.ts';

/** EvS files over HTTP: a person's files, opening with consent, closing, and the plan options. */
export async function fileRoutes(app: App): Promise<void> {
  const { database } = app.deps;

  app.get(
    '/api/v1/debtors/:id/evs',
    {
      config: {
        access: {
          roles: ['finance', 'social_worker', 'auditor', 'citizen'],
          action: 'plans.read',
          personalData: 'read',
          debtorParam: 'id',
        },
      },
      schema: {
        tags: ['plans'],
        summary: "A person's EvS files and plans, and the open claims that could be bundled",
        params: Id,
        response: {
          200: Type.Object({
            files: Type.Array(
              Type.Object({
                id: Type.String(),
                status: Type.String(),
                milestone: Type.String(),
                openedAt: Type.String(),
                referral: Type.Boolean(),
                plans: Type.Array(
                  Type.Object({
                    id: Type.String(),
                    status: Type.String(),
                    reference: Type.String(),
                    startAmount: Cents,
                    monthly: Cents,
                    paid: Cents,
                    version: Type.Integer(),
                  }),
                ),
              }),
            ),
            candidates: Type.Array(
              Type.Object({
                id: Type.String(),
                department: Type.String(),
                claimId: Type.String(),
                category: Type.String(),
                dueDate: Type.String(),
                open: Cents,
                charges: Cents,
                limitationDate: Type.String({ format: 'date' }),
                timeBarred: Type.Boolean(),
                disputed: Type.Boolean(),
                participates: Type.Boolean(),
                bundled: Type.Boolean(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const scope = scopeOf(request);
      const today = app.deps.today();
      noteSubjects(request, [request.params.id]);
      const files = await filesOf(database, scope, request.params.id);
      const claims =
        scope.debtorIds && !scope.debtorIds.includes(request.params.id)
          ? []
          : await openClaimsOf(database.db, scope.orgId, [request.params.id]);
      return {
        files,
        candidates: claims.map((c) => ({
          id: c.id,
          department: c.department,
          claimId: c.claimId,
          category: c.category,
          dueDate: c.dueDate,
          open: openAmount({ ...c, status: 'open' }),
          charges: c.charges,
          limitationDate: limitationDateOf(c),
          timeBarred: isTimeBarred(c, today),
          disputed: c.disputed,
          participates: c.participates,
          bundled: c.evsFileId !== null,
        })),
      };
    },
  );

  app.post(
    '/api/v1/evs-files',
    {
      config: { access: { roles: STAFF_WRITE, action: 'plans.file_open', personalData: 'write' } },
      schema: {
        tags: ['plans'],
        summary: 'Open the EvS file of a person with consent; bundles and freezes the chosen claims',
        body: Type.Object({
          debtorId: Type.String({ format: 'uuid' }),
          consent: Consent,
          claimIds: Type.Optional(Type.Array(Type.String({ format: 'uuid' }), { maxItems: 500 })),
          partner: Type.Optional(
            Type.Object({ debtorId: Type.String({ format: 'uuid' }), consent: Consent }),
          ),
          waiveCharges: Type.Optional(Type.Boolean()),
          timeBarredReason: Type.Optional(Type.String({ maxLength: 500 })),
        }),
        response: {
          201: Type.Object({ fileId: Type.String(), bundled: Type.Integer(), open: Cents, waived: Cents }),
        },
      },
    },
    async (request, reply) => {
      const b = request.body;
      const r = await openFile(
        database,
        scopeOf(request),
        {
          debtorId: b.debtorId,
          consent: b.consent,
          ...(b.claimIds ? { claimIds: b.claimIds } : {}),
          ...(b.partner ? { partner: b.partner } : {}),
          ...(b.waiveCharges === undefined ? {} : { waiveCharges: b.waiveCharges }),
          ...(b.timeBarredReason === undefined ? {} : { timeBarredReason: b.timeBarredReason }),
        },
        app.deps.today(),
      );
      if (!r.ok) return sendFailure(reply, r.error);
      noteSubjects(request, [b.debtorId, ...(b.partner ? [b.partner.debtorId] : [])]);
      return reply.status(201).send(r.value);
    },
  );

  app.get(
    '/api/v1/evs-files/:id',
    {
      config: { access: { roles: [...STAFF_READ, 'citizen'], action: 'plans.read', personalData: 'read' } },
      schema: {
        tags: ['plans'],
        summary: 'An EvS file: consent, milestone, bundled claims, referral flag',
        params: Id,
        response: { 200: FileSchema },
      },
    },
    async (request, reply) => {
      const r = await fileView(database, scopeOf(request), request.params.id, app.deps.today());
      if (!r.ok) return sendFailure(reply, r.error);
      noteSubjects(request, [r.value.debtorId]);
      return r.value;
    },
  );

  app.post(
    '/api/v1/evs-files/:id/close',
    {
      config: { access: { roles: STAFF_WRITE, action: 'plans.file_close', personalData: 'write' } },
      schema: {
        tags: ['plans'],
        summary: 'Close a file; its claims are released to the departments',
        params: Id,
        body: Type.Object({ reason: Type.String({ minLength: 1 }) }),
        response: { 200: Type.Object({ status: Type.Literal('closed') }) },
      },
    },
    async (request, reply) => {
      const r = await closeFile(
        database,
        scopeOf(request),
        request.params.id,
        request.body.reason,
        app.deps.today(),
      );
      return r.ok ? { status: 'closed' as const } : sendFailure(reply, r.error);
    },
  );

  app.post(
    '/api/v1/evs-files/:id/plan-options',
    {
      config: {
        // A write: when no term fits, the file is flagged for referral (audited).
        access: { roles: ['finance', 'social_worker'], action: 'plans.options', personalData: 'write' },
      },
      schema: {
        tags: ['plans'],
        summary: 'Capacity (legal table, living allowance, fixed costs) and plan options to compare',
        description:
          'When no term fits the capacity, the answer carries the referral figures and the file is flagged ' +
          'for referral to debt mediation (once, audited as plans.file_flagged_for_referral).',
        params: Id,
        body: Type.Intersect([
          AffordabilityBody,
          Type.Object({
            terms: Type.Optional(Type.Array(Type.Integer({ minimum: 1, maximum: 120 }), { maxItems: 6 })),
          }),
        ]),
        response: {
          200: Type.Object({
            startAmount: Cents,
            affordability: Type.Object({
              capacity: Cents,
              protectedIncome: Cents,
              seizableMax: Cents,
              tableVersion: Type.String(),
              warnings: Type.Array(Type.Record(Type.String(), Type.Unknown())),
              warningTexts: Type.Array(Type.String()),
              explanation: Type.Array(Type.Record(Type.String(), Type.Unknown())),
              policy: Nullable(Type.Record(Type.String(), Type.Unknown())),
            }),
            options: Type.Array(
              Type.Object({
                basis: Type.String(),
                monthly: Cents,
                months: Type.Integer(),
                lastAmount: Cents,
                lastDue: Nullable(Type.String()),
                problem: Nullable(Type.String()),
                fit: Nullable(Type.String()),
              }),
            ),
            referral: Nullable(
              Type.Object({
                startAmount: Cents,
                capacity: Cents,
                maxMonths: Type.Integer(),
                monthlyAtMaxTerm: Cents,
              }),
            ),
          }),
        },
      },
    },
    async (request, reply) => {
      const r = await computePlanOptions(
        database,
        scopeOf(request),
        request.params.id,
        { affordability: toAffordability(request.body), terms: request.body.terms },
        app.deps.today(),
      );
      if (!r.ok) return sendFailure(reply, r.error);
      const { debtorId, startAmount, affordability: a, options, referral } = r.value;
      noteSubjects(request, [debtorId]);
      return {
        startAmount,
        affordability: {
          capacity: a.capacity,
          protectedIncome: a.protectedIncome,
          seizableMax: a.seizableMax,
          tableVersion: a.tableVersion,
          warnings: a.warnings.map((w) => ({ ...w })),
          warningTexts: [...a.warningTexts],
          explanation: a.explanation.map((e) => ({ ...e })),
          policy: a.policy ? { ...a.policy } : null,
        },
        options,
        referral,
      };
    },
  );
}
