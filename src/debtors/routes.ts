import { Type } from '@sinclair/typebox';
import { type App, scopeOf, sendFailure } from '../platform/http.ts';
import { noteSubjects } from '../platform/route-access.ts';
import { openSuggestionsOf, reviewPage } from './review-store.ts';
import { confirmSuggestion, rejectSuggestion, searchPage, suggestions, undoMerge } from './service.ts';

const MERGE_ACCESS = { roles: ['finance'], action: 'debtors.merge', personalData: 'write' } as const;

const Id = Type.Object({ id: Type.String({ format: 'uuid' }) });

export async function debtorsRoutes(app: App): Promise<void> {
  app.post(
    '/api/v1/debtors/search',
    {
      config: {
        access: {
          roles: ['finance', 'clerk', 'social_worker'],
          action: 'debtors.search',
          personalData: 'read',
        },
      },
      schema: {
        tags: ['debtors'],
        summary: 'Search debtors by name, national number or customer number (POST: numbers never in URLs)',
        body: Type.Object({ query: Type.String({ maxLength: 200 }) }),
        response: {
          200: Type.Object({
            results: Type.Array(
              Type.Object({
                id: Type.String(),
                name: Type.String(),
                birthDate: Type.Union([Type.String(), Type.Null()]),
                city: Type.Union([Type.String(), Type.Null()]),
                open: Type.Integer(),
                claimCount: Type.Integer(),
              }),
            ),
            hasMore: Type.Boolean({
              description: 'More people match than the results show: refine the query',
            }),
            limit: Type.Integer({ description: 'The most results one search returns' }),
          }),
        },
      },
    },
    async (request) => {
      const page = await searchPage(app.deps.database, scopeOf(request), request.body.query);
      noteSubjects(
        request,
        page.results.map((r) => r.id),
      );
      return page;
    },
  );

  app.get(
    '/api/v1/debtor-suggestions',
    {
      config: { access: { roles: ['finance'], action: 'debtors.suggestions', personalData: 'read' } },
      schema: {
        tags: ['debtors'],
        summary: 'Possible same persons (name + birth date + address) waiting for a decision',
        querystring: Type.Object({
          status: Type.Optional(
            Type.Union([Type.Literal('open'), Type.Literal('confirmed'), Type.Literal('rejected')]),
          ),
        }),
      },
    },
    async (request) => {
      const found = await suggestions(app.deps.database, scopeOf(request), request.query.status);
      noteSubjects(
        request,
        found.flatMap((s) => [s.debtorId, s.candidateId]),
      );
      return { suggestions: found };
    },
  );

  app.get(
    '/api/v1/debtor-suggestions/review',
    {
      config: { access: { roles: ['finance'], action: 'debtors.suggestions', personalData: 'read' } },
      schema: {
        tags: ['debtors'],
        summary: 'Look-alike pairs side by side (records, claims per department, open totals), largest first',
        querystring: Type.Object({
          status: Type.Optional(
            Type.Union([Type.Literal('open'), Type.Literal('confirmed'), Type.Literal('rejected')]),
          ),
          page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000 })),
          pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
        }),
      },
    },
    async (request) => {
      const q = request.query;
      const size = q.pageSize ?? 10;
      const scope = scopeOf(request);
      const r = await reviewPage(app.deps.database.db, scope.orgId, q.status ?? 'open', {
        limit: size,
        offset: ((q.page ?? 1) - 1) * size,
      });
      noteSubjects(
        request,
        r.rows.flatMap((s) => [s.debtor.id, s.candidate.id]),
      );
      return { ...r, page: q.page ?? 1, pageSize: size };
    },
  );

  app.get(
    '/api/v1/debtors/:id/look-alikes',
    {
      config: {
        access: {
          roles: ['finance', 'social_worker'],
          action: 'debtors.overview',
          personalData: 'read',
          debtorParam: 'id',
        },
      },
      schema: {
        tags: ['debtors'],
        summary: 'Open look-alike suggestions this person takes part in',
        params: Id,
      },
    },
    async (request) => {
      const scope = scopeOf(request);
      return { suggestions: await openSuggestionsOf(app.deps.database.db, scope.orgId, request.params.id) };
    },
  );

  app.post(
    '/api/v1/debtor-suggestions/:id/confirm',
    {
      config: { access: MERGE_ACCESS },
      schema: { tags: ['debtors'], summary: 'Confirm: merge the two debtors (can be undone)', params: Id },
    },
    async (request, reply) => {
      const r = await confirmSuggestion(app.deps.database, scopeOf(request), request.params.id);
      if (!r.ok) return sendFailure(reply, r.error);
      noteSubjects(request, [r.value.survivorId]);
      return r.value;
    },
  );

  app.post(
    '/api/v1/debtor-suggestions/:id/reject',
    {
      config: { access: MERGE_ACCESS },
      schema: {
        tags: ['debtors'],
        summary: 'Reject: they are different people (with the reason, kept with the decision)',
        params: Id,
        body: Type.Optional(Type.Object({ reason: Type.Optional(Type.String({ maxLength: 1000 })) })),
      },
    },
    async (request, reply) => {
      const r = await rejectSuggestion(
        app.deps.database,
        scopeOf(request),
        request.params.id,
        request.body?.reason,
      );
      return r.ok ? { status: 'rejected' } : sendFailure(reply, r.error);
    },
  );

  app.post(
    '/api/v1/debtor-merges/:id/undo',
    {
      config: { access: MERGE_ACCESS },
      schema: { tags: ['debtors'], summary: 'Undo a merge: everything that moved goes back', params: Id },
    },
    async (request, reply) => {
      const r = await undoMerge(app.deps.database, scopeOf(request), request.params.id);
      return r.ok ? { status: 'undone' } : sendFailure(reply, r.error);
    },
  );
}
