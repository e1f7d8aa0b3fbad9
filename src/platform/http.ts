import { existsSync } from 'node:fs';
import path from 'node:path';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit, { type FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  LogController,
} from 'fastify';
import { isLang, negotiateLang } from '../kernel/i18n.ts';
import type { Config } from './config.ts';
import type { Database } from './db.ts';
import { type Failure, statusOf } from './errors.ts';
import {
  canonicalUuidFormat,
  InputError,
  JSON_BODY_LIMIT,
  registerInputRules,
  tooLarge,
} from './input-rules.ts';
import { platformMessages } from './messages.ts';
import { requestIdFrom } from './request-id.ts';
import type { Lang, Scope } from './scope.ts';
import { openRequestTenancy } from './tenant.ts';

export interface AppDeps {
  readonly config: Config;
  readonly database: Database;
  /** "Today" for the request; tests fix it. */
  readonly today: () => string;
  /** Folder with the built web app, served at `/`; null serves none. */
  readonly webRoot?: string | null;
}

declare module 'fastify' {
  interface FastifyRequest {
    scope: Scope | null;
  }
  interface FastifyContextConfig {
    /**
     * The route runs longer than a request's database budget (an import, a sweep): its statements
     * and lock waits are not limited, as for jobs and the CLI (EVS_STATEMENT_TIMEOUT_MS).
     */
    longRunning?: true;
  }
  interface FastifyInstance {
    deps: AppDeps;
  }
}

export type App = FastifyInstance<
  import('node:http').Server,
  import('node:http').IncomingMessage,
  import('node:http').ServerResponse,
  import('fastify').FastifyBaseLogger,
  TypeBoxTypeProvider
>;

export function requestLang(request: FastifyRequest, fallback: Lang): Lang {
  const q = (request.query as Record<string, unknown> | undefined)?.lang;
  if (isLang(q)) return q;
  const header = request.headers['accept-language'];
  return negotiateLang(typeof header === 'string' ? header : undefined, fallback);
}

/** The one error body: `{ error: { code, message, details? } }`. */
export function sendFailure(reply: FastifyReply, f: Failure) {
  return reply.status(statusOf[f.kind]).send({
    error: { code: f.code, message: f.message, ...(f.details === undefined ? {} : { details: f.details }) },
  });
}

export function scopeOf(request: FastifyRequest): Scope {
  if (!request.scope) throw new Error('route reached without a scope: its access check is missing');
  return request.scope;
}

/** PostgreSQL's query_canceled (statement_timeout) and lock_not_available (lock_timeout). */
const BUSY_CODES = new Set(['57014', '55P03']);
const BUSY_RETRY_SECONDS = 5;

export function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && BUSY_CODES.has(code);
}

/** What the composition root hands the HTTP layer (the platform imports no capability). */
export interface HttpPlumbing {
  readonly logger?: FastifyBaseLogger;
  /** Where request counts are kept; the default counts in this process only. */
  readonly rateLimitStore?: FastifyRateLimitStoreCtor;
}

