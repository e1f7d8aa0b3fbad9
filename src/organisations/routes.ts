import { Type } from '@sinclair/typebox';
import { type App, scopeOf, sendFailure } from '../platform/http.ts';
import { STAFF } from '../platform/roles.ts';
import { addDepartment, categories, departments, setCategory } from './service.ts';

export async function organisationsRoutes(app: App): Promise<void> {
  app.get(
    '/api/v1/departments',
    {
      config: { access: { roles: STAFF, action: 'departments.read' } },
      schema: { tags: ['organisation'], summary: 'Departments of the organisation' },
    },
    async (request) => ({
      departments: (await departments(app.deps.database, scopeOf(request))).map(
        ({ code, name, participates }) => ({
          code,
          name,
          participates,
        }),
      ),
    }),
  );

  app.post(
    '/api/v1/departments',
    {
      config: { access: { roles: ['admin'], action: 'departments.write' } },
      schema: {
        tags: ['organisation'],
        summary: 'Add a department',
        body: Type.Object({ code: Type.String({ maxLength: 32 }), name: Type.String({ maxLength: 200 }) }),
      },
    },
    async (request, reply) => {
      const r = await addDepartment(
        app.deps.database,
        scopeOf(request),
        request.body.code,
        request.body.name,
      );
      if (!r.ok) return sendFailure(reply, r.error);
      const { code, name, participates } = r.value;
      return reply.status(201).send({ code, name, participates });
    },
  );

  app.get(
    '/api/v1/categories',
    {
      config: { access: { roles: ['admin', 'finance', 'clerk'], action: 'categories.read' } },
      schema: {
        tags: ['organisation'],
        summary: 'Claim categories with their limitation period',
        querystring: Type.Object({ department: Type.Optional(Type.String()) }),
      },
    },
    async (request) => ({
      categories: (await categories(app.deps.database, scopeOf(request), request.query.department)).map(
        ({ department, name, fiscal, limitationPeriod }) => ({ department, name, fiscal, limitationPeriod }),
      ),
    }),
  );

  app.put(
    '/api/v1/departments/:code/categories/:name',
    {
      config: { access: { roles: ['admin', 'finance'], action: 'categories.write' } },
      schema: {
        tags: ['organisation'],
        summary: 'Create or edit a claim category (limitation period as ISO duration, e.g. P5Y)',
        params: Type.Object({ code: Type.String(), name: Type.String() }),
        body: Type.Object({
          fiscal: Type.Optional(Type.Boolean()),
          limitationPeriod: Type.Optional(Type.String()),
        }),
      },
    },
    async (request, reply) => {
      const r = await setCategory(
        app.deps.database,
        scopeOf(request),
        request.params.code,
        request.params.name,
        {
          ...(request.body.fiscal === undefined ? {} : { fiscal: request.body.fiscal }),
          ...(request.body.limitationPeriod === undefined
            ? {}
            : { limitationPeriod: request.body.limitationPeriod }),
        },
      );
      if (!r.ok) return sendFailure(reply, r.error);
      const { department, name, fiscal, limitationPeriod } = r.value;
      return { department, name, fiscal, limitationPeriod };
    },
  );
}
