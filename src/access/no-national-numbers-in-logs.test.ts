import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { addDepartment } from '../organisations/service.ts';
import { loadConfig } from '../platform/config.ts';
import type { App } from '../platform/http.ts';
import { createTestDatabase, type TestDatabase } from '../testing/db.ts';
import { BERT_NN, ELS_NN, JAN_NN, PARKING_CSV, SCHOOL_CSV, signedInUser } from './access.test-support.ts';

let db: TestDatabase;
let app: App;
const lines: string[] = [];

/** Every notation of a national number a log line could carry. */
function notations(nn: string): string[] {
  const dotted = `${nn.slice(0, 2)}.${nn.slice(2, 4)}.${nn.slice(4, 6)}-${nn.slice(6, 9)}.${nn.slice(9)}`;
  return [nn, dotted, encodeURIComponent(dotted), `${nn.slice(0, 6)}-${nn.slice(6, 9)}-${nn.slice(9)}`];
}

describe('application logs of a server run', () => {
  beforeAll(async () => {
    db = await createTestDatabase();
    await addDepartment(db.database, db.scope(), 'SCHOOL', 'School');
    await addDepartment(db.database, db.scope(), 'PARKEREN', 'Parkeren');
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    app = await buildApp(
      { config: loadConfig(), database: db.database, today: () => '2026-11-24' },
      pino({ level: 'trace' }, sink),
    );
  });
  afterAll(async () => {
    await app?.close();
    await db?.close();
  });

  it('never contain the national numbers that went through imports, searches, overviews and errors', async () => {
    const finance = (await signedInUser(db.database, db.scope(), 'fin@a', ['finance'])).headers;
    for (const [department, body] of [
      ['SCHOOL', SCHOOL_CSV],
      ['PARKEREN', PARKING_CSV],
    ] as const) {
      const r = await app.inject({
        method: 'POST',
        url: `/api/v1/claim-imports?department=${department}`,
        headers: { ...finance, 'content-type': 'text/csv' },
        payload: body,
      });
      expect(r.statusCode).toBe(200);
    }
    for (const query of ['85.07.30-997.34', ELS_NN, BERT_NN, '85.07.30-997.35']) {
      const r = await app.inject({
        method: 'POST',
        url: '/api/v1/debtors/search',
        headers: { ...finance, 'content-type': 'application/json' },
        payload: JSON.stringify({ query }),
      });
      expect(r.statusCode).toBe(200);
      for (const hit of (r.json() as { results: { id: string }[] }).results) {
        await app.inject({ url: `/api/v1/debtors/${hit.id}/overview`, headers: finance });
      }
    }
    // a malformed body that echoes the number back in a validation error
    await app.inject({
      method: 'POST',
      url: '/api/v1/debtors/search',
      headers: { ...finance, 'content-type': 'application/json' },
      payload: JSON.stringify({ query: JAN_NN, extra: 'x'.repeat(300) + JAN_NN }),
    });
    // unauthenticated caller probing with a number
    await app.inject({ method: 'POST', url: '/api/v1/debtors/search', payload: { query: JAN_NN } });
    const log = lines.join('');
    expect(lines.length).toBeGreaterThan(5); // the logger really captured the run (one line per request)
    for (const nn of [JAN_NN, ELS_NN, BERT_NN]) {
      for (const n of notations(nn)) expect(log, `log contains ${n}`).not.toContain(n);
    }
  });
});
