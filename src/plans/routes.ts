import { type TSchema, Type } from '@sinclair/typebox';
import QRCode from 'qrcode';
import { noteSubjects } from '../access/hooks.ts';
import { type App, scopeOf, sendFailure } from '../platform/http.ts';
import { cancelPlan, changePlan, recordPlanPayment } from './change-service.ts';
import { epcQrPayload } from './epc-qr.ts';
import { closeFile, fileView, notFoundFile, openFile, visibleFile } from './file-service.ts';
import { offerLetterPdf, planLetterPdf } from './letter-service.ts';
import { planOptions } from './options.ts';
import { acceptPlan, createPlan, firstOfNextMonth } from './service.ts';
import { affordability, planSettings } from './settings-service.ts';
import { bundledClaimsOf, findPlan, openClaimsOf } from './store.ts';
import { filesOf, planDetails } from './view-service.ts';

const STAFF_WRITE = ['finance'] as const;
const STAFF_READ = ['finance', 'social_worker', 'auditor'] as const;
const Id = Type.Object({ id: Type.String({ format: 'uuid' }) });
const Cents = Type.Integer({ minimum: 0 });
const Date_ = Type.String({ format: 'date' });
const Nullable = <T extends TSchema>(s: T) => Type.Union([s, Type.Null()]);
const Consent = Type.Object({
  date: Date_,
  form: Type.String({ minLength: 1 }),
  evidence: Type.String({ minLength: 1 }),
});
const Versioned = { version: Type.Optional(Type.Integer({ minimum: 1 })) };
const Done = Type.Object({ version: Type.Integer() });
const AffordabilityBody = Type.Object({
  netIncome: Cents,
  adults: Type.Integer({ minimum: 0, maximum: 20 }),
  children: Type.Integer({ minimum: 0, maximum: 30 }),
  fixedCosts: Type.Array(Type.Object({ label: Type.String(), amount: Cents }), { maxItems: 50 }),
  incomeKind: Type.Optional(Type.Union([Type.Literal('work'), Type.Literal('replacement')])),
  profile: Type.Optional(Type.String()),
});
type AffordabilityBodyT = {
  netIncome: number;
  adults: number;
  children: number;
  fixedCosts: { label: string; amount: number }[];
  incomeKind?: 'work' | 'replacement';
  profile?: string;
};
const toAffordability = (b: AffordabilityBodyT) => ({
  netIncome: b.netIncome,
  household: { adults: b.adults, children: b.children },
  fixedCosts: b.fixedCosts,
  ...(b.incomeKind ? { incomeKind: b.incomeKind } : {}),
  ...(b.profile ? { profile: b.profile } : {}),
});

const PlanSchema = Type.Object({
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
  instalments: Type.Array(Type.Object({ dueDate: Type.String(), amount: Cents, paid: Cents })),
  claims: Type.Array(
    Type.Object({ department: Type.String(), claimId: Type.String(), open: Cents, allocated: Cents }),
  ),
  activities: Type.Array(
    Type.Object({
      type: Type.String(),
      osloClass: Type.String(),
      dateTime: Type.String(),
      actor: Type.String(),
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

export async function plansRoutes(app: App): Promise<void> {
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
          open: Math.max(0, c.principal + c.charges - c.paid),
          charges: c.charges,
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
      },
    },
    async (request, reply) => {
      const r = await fileView(database, scopeOf(request), request.params.id);
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
        access: { roles: ['finance', 'social_worker'], action: 'plans.options', personalData: 'read' },
      },
      schema: {
        tags: ['plans'],
        summary: 'Capacity (legal table, living allowance, fixed costs) and plan options to compare',
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
              }),
            ),
          }),
        },
      },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      const today = app.deps.today();
      const file = await visibleFile(database.db, scope, request.params.id);
      if (!file) return sendFailure(reply, notFoundFile(scope));
      const a = await affordability(database.db, scope, toAffordability(request.body), today);
      if (!a.ok) return sendFailure(reply, a.error);
      const settings = await planSettings(database.db, scope.orgId);
      const claims = (await bundledClaimsOf(database.db, scope.orgId, file.id)).filter(
        (c) => c.status === 'open',
      );
      const startAmount = claims.reduce((s, c) => s + Math.max(0, c.principal + c.charges - c.paid), 0);
      noteSubjects(request, [file.debtor_id]);
      return {
        startAmount,
        affordability: {
          capacity: a.value.capacity,
          protectedIncome: a.value.protectedIncome,
          tableVersion: a.value.tableVersion,
          warnings: a.value.warnings.map((w) => ({ ...w })),
          warningTexts: [...a.value.warningTexts],
          explanation: a.value.explanation.map((e) => ({ ...e })),
          policy: a.value.policy ? { ...a.value.policy } : null,
        },
        options: planOptions({
          startAmount,
          capacity: a.value.capacity,
          policy: a.value.policy,
          terms: request.body.terms ?? [12, settings.maxMonths],
          firstDue: firstOfNextMonth(today),
          dayOfMonth: settings.dayOfMonth,
          minInstalment: settings.minInstalment,
          maxMonths: settings.maxMonths,
          country: settings.country,
        }),
      };
    },
  );

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
        summary: 'Aanvaarding by the person, recorded (optimistic version)',
        params: Id,
        body: Type.Object(Versioned),
        response: { 200: Done },
      },
    },
    async (request, reply) => {
      const v = request.body.version;
      const r = await acceptPlan(
        database,
        scopeOf(request),
        request.params.id,
        v === undefined ? {} : { expectedVersion: v },
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
          ...Versioned,
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
          ...(b.version !== undefined ? { expectedVersion: b.version } : {}),
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
        summary: 'The plan letter as PDF (Dutch; ?lang=en for English)',
        params: Id,
        querystring: Type.Object({
          lang: Type.Optional(Type.Union([Type.Literal('nl'), Type.Literal('en')])),
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
      if (!payload.ok)
        return reply.status(422).send({ error: { code: 'qr_invalid', message: payload.error.join('; ') } });
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
          lang: Type.Optional(Type.Union([Type.Literal('nl'), Type.Literal('en')])),
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
