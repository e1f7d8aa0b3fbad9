import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../platform/config.ts';
import type { Database } from '../platform/db.ts';
import { createHttpServer } from '../platform/http.ts';
import { startTestServer, type TestServer } from '../testing/server.ts';
import { accessFixture, csv } from './access.test-support.ts';
import { authenticationHook } from './hooks.ts';
import { createUser } from './user-service.ts';

const FOUNDATION_PREFIXES = [
  '/auth/',
  '/users',
  '/tokens',
  '/consents',
  '/access-log',
  '/departments',
  '/categories',
  '/claim-imports',
  '/debtors/search',
  '/overview',
  '/debtor-',
];

/** `/a/:id/b` → `/a/{id}/b`, as in the OpenAPI document. */
function openApiPath(url: string): string {
  return url.replace(/:([A-Za-z_]+)/g, '{$1}');
}

type Who = 'admin' | 'finance' | 'clerk' | 'social_worker' | 'auditor' | 'policy' | 'citizen' | 'financeB';
const EVERYONE: Who[] = [
  'admin',
  'finance',
  'clerk',
  'social_worker',
  'auditor',
  'policy',
  'citizen',
  'financeB',
];
const STAFF_A: Who[] = ['admin', 'finance', 'clerk', 'social_worker', 'auditor', 'policy'];

interface Case {
  /** As in the OpenAPI document, e.g. `GET /api/v1/debtors/{id}/overview`. */
  route: string;
  name: string;
  url: () => string;
  body?: (who: Who) => unknown;
  contentType?: string;
  allowed: Who[];
  /** Denied callers' statuses; default 403. */
  deniedStatus?: Partial<Record<Who, number>>;
  /** A read of one person's data: the access log must name this debtor for every allowed call. */
  subject?: () => string;
  personalData?: boolean;
}

let server: TestServer;
let f: Awaited<ReturnType<typeof accessFixture>>;
let suggestionId = '';
let spareUserId = '';
let counter = 0;

/** Rows per table, in one query; tables every request may write (last-seen touches, rate-limit counters) are left out. */
async function counts(database: Database): Promise<Record<string, number>> {
  const tables = await sql<{
    name: string;
  }>`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`.execute(
    database.db,
  );
  const touched = new Set(['sessions', 'api_tokens', 'users', 'rate_limits']);
  const counted = tables.rows.map((t) => t.name).filter((name) => !touched.has(name));
  const r = await sql<{ name: string; n: number }>`${sql.join(
    counted.map((name) => sql`SELECT ${sql.lit(name)} AS name, count(*)::int AS n FROM ${sql.table(name)}`),
    sql` UNION ALL `,
  )}`.execute(database.db);
  return Object.fromEntries(r.rows.map((row) => [row.name, Number(row.n)]));
}

