import { Type } from '@sinclair/typebox';
import { FACT_KINDS } from '../kernel/eligibility/facts.ts';
import { PROFILES } from '../kernel/eligibility/ruleset.ts';
import { type App, scopeOf, sendFailure } from '../platform/http.ts';
import { noteSubjects } from '../platform/route-access.ts';
import { explanationOf, outcomeOf, personFacts } from './decision-service.ts';
import { importFacts } from './fact-service.ts';
import { policyRoutes } from './policy-routes.ts';
import { reductionRoutes } from './reduction-routes.ts';
import { runSweep } from './sweep-service.ts';
import { WORKLIST_REASONS } from './tables.ts';
import { acceptItem, dismissItem } from './worklist-service.ts';
import { WORKLIST_MAX_LIMIT, WORKLIST_SORTS, worklistPage } from './worklist-store.ts';

export const ErrorSchema = Type.Object({
  error: Type.Object({ code: Type.String(), message: Type.String(), details: Type.Optional(Type.Unknown()) }),
});
const Id = Type.Object({ id: Type.String({ format: 'uuid' }) });
const DateString = Type.String({ format: 'date' });
const Nullable = <T extends import('@sinclair/typebox').TSchema>(s: T) => Type.Union([s, Type.Null()]);

const SentenceFields = { met: Type.Boolean(), sentence: Type.String(), rule: Type.String() };
/** The explanation as sentences in the reader's language (explanation-text.ts). */
const SentencesSchema = Type.Object({
  summary: Type.String(),
  eligibility: Type.Object({ ...SentenceFields, parts: Type.Array(Type.String()) }),
  conditions: Type.Array(Type.Object({ ...SentenceFields, parameter: Type.String(), weight: Type.Number() })),
  rights: Type.Array(Type.Object({ ...SentenceFields, code: Type.String() })),
  facts: Type.Array(Type.String()),
});

const OutcomeSchema = Type.Object({
  debtorId: Type.String(),
  eligible: Type.Boolean(),
  profile: Type.String(),
  since: DateString,
  evaluatedOn: DateString,
});

const WorklistItemSchema = Type.Object({
  id: Type.String(),
  debtorId: Type.String(),
  name: Type.String(),
  reason: Type.String(),
  profileBefore: Nullable(Type.String()),
  profileAfter: Nullable(Type.String()),
  eligibleAfter: Nullable(Type.Boolean()),
  openCents: Type.Integer(),
  score: Nullable(Type.Integer()),
  departments: Nullable(Type.Integer()),
  status: Type.String(),
  resolution: Nullable(Type.String()),
  evaluationDate: Nullable(Type.String()),
  createdAt: Type.String(),
});

const ResolvedSchema = Type.Object({
  id: Type.String(),
  debtorId: Type.String(),
  status: Type.String(),
  resolution: Type.String(),
});

const AcceptedSchema = Type.Object({
  id: Type.String(),
  debtorId: Type.String(),
  status: Type.String(),
  resolution: Type.String(),
  fileId: Nullable(Type.String()),
  bundled: Type.Integer(),
});

const AcceptBody = Type.Object({
  consent: Type.Optional(
    Type.Object({
      date: DateString,
      form: Type.String({ minLength: 1, maxLength: 100 }),
      evidence: Type.String({ minLength: 1, maxLength: 200 }),
    }),
  ),
  claimIds: Type.Optional(Type.Array(Type.String({ format: 'uuid' }), { minItems: 1, maxItems: 10_000 })),
});

const SweepSchema = Type.Object({
  sweepId: Type.String(),
  date: DateString,
  rulesetVersion: Type.Integer(),
  people: Type.Integer(),
  eligible: Type.Integer(),
  changed: Type.Integer(),
  worklist: Type.Integer(),
  signals: Type.Integer(),
  alreadyDone: Type.Boolean(),
});

const WORK = ['finance', 'social_worker'] as const;

async function readText(stream: AsyncIterable<Buffer | string>): Promise<string> {
  const parts: Buffer[] = [];
  for await (const chunk of stream) parts.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(parts).toString('utf8');
}

