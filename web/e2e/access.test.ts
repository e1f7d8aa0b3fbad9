import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessFixture } from '../../src/access/access.test-support.ts';
import { createUser } from '../../src/access/user-service.ts';
import { startTestServer, type TestServer } from '../../src/testing/server.ts';
import { ensureWebBuilt, launchBrowser, runAxe, signIn as signInAs } from './browser.ts';

let server: TestServer;
let browser: Browser;
let fixture: Awaited<ReturnType<typeof accessFixture>>;

async function signIn(login: string, password: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
  const page = await context.newPage();
  await signInAs(page, server.url, login, password);
  return page;
}

async function navLinks(page: Page): Promise<string[]> {
  return page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link').allTextContents();
}

describe('signing in: each role sees its own screens', () => {
  beforeAll(async () => {
    ensureWebBuilt();
    server = await startTestServer();
    fixture = await accessFixture(server.db.database, server.db.scope());
    for (const [login, roles, departments] of [
      ['clerk@web', ['clerk'], ['SCHOOL']],
      ['finance@web', ['finance'], []],
      ['admin@web', ['admin'], []],
      ['auditor@web', ['auditor'], []],
    ] as const) {
      const r = await createUser(server.db.database, server.db.scope(), {
        login,
        displayName: login,
        password: 'web-password-1',
        roles: [...roles],
        departments: [...departments],
      });
      if (!r.ok) throw new Error(r.error.message);
    }
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the login page first and refuses a wrong password', async () => {
    const page = await (await browser.newContext({ bypassCSP: true })).newPage();
    await page.goto(`${server.url}/#/`);
    await page.getByLabel('Login').fill('clerk@web');
    await page.getByLabel('Wachtwoord').fill('wrong');
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page.getByRole('alert').filter({ hasText: 'klopt niet' }).waitFor();
    expect(await runAxe(page)).toEqual([]);
  });

  it('a SCHOOL clerk sees only SCHOOL claims of Jan; finance sees all and who looked', async () => {
    const clerk = await signIn('clerk@web', 'web-password-1');
    const clerkNav = await navLinks(clerk);
    expect(clerkNav).toEqual(expect.arrayContaining(['Zoeken', 'Import']));
    expect(clerkNav).not.toContain('Gebruikers');
    expect(clerkNav).not.toContain('Toegangslog');
    await clerk.goto(`${server.url}/#/debtors/${fixture.jan}`);
    await clerk.getByRole('heading', { level: 1, name: /Jan Testmans/ }).waitFor();
    const clerkClaims = clerk.getByRole('region', { name: 'Vorderingen' }).locator('tbody tr');
    expect(await clerkClaims.count()).toBe(1);
    expect(await clerk.getByText('PARKEREN').count()).toBe(0);
    expect(await clerk.getByRole('heading', { name: 'Wie bekeek deze gegevens' }).count()).toBe(0);

    const finance = await signIn('finance@web', 'web-password-1');
    expect(await navLinks(finance)).toEqual(expect.arrayContaining(['Zoeken', 'Import']));
    await finance.goto(`${server.url}/#/debtors/${fixture.jan}`);
    await finance.getByRole('heading', { level: 1, name: /Jan Testmans/ }).waitFor();
    expect(await finance.getByRole('region', { name: 'Vorderingen' }).locator('tbody tr').count()).toBe(2);
    await finance.getByRole('heading', { name: 'Wie bekeek deze gegevens' }).waitFor();
    expect(await finance.getByRole('cell', { name: 'dienstbediende' }).count()).toBeGreaterThan(0);
    expect(await runAxe(finance)).toEqual([]);
  });

  it('an administrator gets user and token administration, not debtor search', async () => {
    const admin = await signIn('admin@web', 'web-password-1');
    const adminNav = await navLinks(admin);
    expect(adminNav).toEqual(expect.arrayContaining(['Gebruikers', 'API-tokens']));
    expect(adminNav).not.toContain('Zoeken');
    await admin
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Gebruikers' })
      .click();
    await admin.getByRole('heading', { level: 1, name: 'Gebruikers' }).waitFor();
    await admin.getByRole('row', { name: /clerk@web/ }).waitFor();
    expect(await runAxe(admin)).toEqual([]);
    await admin.getByRole('button', { name: 'Afmelden' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
  });

  it('an auditor searches the access log and narrows it to one person and one action', async () => {
    const auditor = await signIn('auditor@web', 'web-password-1');
    expect(await navLinks(auditor)).toContain('Toegangslog');
    await auditor
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Toegangslog' })
      .click();
    await auditor.getByRole('heading', { level: 1, name: 'Toegangslog' }).waitFor();
    const rows = auditor.getByRole('table', { name: 'Regels van de toegangslog' }).locator('tbody tr');
    // what the browser asks the server: a national number is never part of an address
    const asked: string[] = [];
    auditor.on('request', (r) => asked.push(r.url()));
    await auditor.getByRole('button', { name: 'Zoeken' }).click();
    await auditor
      .getByRole('status')
      .filter({ hasText: /^Regels 1–\d+ van \d+\.$/ })
      .waitFor();
    const all = await rows.count();
    // the log names the person, not their id
    expect(await rows.filter({ hasText: 'Jan Testmans' }).count()).toBeGreaterThan(0);
    expect(await rows.filter({ hasText: fixture.jan }).count()).toBe(0);
    let violations = await runAxe(auditor);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);

    // The earlier tests had a clerk and finance look at Jan: found by his national number, as typed on paper
    await auditor.getByLabel('Persoon (naam of rijksregisternummer)').fill('85.07.30-997.34');
    await auditor.getByRole('button', { name: 'Zoeken' }).click();
    // the answer replaces the unfiltered lines: every line is then Jan's
    await expect
      .poll(async () => {
        const texts = await rows.allTextContents();
        return texts.length > 0 && texts.length < all && texts.every((r) => r.includes('Jan Testmans'));
      })
      .toBe(true);
    const janRows = await rows.count();
    expect(await rows.filter({ hasText: 'dienstbediende' }).count()).toBeGreaterThan(0);
    // who looked: the staff members by name, never an id
    expect(await rows.filter({ hasText: 'clerk@web' }).count()).toBeGreaterThan(0);
    expect(await rows.filter({ hasText: /user:/ }).count()).toBe(0);
    expect(asked.filter((u) => /85\.?07\.?30|997\.?34/.test(u))).toEqual([]);
    // and by staff member: only the clerk's lines about Jan
    await auditor.getByLabel('Medewerker (naam of login)').fill('clerk@');
    await auditor.getByRole('button', { name: 'Zoeken' }).click();
    await expect
      .poll(async () => (await rows.allTextContents()).every((r) => r.includes('clerk@web')))
      .toBe(true);
    expect(await rows.count()).toBeGreaterThan(0);
    await auditor.getByLabel('Medewerker (naam of login)').fill('');
    // the cell reads as words; the filter takes the action's code, which the cell carries
    const actionCells = () =>
      rows
        .locator('td[data-action]')
        .evaluateAll((tds) => tds.map((td) => td.getAttribute('data-action') ?? ''));
    const actions = [...new Set(await actionCells())];
    const action = actions[0] ?? '';
    await auditor.getByLabel('Actie (bv. debtors.read)').fill(action);
    await auditor.getByRole('button', { name: 'Zoeken' }).click();
    await expect.poll(async () => [...new Set(await actionCells())]).toEqual([action]);
    expect(all).toBeGreaterThanOrEqual(janRows);

    await auditor.getByLabel('Actie (bv. debtors.read)').fill('no.such.action');
    await auditor.getByRole('button', { name: 'Zoeken' }).click();
    await auditor.getByRole('status').filter({ hasText: 'Geen regels gevonden.' }).waitFor();
    expect(await rows.count()).toBe(0);
    violations = await runAxe(auditor);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
  });

  it('a social worker records a consent by national number and then opens the person', async () => {
    const social = await signIn('social@a', 'correct horse battery');
    expect(await navLinks(social)).toContain('Toestemmingen');
    await social.goto(`${server.url}/#/debtors/${fixture.els}`);
    await social.getByRole('alert').waitFor();
    await social
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Toestemmingen' })
      .click();
    await social.getByRole('heading', { level: 1, name: 'Toestemmingen en mandaten' }).waitFor();
    await social.getByRole('row', { name: /Jan Testmans/ }).waitFor();
    await social.getByLabel('Rijksregisternummer van de persoon').fill('90.02.14-998.01');
    await social.getByLabel('Doel').fill('budgetbegeleiding');
    await social.getByLabel('Bewijsstuk').fill('OCMW-2026-7');
    await social.getByRole('button', { name: 'Vastleggen' }).click();
    await social.getByRole('status').filter({ hasText: 'Vastgelegd' }).waitFor();
    await social.getByRole('row', { name: /Els Proefmans/ }).waitFor();
    const violations = await runAxe(social);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    await social.getByRole('link', { name: 'Overzicht openen' }).click();
    await social.getByRole('heading', { level: 1, name: /Els Proefmans/ }).waitFor();

    // A person with no claims: recorded the same way, listed by number until EvS knows them.
    await social.goBack();
    await social.getByRole('heading', { level: 1, name: 'Toestemmingen en mandaten' }).waitFor();
    await social.getByLabel('Rijksregisternummer van de persoon').fill('88.01.01-990.59');
    await social.getByLabel('Doel').fill('budgetbegeleiding');
    await social.getByLabel('Bewijsstuk').fill('OCMW-2026-8');
    await social.getByRole('button', { name: 'Vastleggen' }).click();
    await social.getByRole('status').filter({ hasText: 'Vastgelegd' }).waitFor();
    const row = social.getByRole('row', { name: /88\.01\.01-990\.59/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('nog niet gekend in EvS');
    expect(await social.getByRole('link', { name: 'Overzicht openen' }).count()).toBe(0);
  });
});
