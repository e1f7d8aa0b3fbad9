import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessFixture } from '../access/access.test-support.ts';
import { startTestServer, type TestServer } from '../testing/server.ts';

let server: TestServer;
let headers: Record<string, string>;
beforeAll(async () => {
  server = await startTestServer();
  headers = (await accessFixture(server.db.database, server.db.scope())).users.finance.headers;
});
afterAll(async () => server?.close());

describe('a hub CSV batch it cannot use', () => {
  it('answers 415 to a JSON body', async () => {
    const r = await server.app.inject({
      method: 'POST',
      url: '/api/v1/hub/csv/notice?lang=en',
      headers: { ...headers, 'content-type': 'application/json' },
      payload: '{"rows":[]}',
    });
    expect(r.statusCode).toBe(415);
    expect(r.json()).toMatchObject({ error: { code: 'unsupported_media_type', message: /text\/csv/ } });
  });

  it('answers 413 naming the limit to a 4.5 MB file, over a real connection', async () => {
    const body = `${'x;'.repeat(1000)}\r\n`.repeat(2400); // about 4.6 MB
    const r = await fetch(`${server.url}/api/v1/hub/csv/notice?lang=en`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'text/csv' },
      body,
    });
    expect(r.status).toBe(413);
    expect(((await r.json()) as { error: { message: string } }).error.message).toMatch(/4 MB/);
  });
});
