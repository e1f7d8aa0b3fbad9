import { Type } from '@sinclair/typebox';
import { type App, scopeOf, sendFailure } from '../platform/http.ts';
import {
  addWebhook,
  departmentFeed,
  departmentFeedCsv,
  removeWebhook,
  webhookDeliveries,
  webhooks,
} from './service.ts';
import { webhookPolicy } from './webhook-target.ts';

const FEED_ROLES = ['finance', 'clerk', 'admin'] as const;
const ADMIN = ['admin', 'finance'] as const;
const Department = Type.Object({ department: Type.String({ minLength: 1, maxLength: 50 }) });
const Cursor = Type.Object({
  after: Type.Optional(Type.Integer({ minimum: 0 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
});

export async function feedRoutes(app: App): Promise<void> {
  const { database } = app.deps;

  app.get(
    '/api/v1/feed/:department',
    {
      config: { access: { roles: FEED_ROLES, action: 'feed.read' } },
      schema: {
        tags: ['feed'],
        summary:
          "A department's feed of its claims' EvS state (bundled, plan_active, paid, released, …): poll with after=<cursor>",
        params: Department,
        querystring: Cursor,
        response: {
          200: Type.Object({
            events: Type.Array(
              Type.Object({
                seq: Type.Integer(),
                type: Type.String(),
                occurredAt: Type.String(),
                department: Type.String(),
                claimId: Type.String(),
                data: Type.Record(Type.String(), Type.Unknown()),
              }),
            ),
            next: Type.Union([Type.Integer(), Type.Null()]),
            cursor: Type.Integer(),
          }),
        },
      },
    },
    async (request, reply) => {
      const r = await departmentFeed(
        database,
        scopeOf(request),
        request.params.department,
        request.query.after ?? 0,
        request.query.limit ?? 100,
      );
      return r.ok ? r.value : sendFailure(reply, r.error);
    },
  );

  app.get(
    '/api/v1/feed/:department/export.csv',
    {
      config: { access: { roles: FEED_ROLES, action: 'feed.read' } },
      schema: {
        tags: ['feed'],
        summary: "The department's feed after a cursor as CSV",
        params: Department,
        querystring: Cursor,
      },
    },
    async (request, reply) => {
      const r = await departmentFeedCsv(
        database,
        scopeOf(request),
        request.params.department,
        request.query.after ?? 0,
      );
      if (!r.ok) return sendFailure(reply, r.error);
      return reply
        .type('text/csv; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="evs-feed-${request.params.department.toLowerCase()}.csv"`,
        )
        .send(r.value);
    },
  );

  app.get(
    '/api/v1/webhooks',
    {
      config: { access: { roles: ADMIN, action: 'feed.webhooks' } },
      schema: { tags: ['feed'], summary: 'Webhook endpoints per department' },
    },
    async (request) => ({ webhooks: await webhooks(database, scopeOf(request)) }),
  );

  app.post(
    '/api/v1/webhooks',
    {
      config: { access: { roles: ADMIN, action: 'feed.webhooks' } },
      schema: {
        tags: ['feed'],
        summary: 'Register a signed webhook for a department; the secret is returned once',
        body: Type.Object({ department: Type.String(), url: Type.String({ maxLength: 2000 }) }),
        response: { 201: Type.Object({ id: Type.String(), secret: Type.String() }) },
      },
    },
    async (request, reply) => {
      const r = await addWebhook(
        database,
        scopeOf(request),
        request.body.department,
        request.body.url,
        webhookPolicy(app.deps.config.ops),
      );
      return r.ok ? reply.status(201).send(r.value) : sendFailure(reply, r.error);
    },
  );

  app.delete(
    '/api/v1/webhooks/:id',
    {
      config: { access: { roles: ADMIN, action: 'feed.webhooks' } },
      schema: {
        tags: ['feed'],
        summary: 'Stop a webhook',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
      },
    },
    async (request, reply) => {
      const r = await removeWebhook(database, scopeOf(request), request.params.id);
      return r.ok ? { status: 'removed' as const } : sendFailure(reply, r.error);
    },
  );

  app.get(
    '/api/v1/webhook-deliveries',
    {
      config: { access: { roles: ADMIN, action: 'feed.webhooks' } },
      schema: { tags: ['feed'], summary: 'The delivery log (attempts, status, next retry)' },
    },
    async (request) => ({ deliveries: await webhookDeliveries(database, scopeOf(request)) }),
  );
}
