import path from 'node:path';
import { buildApp } from '../app.ts';
import { addDepartment } from '../organisations/service.ts';
import { loadConfig } from '../platform/config.ts';
import type { App } from '../platform/http.ts';
import { createTestDatabase, type TestDatabase } from './db.ts';

export interface TestServer {
  readonly url: string;
  readonly app: App;
  readonly db: TestDatabase;
  close(): Promise<void>;
}

/** A real server on a free port over a fresh database with departments SCHOOL and PARKEREN. */
export async function startTestServer(
  opts: { today?: string; env?: Record<string, string> } = {},
): Promise<TestServer> {
  const db = await createTestDatabase();
  await addDepartment(db.database, db.scope(), 'SCHOOL', 'Scholen — schoolmaaltijden');
  await addDepartment(db.database, db.scope(), 'PARKEREN', 'Parkeren');
  const config = loadConfig({ PORT: '0', ...opts.env });
  const app = await buildApp({
    config,
    database: db.database,
    today: () => opts.today ?? '2026-11-24',
    webRoot: path.resolve('web/dist'),
  });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    url: address,
    app,
    db,
    async close() {
      await app.close();
      await db.close();
    },
  };
}
