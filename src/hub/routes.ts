import { Type } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Failure } from '../platform/errors.ts';
import { type App, scopeOf, sendFailure } from '../platform/http.ts';
import type { AccessRule } from '../platform/roles.ts';
import { PURPOSE_HEADER } from '../platform/route-access.ts';
import type { Scope } from '../platform/scope.ts';
import { csvRoutes } from './csv-routes.ts';
import { sendBalanceRequests } from './fan-out-service.ts';
import {
  confirmMessages,
  conversation,
  deadlines,
  draftAnswer,
  listInbox,
  listSent,
  type Opener,
  openMessage,
} from './inbox-service.ts';
import { hubSettings } from './io-keys.ts';
import { BODY_SCHEMAS } from './message-schemas.ts';
import {
  addParticipant,
  changeParticipant,
  myParticipants,
  searchAddressBook,
} from './participants-service.ts';
import type { Participant } from './participants-store.ts';
import {
  DeadlinesSchema,
  FanOutSchema,
  MessageSummarySchema,
  NewParticipantSchema,
  ParticipantChangeSchema,
  ParticipantSchema,
  SendSchema,
} from './routes-schemas.ts';
import { type BatchFailure, sendMessage } from './service.ts';

/** Roles that work with the hub; API tokens need the route's action. */
export const HUB_ROLES = ['admin', 'finance', 'clerk', 'social_worker'] as const;
const rule = (action: string, extra: Partial<Exclude<AccessRule, { public: true }>> = {}) => ({
  access: { roles: HUB_ROLES, action, ...extra } as AccessRule,
});
const Id = Type.Object({ id: Type.String({ format: 'uuid' }) });
const As = Type.Object({
  as: Type.Optional(Type.String({ maxLength: 64 })),
  type: Type.Optional(Type.String({ maxLength: 40 })),
});
const Messages = Type.Object({ messages: Type.Array(MessageSummarySchema) });

export function participantView(p: Participant, scope: Scope) {
  return {
    code: p.code,
    name: p.name,
    inside: p.organisationId !== null,
    ownOrganisation: p.organisationId === scope.orgId,
    department: p.departmentCode,
    companyNumber: p.companyNumber,
    role: p.role,
    acceptsNationalNumber: p.acceptsNationalNumber,
    priorConsent: p.priorConsent,
    requiresConsent: p.requiresConsent,
    country: p.country,
    contacts: [...p.contacts],
    active: p.active,
  };
}

export function openerOf(request: FastifyRequest): Opener {
  const header = request.headers[PURPOSE_HEADER];
  return {
    role: request.accessRole ?? 'unknown',
    purpose: typeof header === 'string' && header.trim() !== '' ? header.trim().slice(0, 200) : 'schuldhulp',
    requestId: request.id,
  };
}

/** Rate limiting is a 429; batch failures list every message's problem. */
export function sendHubFailure(reply: FastifyReply, f: Failure | BatchFailure[]) {
  if (Array.isArray(f))
    return reply.status(422).send({
      error: {
        code: 'hub_batch_rejected',
        message: f.map((b) => b.failure.message).join(' '),
        details: f.map((b) => ({
          index: b.index,
          code: b.failure.code,
          message: b.failure.message,
          details: b.failure.details,
        })),
      },
    });
  if (f.code === 'hub_rate_limited')
    return reply.status(429).send({ error: { code: f.code, message: f.message } });
  return sendFailure(reply, f);
}

/** TypeBox schemas are JSON Schema; a round trip drops TypeBox's own symbol keys. */
const BODY_SCHEMAS_JSON: Record<string, unknown> = JSON.parse(JSON.stringify(BODY_SCHEMAS));

