import { Type } from '@sinclair/typebox';
import { failure } from '../platform/errors.ts';
import { type App, scopeOf, sendFailure } from '../platform/http.ts';
import { csvBody } from '../platform/input-rules.ts';
import { csvHeader } from './csv-columns.ts';
import { confirmDownload, downloadCsvBatch, uploadCsvBatch } from './csv-service.ts';
import { hubMessages } from './hub-messages.ts';
import { hubSettings } from './io-keys.ts';
import { isMessageType } from './message-schemas.ts';
import { HUB_ROLES, openerOf, sendHubFailure } from './routes.ts';
import { MessageSummarySchema } from './routes-schemas.ts';

const TypeParam = Type.Object({ type: Type.String({ maxLength: 40 }) });
const As = Type.Object({ as: Type.Optional(Type.String({ maxLength: 64 })) });

async function readAll(stream: AsyncIterable<Buffer | string>, limit: number): Promise<Uint8Array | null> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += b.length;
    // Past the limit, keep reading without keeping: answering before the upload ends resets the
    // connection, and the client would see no 413 at all (Fastify's bodyLimit bounds the rest).
    if (size <= limit) parts.push(b);
  }
  return size > limit ? null : new Uint8Array(Buffer.concat(parts));
}

/** CSV batches per message type: upload (all or nothing, ≤ 4 MB), download (confirmed like messages). */
export async function csvRoutes(app: App): Promise<void> {
  const settings = hubSettings(app.deps.config);
  const { database } = app.deps;
  const tags = ['hub'];

  app.get(
    '/api/v1/hub/csv/:type/template',
    {
      config: { access: { roles: HUB_ROLES, action: 'hub.read' } },
      schema: { tags, summary: 'The empty upload file of a message type', params: TypeParam },
    },
    async (request, reply) => {
      if (!isMessageType(request.params.type))
        return reply.status(404).send({ error: { code: 'hub_unknown_type', message: request.params.type } });
      return reply
        .type('text/csv; charset=utf-8')
        .send(`\uFEFF${csvHeader(request.params.type).join(';')}\r\n`);
    },
  );

  app.post(
    '/api/v1/hub/csv/:type',
    {
      config: { access: { roles: HUB_ROLES, action: 'hub.send' }, longRunning: true },
      bodyLimit: 5 * 1024 * 1024,
      schema: {
        tags,
        summary: 'Upload a CSV batch of one type (text/csv); one bad row rejects the whole file',
        params: TypeParam,
        querystring: As,
        response: { 201: Type.Object({ messages: Type.Array(MessageSummarySchema) }) },
      },
    },
    async (request, reply) => {
      const file = await readAll(csvBody(request.body, scopeOf(request).lang), 4 * 1024 * 1024);
      if (file === null)
        return sendFailure(
          reply,
          failure(
            'too_large',
            'hub_csv_too_large',
            hubMessages.text(scopeOf(request).lang, 'csvLargerThan4Mb'),
          ),
        );
      const r = await uploadCsvBatch(
        database,
        settings,
        scopeOf(request),
        request.query.as,
        request.params.type,
        file,
        app.deps.today(),
      );
      return r.ok ? reply.status(201).send({ messages: r.value }) : sendHubFailure(reply, r.error);
    },
  );

  app.get(
    '/api/v1/hub/csv/:type',
    {
      config: { access: { roles: HUB_ROLES, action: 'hub.read' } },
      schema: {
        tags,
        summary:
          'Download the unconfirmed messages of one type as CSV (header X-Hub-Download names the download to confirm)',
        params: TypeParam,
        querystring: As,
      },
    },
    async (request, reply) => {
      const r = await downloadCsvBatch(
        database,
        settings,
        scopeOf(request),
        request.query.as,
        request.params.type,
        app.deps.today(),
        openerOf(request),
      );
      if (!r.ok) return sendFailure(reply, r.error);
      return reply
        .header('x-hub-download', r.value.id)
        .header('x-hub-count', String(r.value.count))
        .header('content-disposition', `attachment; filename="${request.params.type}-${r.value.id}.csv"`)
        .type('text/csv; charset=utf-8')
        .send(r.value.csv);
    },
  );

  app.post(
    '/api/v1/hub/downloads/:id/confirm',
    {
      config: { access: { roles: HUB_ROLES, action: 'hub.confirm' } },
      schema: {
        tags,
        summary: 'Confirm every message of a CSV download',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        response: { 200: Type.Object({ confirmed: Type.Integer() }) },
      },
    },
    async (request, reply) => {
      const r = await confirmDownload(database, scopeOf(request), request.params.id, app.deps.today());
      return r.ok ? r.value : sendFailure(reply, r.error);
    },
  );
}
