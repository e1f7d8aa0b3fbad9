import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/access/user-service.ts';
import { reductionFixture } from '../../src/eligibility/reduction.test-support.ts';
import { runSweep } from '../../src/eligibility/sweep-service.ts';
import { startTestServer, type TestServer } from '../../src/testing/server.ts';
import { ensureWebBuilt, launchBrowser, runAxe, signIn } from './browser.ts';

let server: TestServer;
let browser: Browser;
let page: Page;

const status = (text: string | RegExp) => page.getByRole('status').filter({ hasText: text }).waitFor();
const rows = () => page.getByRole('table', { name: 'Verminderingen' }).locator('tbody tr');

describe('reductions from rights in the browser', () => {
  beforeAll(async () => {
    ensureWebBuilt();
    server = await startTestServer({ today: '2025-06-02' });
    const { database } = server.db;
    const scope = server.db.scope();
    await reductionFixture(database, scope);
    // the sweep grants Piet the childcare social tariff and proposes reductions on its invoices
    const sweep = await runSweep(database, scope, '2025-06-02', { date: '2025-06-02' });
    if (!sweep.ok) throw new Error(sweep.error.message);
    for (const [login, roles, departments] of [
      ['finance@test', ['finance'], []],
      ['opvang@test', ['clerk'], ['KINDEROPVANG']],
      ['parkeren@test', ['clerk'], ['PARKEREN']],
    ] as const) {
      const user = await createUser(database, scope, {
        login,
        displayName: login,
        password: 'test-password-1',
        roles: [...roles],
        departments: [...departments],
      });
      if (!user.ok) throw new Error(user.error.message);
    }
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    await signIn(page, server.url, 'finance@test', 'test-password-1');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lists the proposals, accepts one with a note and rejects another', async () => {
    await page.getByRole('link', { name: 'Rechtenverkenning' }).click();
    await page.getByRole('link', { name: 'Verminderingen uit rechten' }).click();
    await page.getByRole('heading', { level: 1, name: 'Verminderingen uit rechten' }).waitFor();
    await rows().first().waitFor();
    const proposed = await rows().allTextContents();
    expect(proposed.some((r) => r.includes('K-1') && r.includes('€ 100,00'))).toBe(true);
    expect(proposed.some((r) => r.includes('K-3') || r.includes('K-4') || r.includes('K-5'))).toBe(false);
    const violations = await runAxe(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);

    // proposing again is harmless: everything is proposed already
    await page.getByRole('button', { name: 'Voorstellen berekenen' }).click();
    await status(/^0 voorstel/);

    await page.getByLabel('Opmerking bij je beslissing (optioneel)').fill('Attest kinderbijslag gezien');
    await page.getByRole('button', { name: 'Aanvaarden K-1' }).click();
    await status('Vermindering op factuur K-1 aanvaard: € 100,00 minder verschuldigd.');
    await page.getByRole('button', { name: 'Weigeren K-2' }).click();
    await status('Vermindering op factuur K-2 geweigerd.');
    await expect
      .poll(async () => (await rows().allTextContents()).some((r) => r.includes('K-1')))
      .toBe(false);

    await page.getByLabel('Toon').selectOption('accepted');
    await expect
      .poll(async () => (await rows().allTextContents()).join('|'))
      .toMatch(/K-1.*aanvaard — Attest kinderbijslag gezien/);
    const k1 = await server.db.database.db
      .selectFrom('claims')
      .select(['principal'])
      .where('claim_id', '=', 'K-1')
      .executeTakeFirstOrThrow();
    expect(Number(k1.principal)).toBe(10_000); // € 200,00 lowered by the accepted € 100,00
  });

  it("a clerk reads the reductions on their own department's invoices, and decides nothing", async () => {
    for (const [login, sees] of [
      ['opvang@test', true],
      ['parkeren@test', false],
    ] as const) {
      const clerk = await browser.newPage({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
      await signIn(clerk, server.url, login, 'test-password-1');
      await clerk.getByRole('link', { name: 'Rechtenverkenning' }).click();
      await clerk.getByRole('heading', { level: 1, name: 'Verminderingen uit rechten' }).waitFor();
      await clerk.getByLabel('Toon').selectOption('all');
      if (sees) {
        const table = clerk.getByRole('table', { name: 'Verminderingen' }).locator('tbody tr');
        await expect.poll(async () => (await table.allTextContents()).join('|')).toContain('K-1');
      } else {
        await clerk.getByText('Geen verminderingen met deze status.').waitFor();
      }
      expect(await clerk.getByRole('button', { name: /Aanvaarden|Voorstellen berekenen/ }).count()).toBe(0);
      await clerk.close();
    }
  });
});
