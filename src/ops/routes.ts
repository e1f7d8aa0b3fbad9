import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../platform/http.ts';
import { metrics, renderMetrics } from './metrics.ts';
import { readiness } from './readiness-service.ts';

/**
 * Operations endpoints outside /api/v1: /readyz for load balancers and /metrics for Prometheus, plus
 * the request counters. Registered on the root instance (not as an encapsulated plugin) so its hooks
 * see every route.
 */
export async function registerOps(app: App): Promise<void> {
  const { config, database } = app.deps;

  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    const labels = { route, method: request.method };
    metrics.httpRequests.inc({ ...labels, status: String(reply.statusCode) });
    metrics.httpDuration.observe(labels, reply.elapsedTime / 1000);
  });

  app.get('/readyz', { schema: { hide: true } }, async (_request, reply) => {
    const state = await readiness(database);
    return reply
      .status(state.ready ? 200 : 503)
      .send({ status: state.ready ? 'ready' : 'not_ready', ...state });
  });

  const { metricsToken, metricsPort } = config.ops;
  const open = metricsToken === null && metricsPort === null && config.env !== 'production';
  if (metricsToken === null && !open) return; // served on EVS_METRICS_PORT only, or not at all

  app.get('/metrics', { schema: { hide: true } }, async (request: FastifyRequest, reply: FastifyReply) => {
    if (metricsToken !== null) {
      const m = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
      if (!m?.[1] || !sameSecret(m[1], metricsToken)) {
        return reply
          .status(401)
          .send({ error: { code: 'unauthenticated', message: 'metrics token required' } });
      }
    }
    const { contentType, body } = await renderMetrics();
    return reply.type(contentType).send(body);
  });
}

function sameSecret(a: string, b: string): boolean {
  // Hashing first gives equal lengths, so the comparison time says nothing about the token.
  const digest = (t: string) => createHash('sha256').update(t).digest();
  return timingSafeEqual(digest(a), digest(b));
}