function cases(): Case[] {
  const id = () => randomUUID();
  return [
    { route: 'POST /api/v1/auth/logout', name: 'logout (checked separately)', url: () => '', allowed: [] },
    { route: 'POST /api/v1/auth/login', name: 'login (public)', url: () => '', allowed: [] },
    {
      route: 'GET /api/v1/auth/oidc/start',
      name: 'OIDC start (public; oidc.test.ts)',
      url: () => '',
      allowed: [],
    },
    { route: 'GET /api/v1/auth/oidc/callback', name: 'OIDC callback (public)', url: () => '', allowed: [] },
    { route: 'GET /api/v1/auth/me', name: 'me', url: () => '/api/v1/auth/me', allowed: EVERYONE },
    {
      route: 'POST /api/v1/auth/password',
      name: 'change password (wrong current: 403 for all, but authenticated)',
      url: () => '/api/v1/auth/password',
      body: () => ({ current: 'wrong', next: 'whatever-long-enough' }),
      allowed: [],
      deniedStatus: Object.fromEntries(EVERYONE.map((w) => [w, 403])),
    },
    {
      route: 'GET /api/v1/departments',
      name: 'departments',
      url: () => '/api/v1/departments',
      allowed: [...STAFF_A, 'financeB'],
    },
    {
      route: 'POST /api/v1/departments',
      name: 'add department',
      url: () => '/api/v1/departments',
      body: () => ({ code: `D${++counter}`, name: 'Nieuwe dienst' }),
      allowed: ['admin'],
    },
    {
      route: 'GET /api/v1/categories',
      name: 'categories',
      url: () => '/api/v1/categories',
      allowed: ['admin', 'finance', 'clerk', 'financeB'],
    },
    {
      route: 'PUT /api/v1/departments/{code}/categories/{name}',
      name: 'set category',
      url: () => '/api/v1/departments/SCHOOL/categories/Schoolmaaltijden',
      body: () => ({ limitationPeriod: 'P5Y' }),
      allowed: ['admin', 'finance'],
      deniedStatus: { financeB: 404 },
    },
    {
      route: 'POST /api/v1/claim-imports',
      name: 'import SCHOOL claims',
      url: () => '/api/v1/claim-imports?department=SCHOOL',
      contentType: 'text/csv',
      body: () =>
        csv(
          `SCH-M${++counter};88.01.01-990.59;S-3;Piet Nieuwkomer;01/01/1988;Laan;2;9000;Gent;Schoolmaaltijden;10,00;01/02/2026`,
        ),
      allowed: ['finance', 'clerk'],
      deniedStatus: { financeB: 404 },
      personalData: true,
    },
    {
      route: 'POST /api/v1/claim-imports',
      name: 'a SCHOOL clerk imports PARKEREN claims',
      url: () => '/api/v1/claim-imports?department=PARKEREN',
      contentType: 'text/csv',
      body: () =>
        csv(
          `PK-M${++counter};88.01.01-990.59;P-3;Piet Nieuwkomer;01/01/1988;Laan;2;9000;Gent;Parkeerretributie;10,00;01/02/2026`,
        ),
      allowed: ['finance'],
      deniedStatus: { financeB: 404 },
      personalData: true,
    },
    {
      route: 'GET /api/v1/claim-imports/{id}/rejected.csv',
      name: 'rejected rows (unknown import: 404 once allowed)',
      url: () => `/api/v1/claim-imports/${id()}/rejected.csv`,
      allowed: [],
      deniedStatus: { finance: 404, clerk: 404, financeB: 404 },
    },
    {
      route: 'POST /api/v1/debtors/search',
      name: 'search',
      url: () => '/api/v1/debtors/search',
      body: () => ({ query: 'Testmans' }),
      allowed: ['finance', 'clerk', 'social_worker', 'financeB'],
      personalData: true,
    },
    {
      route: 'GET /api/v1/debtors/{id}/overview',
      name: 'overview of Jan (SCHOOL + PARKEREN, consent, citizen himself)',
      url: () => `/api/v1/debtors/${f.jan}/overview`,
      allowed: ['finance', 'clerk', 'social_worker', 'citizen'],
      deniedStatus: { financeB: 404 },
      subject: () => f.jan,
    },
    {
      route: 'GET /api/v1/debtors/{id}/overview',
      name: 'overview of Els (PARKEREN only, no consent, not the citizen)',
      url: () => `/api/v1/debtors/${f.els}/overview`,
      allowed: ['finance'],
      deniedStatus: { clerk: 404, citizen: 404, financeB: 404, social_worker: 403 },
      subject: () => f.els,
    },
    {
      route: 'GET /api/v1/debtors/{id}/overview',
      name: "overview of org B's Bert",
      url: () => `/api/v1/debtors/${f.bert}/overview`,
      allowed: ['financeB'],
      deniedStatus: { finance: 404, clerk: 404, citizen: 404, social_worker: 403 },
      subject: () => f.bert,
    },
    {
      route: 'GET /api/v1/debtor-suggestions/review',
      name: 'look-alike pairs side by side',
      url: () => '/api/v1/debtor-suggestions/review',
      allowed: ['finance', 'financeB'],
      personalData: true,
    },
    {
      route: 'GET /api/v1/debtor-suggestions',
      name: 'suggestions',
      url: () => '/api/v1/debtor-suggestions',
      allowed: ['finance', 'financeB'],
      personalData: true,
    },
    {
      route: 'POST /api/v1/debtor-suggestions/{id}/reject',
      name: "reject org A's suggestion",
      url: () => `/api/v1/debtor-suggestions/${suggestionId}/reject`,
      body: () => ({}),
      allowed: ['finance'],
      deniedStatus: { financeB: 404 },
      personalData: true,
    },
    {
      route: 'POST /api/v1/debtor-suggestions/{id}/confirm',
      name: 'confirm (already decided: 409 once allowed)',
      url: () => `/api/v1/debtor-suggestions/${suggestionId}/confirm`,
      body: () => ({}),
      allowed: [],
      deniedStatus: { finance: 409, financeB: 404 },
    },
    {
      route: 'POST /api/v1/debtor-merges/{id}/undo',
      name: 'undo merge (unknown: 404 once allowed)',
      url: () => `/api/v1/debtor-merges/${id()}/undo`,
      body: () => ({}),
      allowed: [],
      deniedStatus: { finance: 404, financeB: 404 },
    },
    { route: 'GET /api/v1/users', name: 'users', url: () => '/api/v1/users', allowed: ['admin'] },
    {
      route: 'POST /api/v1/users',
      name: 'create user',
      url: () => '/api/v1/users',
      body: () => ({
        login: `new${++counter}@a`,
        displayName: 'Nieuw',
        password: 'long-enough-pw',
        roles: ['policy'],
      }),
      allowed: ['admin'],
    },
    {
      route: 'POST /api/v1/users/{id}/password',
      name: "reset a spare user's password",
      url: () => `/api/v1/users/${spareUserId}/password`,
      body: () => ({ password: 'another-long-pw' }),
      allowed: ['admin'],
    },
    {
      route: 'PUT /api/v1/users/{id}/active',
      name: 'activate auditor (already active)',
      url: () => `/api/v1/users/${f.users.auditor.userId}/active`,
      body: () => ({ active: true }),
      allowed: ['admin'],
    },
    { route: 'GET /api/v1/tokens', name: 'tokens', url: () => '/api/v1/tokens', allowed: ['admin'] },
    {
      route: 'POST /api/v1/tokens',
      name: 'create token',
      url: () => '/api/v1/tokens',
      body: () => ({ name: 'billing', actions: ['claims.import'], departments: ['SCHOOL'] }),
      allowed: ['admin'],
    },
    {
      route: 'POST /api/v1/tokens/{id}/revoke',
      name: 'revoke unknown token (404 once allowed)',
      url: () => `/api/v1/tokens/${id()}/revoke`,
      body: () => ({}),
      allowed: [],
      deniedStatus: { admin: 404 },
    },
    {
      route: 'GET /api/v1/consents',
      name: 'consents',
      url: () => '/api/v1/consents',
      allowed: ['admin', 'social_worker'],
      personalData: true,
    },
    {
      route: 'POST /api/v1/consents',
      name: 'record consent for Els',
      url: () => '/api/v1/consents',
      body: () => ({
        userId: f.users.social_worker.userId,
        debtorId: f.els,
        purpose: 'schuldhulp',
        validFrom: '2020-01-01',
        validUntil: '2020-12-31',
        evidenceRef: 'DOC-2',
      }),
      allowed: ['admin', 'social_worker'],
      personalData: true,
    },
    {
      route: 'POST /api/v1/consents/{id}/end',
      name: 'end unknown consent (404 once allowed)',
      url: () => `/api/v1/consents/${id()}/end`,
      body: () => ({}),
      allowed: [],
      deniedStatus: { admin: 404, social_worker: 404 },
    },
    {
      route: 'GET /api/v1/access-log',
      name: 'access log',
      url: () => '/api/v1/access-log',
      allowed: ['auditor'],
    },
    {
      route: 'POST /api/v1/access-log/search',
      name: 'access log searched by a person',
      url: () => '/api/v1/access-log/search',
      body: () => ({ person: 'Testmans' }),
      allowed: ['auditor'],
    },
    {
      route: 'GET /api/v1/debtors/{id}/access-log',
      name: 'who looked at Jan',
      url: () => `/api/v1/debtors/${f.jan}/access-log`,
      allowed: ['auditor', 'finance', 'citizen'],
      // Jan is no one in organisation B: unknown, like any id outside the caller's scope.
      deniedStatus: { financeB: 404 },
    },
  ];
}

