import { Readable } from 'node:stream';
import { Type } from '@sinclair/typebox';
import { departmentRefusal, importVisible } from '../access/service.ts';
import { isLang, type Lang } from '../kernel/i18n.ts';
import { failure } from '../platform/errors.ts';
import type { App } from '../platform/http.ts';
import { scopeOf, sendFailure } from '../platform/http.ts';
import { ErrorSchema } from '../platform/route-schemas.ts';
import { importClaims } from './import-service.ts';
import { rejectedCsvOf } from './import-store.ts';
import { claimsMessages } from './messages.ts';

const RowErrorSchema = Type.Object({
  row: Type.Integer(),
  field: Type.String(),
  column: Type.String({ description: 'the column as the file names it' }),
  value: Type.String(),
  message: Type.String(),
});

export const ImportReportSchema = Type.Object({
  rows: Type.Integer(),
  created: Type.Integer(),
  updated: Type.Integer(),
  unchanged: Type.Integer(),
  rejected: Type.Array(RowErrorSchema),
  rejectedFile: Type.Union([Type.String(), Type.Null()]),
});

const truthy = (v: unknown) => v === true || v === 'true' || v === '1' || v === 'on';

interface UploadFields {
  department?: string;
  partial?: string;
  dryRun?: string;
  lang?: string;
}

export async function claimsRoutes(app: App): Promise<void> {
  app.post(
    '/api/v1/claim-imports',
    {
      config: {
        access: { roles: ['finance', 'clerk'], action: 'claims.import', personalData: 'write' },
        longRunning: true,
      },
      schema: {
        tags: ['claims'],
        summary: 'Import a department claims CSV (multipart field `file`, or a text/csv body)',
        description:
          'Fields (multipart) or query parameters: department (code), partial, dryRun, lang (nl|fr|en). ' +
          'All-or-nothing by default: 422 with the row errors and nothing written. With partial=true the good ' +
          'rows are imported and rejectedFile links to a CSV of the bad rows.',
        querystring: Type.Object({
          department: Type.Optional(Type.String()),
          partial: Type.Optional(Type.String()),
          dryRun: Type.Optional(Type.String()),
          lang: Type.Optional(Type.Union([Type.Literal('nl'), Type.Literal('fr'), Type.Literal('en')])),
        }),
        response: {
          200: ImportReportSchema,
          400: ErrorSchema,
          404: ErrorSchema,
          422: Type.Union([ImportReportSchema, ErrorSchema]),
        },
      },
    },
    async (request, reply) => {
      const fields: UploadFields = { ...request.query };
      let input: AsyncIterable<Buffer> | null = null;
      let fileName: string | undefined;
      if (request.isMultipart()) {
        // fields must come before the file: the file streams straight into the import
        const file = await request.file();
        if (file) {
          fileName = file.filename;
          input = file.file;
          for (const [name, field] of Object.entries(file.fields)) {
            if (field && !Array.isArray(field) && field.type === 'field') {
              (fields as Record<string, string>)[name] = String(field.value);
            }
          }
        }
      } else if (request.body instanceof Readable) {
        input = request.body as AsyncIterable<Buffer>;
      }
      const base = scopeOf(request);
      const lang: Lang = isLang(fields.lang) ? fields.lang : base.lang;
      const scope = { ...base, lang };
      if (!input || !fields.department) {
        return reply.status(400).send({
          error: {
            code: 'missing_field',
            message: claimsMessages.text(lang, 'missingField'),
          },
        });
      }
      const refused = await departmentRefusal(app.deps.database, scope, fields.department);
      if (refused) return sendFailure(reply, refused);
      const result = await importClaims(app.deps.database, scope, {
        departmentCode: fields.department,
        input,
        ...(fileName ? { fileName } : {}),
        partial: truthy(fields.partial),
        dryRun: truthy(fields.dryRun),
      });
      if (!result.ok) return sendFailure(reply, result.error);
      const { report, rejectedWhole, rejectedCsv, importId } = result.value;
      const withFile = {
        ...report,
        rejectedFile: rejectedCsv ? `/api/v1/claim-imports/${importId}/rejected.csv` : null,
      };
      return reply.status(rejectedWhole ? 422 : 200).send(withFile);
    },
  );

  app.get(
    '/api/v1/claim-imports/:id/rejected.csv',
    {
      config: { access: { roles: ['finance', 'clerk'], action: 'claims.import', personalData: 'read' } },
      schema: {
        tags: ['claims'],
        summary: 'The rejected rows of an import as CSV (same columns plus an error column)',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
      },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      const visible = await importVisible(app.deps.database, scope, request.params.id);
      const csv = visible && (await rejectedCsvOf(app.deps.database.db, scope.orgId, request.params.id));
      if (!csv) {
        const message = claimsMessages.text(scope.lang, 'noRejectedRows');
        return sendFailure(reply, failure('not_found', 'not_found', message));
      }
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="rejected-${request.params.id}.csv"`)
        .send(csv);
    },
  );
}