export async function hubRoutes(app: App): Promise<void> {
  const settings = hubSettings(app.deps.config);
  const { database } = app.deps;
  const tags = ['hub'];

  app.get(
    '/api/v1/hub/participants',
    {
      config: rule('hub.addressbook.read'),
      schema: {
        tags,
        summary: 'Search the address book (name, code, company number)',
        querystring: Type.Object({
          query: Type.Optional(Type.String({ maxLength: 100 })),
          role: Type.Optional(Type.Union([Type.Literal('counsellor'), Type.Literal('creditor')])),
        }),
        response: { 200: Type.Object({ participants: Type.Array(ParticipantSchema) }) },
      },
    },
    async (request) => {
      const found = await searchAddressBook(database, { ...request.query, activeOnly: false });
      return { participants: found.map((p) => participantView(p, scopeOf(request))) };
    },
  );

  app.post(
    '/api/v1/hub/participants',
    {
      config: { access: { roles: ['admin'], action: 'hub.addressbook.manage' } },
      schema: {
        tags,
        summary: 'Add an organisation to the address book',
        body: NewParticipantSchema,
        response: { 201: ParticipantSchema },
      },
    },
    async (request, reply) => {
      const r = await addParticipant(database, scopeOf(request), request.body);
      return r.ok
        ? reply.status(201).send(participantView(r.value, scopeOf(request)))
        : sendFailure(reply, r.error);
    },
  );

  app.patch(
    '/api/v1/hub/participants/:code',
    {
      config: { access: { roles: ['admin'], action: 'hub.addressbook.manage' } },
      schema: {
        tags,
        summary: 'Change an address-book entry your organisation manages',
        params: Type.Object({ code: Type.String({ maxLength: 64 }) }),
        body: ParticipantChangeSchema,
        response: { 200: ParticipantSchema },
      },
    },
    async (request, reply) => {
      const r = await changeParticipant(database, scopeOf(request), request.params.code, request.body);
      return r.ok ? participantView(r.value, scopeOf(request)) : sendFailure(reply, r.error);
    },
  );

  app.get(
    '/api/v1/hub/me',
    {
      config: rule('hub.read'),
      schema: {
        tags,
        summary: 'The participants you act as',
        response: { 200: Type.Object({ participants: Type.Array(ParticipantSchema) }) },
      },
    },
    async (request) => ({
      participants: (await myParticipants(database, scopeOf(request))).map((p) =>
        participantView(p, scopeOf(request)),
      ),
    }),
  );

  app.get(
    '/api/v1/hub/message-schemas',
    {
      config: rule('hub.read'),
      schema: {
        tags,
        summary: "The JSON Schema of each message type's body, from which the web app builds its forms",
        response: { 200: Type.Object({ schemas: Type.Record(Type.String(), Type.Unknown()) }) },
      },
    },
    async () => ({ schemas: BODY_SCHEMAS_JSON }),
  );

  app.get(
    '/api/v1/hub/inbox',
    {
      config: rule('hub.read'),
      schema: {
        tags,
        summary: 'Unconfirmed messages: urgent first, then oldest',
        querystring: As,
        response: { 200: Messages },
      },
    },
    async (request) => ({
      messages: await listInbox(
        database,
        scopeOf(request),
        app.deps.today(),
        request.query.as,
        request.query.type,
      ),
    }),
  );

  app.get(
    '/api/v1/hub/sent',
    {
      config: rule('hub.read'),
      schema: { tags, summary: 'Sent log (metadata only)', querystring: As, response: { 200: Messages } },
    },
    async (request) => ({ messages: await listSent(database, scopeOf(request), request.query.as) }),
  );

  app.get(
    '/api/v1/hub/deadlines',
    {
      config: rule('hub.read'),
      schema: {
        tags,
        summary: 'Overdue and due-soon answers, both ways',
        querystring: As,
        response: { 200: DeadlinesSchema },
      },
    },
    async (request) => deadlines(database, settings, scopeOf(request), app.deps.today(), request.query.as),
  );

  app.get(
    '/api/v1/hub/conversations/:id',
    {
      config: rule('hub.read'),
      schema: {
        tags,
        summary: 'The messages of one conversation (metadata)',
        params: Id,
        response: { 200: Messages },
      },
    },
    async (request, reply) => {
      const r = await conversation(database, scopeOf(request), request.params.id);
      return r.ok ? { messages: r.value } : sendFailure(reply, r.error);
    },
  );

  app.post(
    '/api/v1/hub/messages',
    {
      config: rule('hub.send'),
      schema: {
        tags,
        summary: 'Send one message (validated per type)',
        body: SendSchema,
        response: { 201: MessageSummarySchema },
      },
    },
    async (request, reply) => {
      const { as, ...input } = request.body;
      const r = await sendMessage(database, settings, scopeOf(request), as, input, app.deps.today());
      return r.ok ? reply.status(201).send(r.value) : sendHubFailure(reply, r.error);
    },
  );

  app.post(
    '/api/v1/hub/balance-requests',
    {
      config: rule('hub.send'),
      schema: {
        tags,
        summary: 'One balance request to several creditors (consent above the threshold)',
        body: FanOutSchema,
        response: { 201: Messages },
      },
    },
    async (request, reply) => {
      const { as, ...input } = request.body;
      const r = await sendBalanceRequests(database, settings, scopeOf(request), as, input, app.deps.today());
      return r.ok ? reply.status(201).send({ messages: r.value }) : sendHubFailure(reply, r.error);
    },
  );

  app.get(
    '/api/v1/hub/messages/:id',
    {
      config: rule('hub.read'),
      schema: {
        tags,
        summary: 'Open a message (counts as fetched; written to the access log)',
        params: Id,
        response: {
          200: Type.Object({
            message: MessageSummarySchema,
            body: Type.Union([Type.Unknown(), Type.Null()]),
          }),
        },
      },
    },
    async (request, reply) => {
      const r = await openMessage(database, settings, scopeOf(request), request.params.id, openerOf(request));
      return r.ok ? r.value : sendFailure(reply, r.error);
    },
  );

  app.post(
    '/api/v1/hub/messages/:id/confirm',
    {
      config: rule('hub.confirm'),
      schema: {
        tags,
        summary: 'Confirm receipt: it leaves the inbox of every colleague',
        params: Id,
        response: { 200: Type.Object({ confirmed: Type.Integer() }) },
      },
    },
    async (request, reply) => {
      const r = await confirmMessages(database, scopeOf(request), [request.params.id], app.deps.today());
      return r.ok ? r.value : sendFailure(reply, r.error);
    },
  );

  app.get(
    '/api/v1/hub/messages/:id/draft-answer',
    {
      config: rule('hub.read'),
      schema: {
        tags,
        summary: 'An answer to a balance request drafted from the EvS overview, to check and send',
        params: Id,
        response: { 200: Type.Object({ type: Type.String(), body: Type.Unknown() }) },
      },
    },
    async (request, reply) => {
      const r = await draftAnswer(
        database,
        settings,
        scopeOf(request),
        request.params.id,
        openerOf(request),
        app.deps.today(),
      );
      return r.ok ? r.value : sendFailure(reply, r.error);
    },
  );

  await app.register(csvRoutes);
}
