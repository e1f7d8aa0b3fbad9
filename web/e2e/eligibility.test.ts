import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCsv, JAN_NN, PARKING_CSV, SCHOOL_CSV } from '../../src/access/access.test-support.ts';
import { createUser } from '../../src/access/user-service.ts';
import { importFacts } from '../../src/eligibility/fact-service.ts';
import { startTestServer, type TestServer } from '../../src/testing/server.ts';
import { ensureWebBuilt, launchBrowser, runAxe, signIn } from './browser.ts';

let server: TestServer;
let browser: Browser;
let page: Page;

async function expectNoSeriousAxeViolations(screen: string): Promise<void> {
  const violations = await runAxe(page);
  expect(violations, `axe on ${screen}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
}

const status = (text: string | RegExp) => page.getByRole('status').filter({ hasText: text }).waitFor();

describe('eligibility in the browser: sweep, worklist, explanation, what-if', () => {
  beforeAll(async () => {
    ensureWebBuilt();
    server = await startTestServer({ today: '2026-11-24' });
    const { database } = server.db;
    const scope = server.db.scope();
    // Jan Testmans owes SCHOOL and PARKEREN and lives on a leefloon; Els Proefmans owes PARKEREN only.
    await importCsv(database, scope, 'SCHOOL', SCHOOL_CSV);
    await importCsv(database, scope, 'PARKEREN', PARKING_CSV);
    const facts = await importFacts(
      database,
      scope,
      {
        kind: 'social_status',
        format: 'csv',
        text: `person;code;applies;from\n${JAN_NN};leefloon;ja;01/01/2026`,
        source: 'MAGDA',
      },
      '2026-11-24',
    );
    if (!facts.ok) throw new Error(facts.error.message);
    const user = await createUser(database, scope, {
      login: 'finance@test',
      displayName: 'Fien Financiën',
      password: 'finance-password',
      roles: ['finance'],
    });
    if (!user.ok) throw new Error(user.error.message);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    await signIn(page, server.url, 'finance@test', 'finance-password');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('runs a sweep from the button and shows the new candidate on the worklist', async () => {
    await page.getByRole('link', { name: 'Rechtenverkenning' }).click();
    await page.getByRole('heading', { level: 1, name: 'Werklijst rechtenverkenning' }).waitFor();
    await status('De werklijst is leeg.');
    await page.getByRole('button', { name: 'Iedereen met open vorderingen beoordelen' }).click();
    await status(/Beoordeeld op 2026-11-24 \(regelset v1\): 2 personen, 1 in aanmerking/);
    const row = page.getByRole('table', { name: 'Open taken' }).getByRole('row', { name: /Jan Testmans/ });
    await row.waitFor();
    const cells = await row.locator('th, td').allTextContents();
    expect(cells.slice(0, 5)).toEqual([
      'Jan Testmans',
      'Nieuw in aanmerking',
      'Geringe afbetaalmogelijkheid',
      '60',
      '€ 150,00',
    ]);
    await page
      .getByRole('navigation', { name: 'Paginering van de werklijst' })
      .getByText('1–1 van 1')
      .waitFor();
    await expectNoSeriousAxeViolations('worklist');
    // The same date again changes nothing.
    await page.getByRole('button', { name: 'Iedereen met open vorderingen beoordelen' }).click();
    await status('Deze datum werd met deze regelset al beoordeeld; er werd niets opnieuw gedaan.');
  });

  it('opens the explanation in sentences: criteria with source, period and weight, the facts, the rule on request', async () => {
    await page.getByRole('link', { name: 'Jan Testmans' }).click();
    await page.getByRole('heading', { level: 2, name: 'Waarom' }).waitFor();
    const criteria = await page
      .getByRole('list', { name: 'Criteria van de score' })
      .locator('li')
      .allTextContents();
    expect(criteria).toContain(
      'Heeft een leefloon of equivalent leefloon van het OCMW: ja, volgens MAGDA sinds 01/01/2026 → gewicht 60',
    );
    const parts = await page
      .getByRole('list', { name: 'Voorwaarde voor een EvS-dossier' })
      .locator('li')
      .allTextContents();
    expect(parts.slice(0, 2)).toEqual([
      'Openstaande schuld € 150,00 is meer dan € 0,00: ja',
      'Geen collectieve schuldenregeling: klopt',
    ]);
    const facts = await page
      .getByRole('list', { name: 'Gebruikte gegevens' })
      .locator('li')
      .allTextContents();
    expect(facts).toContain('Sociaal statuut — leefloon van toepassing, volgens MAGDA sinds 01/01/2026');
    // A claim 60 days overdue is an early signal from its department, named as such.
    expect(facts).toContain(
      'Vroegsignaal — dienst van de stad, € 50,00, 60 dagen achterstand, gemeld op 09/05/2026, volgens dienst PARKEREN sinds 09/05/2026',
    );
    expect(await page.getByText('open_debt_cents=15000 gt 0: true', { exact: false }).count()).toBe(0);
    await page.getByRole('button', { name: 'Toon regel' }).click();
    await page
      .getByText(/open_debt_cents=15000 gt 0: true/)
      .first()
      .waitFor();
    await expectNoSeriousAxeViolations('explanation');
  });

  it('accepts the item with consent from the worklist, which opens the EvS file', async () => {
    await page.goto(`${server.url}/#/eligibility`);
    const row = page.getByRole('row', { name: /Jan Testmans/ });
    await row.getByRole('button', { name: 'Behandelen Jan Testmans' }).click();
    const panel = page.getByRole('region', { name: 'Behandelen: Jan Testmans' });
    // Half-filled consent is refused in the browser, before anything is sent.
    await panel.getByLabel('Datum toestemming').fill('2026-11-20');
    await panel.getByRole('button', { name: 'Aanvaarden' }).click();
    await page.getByText('Vul datum, vorm en bewijsstuk van de toestemming in').waitFor();
    await panel.getByLabel('Vorm van de toestemming').selectOption('written');
    await panel.getByLabel('Bewijsstuk (documentnummer of scan)').fill('SCAN-2026-0042');
    await expectNoSeriousAxeViolations('worklist with consent');
    await panel.getByRole('button', { name: 'Aanvaarden' }).click();
    await status('Aanvaard: EvS-dossier geopend, 2 vorderingen gebundeld.');
    await row.waitFor({ state: 'detached' });
    const files = await server.db.database.db
      .selectFrom('evs_files')
      .innerJoin('debtors', 'debtors.id', 'evs_files.debtor_id')
      .select(['debtors.name', 'evs_files.consent_form', 'evs_files.consent_evidence'])
      .execute();
    expect(files).toEqual([
      { name: 'Jan Testmans', consent_form: 'written', consent_evidence: 'SCAN-2026-0042' },
    ]);
  });

  it('compares a draft ruleset: table, chart and CSV', async () => {
    await page.goto(`${server.url}/#/eligibility/what-if`);
    // the same form as the rules editor: the living-wage parameter's weight from 60 to 100
    const leefloon = page.getByRole('group', {
      name: 'Heeft een leefloon of equivalent leefloon van het OCMW',
    });
    await leefloon.getByLabel('Gewicht (punten op de score)').fill('100');
    await page.getByRole('button', { name: 'Gevolgen bekijken (wat-als)' }).click();
    await status(/Vergeleken op/);
    const table = page.getByRole('table', { name: 'Personen en open schuld per profiel' });
    const total = await table.locator('tfoot th, tfoot td').allTextContents();
    expect(total).toEqual(['Totaal', '2', '2', '€ 175,00', '€ 175,00']);
    const onvermogend = await table
      .getByRole('row', { name: /^Onvermogend/ })
      .locator('th, td')
      .allTextContents();
    expect(onvermogend.slice(0, 3)).toEqual(['Onvermogend', '0', '1']);
    expect(await page.getByRole('img', { name: /Grafiek/ }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Download als CSV' }).getAttribute('download')).toBe(
      'what-if-2026-11-24.csv',
    );
    await expectNoSeriousAxeViolations('what-if');
  });
});
