import cookie from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../platform/http.ts';
import { requestLang } from '../platform/http.ts';
import { isUuid } from '../platform/input-rules.ts';
import { allowedRole, narrowing } from '../platform/roles.ts';
import { type DeclaredRoute, PURPOSE_HEADER } from '../platform/route-access.ts';
import type { Scope } from '../platform/scope.ts';
import { confineRequest } from '../platform/tenant.ts';
import { accessLogWriter } from './access-log-store.ts';
import { accessMessages } from './messages.ts';
import { sameSecret } from './secrets.ts';
import { type Actor, authenticateSession, authenticateToken } from './session-service.ts';
import { consentedDebtorIds, debtorExists } from './token-store.ts';

export const SESSION_COOKIE = 'evs_session';
export const CSRF_COOKIE = 'evs_csrf';
export const CSRF_HEADER = 'x-csrf-token';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    /** The role the actor acts in for this route (`token` for API tokens). */
    accessRole: string | null;
  }
}

/** A purpose is plain short text: letters, digits, spaces and `-_.,:/` up to 80 characters. */
const PLAIN_PURPOSE = /^[\p{L}\p{N}][\p{L}\p{N} _.,:/-]{0,79}$/u;

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const DEFAULT_PURPOSE: Record<string, string> = {
  finance: 'invordering',
  clerk: 'dienstvorderingen',
  social_worker: 'sociale-begeleiding',
  citizen: 'eigen-gegevens',
  auditor: 'toezicht',
  admin: 'beheer',
  policy: 'beleid',
  token: 'koppeling',
};

function deny(reply: FastifyReply, status: 400 | 401 | 403 | 404, code: string, message: string) {
  return reply.status(status).send({ error: { code, message } });
}

function bearerToken(request: FastifyRequest): string | null {
  const h = request.headers.authorization;
  if (typeof h !== 'string') return null;
  const m = /^Bearer\s+(\S+)$/i.exec(h);
  return m?.[1] ?? null;
}

/**
 * The one access check. Every /api/v1 route declares `config.access`; this hook authenticates (session
 * cookie or API token), refuses what the role may not do, narrows the scope (departments, consented or
 * own debtors) and writes the access log for every successful personal-data request.
 */
export async function authenticationHook(app: App): Promise<void> {
  await app.register(cookie);
  app.decorateRequest('actor', null);
  app.decorateRequest('accessRole', null);
  app.decorateRequest('accessSubjects', null as unknown as string[]);
  const { database, config } = app.deps;
  const writeAccessLog = accessLogWriter(database.db);
  const declared: DeclaredRoute[] = [];
  app.decorate('accessRoutes', declared);
  // Default deny by construction: an /api/v1 route without a declaration cannot even be registered.
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/v1/')) return;
    const rule = route.config?.access;
    if (!rule)
      throw new Error(`${route.method} ${route.url}: declare config.access (see src/access/roles.ts)`);
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') declared.push({ method, url: route.url, rule });
    }
  });

  app.addHook('onRequest', async (request, reply) => {
    request.accessSubjects = [];
    if (!request.url.startsWith('/api/v1/') || request.is404) return;
    const rule = request.routeOptions.config.access;
    if (!rule) {
      // Default deny: a route without a declaration is a bug, never silently open.
      throw new Error(
        `route ${request.routeOptions.method} ${request.routeOptions.url} has no access declaration`,
      );
    }
    if (rule.public) return;
    const lang = requestLang(request, config.defaultLang);
    const purposeSent = request.headers[PURPOSE_HEADER];
    if (
      purposeSent !== undefined &&
      (typeof purposeSent !== 'string' || !PLAIN_PURPOSE.test(purposeSent.trim()))
    ) {
      return deny(
        reply,
        400,
        'invalid_purpose',
        accessMessages.text(lang, 'invalidPurpose', { header: PURPOSE_HEADER }),
      );
    }
    const now = new Date();
    const bearer = bearerToken(request);
    const sessionToken = request.cookies[SESSION_COOKIE];
    const actor = bearer
      ? await authenticateToken(database, bearer)
      : sessionToken
        ? await authenticateSession(database, config.access, sessionToken, now)
        : null;
    if (!actor) {
      return deny(reply, 401, 'unauthenticated', accessMessages.text(lang, 'signIn'));
    }
    if (actor.kind === 'user' && !SAFE_METHODS.has(request.method)) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !actor.csrfToken || !sameSecret(sent, actor.csrfToken)) {
        return deny(reply, 403, 'csrf', accessMessages.text(lang, 'csrf'));
      }
    }
    const role = allowedRole(rule, actor);
    if (!role) {
      return deny(reply, 403, 'forbidden', accessMessages.text(lang, 'roleForbids'));
    }
    let scope: Scope = {
      orgId: actor.orgId,
      actor: `${actor.kind}:${actor.id}`,
      lang,
      userId: actor.kind === 'user' ? actor.id : null,
      roles: actor.kind === 'user' ? actor.roles : ['token'],
    };
    const narrow = narrowing(role);
    if (narrow === 'departments' && (role === 'clerk' || actor.departmentIds.length > 0)) {
      scope = { ...scope, departmentIds: actor.departmentIds };
    } else if (narrow === 'consented') {
      scope = {
        ...scope,
        debtorIds: await consentedDebtorIds(database.db, actor.orgId, actor.id, app.deps.today()),
      };
    } else if (narrow === 'own') {
      scope = { ...scope, debtorIds: actor.citizenDebtorId ? [actor.citizenDebtorId] : [] };
    }
    const unknownDebtor = () =>
      deny(reply, 404, 'unknown_debtor', accessMessages.text(lang, 'unknownPerson'));
    const debtorId = rule.debtorParam
      ? ((request.params as Record<string, string | undefined>)[rule.debtorParam] ?? '')
      : null;
    // Ids are checked here, before the route's schema: one rule (input-rules.ts) for both.
    if (debtorId !== null && !isUuid(debtorId)) return unknownDebtor();
    if (debtorId !== null && scope.debtorIds && !scope.debtorIds.includes(debtorId.toLowerCase())) {
      return role === 'social_worker'
        ? deny(reply, 403, 'no_consent', accessMessages.text(lang, 'noConsent'))
        : unknownDebtor();
    }
    request.actor = actor;
    request.accessRole = role;
    request.scope = scope;
    confineRequest(scope.orgId);
    // A person of another organisation (or none) is unknown: 404 before any read or access-log row.
    if (debtorId !== null && !scope.debtorIds && !(await debtorExists(database.db, scope.orgId, debtorId))) {
      request.scope = null;
      return unknownDebtor();
    }
  });

  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('x-request-id', request.id);
    const rule = request.routeOptions.config?.access;
    if (!rule || rule.public || !rule.personalData || !request.scope || reply.statusCode >= 400)
      return payload;
    const purposeHeader = request.headers[PURPOSE_HEADER];
    const purpose =
      typeof purposeHeader === 'string' && PLAIN_PURPOSE.test(purposeHeader.trim())
        ? purposeHeader.trim()
        : (DEFAULT_PURPOSE[request.accessRole ?? ''] ?? 'onbekend');
    const subjects = [...new Set(request.accessSubjects)];
    const entries = (subjects.length > 0 ? subjects : [null]).map((subjectDebtorId) => ({
      orgId: request.scope?.orgId ?? '',
      actor: request.scope?.actor ?? '',
      actorRole: request.accessRole ?? '',
      subjectDebtorId,
      action: rule.action,
      purpose,
      requestId: request.id,
    }));
    await writeAccessLog(entries);
    return payload;
  });
}
