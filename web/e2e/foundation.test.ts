import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/access/user-service.ts';
import { startTestServer, type TestServer } from '../../src/testing/server.ts';
import { ensureWebBuilt, launchBrowser, runAxe, signIn } from './browser.ts';

// Synthetic people; national numbers are check-digit valid with obviously fictional serials (997, 998).
const HEADER =
  'vordering_id;rijksregisternummer;klantnummer;naam;geboortedatum;straat;huisnummer;postcode;gemeente;categorie;hoofdsom;vervaldatum';
const SCHOOL_CSV = [
  HEADER,
  'SCH-2026-0001;85.07.30-997.34;S-1001;Jan Testmans;30/07/1985;Teststraat;1;9000;Gent;Schoolmaaltijden;1.234,56;15/01/2026',
  'SCH-2026-0002;90.02.14-998.01;S-1002;Els Proefmans;14/02/1990;Proefweg;7;9000;Gent;Schoolmaaltijden;45,00;01/02/2026',
].join('\r\n');
const PARKING_CSV = [
  HEADER,
  'PK-2026-0001;85073099734;P-77;Jan Testmans;30/07/1985;Teststraat;1;9000;Gent;Parkeerretributie;50,00;10/03/2026',
].join('\r\n');
// Row 3 (spreadsheet numbering: header = row 1) has an amount that is not an amount.
const BAD_CSV = [
  HEADER,
  'SCH-2026-0003;90.02.14-998.01;S-1002;Els Proefmans;14/02/1990;Proefweg;7;9000;Gent;Schooluitstappen;12,00;01/03/2026',
  'SCH-2026-0004;85.07.30-997.34;S-1001;Jan Testmans;30/07/1985;Teststraat;1;9000;Gent;Schooluitstappen;12,3x;01/03/2026',
].join('\r\n');

let server: TestServer;
let browser: Browser;
let page: Page;

