import { Type } from '@sinclair/typebox';
import { type App, scopeOf, sendFailure } from '../platform/http.ts';
import { noteSubjects } from '../platform/route-access.ts';
import { overview } from './service.ts';

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
      timeBarred: Type.Boolean(),
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

export async function overviewRoutes(app: App): Promise<void> {
  app.get(
    '/api/v1/debtors/:id/overview',
    {
      config: {
        access: {
          roles: ['finance', 'clerk', 'social_worker', 'citizen'],
          action: 'debtors.overview',
          personalData: 'read',
          debtorParam: 'id',
        },
      },
      schema: {
        tags: ['debtors'],
        summary: 'The global claims overview of one person; amounts in cents',
        params: Id,
        response: { 200: OverviewSchema },
      },
    },
    async (request, reply) => {
      const result = await overview(app.deps.database, scopeOf(request), request.params.id, app.deps.today());
      if (!result.ok) return sendFailure(reply, result.error);
      noteSubjects(request, [result.value.debtor.id]);
      return result.value;
    },
  );
}
