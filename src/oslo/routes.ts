import { Type } from '@sinclair/typebox';
import { departmentRefusal } from '../access/service.ts';
import { ImportReportSchema } from '../claims/routes.ts';
import { type App, scopeOf, sendFailure } from '../platform/http.ts';
import { noteSubjects } from '../platform/route-access.ts';
import { ErrorSchema } from '../platform/route-schemas.ts';
import { exportDebtorFile, importOsloClaims } from './service.ts';

const truthy = (v: unknown) => v === true || v === 'true' || v === '1';

const DocumentSchema = Type.Object(
  { '@context': Type.String(), '@graph': Type.Array(Type.Record(Type.String(), Type.Unknown())) },
  { description: 'OSLO Schuldbeheer JSON-LD (erkende standaard 2025-05-15)' },
);

const ImportResultSchema = Type.Object({
  imports: Type.Array(
    Type.Object({
      department: Type.String(),
      rejectedWhole: Type.Boolean(),
      report: ImportReportSchema,
      subjects: Type.Array(Type.String()),
    }),
  ),
});

export async function osloRoutes(app: App): Promise<void> {
  // JSON-LD bodies are JSON: parse them like application/json (this plugin's routes only).
  app.addContentTypeParser('application/ld+json', { parseAs: 'string' }, (_request, body, done) => {
    try {
      done(null, JSON.parse(String(body)));
    } catch {
      done(Object.assign(new Error('Invalid JSON'), { statusCode: 400, code: 'invalid_json' }), undefined);
    }
  });

  app.get(
    '/api/v1/debtors/:id/oslo',
    {
      config: {
        access: {
          roles: ['finance', 'clerk', 'social_worker', 'citizen'],
          action: 'oslo.export',
          personalData: 'read',
          debtorParam: 'id',
        },
      },
      schema: {
        tags: ['oslo'],
        summary: "A debtor's file as OSLO Schuldbeheer JSON-LD (application/ld+json)",
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        response: { 200: DocumentSchema, 404: ErrorSchema },
      },
    },
    async (request, reply) => {
      const result = await exportDebtorFile(
        app.deps.database,
        scopeOf(request),
        request.params.id,
        app.deps.today(),
      );
      if (!result.ok) return sendFailure(reply, result.error);
      noteSubjects(request, [request.params.id]);
      return reply
        .type('application/ld+json; charset=utf-8')
        .send({ '@context': result.value['@context'], '@graph': [...result.value['@graph']] });
    },
  );

  app.post(
    '/api/v1/oslo-imports',
    {
      config: {
        access: { roles: ['finance', 'clerk'], action: 'claims.import', personalData: 'write' },
        longRunning: true,
      },
      schema: {
        tags: ['oslo'],
        summary: 'Import claims from an OSLO Schuldbeheer JSON-LD document (application/ld+json body)',
        description:
          'The document must conform to the OSLO SHACL shapes (422 oslo_shapes with the violations otherwise). Its ' +
          'claims are then imported like a CSV: same row validation and report, all-or-nothing unless partial=true, ' +
          'importing the same document again changes nothing. Without ?department= the department is read from ' +
          'each claim identifier, one import per department.',
        querystring: Type.Object({
          department: Type.Optional(Type.String()),
          partial: Type.Optional(Type.String()),
          dryRun: Type.Optional(Type.String()),
          lang: Type.Optional(Type.Union([Type.Literal('nl'), Type.Literal('fr'), Type.Literal('en')])),
        }),
        body: Type.Unknown(),
        response: {
          200: ImportResultSchema,
          403: ErrorSchema,
          404: ErrorSchema,
          422: Type.Union([ImportResultSchema, ErrorSchema]),
        },
      },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      const { department } = request.query;
      const result = await importOsloClaims(app.deps.database, scope, request.body, {
        ...(department ? { departmentCode: department } : {}),
        partial: truthy(request.query.partial),
        dryRun: truthy(request.query.dryRun),
        refuse: (code) => departmentRefusal(app.deps.database, scope, code),
      });
      if (!result.ok) return sendFailure(reply, result.error);
      const imports = result.value.map(
        ({ department: d, rejectedWhole, report, subjects: [...subjects] }) => ({
          department: d,
          rejectedWhole,
          report,
          subjects: [...subjects],
        }),
      );
      return reply.status(imports.some((i) => i.rejectedWhole) ? 422 : 200).send({ imports });
    },
  );
}