async function expectNoSeriousAxeViolations(screen: string): Promise<void> {
  const violations = await runAxe(page);
  expect(violations, `axe on ${screen}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
}

async function waitForStatus(text: string): Promise<void> {
  await page.getByRole('status').filter({ hasText: text }).waitFor();
}

async function uploadClaims(options: {
  department: string;
  fileName: string;
  csv: string;
  partial?: boolean;
}): Promise<void> {
  await page.goto(`${server.url}/#/imports`);
  await page
    .locator(`#import-department option[value="${options.department}"]`)
    .waitFor({ state: 'attached' });
  await page.getByLabel('Dienst').selectOption(options.department);
  await page.getByLabel('CSV-bestand').setInputFiles({
    name: options.fileName,
    mimeType: 'text/csv',
    buffer: Buffer.from(options.csv, 'utf8'),
  });
  await page.getByLabel(/Gedeeltelijke import/).setChecked(options.partial ?? false);
  await page.getByRole('button', { name: 'Importeren' }).click();
}

function reportCount(label: string) {
  return page
    .locator('.import-report .counts div')
    .filter({ has: page.getByText(label, { exact: true }) })
    .locator('dd');
}

describe('staff web app: import, search, overview, language, accessibility', () => {
  beforeAll(async () => {
    ensureWebBuilt();
    server = await startTestServer();
    const user = await createUser(server.db.database, server.db.scope(), {
      login: 'finance@test',
      displayName: 'Fien Financiën',
      password: 'finance-password',
      roles: ['finance'],
    });
    if (!user.ok) throw new Error(user.error.message);
    browser = await launchBrowser();
    // the CSP forbids inline scripts; axe is injected as one, so the test browser bypasses it
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    await signIn(page, server.url, 'finance@test', 'finance-password');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('imports a SCHOOL file and shows the report', async () => {
    await uploadClaims({ department: 'SCHOOL', fileName: 'school.csv', csv: SCHOOL_CSV });
    await waitForStatus('Import voltooid.');
    expect(await reportCount('Rijen').textContent()).toBe('2');
    expect(await reportCount('Nieuw').textContent()).toBe('2');
    expect(await reportCount('Geweigerd').textContent()).toBe('0');
    await expectNoSeriousAxeViolations('import report');
  });

  it('imports a PARKEREN file for a person already known through SCHOOL', async () => {
    await uploadClaims({ department: 'PARKEREN', fileName: 'parkeren.csv', csv: PARKING_CSV });
    await waitForStatus('Import voltooid.');
    expect(await reportCount('Nieuw').textContent()).toBe('1');
  });

  it('rejects a file with a bad row whole, showing the row number, field value and message', async () => {
    await uploadClaims({ department: 'SCHOOL', fileName: 'fout.csv', csv: BAD_CSV });
    await waitForStatus('Het bestand is geweigerd');
    const errorRows = page.getByRole('table', { name: 'Fouten per rij' }).locator('tbody tr');
    expect(await errorRows.count()).toBe(1);
    const cells = await errorRows.first().locator('th, td').allTextContents();
    expect(cells[0]).toBe('3');
    expect(cells[2]).toBe('12,3x');
    expect(cells[3]?.length).toBeGreaterThan(0);
    expect(await reportCount('Nieuw').textContent()).toBe('0');
    await expectNoSeriousAxeViolations('rejected import');
  });

  it('imports the good rows of that file when asked and offers the bad rows as CSV', async () => {
    await uploadClaims({ department: 'SCHOOL', fileName: 'fout.csv', csv: BAD_CSV, partial: true });
    await waitForStatus('1 rij geweigerd');
    expect(await reportCount('Nieuw').textContent()).toBe('1');
    const link = page.getByRole('link', { name: /geweigerde rijen/ });
    const href = await link.getAttribute('href');
    expect(href).toBeTruthy();
    const download = await page.request.get(new URL(href ?? '', server.url).toString());
    expect(download.status()).toBe(200);
    expect(await download.text()).toContain('12,3x');
  });

  it('links a validation error to its field', async () => {
    await page.goto(`${server.url}/#/`);
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    const input = page.getByLabel('Naam, rijksregisternummer of klantnummer');
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await input.getAttribute('aria-describedby')) ?? '';
    const errorId = describedBy.split(' ').find((id) => id.endsWith('-error')) ?? '';
    expect(await page.locator(`#${errorId}`).textContent()).toContain('Vul een naam');
  });

  it('finds the person by name: one debtor across both departments', async () => {
    await page.getByLabel('Naam, rijksregisternummer of klantnummer').fill('Testmans');
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await waitForStatus('1 schuldenaar gevonden.');
    const row = page.getByRole('row', { name: /Jan Testmans/ });
    const cells = await row.locator('th, td').allTextContents();
    expect(cells).toEqual(['Jan Testmans', '30/07/1985', 'Gent', '2', '€ 1.284,56']);
    await expectNoSeriousAxeViolations('search results');
  });

  it('opens the overview with totals per department', async () => {
    await page.getByRole('link', { name: 'Jan Testmans' }).click();
    await page.getByRole('heading', { level: 1, name: /Jan Testmans/ }).waitFor();
    expect(page.url()).toMatch(/#\/debtors\/[0-9a-f-]+$/);
    expect(await page.getByText('85.07.30-997.34').count()).toBe(1);
    const byDepartment = page.getByRole('region', { name: 'Per dienst' });
    const school = await byDepartment
      .getByRole('row', { name: /SCHOOL/ })
      .locator('th, td')
      .allTextContents();
    const parking = await byDepartment
      .getByRole('row', { name: /PARKEREN/ })
      .locator('th, td')
      .allTextContents();
    expect(school).toEqual(['SCHOOL', '1', '€ 1.234,56']);
    expect(parking).toEqual(['PARKEREN', '1', '€ 50,00']);
    const claims = page.getByRole('region', { name: 'Vorderingen' }).locator('tbody tr');
    expect(await claims.count()).toBe(2);
    await expectNoSeriousAxeViolations('overview');
    const shots = process.env.EVS_SCREENSHOT_DIR;
    if (shots) {
      mkdirSync(shots, { recursive: true });
      await page.screenshot({ path: join(shots, 'overview-nl.png'), fullPage: true });
    }
  });

  it('switches to English, remembers the choice and formats amounts the English way', async () => {
    await page.getByRole('group', { name: 'Taal' }).getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: /Debt overview/ }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en-GB');
    await page.reload();
    const byDepartment = page.getByRole('region', { name: 'Per department' });
    await byDepartment.waitFor();
    const total = await byDepartment.locator('tfoot').locator('th, td').allTextContents();
    expect(total).toEqual(['Total', '2', '€1,284.56']);
    expect(await page.getByRole('link', { name: 'Search', exact: true }).count()).toBe(1);
    await expectNoSeriousAxeViolations('overview in English');
    await page.getByRole('link', { name: 'Import', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Import claims' }).waitFor();
    expect(await page.getByLabel('Department').count()).toBe(1);
    await expectNoSeriousAxeViolations('import form in English');
  });
});
