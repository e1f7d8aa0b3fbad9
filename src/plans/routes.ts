import { Type } from '@sinclair/typebox';
import QRCode from 'qrcode';
import { failure } from '../platform/errors.ts';
import { type App, scopeOf, sendFailure } from '../platform/http.ts';
import { noteSubjects } from '../platform/route-access.ts';
import { cancelPlan, changePlan, recordPlanPayment } from './change-service.ts';
import { epcQrPayload } from './epc-qr.ts';
import { fileRoutes } from './file-routes.ts';
import { offerLetterPdf, planLetterPdf } from './letter-service.ts';
import {
  AffordabilityBody,
  Cents,
  Date_,
  Done,
  Id,
  PlanSchema,
  STAFF_READ,
  STAFF_WRITE,
  toAffordability,
  Versioned,
} from './route-schemas.ts';
import { acceptPlan, createPlan } from './service.ts';
import { planSettings } from './settings-service.ts';
import { findPlan } from './store.ts';
import { planDetails } from './view-service.ts';

/** Plans over HTTP (OSLO lifecycle, letters, QR code); registers the file routes too. */
export async function plansRoutes(app: App): Promise<void> {
  const { database } = app.deps;
  await fileRoutes(app);

  app.post(
    '/api/v1/plans',
    {
      config: { access: { roles: STAFF_WRITE, action: 'plans.propose', personalData: 'write' } },
      schema: {
        tags: ['plans'],
        summary: 'Voorstel: propose a plan for the file (monthly amount, number of months or capacity)',
        body: Type.Object({
          fileId: Type.String({ format: 'uuid' }),
          monthly: Type.Optional(Type.Integer({ minimum: 1 })),
          months: Type.Optional(Type.Integer({ minimum: 1, maximum: 120 })),
          firstDue: Type.Optional(Date_),
          strategy: Type.Optional(
            Type.Union([Type.Literal('pro_rata'), Type.Literal('oldest_first'), Type.Literal('priority')]),
          ),
          affordability: Type.Optional(AffordabilityBody),
          overCapacityReason: Type.Optional(Type.String({ maxLength: 1000 })),
        }),
        response: { 201: Type.Object({ planId: Type.String(), reference: Type.String() }) },
      },
    },
    async (request, reply) => {
      const b = request.body;
      const r = await createPlan(
        database,
        scopeOf(request),
        {
          fileId: b.fileId,
          ...(b.monthly !== undefined ? { monthly: b.monthly } : {}),
          ...(b.months !== undefined ? { months: b.months } : {}),
          ...(b.firstDue ? { firstDue: b.firstDue } : {}),
          ...(b.strategy ? { strategy: b.strategy } : {}),
          ...(b.affordability ? { affordability: toAffordability(b.affordability) } : {}),
          ...(b.overCapacityReason ? { overCapacityReason: b.overCapacityReason } : {}),
        },
        app.deps.today(),
      );
      if (!r.ok) return sendFailure(reply, r.error);
      return reply.status(201).send(r.value);
    },
  );

  app.get(
    '/api/v1/plans/:id',
    {
      config: { access: { roles: [...STAFF_READ, 'citizen'], action: 'plans.read', personalData: 'read' } },
      schema: {
        tags: ['plans'],
        summary: 'A plan: schedule, claims, OSLO activities and balances over time',
        params: Id,
        response: { 200: PlanSchema },
      },
    },
    async (request, reply) => {
      const r = await planDetails(database, scopeOf(request), request.params.id, app.deps.today());
      if (!r.ok) return sendFailure(reply, r.error);
      noteSubjects(request, [r.value.debtorId]);
      return r.value;
    },
  );

  app.post(
    '/api/v1/plans/:id/accept',
    {
      config: { access: { roles: STAFF_WRITE, action: 'plans.accept', personalData: 'write' } },
      schema: {
        tags: ['plans'],
        summary: 'Aanvaarding by the person, recorded with its date and channel (optimistic version)',
        params: Id,
        body: Type.Object({
          ...Versioned,
          acceptedOn: Type.Optional(Date_),
          channel: Type.Optional(
            Type.Union([
              Type.Literal('letter_signed'),
              Type.Literal('counter'),
              Type.Literal('phone'),
              Type.Literal('email'),
            ]),
          ),
        }),
        response: { 200: Done },
      },
    },
    async (request, reply) => {
      const { version: v, acceptedOn, channel } = request.body;
      const r = await acceptPlan(
        database,
        scopeOf(request),
        request.params.id,
        {
          ...(v === undefined ? {} : { expectedVersion: v }),
          ...(acceptedOn ? { acceptedOn } : {}),
          ...(channel ? { channel } : {}),
        },
        app.deps.today(),
      );
      return r.ok ? r.value : sendFailure(reply, r.error);
    },
  );

  app.post(
    '/api/v1/plans/:id/change',
    {
      config: { access: { roles: STAFF_WRITE, action: 'plans.change', personalData: 'write' } },
      schema: {
        tags: ['plans'],
        summary: 'Wijziging: a new schedule for what remains',
        params: Id,
        body: Type.Object({
          // Required: a change rewrites the schedule, so it must name the version it was made against.
          version: Type.Integer({ minimum: 1 }),
          reason: Type.String({ minLength: 1 }),
          monthly: Type.Optional(Type.Integer({ minimum: 1 })),
          months: Type.Optional(Type.Integer({ minimum: 1, maximum: 120 })),
          firstDue: Type.Optional(Date_),
        }),
        response: { 200: Done },
      },
    },
    async (request, reply) => {
      const b = request.body;
      const r = await changePlan(
        database,
        scopeOf(request),
        request.params.id,
        {
          reason: b.reason,
          expectedVersion: b.version,
          ...(b.monthly !== undefined ? { monthly: b.monthly } : {}),
          ...(b.months !== undefined ? { months: b.months } : {}),
          ...(b.firstDue ? { firstDue: b.firstDue } : {}),
        },
        app.deps.today(),
      );
      return r.ok ? r.value : sendFailure(reply, r.error);
    },
  );

  app.post(
    '/api/v1/plans/:id/cancel',
    {
      config: { access: { roles: STAFF_WRITE, action: 'plans.cancel', personalData: 'write' } },
      schema: {
        tags: ['plans'],
        summary: 'Schrapping, with a reason',
        params: Id,
        body: Type.Object({ ...Versioned, reason: Type.String({ minLength: 1 }) }),
        response: { 200: Done },
      },
    },
    async (request, reply) => {
      const b = request.body;
      const r = await cancelPlan(
        database,
        scopeOf(request),
        request.params.id,
        { reason: b.reason, ...(b.version !== undefined ? { expectedVersion: b.version } : {}) },
        app.deps.today(),
      );
      return r.ok ? r.value : sendFailure(reply, r.error);
    },
  );

  app.post(
    '/api/v1/plans/:id/payments',
    {
      config: { access: { roles: STAFF_WRITE, action: 'plans.payment', personalData: 'write' } },
      schema: {
        tags: ['plans'],
        summary: 'Afbetaling: a payment received on the plan',
        params: Id,
        body: Type.Object({ ...Versioned, amount: Type.Integer({ minimum: 1 }), date: Date_ }),
        response: { 200: Type.Object({ version: Type.Integer(), status: Type.String(), surplus: Cents }) },
      },
    },
    async (request, reply) => {
      const b = request.body;
      const r = await recordPlanPayment(database, scopeOf(request), request.params.id, {
        amount: b.amount,
        date: b.date,
        ...(b.version !== undefined ? { expectedVersion: b.version } : {}),
      });
      return r.ok ? r.value : sendFailure(reply, r.error);
    },
  );

  app.get(
    '/api/v1/plans/:id/letter.pdf',
    {
      config: { access: { roles: [...STAFF_READ, 'citizen'], action: 'plans.letter', personalData: 'read' } },
      schema: {
        tags: ['plans'],
        summary: 'The plan letter as PDF (Dutch; ?lang=fr for French, ?lang=en for English)',
        params: Id,
        querystring: Type.Object({
          lang: Type.Optional(Type.Union([Type.Literal('nl'), Type.Literal('fr'), Type.Literal('en')])),
        }),
      },
    },
    async (request, reply) => {
      const r = await planLetterPdf(
        database,
        scopeOf(request),
        request.params.id,
        request.query.lang ?? 'nl',
        app.deps.today(),
      );
      if (!r.ok) return sendFailure(reply, r.error);
      const plan = await findPlan(database.db, scopeOf(request).orgId, request.params.id);
      if (plan) noteSubjects(request, [plan.debtor_id]);
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${r.value.fileName}"`)
        .send(r.value.pdf);
    },
  );

  app.get(
    '/api/v1/plans/:id/qr.svg',
    {
      config: { access: { roles: [...STAFF_READ, 'citizen'], action: 'plans.read', personalData: 'read' } },
      schema: {
        tags: ['plans'],
        summary: 'The EPC QR code (SEPA credit transfer) for one monthly amount with the OGM',
        params: Id,
      },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      const r = await planDetails(database, scope, request.params.id, app.deps.today());
      if (!r.ok) return sendFailure(reply, r.error);
      const settings = await planSettings(database.db, scope.orgId);
      const next = r.value.instalments.find((i) => i.paid < i.amount);
      const payload = epcQrPayload({
        name: settings.creditorName,
        iban: settings.iban,
        ...(settings.bic ? { bic: settings.bic } : {}),
        ...(next ? { amount: next.amount - next.paid } : {}),
        structuredReference: r.value.reference,
      });
      if (!payload.ok) return sendFailure(reply, failure('invalid', 'qr_invalid', payload.error.join('; ')));
      noteSubjects(request, [r.value.debtorId]);
      const svg = await QRCode.toString(payload.value, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
      return reply.type('image/svg+xml').send(svg);
    },
  );

  app.get(
    '/api/v1/debtors/:id/offer-letter.pdf',
    {
      config: {
        access: { roles: STAFF_WRITE, action: 'plans.offer_letter', personalData: 'read', debtorParam: 'id' },
      },
      schema: {
        tags: ['plans'],
        summary: 'The proactive offer letter to a candidate (PDF)',
        params: Id,
        querystring: Type.Object({
          lang: Type.Optional(Type.Union([Type.Literal('nl'), Type.Literal('fr'), Type.Literal('en')])),
          monthly: Type.Optional(Type.Integer({ minimum: 1 })),
        }),
      },
    },
    async (request, reply) => {
      const q = request.query;
      const r = await offerLetterPdf(
        database,
        scopeOf(request),
        request.params.id,
        { lang: q.lang ?? 'nl', ...(q.monthly ? { proposedMonthly: q.monthly } : {}) },
        app.deps.today(),
      );
      if (!r.ok) return sendFailure(reply, r.error);
      noteSubjects(request, [request.params.id]);
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${r.value.fileName}"`)
        .send(r.value.pdf);
    },
  );
}
