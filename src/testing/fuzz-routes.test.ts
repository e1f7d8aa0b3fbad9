import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { accessFixture, BERT_NN, ELS_NN, JAN_NN } from '../access/access.test-support.ts';
import {
  bodyFor,
  type JsonSchema,
  type KnownValues,
  LEAK,
  stringFor,
  wrongValue,
} from './fuzz.test-support.ts';
import { startTestServer } from './server.ts';

/**
 * Walks every route of the OpenAPI document and sends generated and mutated requests as every role
 * (and anonymously): no 5xx, no stack trace or SQL in any body, and a refused call writes nothing.
 * EVS_FUZZ_RUNS=N sends N requests per route (default 25, enough for `npm test`; use 500 for a long run).
 */
const RUNS = Number(process.env.EVS_FUZZ_RUNS ?? 25);
// Ending the shared sessions would only turn the rest of the run into 401s.
const SKIP = new Set(['POST /api/v1/auth/logout']);

const server = await startTestServer();
const f = await accessFixture(server.db.database, server.db.scope());
afterAll(async () => server.close());

const known: KnownValues = {
  ownIds: [f.jan, f.els],
  foreignIds: [f.bert],
  words: ['SCHOOL', 'PARKEREN', JAN_NN, ELS_NN, BERT_NN, 'admin@a', 'finance@b', 'nl', 'en', '2026-11-24'],
};
const who = Object.keys(f.users) as (keyof typeof f.users)[];

interface Operation {
  readonly method: string;
  readonly path: string;
  readonly params: { name: string; in: string; schema: JsonSchema; required?: boolean }[];
  readonly body: JsonSchema | null;
  readonly contentTypes: string[];
  readonly public: boolean;
}

const spec = server.app.swagger() as {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: Operation['params'];
        requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
      }
    >
  >;
};
const operations: Operation[] = [];
for (const [path, methods] of Object.entries(spec.paths)) {
  if (!path.startsWith('/api/v1/')) continue;
  for (const [method, op] of Object.entries(methods)) {
    const upper = method.toUpperCase();
    if (SKIP.has(`${upper} ${path}`)) continue;
    const content = op.requestBody?.content ?? {};
    const declared = server.app.accessRoutes.find(
      (r) => r.method === upper && r.url.replace(/:([A-Za-z_]+)/g, '{$1}') === path,
    );
    operations.push({
      method: upper,
      path,
      params: op.parameters ?? [],
      body: content['application/json']?.schema ?? null,
      contentTypes: Object.keys(content),
      public: declared?.rule.public === true,
    });
  }
}

/** Every byte percent-encoded (encodeURIComponent throws on a lone surrogate; this sends U+FFFD). */
const percentEncoded = (text: string) =>
  [...Buffer.from(text, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');

function requestFor(op: Operation) {
  const pathParams = op.params.filter((p) => p.in === 'path');
  const queryParams = op.params.filter((p) => p.in === 'query');
  const paramValue = (schema: JsonSchema) =>
    fc.oneof(
      { weight: 4, arbitrary: stringFor(schema, known) },
      { weight: 1, arbitrary: wrongValue(known).map((v) => (typeof v === 'string' ? v : JSON.stringify(v))) },
    );
  const path = fc.tuple(...pathParams.map((p) => paramValue(p.schema))).map((values) => {
    let url = op.path;
    pathParams.forEach((p, i) => {
      const raw = String(values[i] ?? '').slice(0, 2000);
      url = url.replace(`{${p.name}}`, percentEncoded(raw) || 'x');
    });
    return url;
  });
  const query = fc
    .tuple(...queryParams.map((p) => fc.option(paramValue(p.schema), { nil: undefined })))
    .map((values) => {
      const q = new URLSearchParams();
      queryParams.forEach((p, i) => {
        const v = values[i];
        if (v !== undefined) q.set(p.name, String(v).slice(0, 5000));
      });
      const text = q.toString();
      return text === '' ? '' : `?${text}`;
    });
  const hasBody = !['GET', 'DELETE'].includes(op.method);
  const contentType = fc.constantFrom(
    ...(op.contentTypes.length > 0 ? op.contentTypes : ['application/json']),
    'application/json',
    'text/csv',
    'application/xml',
  );
  return fc.record({
    role: fc.constantFrom<(typeof who)[number] | null>(...who, null),
    url: fc.tuple(path, query).map(([p, q]) => p + q),
    body: hasBody ? fc.option(bodyFor(op.body, known), { nil: undefined, freq: 8 }) : fc.constant(undefined),
    contentType,
    purpose: fc.option(fc.constantFrom('beheer', '<x>', '\u0000', 'a'.repeat(300)), {
      nil: undefined,
      freq: 4,
    }),
  });
}

async function writtenRows(): Promise<string> {
  const r = await sql<{ audit: number; log: number }>`
    SELECT (SELECT count(*) FROM audit_events)::int AS audit, (SELECT count(*) FROM access_log)::int AS log`.execute(
    server.db.database.db,
  );
  return JSON.stringify(r.rows[0]);
}

let client = 0;

describe(`every API route under generated input (${RUNS} requests each)`, () => {
  it('found the routes in the OpenAPI document', () => {
    expect(operations.length).toBeGreaterThan(80);
  });

  for (const op of operations) {
    it(`${op.method} ${op.path}`, { timeout: 120_000 }, async () => {
      await fc.assert(
        fc.asyncProperty(requestFor(op), async (req) => {
          const headers: Record<string, string> = { ...(req.role ? f.users[req.role].headers : {}) };
          if (req.body !== undefined) headers['content-type'] = req.contentType;
          if (req.purpose !== undefined) headers['x-evs-purpose'] = req.purpose;
          const before = await writtenRows();
          client = (client + 1) % 60000;
          const r = await server.app.inject({
            method: op.method as 'GET',
            url: req.url,
            headers,
            // each call from another address: the whole-API rate limit is not what this tests
            remoteAddress: `10.${client >> 8}.${client & 255}.1`,
            ...(req.body === undefined ? {} : { payload: req.body }),
          });
          const what = `${op.method} ${req.url} as ${req.role ?? 'anonymous'} → ${r.statusCode} ${r.body.slice(0, 300)}`;
          expect(r.statusCode, what).toBeLessThan(500);
          expect(LEAK.test(r.body), what).toBe(false);
          if (r.statusCode >= 400 && !op.public) expect(await writtenRows(), what).toBe(before);
        }),
        { numRuns: RUNS, endOnFailure: true },
      );
    });
  }
});