async function call(c: Case, who: Who | null) {
  const headers: Record<string, string> = { ...(who ? f.users[who].headers : {}) };
  const body = c.body?.(who ?? 'admin');
  if (body !== undefined) headers['content-type'] = c.contentType ?? 'application/json';
  const [method] = c.route.split(' ');
  return server.app.inject({
    method: method as 'GET',
    url: c.url(),
    headers,
    ...(body === undefined ? {} : { payload: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
}

describe('role × route matrix', () => {
  beforeAll(async () => {
    server = await startTestServer();
    f = await accessFixture(server.db.database, server.db.scope());
    const row = await server.db.database.db
      .insertInto('debtor_match_suggestions')
      .values({ organisation_id: server.db.orgId, debtor_id: f.els, candidate_id: f.jan, reason: 'test' })
      .returning('id')
      .executeTakeFirstOrThrow();
    suggestionId = row.id;
    const spare = await createUser(server.db.database, server.db.scope(), {
      login: 'spare@a',
      displayName: 'Spare',
      password: 'spare-password',
      roles: ['policy'],
    });
    if (!spare.ok) throw new Error(spare.error.message);
    spareUserId = spare.value.id;
  });
  afterAll(async () => server?.close());

  it('knows a declaration for every /api/v1 route, and has explicit cases for the access and foundation ones', () => {
    const doc = server.app.swagger() as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(doc.paths)
      .filter(([p]) => p.startsWith('/api/v1/'))
      .flatMap(([p, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${p}`));
    const declared = new Set(server.app.accessRoutes.map((r) => `${r.method} ${openApiPath(r.url)}`));
    expect(documented.filter((r) => !declared.has(r))).toEqual([]);
    const explicit = new Set(cases().map((c) => c.route));
    const foundation = server.app.accessRoutes
      .map((r) => `${r.method} ${openApiPath(r.url)}`)
      .filter((r) => FOUNDATION_PREFIXES.some((p) => r.includes(p)));
    expect(foundation.filter((r) => !explicit.has(r))).toEqual([]);
  });

  it("enforces every other capability's declarations: 401 anonymous, 403 to roles not declared, nothing written", async () => {
    const explicit = new Set(cases().map((c) => c.route));
    for (const route of server.app.accessRoutes) {
      const key = `${route.method} ${openApiPath(route.url)}`;
      if (explicit.has(key) || route.rule.public) continue;
      const url = route.url.replace(/:[A-Za-z_]+/g, () => randomUUID());
      const method = route.method as 'GET';
      const allowed = route.rule.roles;
      const before = await counts(server.db.database);
      const anonymous = await server.app.inject({ method, url });
      expect(anonymous.statusCode, `${key} anonymous`).toBe(401);
      const roleOf = (who: Who) => (who === 'financeB' ? 'finance' : who);
      const isAllowed = (who: Who) => allowed === 'authenticated' || allowed.includes(roleOf(who));
      for (const who of EVERYONE.filter((w) => !isAllowed(w))) {
        const r = await server.app.inject({ method, url, headers: f.users[who].headers });
        const code = (r.json() as { error?: { code?: string } }).error?.code;
        expect([r.statusCode, code], `${key} as ${who}: ${r.body}`).toEqual([403, 'forbidden']);
      }
      expect(await counts(server.db.database), `${key}: a denied call wrote something`).toEqual(before);
      for (const who of EVERYONE.filter(isAllowed)) {
        const r = await server.app.inject({ method, url, headers: f.users[who].headers });
        const code = r.statusCode === 403 ? (r.json() as { error?: { code?: string } }).error?.code : null;
        expect(r.statusCode, `${key} as ${who}: ${r.body}`).not.toBe(401);
        expect(code, `${key} as ${who}: ${r.body}`).not.toBe('forbidden');
      }
    }
  });

  it('answers 401 to unauthenticated calls everywhere but login, and writes nothing', async () => {
    const before = await counts(server.db.database);
    for (const c of cases()) {
      if (c.route.endsWith('/auth/login') || c.route.includes('/auth/oidc/')) continue;
      const url = c.url() || c.route.split(' ')[1] || '';
      const [method] = c.route.split(' ');
      const r = await server.app.inject({ method: method as 'GET', url });
      expect(r.statusCode, `${c.route}`).toBe(401);
    }
    expect(await counts(server.db.database)).toEqual(before);
  });

  it('allows exactly the declared roles; denied calls get 403/404 and write nothing', async () => {
    const db = server.db.database.db;
    for (const c of cases()) {
      if (c.url() === '') continue;
      for (const who of EVERYONE.filter((w) => !c.allowed.includes(w))) {
        const before = await counts(server.db.database);
        const r = await call(c, who);
        expect(r.statusCode, `${c.name} as ${who}: ${r.body}`).toBe(c.deniedStatus?.[who] ?? 403);
        expect(await counts(server.db.database), `${c.name} as ${who} wrote something`).toEqual(before);
      }
      for (const who of c.allowed) {
        const r = await call(c, who);
        expect(r.statusCode, `${c.name} as ${who}: ${r.body}`).toBeLessThan(300);
        const requestId = String(r.headers['x-request-id']);
        const logged = await db
          .selectFrom('access_log')
          .selectAll()
          .where('request_id', '=', requestId)
          .execute();
        if (c.subject) {
          expect(
            logged.map((l) => l.subject_debtor_id),
            `${c.name} as ${who} not logged`,
          ).toContain(c.subject());
        } else if (c.personalData) {
          expect(logged.length, `${c.name} as ${who} not logged`).toBeGreaterThan(0);
        }
      }
    }
  });

  it('a clerk sees only their department: claims, totals and search', async () => {
    const clerk = f.users.clerk.headers;
    const overview = await server.app.inject({ url: `/api/v1/debtors/${f.jan}/overview`, headers: clerk });
    const body = overview.json() as { claims: { department: string }[]; debtor: { householdId: unknown } };
    expect(body.claims.map((c) => c.department)).toEqual(['SCHOOL']);
    const finance = await server.app.inject({
      url: `/api/v1/debtors/${f.jan}/overview`,
      headers: f.users.finance.headers,
    });
    expect((finance.json() as { claims: unknown[] }).claims.length).toBe(2);
    const search = await server.app.inject({
      method: 'POST',
      url: '/api/v1/debtors/search',
      headers: { ...clerk, 'content-type': 'application/json' },
      payload: JSON.stringify({ query: 'Proefmans' }),
    });
    // Els has only PARKEREN claims: the SCHOOL clerk does not find her
    expect((search.json() as { results: unknown[] }).results).toEqual([]);
    const searchB = await server.app.inject({
      method: 'POST',
      url: '/api/v1/debtors/search',
      headers: { ...f.users.financeB.headers, 'content-type': 'application/json' },
      payload: JSON.stringify({ query: 'Testmans' }),
    });
    expect((searchB.json() as { results: unknown[] }).results).toEqual([]);
  });

  it('refuses a state-changing session call without the CSRF header', async () => {
    const { cookie } = f.users.admin.headers;
    const r = await server.app.inject({
      method: 'POST',
      url: '/api/v1/departments',
      headers: { cookie: cookie ?? '', 'content-type': 'application/json' },
      payload: JSON.stringify({ code: 'NOCSRF', name: 'x' }),
    });
    expect(r.statusCode).toBe(403);
    expect((r.json() as { error: { code: string } }).error.code).toBe('csrf');
  });

  it('refuses an /api/v1 route without an access declaration (default deny)', async () => {
    const app = await createHttpServer({
      config: loadConfig(),
      database: server.db.database,
      today: () => '2026-11-24',
    });
    // registered before the hook: the request-time check refuses it
    app.get('/api/v1/early', async () => ({ secret: 'leaked' }));
    await authenticationHook(app);
    // registered after: registration itself fails
    expect(() => app.get('/api/v1/forgotten', async () => ({ secret: 'leaked' }))).toThrow(
      /declare config.access/,
    );
    const r = await app.inject({ url: '/api/v1/early', headers: f.users.admin.headers });
    expect(r.statusCode).toBe(500);
    expect(r.body).not.toContain('leaked');
    await app.close();
  });
});