export async function eligibilityRoutes(app: App): Promise<void> {
  await app.register(policyRoutes);
  await app.register(reductionRoutes);

  app.post(
    '/api/v1/eligibility/facts',
    {
      bodyLimit: 64 * 1024 * 1024,
      config: {
        access: { roles: ['admin', 'finance'], action: 'eligibility.facts_import', personalData: 'write' },
        longRunning: true,
      },
      schema: {
        tags: ['eligibility'],
        summary: 'Import a social-fact feed (text/csv body, or a JSON feed document); idempotent',
        description:
          'One kind and one source per file (docs/eligibility.md, src/eligibility/FEEDS.md). All or nothing ' +
          'unless partial=true; a rejected file answers 422 with the row errors.',
        querystring: Type.Object({
          kind: Type.Union(FACT_KINDS.map((k) => Type.Literal(k))),
          source: Type.String({ minLength: 1, maxLength: 100 }),
          partial: Type.Optional(Type.Boolean()),
        }),
      },
    },
    async (request, reply) => {
      const isCsv = String(request.headers['content-type'] ?? '').startsWith('text/csv');
      const text = isCsv
        ? await readText(request.body as AsyncIterable<Buffer>)
        : JSON.stringify(request.body ?? null);
      const r = await importFacts(
        app.deps.database,
        scopeOf(request),
        {
          kind: request.query.kind,
          source: request.query.source,
          format: isCsv ? 'csv' : 'json',
          text,
          partial: request.query.partial ?? false,
        },
        app.deps.today(),
      );
      if (!r.ok) return sendFailure(reply, r.error);
      return reply.status(r.value.rejectedWhole ? 422 : 200).send(r.value);
    },
  );

  app.get(
    '/api/v1/eligibility/people/:id/outcome',
    {
      config: {
        access: {
          roles: ['finance', 'clerk', 'social_worker'], // policy sees aggregates only
          action: 'eligibility.outcome',
          personalData: 'read',
          debtorParam: 'id',
        },
      },
      schema: {
        tags: ['eligibility'],
        summary: 'Outcome only: eligible, profile (OSLO Solvabiliteitstype) and since when; never the facts',
        params: Id,
        response: { 200: OutcomeSchema, 404: ErrorSchema },
      },
    },
    async (request, reply) => {
      const r = await outcomeOf(app.deps.database, scopeOf(request), request.params.id);
      if (!r.ok) return sendFailure(reply, r.error);
      noteSubjects(request, [r.value.debtorId]);
      return r.value;
    },
  );

  app.get(
    '/api/v1/eligibility/people/:id/explanation',
    {
      config: {
        access: {
          roles: [...WORK],
          action: 'eligibility.explanation',
          personalData: 'read',
          debtorParam: 'id',
        },
      },
      schema: {
        tags: ['eligibility'],
        summary: 'Why: facts used (source, period), conditions met and not, weights, score, ruleset version',
        params: Id,
        response: {
          200: Type.Intersect([
            OutcomeSchema,
            Type.Object({
              score: Type.Integer(),
              rights: Type.Array(Type.String()),
              explanation: Type.Unknown(),
              sentences: SentencesSchema,
              recomputed: Type.Boolean(),
              matchesDecision: Type.Boolean(),
            }),
          ]),
          404: ErrorSchema,
        },
      },
    },
    async (request, reply) => {
      const r = await explanationOf(app.deps.database, scopeOf(request), request.params.id);
      if (!r.ok) return sendFailure(reply, r.error);
      noteSubjects(request, [r.value.debtorId]);
      return r.value;
    },
  );

  app.get(
    '/api/v1/eligibility/people/:id/facts',
    {
      config: {
        access: { roles: [...WORK], action: 'eligibility.facts', personalData: 'read', debtorParam: 'id' },
      },
      schema: {
        tags: ['eligibility'],
        summary: 'The social facts known about a person (every period, with source) and the household',
        params: Id,
        response: {
          200: Type.Object({
            debtorId: Type.String(),
            facts: Type.Array(Type.Unknown()),
            household: Type.Object({ members: Type.Integer(), fact: Type.Unknown() }),
          }),
          404: ErrorSchema,
        },
      },
    },
    async (request, reply) => {
      const r = await personFacts(app.deps.database, scopeOf(request), request.params.id, app.deps.today());
      if (!r.ok) return sendFailure(reply, r.error);
      noteSubjects(request, [r.value.debtorId]);
      return r.value;
    },
  );

  app.post(
    '/api/v1/eligibility/sweeps',
    {
      config: { access: { roles: ['admin', 'finance'], action: 'eligibility.sweep' }, longRunning: true },
      schema: {
        tags: ['eligibility'],
        summary: 'Sweep now: evaluate everyone with open claims on a date (default today); idempotent',
        body: Type.Object({ date: Type.Optional(DateString) }),
        response: { 200: SweepSchema, 404: ErrorSchema },
      },
    },
    async (request, reply) => {
      const r = await runSweep(app.deps.database, scopeOf(request), app.deps.today(), {
        ...(request.body.date ? { date: request.body.date } : {}),
      });
      return r.ok ? r.value : sendFailure(reply, r.error);
    },
  );

  app.get(
    '/api/v1/eligibility/worklist',
    {
      config: { access: { roles: [...WORK], action: 'eligibility.worklist', personalData: 'read' } },
      schema: {
        tags: ['eligibility'],
        summary: 'New eligible, no longer eligible, changed profiles and early signals to work through',
        description:
          'Paged, filtered and sorted on the server. Without parameters: the open items, newest first, at most ' +
          '500 (as before); `total` counts every item matching the filter.',
        querystring: Type.Object({
          status: Type.Optional(
            Type.Union([Type.Literal('open'), Type.Literal('accepted'), Type.Literal('dismissed')]),
          ),
          reason: Type.Optional(Type.Union(WORKLIST_REASONS.map((r) => Type.Literal(r)))),
          profile: Type.Optional(Type.Union(PROFILES.map((p) => Type.Literal(p)))),
          department: Type.Optional(Type.String({ minLength: 1, maxLength: 50 })),
          q: Type.Optional(Type.String({ maxLength: 100 })),
          sort: Type.Optional(Type.Union(WORKLIST_SORTS.map((k) => Type.Literal(k)))),
          order: Type.Optional(Type.Union([Type.Literal('asc'), Type.Literal('desc')])),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: WORKLIST_MAX_LIMIT })),
          offset: Type.Optional(Type.Integer({ minimum: 0 })),
        }),
        response: {
          200: Type.Object({
            items: Type.Array(WorklistItemSchema),
            total: Type.Integer(),
            limit: Type.Integer(),
            offset: Type.Integer(),
          }),
        },
      },
    },
    async (request) => {
      const page = await worklistPage(app.deps.database, scopeOf(request), request.query);
      noteSubjects(
        request,
        page.items.map((i) => i.debtorId),
      );
      return page;
    },
  );

  app.post(
    '/api/v1/eligibility/worklist/:id/accept',
    {
      config: { access: { roles: [...WORK], action: 'eligibility.worklist_decide', personalData: 'write' } },
      // The body is optional: a bare POST accepts without consent, as before consent could be given here.
      preValidation: async (request) => {
        request.body ??= {};
      },
      schema: {
        tags: ['eligibility'],
        summary:
          "Accept: with the person's consent the EvS file is opened (open claims bundled); without, the decision is recorded",
        params: Id,
        body: AcceptBody,
        response: {
          200: AcceptedSchema,
          403: ErrorSchema,
          404: ErrorSchema,
          409: ErrorSchema,
          422: ErrorSchema,
        },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const r = await acceptItem(app.deps.database, scopeOf(request), request.params.id, app.deps.today(), {
        ...(body.consent ? { consent: body.consent } : {}),
        ...(body.claimIds ? { claimIds: body.claimIds } : {}),
      });
      if (!r.ok) return sendFailure(reply, r.error);
      noteSubjects(request, [r.value.debtorId]);
      return r.value;
    },
  );

  app.post(
    '/api/v1/eligibility/worklist/:id/dismiss',
    {
      config: { access: { roles: [...WORK], action: 'eligibility.worklist_decide', personalData: 'write' } },
      schema: {
        tags: ['eligibility'],
        summary: 'Dismiss with a reason',
        params: Id,
        body: Type.Object({ reason: Type.String({ maxLength: 500 }) }),
        response: { 200: ResolvedSchema, 404: ErrorSchema, 409: ErrorSchema, 422: ErrorSchema },
      },
    },
    async (request, reply) => {
      const r = await dismissItem(
        app.deps.database,
        scopeOf(request),
        request.params.id,
        request.body.reason,
      );
      if (!r.ok) return sendFailure(reply, r.error);
      noteSubjects(request, [r.value.debtorId]);
      return r.value;
    },
  );
}
