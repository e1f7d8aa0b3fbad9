/** Rulesets, what-if, sweeps history and the published rights feed: no facts, no explanations. */
import { Type } from '@sinclair/typebox';
import { type App, scopeOf, sendFailure } from '../platform/http.ts';
import { noteSubjects } from '../platform/route-access.ts';
import { rightsCsv, rightsFeed, whatIf } from './insight-service.ts';
import { rulesetList, rulesetVersion, saveRuleset } from './ruleset-service.ts';
import { comparisonCsv } from './what-if-report.ts';

const ErrorSchema = Type.Object({
  error: Type.Object({ code: Type.String(), message: Type.String(), details: Type.Optional(Type.Unknown()) }),
});
const POLICY = ['admin', 'finance', 'policy'] as const;
const TallySchema = Type.Object({
  people: Type.Integer(),
  openCents: Type.Integer(),
  eligible: Type.Integer(),
});
const TalliesSchema = Type.Object({
  Vermogend: TallySchema,
  GeringeAfbetaalmogelijkheid: TallySchema,
  Onvermogend: TallySchema,
});

export async function policyRoutes(app: App): Promise<void> {
  app.get(
    '/api/v1/eligibility/rulesets',
    {
      config: { access: { roles: [...POLICY], action: 'eligibility.rulesets_read' } },
      schema: {
        tags: ['eligibility'],
        summary: 'Versions of the ruleset, with the one in force today',
        response: {
          200: Type.Object({
            versions: Type.Array(
              Type.Object({
                version: Type.Integer(),
                effectiveFrom: Type.String(),
                name: Type.String(),
                createdBy: Type.String(),
                createdAt: Type.String(),
                active: Type.Boolean(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => ({
      versions: await rulesetList(app.deps.database, scopeOf(request), app.deps.today()),
    }),
  );

  app.get(
    '/api/v1/eligibility/rulesets/:version',
    {
      config: { access: { roles: [...POLICY], action: 'eligibility.rulesets_read' } },
      schema: {
        tags: ['eligibility'],
        summary: 'One version as JSON (`latest` for the newest)',
        params: Type.Object({ version: Type.Union([Type.Literal('latest'), Type.Integer({ minimum: 1 })]) }),
        response: { 200: Type.Unknown(), 404: ErrorSchema },
      },
    },
    async (request, reply) => {
      const v = request.params.version;
      const r = await rulesetVersion(app.deps.database, scopeOf(request), v === 'latest' ? undefined : v);
      return r.ok ? r.value.ruleset : sendFailure(reply, r.error);
    },
  );

  app.post(
    '/api/v1/eligibility/rulesets',
    {
      config: { access: { roles: [...POLICY], action: 'eligibility.rulesets_write' } },
      schema: {
        tags: ['eligibility'],
        summary: 'Save a new version (validated; numbered by the server; takes effect on effectiveFrom)',
        body: Type.Unknown(),
        response: {
          200: Type.Object({ version: Type.Integer(), effectiveFrom: Type.String() }),
          422: ErrorSchema,
        },
      },
    },
    async (request, reply) => {
      const r = await saveRuleset(app.deps.database, scopeOf(request), request.body);
      return r.ok
        ? { version: r.value.version, effectiveFrom: r.value.effectiveFrom }
        : sendFailure(reply, r.error);
    },
  );

  app.post(
    '/api/v1/eligibility/what-if',
    {
      config: { access: { roles: [...POLICY], action: 'eligibility.what_if' } },
      schema: {
        tags: ['eligibility'],
        summary: 'People and open euros per profile under the active and a draft ruleset, and the moves',
        querystring: Type.Object({
          format: Type.Optional(Type.Union([Type.Literal('json'), Type.Literal('csv')])),
        }),
        body: Type.Object({ draft: Type.Unknown(), date: Type.Optional(Type.String({ format: 'date' })) }),
        response: {
          200: Type.Union([
            Type.Object({
              date: Type.String(),
              activeVersion: Type.Integer(),
              active: TalliesSchema,
              draft: TalliesSchema,
              moves: Type.Array(
                Type.Object({
                  from: Type.String(),
                  to: Type.String(),
                  people: Type.Integer(),
                  openCents: Type.Integer(),
                }),
              ),
              becameEligible: Type.Integer(),
              lostEligibility: Type.Integer(),
            }),
            Type.String(),
          ]),
          404: ErrorSchema,
          422: ErrorSchema,
        },
      },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      const r = await whatIf(
        app.deps.database,
        scope,
        request.body.draft,
        request.body.date ?? app.deps.today(),
      );
      if (!r.ok) return sendFailure(reply, r.error);
      if (request.query.format !== 'csv') return { ...r.value, moves: [...r.value.moves] };
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="what-if-${r.value.date}.csv"`)
        .send(comparisonCsv(r.value, scope.lang));
    },
  );

  app.get(
    '/api/v1/eligibility/sweeps',
    {
      config: {
        access: { roles: ['admin', 'finance', 'policy', 'auditor'], action: 'eligibility.sweeps_read' },
      },
      schema: { tags: ['eligibility'], summary: 'Sweeps run, newest first, with their counts' },
    },
    async (request) => {
      const rows = await app.deps.database.db
        .selectFrom('eligibility_sweeps as s')
        .innerJoin('eligibility_rulesets as r', 'r.id', 's.ruleset_id')
        .select([
          's.id',
          's.evaluation_date as date',
          'r.version as rulesetVersion',
          's.status',
          's.people',
          's.eligible',
          's.changed',
          's.worklist',
          's.finished_at as finishedAt',
        ])
        .where('s.organisation_id', '=', scopeOf(request).orgId)
        .orderBy('s.started_at', 'desc')
        .limit(100)
        .execute();
      return { sweeps: rows };
    },
  );

  app.get(
    '/api/v1/eligibility/rights',
    {
      config: {
        access: {
          roles: ['admin', 'finance', 'clerk'],
          action: 'eligibility.rights_feed',
          personalData: 'read',
        },
      },
      schema: {
        tags: ['eligibility'],
        summary: 'Local rights granted or withdrawn, after a cursor (yes/no per person per period; CSV too)',
        querystring: Type.Object({
          after: Type.Optional(Type.Integer({ minimum: 0 })),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000 })),
          format: Type.Optional(Type.Union([Type.Literal('json'), Type.Literal('csv')])),
        }),
      },
    },
    async (request, reply) => {
      const feed = await rightsFeed(
        app.deps.database,
        scopeOf(request),
        request.query.after ?? 0,
        request.query.limit ?? 1000,
      );
      noteSubjects(
        request,
        feed.items.map((i) => i.debtorId),
      );
      if (request.query.format !== 'csv') return feed;
      return reply
        .type('text/csv; charset=utf-8')
        .header('x-evs-next-cursor', String(feed.next))
        .send(rightsCsv(feed.items));
    },
  );
}