export async function createHttpServer(deps: AppDeps, plumbing: HttpPlumbing = {}): Promise<App> {
  const { logger, rateLimitStore } = plumbing;
  const app = Fastify({
    ...(logger ? { loggerInstance: logger } : { logger: false }),
    genReqId: (req) => requestIdFrom(req.headers['x-request-id']),
    bodyLimit: JSON_BODY_LIMIT,
    // The client address is the socket's, unless it is a proxy the operator trusts (EVS_TRUSTED_PROXIES):
    // then the right-most X-Forwarded-For hop that is not one of them.
    trustProxy: deps.config.ops.trustedProxies.length > 0 ? [...deps.config.ops.trustedProxies] : false,
    ajv: { onCreate: canonicalUuidFormat } as Record<string, unknown>,
    // One line per request (the onResponse hook below) instead of Fastify's two multi-field entries.
    logController: new LogController({ disableRequestLogging: true }),
  }).withTypeProvider<TypeBoxTypeProvider>();
  registerInputRules(app, (request) => requestLang(request, deps.config.defaultLang));
  app.decorate('deps', deps);
  app.decorateRequest('scope', null);
  // First hook: the rest of the request runs in a tenancy the access check confines (tenant.ts),
  // with the request's database time budget unless the route declares itself long-running.
  const { statementMs, lockMs } = deps.config.ops.requestBudget;
  const budget = statementMs === 0 && lockMs === 0 ? null : { statementMs, lockMs };
  app.addHook('onRequest', (request, _reply, done) =>
    openRequestTenancy(request.routeOptions.config?.longRunning ? null : budget, done),
  );
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  app.addHook('onResponse', async (request, reply) => {
    const ms = Math.round(reply.elapsedTime);
    const path = request.url.split('?')[0];
    request.log.info(
      { method: request.method, path, status: reply.statusCode, ms },
      `${request.method} ${path} ${reply.statusCode} ${ms} ms`,
    );
  });

  // Security headers: the web app loads only its own scripts and styles, and is never framed.
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
      },
    },
  });
  // Generous for people, a brake for scripts; login has its own, stricter limit (src/access/routes.ts).
  // app.ts hands in a store kept in the database, so all instances share one counter per client.
  await app.register(rateLimit, {
    global: true,
    max: 1200,
    timeWindow: '1 minute',
    ...(rateLimitStore ? { store: rateLimitStore } : {}),
    // Thrown to the error handler below, which answers `{error: {code: 'rate_limited', message}}`.
    errorResponseBuilder: (request, context) => ({
      statusCode: 429,
      code: 'rate_limited',
      message:
        requestLang(request, deps.config.defaultLang) === 'en'
          ? `Too many requests; try again in ${context.after}.`
          : `Te veel aanvragen; probeer opnieuw over ${context.after}.`,
    }),
  });
  await app.register(multipart, { limits: { fileSize: 512 * 1024 * 1024, files: 1, fields: 20 } });
  app.addContentTypeParser('text/csv', (_request, payload, done) => done(null, payload));
  await app.register(swagger, {
    openapi: {
      info: { title: 'EvS — Eenheid van Schuld API', version: '1' },
      components: {
        securitySchemes: {
          cookie: { type: 'apiKey', in: 'cookie', name: 'evs_session' },
          token: { type: 'http', scheme: 'bearer' },
        },
      },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  app.setErrorHandler(
    (error: Error & { statusCode?: number; validation?: unknown; code?: string }, request, reply) => {
      const lang = requestLang(request, deps.config.defaultLang);
      if (error.validation) {
        return reply.status(400).send({
          error: {
            code: 'invalid_request',
            message: platformMessages.text(lang, 'invalidRequest', { detail: error.message }),
          },
        });
      }
      if (isBusy(error)) {
        // A statement or lock wait ran out of the request's budget (EVS_STATEMENT_TIMEOUT_MS): the
        // database is busy, not broken; the transaction rolled back, so nothing is half-written.
        request.log.warn({ code: error.code }, 'database busy: request timed out');
        return reply
          .status(503)
          .header('retry-after', String(BUSY_RETRY_SECONDS))
          .send({
            error: {
              code: 'busy',
              message: platformMessages.text(lang, 'busy', { seconds: BUSY_RETRY_SECONDS }),
            },
          });
      }
      const status = error.statusCode ?? 500;
      if (status >= 500) {
        request.log.error({ err: error }, 'request failed');
        return reply.status(500).send({
          error: {
            code: 'internal_error',
            message: platformMessages.text(lang, 'internalError', { requestId: request.id }),
          },
        });
      }
      if (error instanceof InputError)
        return reply.status(status).send({ error: { code: error.code, message: error.message } });
      if (status === 413) {
        const limit = request.routeOptions.bodyLimit ?? JSON_BODY_LIMIT;
        const e = tooLarge(lang, limit);
        return reply.status(413).send({ error: { code: e.code, message: e.message } });
      }
      if (status === 415) {
        return reply.status(415).send({
          error: {
            code: 'unsupported_media_type',
            message: request.headers['content-type']
              ? platformMessages.text(lang, 'unsupportedMediaType', {
                  contentType: request.headers['content-type'],
                })
              : platformMessages.text(lang, 'unsupportedMediaTypeUnnamed'),
          },
        });
      }
      // Fastify's own codes (FST_…) and texts are no contract: a plain code, the text as given.
      const code = error.code && !error.code.startsWith('FST_') ? error.code : 'bad_request';
      return reply.status(status).send({ error: { code, message: error.message } });
    },
  );

  app.get('/healthz', { schema: { hide: true }, config: { rateLimit: false } }, async () => ({
    status: 'ok',
  }));

  if (deps.webRoot && existsSync(path.join(deps.webRoot, 'index.html'))) {
    await app.register(fastifyStatic, { root: deps.webRoot, wildcard: false });
    app.setNotFoundHandler((request, reply) => {
      if (request.method === 'GET' && !request.url.startsWith('/api/')) return reply.sendFile('index.html');
      return reply.status(404).send({ error: { code: 'not_found', message: 'Not found' } });
    });
  }
  return app;
}
