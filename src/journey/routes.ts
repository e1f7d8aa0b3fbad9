import { Type } from '@sinclair/typebox';
import { type App, scopeOf, sendFailure } from '../platform/http.ts';
import { addContactAttempt, addTask, completeTask, fileJourney, recordMilestone } from './service.ts';

const ROLES = ['finance', 'social_worker'] as const;
const Id = Type.Object({ id: Type.String({ format: 'uuid' }) });
const Created = Type.Object({ id: Type.String() });

export async function journeyRoutes(app: App): Promise<void> {
  const { database } = app.deps;

  app.get(
    '/api/v1/evs-files/:id/journey',
    {
      config: { access: { roles: [...ROLES, 'auditor'], action: 'journey.read', personalData: 'read' } },
      schema: {
        tags: ['journey'],
        summary:
          "The file's milestone, open tasks and timeline (milestones, contacts, tasks, plan activities, reminders)",
        params: Id,
        response: {
          200: Type.Object({
            milestone: Type.String(),
            milestoneLabel: Type.String(),
            openTasks: Type.Integer(),
            timeline: Type.Array(
              Type.Object({
                date: Type.String(),
                kind: Type.String(),
                text: Type.String(),
                actor: Type.String(),
                actorName: Type.Optional(Type.String()),
                note: Type.Union([Type.String(), Type.Null()]),
                status: Type.Union([Type.String(), Type.Null()]),
                id: Type.Union([Type.String(), Type.Null()]),
              }),
            ),
          }),
        },
      },
    },
    async (request, reply) => {
      const r = await fileJourney(database, scopeOf(request), request.params.id);
      return r.ok ? r.value : sendFailure(reply, r.error);
    },
  );

  app.post(
    '/api/v1/evs-files/:id/milestones',
    {
      config: { access: { roles: ROLES, action: 'journey.milestone', personalData: 'write' } },
      schema: {
        tags: ['journey'],
        summary: 'Record a milestone (VNG Routekaart Financiële Zorgen)',
        params: Id,
        body: Type.Object({
          milestone: Type.String(),
          on: Type.String({ format: 'date' }),
          note: Type.Optional(Type.String({ maxLength: 2000 })),
        }),
        response: { 201: Type.Object({ milestone: Type.String() }) },
      },
    },
    async (request, reply) => {
      const r = await recordMilestone(database, scopeOf(request), request.params.id, request.body);
      return r.ok ? reply.status(201).send(r.value) : sendFailure(reply, r.error);
    },
  );

  app.post(
    '/api/v1/evs-files/:id/contacts',
    {
      config: { access: { roles: ROLES, action: 'journey.contact', personalData: 'write' } },
      schema: {
        tags: ['journey'],
        summary: 'Record a contact attempt (letter, phone, email, sms, home_visit; reached or not)',
        params: Id,
        body: Type.Object({
          channel: Type.String(),
          on: Type.String({ format: 'date' }),
          reached: Type.Boolean(),
          note: Type.Optional(Type.String({ maxLength: 2000 })),
        }),
        response: { 201: Created },
      },
    },
    async (request, reply) => {
      const r = await addContactAttempt(database, scopeOf(request), request.params.id, request.body);
      return r.ok ? reply.status(201).send(r.value) : sendFailure(reply, r.error);
    },
  );

  app.post(
    '/api/v1/evs-files/:id/tasks',
    {
      config: { access: { roles: ROLES, action: 'journey.task', personalData: 'write' } },
      schema: {
        tags: ['journey'],
        summary: 'Add a follow-up task with a due date',
        params: Id,
        body: Type.Object({
          title: Type.String({ minLength: 1, maxLength: 500 }),
          due: Type.String({ format: 'date' }),
        }),
        response: { 201: Created },
      },
    },
    async (request, reply) => {
      const r = await addTask(database, scopeOf(request), request.params.id, request.body);
      return r.ok ? reply.status(201).send(r.value) : sendFailure(reply, r.error);
    },
  );

  app.post(
    '/api/v1/journey-tasks/:id/done',
    {
      config: { access: { roles: ROLES, action: 'journey.task', personalData: 'write' } },
      schema: {
        tags: ['journey'],
        summary: 'Mark a task done',
        params: Id,
        response: { 200: Type.Object({ status: Type.Literal('done') }) },
      },
    },
    async (request, reply) => {
      const r = await completeTask(database, scopeOf(request), request.params.id);
      return r.ok ? { status: 'done' as const } : sendFailure(reply, r.error);
    },
  );
}
