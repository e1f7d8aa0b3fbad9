import { Type } from '@sinclair/typebox';
import { type App, scopeOf, sendFailure } from '../platform/http.ts';
import { jobs, retryJob } from './service.ts';

const JobStatus = Type.Union([
  Type.Literal('queued'),
  Type.Literal('running'),
  Type.Literal('done'),
  Type.Literal('dead'),
]);

const Job = Type.Object({
  id: Type.String(),
  name: Type.String(),
  slot: Type.String(),
  today: Type.String(),
  status: JobStatus,
  attempts: Type.Integer(),
  maxAttempts: Type.Integer(),
  runAt: Type.String(),
  lastError: Type.Union([Type.String(), Type.Null()]),
  finishedAt: Type.Union([Type.String(), Type.Null()]),
});

const ErrorBody = Type.Object({
  error: Type.Object({ code: Type.String(), message: Type.String() }),
});

/** Background jobs of the organisation, for admins: see what failed and start it again. */
export async function jobsRoutes(app: App): Promise<void> {
  app.get(
    '/api/v1/jobs',
    {
      config: { access: { roles: ['admin'], action: 'jobs.read' } },
      schema: {
        tags: ['operations'],
        summary: 'Background jobs (newest first); status=dead lists those waiting for an admin',
        querystring: Type.Object({
          status: Type.Optional(JobStatus),
          name: Type.Optional(Type.String({ maxLength: 100 })),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
        }),
        response: { 200: Type.Object({ jobs: Type.Array(Job) }) },
      },
    },
    async (request) => ({ jobs: await jobs(app.deps.database, scopeOf(request), request.query) }),
  );

  app.post(
    '/api/v1/jobs/:id/retry',
    {
      config: { access: { roles: ['admin'], action: 'jobs.retry' } },
      schema: {
        tags: ['operations'],
        summary: 'Run a dead job again (fresh attempts)',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        response: { 204: Type.Null(), 404: ErrorBody },
      },
    },
    async (request, reply) => {
      const r = await retryJob(app.deps.database, scopeOf(request), request.params.id);
      if (!r.ok) return sendFailure(reply, r.error);
      return reply.status(204).send(null);
    },
  );
}
