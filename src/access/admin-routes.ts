import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { failure } from '../platform/errors.ts';
import { type App, scopeOf, sendFailure } from '../platform/http.ts';
import { ROLES } from '../platform/roles.ts';
import { actorsNamed, debtorsNamed } from './access-log-person.ts';
import { accessMessages } from './messages.ts';
import {
  accessLog,
  accessLogPage,
  addConsent,
  consents,
  createToken,
  endConsent,
  revokeApiToken,
  TOKEN_ACTIONS,
  tokens,
  whoLooked,
} from './service.ts';
import { createUser, resetPassword, setUserActive, users } from './user-service.ts';

const Id = Type.Object({ id: Type.String({ format: 'uuid' }) });
const DateText = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });

/** A social worker sees, records and ends only their own consents: their user id; others: undefined. */
function ownConsentsOnly(request: FastifyRequest): string | undefined {
  return request.accessRole === 'social_worker' ? (request.scope?.userId ?? '') : undefined;
}

/** Users, API tokens, consents, and the access log. */
export async function accessAdminRoutes(app: App): Promise<void> {
  const { database } = app.deps;

  app.get(
    '/api/v1/users',
    {
      config: { access: { roles: ['admin'], action: 'users.read' } },
      schema: { tags: ['access'], summary: 'Users of the organisation with roles and departments' },
    },
    async (request) => ({
      users: (await users(database, scopeOf(request))).map((u) => ({
        id: u.id,
        login: u.login,
        displayName: u.display_name,
        active: u.active,
        locked: u.locked_until !== null && u.locked_until.getTime() > Date.now(),
        roles: u.roles,
        departments: u.departments,
        debtorId: u.citizen_debtor_id,
      })),
    }),
  );

  app.post(
    '/api/v1/users',
    {
      config: { access: { roles: ['admin'], action: 'users.write' } },
      schema: {
        tags: ['access'],
        summary: 'Create a user',
        body: Type.Object({
          login: Type.String({ maxLength: 200 }),
          displayName: Type.String({ maxLength: 200 }),
          password: Type.Optional(Type.String({ maxLength: 500 })),
          roles: Type.Array(Type.Union(ROLES.map((r) => Type.Literal(r))), { minItems: 1 }),
          departments: Type.Optional(Type.Array(Type.String({ maxLength: 32 }))),
          debtorId: Type.Optional(Type.String({ format: 'uuid' })),
        }),
      },
    },
    async (request, reply) => {
      const { debtorId, ...rest } = request.body;
      const r = await createUser(database, scopeOf(request), {
        ...rest,
        ...(debtorId ? { citizenDebtorId: debtorId } : {}),
      });
      return r.ok ? reply.status(201).send(r.value) : sendFailure(reply, r.error);
    },
  );

  app.post(
    '/api/v1/users/:id/password',
    {
      config: { access: { roles: ['admin'], action: 'users.write' } },
      schema: {
        tags: ['access'],
        summary: 'Reset a user password (ends their sessions, lifts a lockout)',
        params: Id,
        body: Type.Object({ password: Type.String({ maxLength: 500 }) }),
      },
    },
    async (request, reply) => {
      const r = await resetPassword(database, scopeOf(request), request.params.id, request.body.password);
      return r.ok ? { status: 'reset' } : sendFailure(reply, r.error);
    },
  );

  app.put(
    '/api/v1/users/:id/active',
    {
      config: { access: { roles: ['admin'], action: 'users.write' } },
      schema: {
        tags: ['access'],
        summary: 'Activate or deactivate a user',
        params: Id,
        body: Type.Object({ active: Type.Boolean() }),
      },
    },
    async (request, reply) => {
      const r = await setUserActive(database, scopeOf(request), request.params.id, request.body.active);
      return r.ok ? { active: request.body.active } : sendFailure(reply, r.error);
    },
  );

  app.get(
    '/api/v1/tokens',
    {
      config: { access: { roles: ['admin'], action: 'tokens.read' } },
      schema: { tags: ['access'], summary: 'API tokens (never the secret)' },
    },
    async (request) => ({ tokens: await tokens(database, scopeOf(request)), actions: TOKEN_ACTIONS }),
  );

  app.post(
    '/api/v1/tokens',
    {
      config: { access: { roles: ['admin'], action: 'tokens.write' } },
      schema: {
        tags: ['access'],
        summary: 'Create an API token; the secret is in this answer only',
        body: Type.Object({
          name: Type.String({ maxLength: 200 }),
          actions: Type.Array(Type.String({ maxLength: 64 }), { minItems: 1 }),
          departments: Type.Optional(Type.Array(Type.String({ maxLength: 32 }))),
        }),
      },
    },
    async (request, reply) => {
      const r = await createToken(database, scopeOf(request), {
        name: request.body.name,
        actions: request.body.actions,
        departments: request.body.departments ?? [],
      });
      return r.ok ? reply.status(201).send(r.value) : sendFailure(reply, r.error);
    },
  );

  app.post(
    '/api/v1/tokens/:id/revoke',
    {
      config: { access: { roles: ['admin'], action: 'tokens.write' } },
      schema: { tags: ['access'], summary: 'Revoke an API token', params: Id },
    },
    async (request, reply) => {
      const r = await revokeApiToken(database, scopeOf(request), request.params.id);
      return r.ok ? { status: 'revoked' } : sendFailure(reply, r.error);
    },
  );

  app.get(
    '/api/v1/consents',
    {
      config: {
        access: { roles: ['admin', 'social_worker'], action: 'consents.read', personalData: 'read' },
      },
      schema: { tags: ['access'], summary: 'Consents and mandates (a social worker sees their own)' },
    },
    async (request) => {
      const rows = await consents(database, scopeOf(request), ownConsentsOnly(request));
      request.accessSubjects.push(...rows.flatMap((c) => (c.debtorId ? [c.debtorId] : [])));
      return { consents: rows.map((c) => ({ ...c, revokedAt: c.revokedAt?.toISOString() ?? null })) };
    },
  );

  app.post(
    '/api/v1/consents',
    {
      config: {
        access: { roles: ['admin', 'social_worker'], action: 'consents.write', personalData: 'write' },
      },
      schema: {
        tags: ['access'],
        summary: "Record a debtor's consent or mandate for a social worker",
        description:
          'An administrator records it for any social worker (userId); a social worker for themselves only. ' +
          'The person is named by debtorId or by nationalNumber. By national number the consent is recorded ' +
          'whether or not the person has claims (201 with debtorId null either way, so the answer does not tell ' +
          'who owes the city); it covers the person once EvS knows them under that number.',
        body: Type.Object({
          userId: Type.Optional(Type.String({ format: 'uuid' })),
          debtorId: Type.Optional(Type.String({ format: 'uuid' })),
          nationalNumber: Type.Optional(Type.String({ maxLength: 20 })),
          kind: Type.Optional(Type.Union([Type.Literal('consent'), Type.Literal('mandate')])),
          purpose: Type.String({ maxLength: 500 }),
          validFrom: DateText,
          validUntil: DateText,
          evidenceRef: Type.String({ maxLength: 500 }),
        }),
      },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      const own = ownConsentsOnly(request);
      if (own !== undefined && request.body.userId !== undefined && request.body.userId !== own) {
        const message = accessMessages.text(scope.lang, 'ownConsentsOnly');
        return sendFailure(reply, failure('forbidden', 'own_consents_only', message));
      }
      const userId = own ?? request.body.userId;
      if (!userId) {
        const message = accessMessages.text(scope.lang, 'chooseSocialWorker');
        return sendFailure(reply, failure('invalid', 'invalid_consent', message));
      }
      const r = await addConsent(database, scope, { kind: 'consent', ...request.body, userId });
      if (!r.ok) return sendFailure(reply, r.error);
      if (r.value.debtorId) request.accessSubjects.push(r.value.debtorId);
      return reply.status(201).send(r.value);
    },
  );

  app.post(
    '/api/v1/consents/:id/end',
    {
      config: { access: { roles: ['admin', 'social_worker'], action: 'consents.write' } },
      schema: {
        tags: ['access'],
        summary: 'End a consent now (a social worker: one of their own)',
        params: Id,
      },
    },
    async (request, reply) => {
      const r = await endConsent(database, scopeOf(request), request.params.id, ownConsentsOnly(request));
      return r.ok ? { status: 'ended' } : sendFailure(reply, r.error);
    },
  );

  app.get(
    '/api/v1/access-log',
    {
      config: { access: { roles: ['auditor'], action: 'access_log.read' } },
      schema: {
        tags: ['access'],
        summary: 'Search the access log (who read or changed whose data)',
        querystring: Type.Object({
          debtorId: Type.Optional(Type.String({ format: 'uuid' })),
          actor: Type.Optional(Type.String({ maxLength: 100 })),
          action: Type.Optional(Type.String({ maxLength: 100 })),
          from: Type.Optional(DateText),
          until: Type.Optional(DateText),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
        }),
      },
    },
    async (request) => ({ entries: await accessLog(database, scopeOf(request), request.query) }),
  );

  app.post(
    '/api/v1/access-log/search',
    {
      config: { access: { roles: ['auditor'], action: 'access_log.read' } },
      schema: {
        tags: ['access'],
        summary:
          'Search the access log by a person (name or national number, in the body) and/or staff member, paged and sorted by time',
        description:
          '`person`: a national number in any notation, or a fragment of the name (all records found, merged ones included). ' +
          '`actor`: a fragment of a staff member’s name or login, or an actor label (`user:<id>`, `cli`, `system`). ' +
          'Pages of `limit` lines (default 50) from `offset`, newest first unless `order` is `oldest`; `total` counts every match.',
        body: Type.Object({
          person: Type.Optional(Type.String({ maxLength: 100 })),
          actor: Type.Optional(Type.String({ maxLength: 100 })),
          action: Type.Optional(Type.String({ maxLength: 100 })),
          from: Type.Optional(DateText),
          until: Type.Optional(DateText),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
          offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000 })),
          order: Type.Optional(Type.Union([Type.Literal('newest'), Type.Literal('oldest')])),
        }),
      },
    },
    async (request) => {
      const { person, actor, ...rest } = request.body;
      const scope = scopeOf(request);
      const filter = {
        ...rest,
        limit: rest.limit ?? 50,
        ...(person?.trim() ? { debtorIds: await debtorsNamed(database, scope, person) } : {}),
        ...(actor?.trim() ? { actors: await actorsNamed(database, scope, actor) } : {}),
      };
      return accessLogPage(database, scope, filter);
    },
  );

  app.get(
    '/api/v1/debtors/:id/access-log',
    {
      config: {
        access: { roles: ['auditor', 'finance', 'citizen'], action: 'access_log.debtor', debtorParam: 'id' },
      },
      schema: {
        tags: ['access'],
        summary: 'Who looked at this person (a citizen sees organisations and roles)',
        params: Id,
      },
    },
    async (request) => ({
      entries: await whoLooked(
        database,
        scopeOf(request),
        request.params.id,
        request.accessRole !== 'citizen',
      ),
    }),
  );
}
