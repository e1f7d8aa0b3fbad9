import { Type } from '@sinclair/typebox';
import { overview } from '../overview/service.ts';
import { type App, scopeOf, sendFailure } from '../platform/http.ts';
import { confirmSuggestion, rejectSuggestion, search, suggestions, undoMerge } from './service.ts';

const Id = Type.Object({ id: Type.String({ format: 'uuid' }) });

const OverviewSchema = Type.Object({
  debtor: Type.Object({
    id: Type.String(),
    name: Type.String(),
    birthDate: Type.Union([Type.String(), Type.Null()]),
    nationalNumber: Type.Union([Type.String(), Type.Null()]),
    address: Type.Union([Type.String(), Type.Null()]),
    householdId: Type.Union([Type.String(), Type.Null()]),
    customerNumbers: Type.Array(Type.Object({ department: Type.String(), customerNumber: Type.String() })),
  }),
  claims: Type.Array(
    Type.Object({
      department: Type.String(),
      claimId: Type.String(),
      category: Type.String(),
      principal: Type.Integer(),
      charges: Type.Integer(),
      paid: Type.Integer(),
      open: Type.Integer(),
      dueDate: Type.String({ format: 'date' }),
      limitationDate: Type.String({ format: 'date' }),
      daysOverdue: Type.Integer(),
      status: Type.Union([Type.Literal('open'), Type.Literal('paid'), Type.Literal('cancelled')]),
    }),
  ),
  totals: Type.Object({
    principal: Type.Integer(),
    charges: Type.Integer(),
    paid: Type.Integer(),
    open: Type.Integer(),
  }),
  byDepartment: Type.Array(
    Type.Object({ department: Type.String(), open: Type.Integer(), count: Type.Integer() }),
  ),
});

export async function debtorsRoutes(app: App): Promise<void> {
  app.post(
    '/api/v1/debtors/search',
    {
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
          }),
        },
      },
    },
    async (request) => ({ results: await search(app.deps.database, scopeOf(request), request.body.query) }),
  );

  app.get(
    '/api/v1/debtors/:id/overview',
    {
      schema: {
        tags: ['debtors'],
        summary: 'The global claims overview of one person; amounts in cents',
        params: Id,
        response: { 200: OverviewSchema },
      },
    },
    async (request, reply) => {
      const result = await overview(app.deps.database, scopeOf(request), request.params.id, app.deps.today());
      return result.ok ? result.value : sendFailure(reply, result.error);
    },
  );

  app.get(
    '/api/v1/debtor-suggestions',
    {
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
    async (request) => ({
      suggestions: await suggestions(app.deps.database, scopeOf(request), request.query.status),
    }),
  );

  app.post(
    '/api/v1/debtor-suggestions/:id/confirm',
    { schema: { tags: ['debtors'], summary: 'Confirm: merge the two debtors (can be undone)', params: Id } },
    async (request, reply) => {
      const r = await confirmSuggestion(app.deps.database, scopeOf(request), request.params.id);
      return r.ok ? r.value : sendFailure(reply, r.error);
    },
  );

  app.post(
    '/api/v1/debtor-suggestions/:id/reject',
    { schema: { tags: ['debtors'], summary: 'Reject: they are different people', params: Id } },
    async (request, reply) => {
      const r = await rejectSuggestion(app.deps.database, scopeOf(request), request.params.id);
      return r.ok ? { status: 'rejected' } : sendFailure(reply, r.error);
    },
  );

  app.post(
    '/api/v1/debtor-merges/:id/undo',
    { schema: { tags: ['debtors'], summary: 'Undo a merge: everything that moved goes back', params: Id } },
    async (request, reply) => {
      const r = await undoMerge(app.deps.database, scopeOf(request), request.params.id);
      return r.ok ? { status: 'undone' } : sendFailure(reply, r.error);
    },
  );
}
