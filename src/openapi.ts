import openapiTS, { astToString } from 'openapi-typescript';
import { buildApp } from './app.ts';
import { loadConfig } from './platform/config.ts';
import type { Database } from './platform/db.ts';

/** The API's OpenAPI document, read off the registered routes (no database is opened: no handler runs). */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  const unopened = {} as Database;
  const app = await buildApp({
    config: loadConfig({}),
    database: unopened,
    today: () => '2026-01-01',
    webRoot: null,
  });
  try {
    await app.ready();
    return app.swagger() as Record<string, unknown>;
  } finally {
    await app.close();
  }
}

export const API_TYPES_FILE = 'web/src/api/schema.gen.ts';

/** The web app's API types, generated from the document (`npm run api:types` writes them). */
export async function apiTypesSource(): Promise<string> {
  const ast = await openapiTS(JSON.parse(JSON.stringify(await openApiDocument())));
  return `// Generated from the server's OpenAPI document by \`npm run api:types\`; do not edit.\n\n${astToString(ast)}`;
}
