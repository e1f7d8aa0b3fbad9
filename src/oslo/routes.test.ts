import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessFixture } from '../access/access.test-support.ts';
import { startTestServer, type TestServer } from '../testing/server.ts';
import { validateDocument } from './io-rdf.ts';
import { CONTEXT_URL } from './vocabulary.ts';

let server: TestServer;
let f: Awaited<ReturnType<typeof accessFixture>>;

async function call(who: keyof typeof f.users, method: string, path: string, body?: unknown) {
  const headers: Record<string, string> = { ...f.users[who].headers };
  if (body !== undefined) headers['content-type'] = 'application/ld+json';
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    json: (await res.json()) as Record<string, unknown>,
  };
}

beforeAll(async () => {
  server = await startTestServer({ today: '2026-11-24' });
  f = await accessFixture(server.db.database, server.db.scope());
});
afterAll(() => server.close());

describe('OSLO routes', () => {
  it('serves a debtor file as application/ld+json with the standard context, conforming to the shapes', async () => {
    const r = await call('finance', 'GET', `/api/v1/debtors/${f.jan}/oslo`);
    expect(r.status).toBe(200);
    expect(r.type).toMatch(/^application\/ld\+json/);
    expect(r.json['@context']).toBe(CONTEXT_URL);
    expect(await validateDocument(r.json)).toEqual([]);
    expect(JSON.stringify(r.json)).toContain('SCH-1');
    expect(JSON.stringify(r.json)).toContain('PK-1');
  });

  it('narrows to what the role sees: a clerk only their department, a citizen only their own file', async () => {
    const clerk = await call('clerk', 'GET', `/api/v1/debtors/${f.jan}/oslo`);
    expect(JSON.stringify(clerk.json)).toContain('SCH-1');
    expect(JSON.stringify(clerk.json)).not.toContain('PK-1');
    expect((await call('citizen', 'GET', `/api/v1/debtors/${f.jan}/oslo`)).status).toBe(200);
    expect((await call('citizen', 'GET', `/api/v1/debtors/${f.els}/oslo`)).status).toBe(404);
    expect((await call('policy', 'GET', `/api/v1/debtors/${f.jan}/oslo`)).status).toBe(403);
    expect((await call('financeB', 'GET', `/api/v1/debtors/${f.jan}/oslo`)).status).toBe(404);
  });

  it('imports an exported document again without change, and refuses a clerk another department', async () => {
    const doc = (await call('finance', 'GET', `/api/v1/debtors/${f.jan}/oslo`)).json;
    const again = await call('finance', 'POST', '/api/v1/oslo-imports', doc);
    expect(again.status).toBe(200);
    const imports = again.json.imports as {
      department: string;
      report: { unchanged: number; rows: number };
    }[];
    expect(imports.map((i) => i.department).sort()).toEqual(['PARKEREN', 'SCHOOL']);
    expect(imports.every((i) => i.report.unchanged === i.report.rows)).toBe(true);
    const clerk = await call('clerk', 'POST', '/api/v1/oslo-imports', doc);
    expect(clerk.status).toBe(403);
    const broken = await call('finance', 'POST', '/api/v1/oslo-imports', {
      '@context': CONTEXT_URL,
      '@graph': [{ '@type': 'Schuldvordering' }],
    });
    expect(broken.status).toBe(422);
    expect(broken.json).toMatchObject({ error: { code: 'oslo_shapes' } });
  });
});
