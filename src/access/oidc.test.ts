import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../web/e2e/browser.ts';
import { buildApp } from '../app.ts';
import { loadConfig } from '../platform/config.ts';
import type { App } from '../platform/http.ts';
import { createTestDatabase, type TestDatabase } from '../testing/db.ts';
import { createUser } from './user-service.ts';

let provider: Server;
let app: App;
let db: TestDatabase;
let browser: Browser;
let evsUrl = '';

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const { port } = s.address() as AddressInfo;
  await new Promise((resolve) => s.close(resolve));
  return port;
}

describe('OpenID Connect sign-in against a local provider', () => {
  beforeAll(async () => {
    const [opPort, evsPort] = [await freePort(), await freePort()];
    const issuer = `http://127.0.0.1:${opPort}`;
    evsUrl = `http://127.0.0.1:${evsPort}`;
    const oidc = new Provider(issuer, {
      clients: [
        {
          client_id: 'evs',
          client_secret: 'evs-test-secret',
          redirect_uris: [`${evsUrl}/api/v1/auth/oidc/callback`],
          grant_types: ['authorization_code'],
          response_types: ['code'],
        },
      ],
      // dev interactions: any login is accepted and becomes the subject; the email claim repeats it
      findAccount: async (_ctx, sub) => ({ accountId: sub, claims: async () => ({ sub, email: sub }) }),
      claims: { openid: ['sub'], email: ['email'] },
      pkce: { required: () => true },
    });
    provider = createServer(oidc.callback());
    await new Promise<void>((resolve) => provider.listen(opPort, '127.0.0.1', resolve));

    db = await createTestDatabase();
    const r = await createUser(db.database, db.scope(), {
      login: 'fin@stad.test',
      displayName: 'Fien',
      roles: ['finance'],
    });
    if (!r.ok) throw new Error(r.error.message);
    const config = loadConfig({
      EVS_OIDC_ISSUER: issuer,
      EVS_OIDC_CLIENT_ID: 'evs',
      EVS_OIDC_CLIENT_SECRET: 'evs-test-secret',
      EVS_OIDC_REDIRECT_URI: `${evsUrl}/api/v1/auth/oidc/callback`,
      EVS_OIDC_ALLOW_HTTP: 'true',
    });
    app = await buildApp({ config, database: db.database, today: () => '2026-11-24' });
    await app.listen({ host: '127.0.0.1', port: evsPort });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await db?.close();
    await new Promise((resolve) => provider?.close(resolve));
  });

  async function signInAt(login: string) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${evsUrl}/api/v1/auth/oidc/start`);
    await page.locator('input[name=login]').fill(login);
    await page.locator('input[name=password]').fill('anything');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page
      .waitForURL((url) => url.origin === evsUrl && !url.pathname.includes('/oidc/'), { timeout: 15_000 })
      .catch(() => {});
    return { page, context };
  }

  it('signs in a known user through code + PKCE, links the subject, and gives a session', async () => {
    const { page, context } = await signInAt('fin@stad.test');
    expect(new URL(page.url()).origin).toBe(evsUrl);
    const me = await context.request.get(`${evsUrl}/api/v1/auth/me`);
    expect(me.status()).toBe(200);
    expect(await me.json()).toMatchObject({ login: 'fin@stad.test', roles: ['finance'] });
    const linked = await db.database.db
      .selectFrom('users')
      .select(['oidc_issuer', 'oidc_subject'])
      .where('login', '=', 'fin@stad.test')
      .executeTakeFirstOrThrow();
    expect(linked.oidc_subject).toBe('fin@stad.test');
    await context.close();
  });

  it('refuses an identity without an EvS account', async () => {
    const { page, context } = await signInAt('stranger@elders.test');
    expect(await page.content()).toContain('oidc_no_account');
    expect((await context.request.get(`${evsUrl}/api/v1/auth/me`)).status()).toBe(401);
    await context.close();
  });
});
