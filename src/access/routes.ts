import { Type } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sql } from 'kysely';
import { type App, requestLang, scopeOf, sendFailure } from '../platform/http.ts';
import { CSRF_COOKIE, SESSION_COOKIE } from './hooks.ts';
import { login, logout, type NewSession } from './session-service.ts';
import { changePassword } from './user-service.ts';

const MeSchema = Type.Object({
  id: Type.String(),
  login: Type.String(),
  displayName: Type.String(),
  organisation: Type.String(),
  roles: Type.Array(Type.String()),
  departments: Type.Array(Type.String()),
  debtorId: Type.Union([Type.String(), Type.Null()]),
  /** The server's business day: the web app dates its forms with it, never with the browser's clock. */
  today: Type.String({ format: 'date' }),
});

/** Sets the session cookie (HttpOnly) and the CSRF cookie the web app echoes in `x-csrf-token`. */
export function setSessionCookies(request: FastifyRequest, reply: FastifyReply, session: NewSession): void {
  const base = { path: '/', sameSite: 'lax' as const, secure: request.protocol === 'https' };
  reply.setCookie(SESSION_COOKIE, session.token, { ...base, httpOnly: true });
  reply.setCookie(CSRF_COOKIE, session.csrfToken, { ...base, httpOnly: false });
}

/** The signed-in user with roles, departments and organisation: one row, one statement. */
export async function me(app: App, userId: string) {
  const r = await sql<{
    id: string;
    login: string;
    display_name: string;
    organisation: string;
    roles: string[];
    departments: string[];
    citizen_debtor_id: string | null;
  }>`
    SELECT u.id, u.login, u.display_name, o.name AS organisation, u.citizen_debtor_id,
      coalesce((SELECT json_agg(r.role ORDER BY r.role) FROM user_roles r WHERE r.user_id = u.id), '[]') AS roles,
      coalesce((SELECT json_agg(d.code ORDER BY d.code) FROM user_departments ud
        JOIN departments d ON d.id = ud.department_id WHERE ud.user_id = u.id), '[]') AS departments
    FROM users u JOIN organisations o ON o.id = u.organisation_id
    WHERE u.id = ${userId}`.execute(app.deps.database.db);
  const user = r.rows[0];
  if (!user) return null;
  return {
    id: user.id,
    login: user.login,
    displayName: user.display_name,
    organisation: user.organisation,
    roles: user.roles,
    departments: user.departments,
    debtorId: user.citizen_debtor_id,
    today: app.deps.today(),
  };
}

export async function authRoutes(app: App): Promise<void> {
  const { database, config } = app.deps;

  app.post(
    '/api/v1/auth/login',
    {
      config: { access: { public: true }, rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        tags: ['access'],
        summary: 'Sign in with a local account; sets the session and CSRF cookies',
        body: Type.Object({
          login: Type.String({ maxLength: 200 }),
          password: Type.String({ maxLength: 500 }),
        }),
        response: { 200: Type.Object({ user: MeSchema, csrfToken: Type.String() }) },
      },
    },
    async (request, reply) => {
      const lang = requestLang(request, config.defaultLang);
      const r = await login(
        database,
        config.access,
        lang,
        request.body.login,
        request.body.password,
        new Date(),
      );
      if (!r.ok) return sendFailure(reply, r.error);
      setSessionCookies(request, reply, r.value);
      const user = await me(app, r.value.userId);
      if (!user) throw new Error('user vanished during login');
      return { user, csrfToken: r.value.csrfToken };
    },
  );

  app.post(
    '/api/v1/auth/logout',
    {
      config: { access: { roles: 'authenticated', action: 'auth.logout', sessionOnly: true } },
      schema: { tags: ['access'], summary: 'End the session' },
    },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await logout(database, token);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      reply.clearCookie(CSRF_COOKIE, { path: '/' });
      return { status: 'signed_out' };
    },
  );

  app.get(
    '/api/v1/auth/me',
    {
      config: { access: { roles: 'authenticated', action: 'auth.me', sessionOnly: true } },
      schema: {
        tags: ['access'],
        summary: 'The signed-in user, roles and departments',
        response: { 200: MeSchema },
      },
    },
    async (request) => {
      const user = await me(app, scopeOf(request).userId ?? '');
      if (!user) throw new Error('a session without its user'); // sessions are deleted with their user
      return user;
    },
  );

  app.post(
    '/api/v1/auth/password',
    {
      config: { access: { roles: 'authenticated', action: 'auth.password', sessionOnly: true } },
      schema: {
        tags: ['access'],
        summary: 'Change your own password (other sessions end)',
        body: Type.Object({
          current: Type.String({ maxLength: 500 }),
          next: Type.String({ maxLength: 500 }),
        }),
      },
    },
    async (request, reply) => {
      const r = await changePassword(
        database,
        scopeOf(request),
        request.body.current,
        request.body.next,
        request.actor?.sessionHash ?? null,
      );
      return r.ok ? { status: 'changed' } : sendFailure(reply, r.error);
    },
  );
}
