import { Readable } from 'node:stream';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessFixture, csv, type SignedIn, signedInUser } from '../access/access.test-support.ts';
import { importClaims } from '../claims/import-service.ts';
import { startTestServer, type TestServer } from '../testing/server.ts';
import type { Executor } from './db.ts';
import { openRequestTenancy } from './tenant.ts';

/**
 * A request's database time budget (EVS_STATEMENT_TIMEOUT_MS / EVS_LOCK_TIMEOUT_MS): a request that
 * meets a stuck lock answers 503 `busy` within about the lock timeout, while imports, jobs and the
 * CLI on the same pool keep no limit.
 */

const settings = async (db: Executor) => {
  const r = await sql<{ s: string; l: string }>`
    SELECT current_setting('statement_timeout') AS s, current_setting('lock_timeout') AS l`.execute(db);
  return r.rows[0];
};

describe('the time budget follows the calling code on every engine', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => server?.close());

  it('a request tenancy sets both timeouts; outside it they are the server defaults again', async () => {
    const { db } = server.db.database;
    const inRequest = await new Promise<unknown>((resolve, reject) =>
      openRequestTenancy({ statementMs: 4321, lockMs: 1234 }, () => {
        settings(db).then(resolve, reject);
      }),
    );
    expect(inRequest).toEqual({ s: '4321ms', l: '1234ms' });
    // the same (single or pooled) session, handed to code outside a request: no budget left behind
    expect(await settings(db)).toEqual({ s: '0', l: '0' });
    const longRoute = await new Promise<unknown>((resolve, reject) =>
      openRequestTenancy(null, () => {
        settings(db).then(resolve, reject);
      }),
    );
    expect(longRoute).toEqual({ s: '0', l: '0' });
  });
});

const LOCK_MS = 400;
const serverUrl = process.env.DATABASE_URL;

/** A second session on the test server's database that holds a table lock until released. */
async function holdLock(server: TestServer, table: string): Promise<() => Promise<void>> {
  const name = await sql<{ db: string }>`SELECT current_database() AS db`.execute(server.db.database.db);
  const url = new URL(serverUrl ?? '');
  url.pathname = `/${name.rows[0]?.db}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  await client.query('BEGIN');
  await client.query(`LOCK TABLE ${table} IN ACCESS EXCLUSIVE MODE`);
  return async () => {
    await client.query('ROLLBACK');
    await client.end();
  };
}

describe.skipIf(!serverUrl)('a stuck lock on PostgreSQL', () => {
  let server: TestServer;
  let finance: SignedIn;
  beforeAll(async () => {
    server = await startTestServer({
      env: { EVS_LOCK_TIMEOUT_MS: String(LOCK_MS), EVS_STATEMENT_TIMEOUT_MS: '3000' },
    });
    await accessFixture(server.db.database, server.db.scope());
    finance = await signedInUser(server.db.database, server.db.scope(), 'finance-budget@a', ['finance']);
  });
  afterAll(async () => server?.close());

  const search = (lang: 'nl' | 'en') =>
    server.app.inject({
      method: 'POST',
      url: `/api/v1/debtors/search?lang=${lang}`,
      headers: { ...finance.headers, 'content-type': 'application/json' },
      payload: JSON.stringify({ query: 'Testmans' }),
    });

  it('answers 503 busy with Retry-After within about the lock timeout, in nl and en', async () => {
    expect((await search('nl')).statusCode).toBe(200);
    const release = await holdLock(server, 'debtors');
    try {
      const started = Date.now();
      const nl = await search('nl');
      const waited = Date.now() - started;
      expect(nl.statusCode).toBe(503);
      expect(nl.headers['retry-after']).toBe('5');
      expect(nl.json()).toEqual({
        error: { code: 'busy', message: 'De databank is bezet; probeer opnieuw over 5 seconden.' },
      });
      expect(waited).toBeGreaterThanOrEqual(LOCK_MS - 50);
      expect(waited).toBeLessThan(LOCK_MS + 1500);
      const en = await search('en');
      expect(en.statusCode).toBe(503);
      expect(en.json().error.message).toBe('The database is busy; try again in 5 seconds.');
    } finally {
      await release();
    }
    expect((await search('nl')).statusCode).toBe(200);
  });

  it('a statement past its budget answers 503 too (query_canceled)', async () => {
    // no lock limit, a short statement limit: the same lock wait ends as a cancelled statement
    const short = await startTestServer({
      env: { EVS_LOCK_TIMEOUT_MS: '0', EVS_STATEMENT_TIMEOUT_MS: String(LOCK_MS) },
    });
    try {
      await accessFixture(short.db.database, short.db.scope());
      const user = await signedInUser(short.db.database, short.db.scope(), 'finance-short@a', ['finance']);
      const release = await holdLock(short, 'debtors');
      try {
        const r = await short.app.inject({
          method: 'POST',
          url: '/api/v1/debtors/search',
          headers: { ...user.headers, 'content-type': 'application/json' },
          payload: JSON.stringify({ query: 'Testmans' }),
        });
        expect(r.statusCode).toBe(503);
        expect(r.json().error.code).toBe('busy');
      } finally {
        await release();
      }
    } finally {
      await short.close();
    }
  });

  it('an import over HTTP (a long-running route) waits out a lock longer than the request budget', async () => {
    const release = await holdLock(server, 'claims');
    const releaseLater = new Promise<void>((resolve) =>
      setTimeout(() => release().then(resolve), LOCK_MS * 4),
    );
    const started = Date.now();
    const r = await server.app.inject({
      method: 'POST',
      url: '/api/v1/claim-imports?department=SCHOOL',
      headers: { ...finance.headers, 'content-type': 'text/csv' },
      payload: csv(
        'SCH-B1;85.07.30-997.34;S-1;Jan Testmans;30/07/1985;Teststraat;1;9000;Gent;Schoolmaaltijden;12,00;15/01/2026',
      ),
    });
    await releaseLater;
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ rows: 1, created: 1 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(LOCK_MS * 4 - 100);
  });

  it('an import outside a request (job, CLI) on a connection a request used keeps no limit', async () => {
    const { database } = server.db;
    expect((await search('nl')).statusCode).toBe(200); // leaves the request's budget on a pooled session
    const release = await holdLock(server, 'claims');
    const releaseLater = new Promise<void>((resolve) =>
      setTimeout(() => release().then(resolve), LOCK_MS * 4),
    );
    const r = await importClaims(database, server.db.scope(), {
      departmentCode: 'SCHOOL',
      input: Readable.from([
        Buffer.from(
          csv(
            'SCH-B2;85.07.30-997.34;S-1;Jan Testmans;30/07/1985;Teststraat;1;9000;Gent;Schoolmaaltijden;13,00;15/01/2026',
          ),
          'utf8',
        ),
      ]),
    });
    await releaseLater;
    expect(r.ok && r.value.report.created).toBe(1);
  });
});
