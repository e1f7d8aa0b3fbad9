import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/access/user-service.ts';
import { importRows, PARKING_ROWS, SCHOOL_ROWS } from '../../src/plans/fixtures.test-support.ts';
import { startTestServer, type TestServer } from '../../src/testing/server.ts';
import { ensureWebBuilt, launchBrowser, runAxe, signIn } from './browser.ts';

let server: TestServer;
let browser: Browser;
let page: Page;
let debtorId: string;

async function expectNoSeriousAxeViolations(screen: string): Promise<void> {
  const violations = await runAxe(page);
  expect(violations, `axe on ${screen}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
}

describe('EvS file and plan in the browser: overview → file → plan → acceptance → letter', () => {
  beforeAll(async () => {
    ensureWebBuilt();
    server = await startTestServer();
    await importRows(server.db, 'SCHOOL', SCHOOL_ROWS);
    await importRows(server.db, 'PARKEREN', PARKING_ROWS);
    debtorId = (await server.db.database.db.selectFrom('debtors').select('id').executeTakeFirstOrThrow()).id;
    const user = await createUser(server.db.database, server.db.scope(), {
      login: 'finance@test',
      displayName: 'Fien Financiën',
      password: 'finance-password',
      roles: ['finance'],
    });
    if (!user.ok) throw new Error(user.error.message);
    browser = await launchBrowser();
    // the CSP forbids inline scripts; axe is injected as one, so the test browser bypasses it
    page = await browser.newPage({
      viewport: { width: 1280, height: 900 },
      bypassCSP: true,
      acceptDownloads: true,
      locale: 'nl-BE',
    });
    await signIn(page, server.url, 'finance@test', 'finance-password');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens an EvS file from the overview with consent, bundling every open claim', async () => {
    await page.goto(`${server.url}/#/debtors/${debtorId}`);
    await page.getByRole('link', { name: 'EvS-dossier openen' }).click();
    await page.getByRole('heading', { level: 1, name: 'EvS-dossier openen' }).waitFor();
    const claims = page.getByRole('table', { name: 'Te bundelen vorderingen' });
    await claims.waitFor();
    expect(await claims.getByRole('checkbox', { checked: true }).count()).toBe(3);
    await expectNoSeriousAxeViolations('open file');
    await page.getByRole('button', { name: 'Dossier openen' }).click();
    await page.getByText('Vul de datum en het bewijsstuk van de toestemming in.').waitFor();
    await page.getByLabel('Bewijsstuk (referentie)').fill('DOC-2026-0001');
    await page.getByRole('button', { name: 'Dossier openen' }).click();
    await page.getByRole('heading', { level: 1, name: 'EvS-dossier', exact: true }).waitFor();
    const bundled = page.getByRole('table', { name: 'Gebundelde vorderingen' });
    expect(await bundled.locator('tbody tr').count()).toBe(3);
    expect(await page.getByText('€ 600,00').count()).toBeGreaterThan(0);
    await expectNoSeriousAxeViolations('file');
  });

  it('compares options by capacity and proposes a plan', async () => {
    await page.getByLabel('Netto gezinsinkomen per maand').fill('2000');
    await page.getByLabel('Huur per maand').fill('600');
    await page.getByRole('button', { name: 'Berekenen' }).click();
    await page.getByText(/Afloscapaciteit: € 351,80 per maand/).waitFor();
    expect(await page.getByText(/geen wettelijke tabel van kracht/).count()).toBe(1);
    await expectNoSeriousAxeViolations('plan options');
    await page.getByLabel('Maandbedrag (euro)').fill('250');
    await page.getByRole('button', { name: 'Plan voorstellen' }).click();
    await page
      .getByRole('heading', { level: 1, name: /Afbetalingsplan \+\+\+\d{3}\/\d{4}\/\d{5}\+\+\+/ })
      .waitFor();
    const schedule = page.getByRole('table', { name: 'Betaalkalender' }).locator('tbody tr');
    expect(await schedule.count()).toBe(3);
  });

  it('records the acceptance and downloads the plan letter', async () => {
    // the day defaults to today; the channel is chosen, then confirmed in a second step
    expect(await page.getByLabel('Datum van aanvaarding').inputValue()).toBe('2026-11-24');
    await page.getByLabel('Hoe aanvaard').selectOption({ label: 'Aan het loket' });
    await page.getByRole('button', { name: 'Aanvaarding registreren' }).click();
    await page.getByRole('alert').filter({ hasText: '24/11/2026' }).waitFor();
    await page.getByRole('button', { name: 'Bevestigen' }).click();
    await page.getByRole('status').filter({ hasText: 'De aanvaarding is geregistreerd.' }).waitFor();
    await page.getByText(/Aanvaard op 24\/11\/2026, aan het loket/i).waitFor();
    await page.getByText('Aanvaard', { exact: true }).waitFor();
    const activities = page.getByRole('table', { name: 'Activiteiten (OSLO)' }).locator('tbody tr');
    expect(await activities.allTextContents()).toEqual([
      expect.stringContaining('Voorstel'),
      expect.stringContaining('Aanvaarding'),
    ]);
    await expectNoSeriousAxeViolations('accepted plan');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Brief met het plan downloaden (PDF)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^afbetalingsplan-\d{12}\.pdf$/);
    const pdf = readFileSync(await download.path());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
