import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/access/user-service.ts';
import { writeCamt053 } from '../../src/payments/camt053-writer.ts';
import { createPlanFixture, type FixturePlan } from '../../src/payments/plan-fixture-store.ts';
import { startTestServer, type TestServer } from '../../src/testing/server.ts';
import { ensureWebBuilt, launchBrowser, runAxe, signIn } from './browser.ts';

let server: TestServer;
let browser: Browser;
let page: Page;
let plan: FixturePlan;

// Synthetic payer and accounts; one line pays by OGM, one forgot the reference.
// A second day: a stranger pays more than the plan still owes, without any reference.
function strangerStatementXml(): string {
  return writeCamt053('08', 'MSG-WEB-2', '2026-06-09T20:00:00', [
    {
      id: 'STMT-WEB-2',
      sequence: 2,
      iban: 'BE43068999999501',
      openingBalance: 10_000,
      openingDate: '2026-06-08',
      closingDate: '2026-06-09',
      entries: [
        {
          ref: 'W-3',
          amount: 12_345,
          bookingDate: '2026-06-09',
          valueDate: '2026-06-09',
          counterparty: { name: 'Karel Onbekend', iban: 'BE71096123456769' },
          unstructured: 'storting',
        },
      ],
    },
  ]);
}

function statementXml(): string {
  return writeCamt053('08', 'MSG-WEB-1', '2026-06-02T20:00:00', [
    {
      id: 'STMT-WEB-1',
      sequence: 1,
      iban: 'BE43068999999501',
      openingBalance: 0,
      openingDate: '2026-06-01',
      closingDate: '2026-06-02',
      entries: [
        {
          ref: 'W-1',
          amount: 5_000,
          bookingDate: '2026-06-02',
          valueDate: '2026-06-02',
          counterparty: { name: 'Lies Fictief', iban: 'BE62510007547061' },
          reference: { kind: 'ogm', value: plan.reference },
        },
        {
          ref: 'W-2',
          amount: 5_000,
          bookingDate: '2026-06-02',
          valueDate: '2026-06-02',
          counterparty: { name: 'Lies Fictief', iban: 'BE62510007547061' },
          unstructured: 'afbetaling juni',
        },
      ],
    },
  ]);
}

describe('payments screens', () => {
  beforeAll(async () => {
    ensureWebBuilt();
    server = await startTestServer();
    const r = await createUser(server.db.database, server.db.scope(), {
      login: 'finance@pay',
      displayName: 'Finance',
      password: 'web-password-1',
      roles: ['finance'],
    });
    if (!r.ok) throw new Error(r.error.message);
    plan = await createPlanFixture(server.db.database, server.db.orgId, {
      name: 'Lies Fictief',
      referenceBase: 4001,
      claims: [
        { department: 'SCHOOL', category: 'Schoolmaaltijden', principal: 20_000, dueDate: '2025-09-01' },
      ],
      instalments: [
        { dueDate: '2026-06-01', amount: 5_000 },
        { dueDate: '2026-07-01', amount: 5_000 },
      ],
    });
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    page = await context.newPage();
    await signIn(page, server.url, 'finance@pay', 'web-password-1');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('uploads a statement with a progress bar and shows the result', async () => {
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Betalingen' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Rekeninguittreksels inlezen' }).waitFor();
    await page.getByLabel('Bestand (CODA of camt.053)').setInputFiles({
      name: 'juni.xml',
      mimeType: 'application/xml',
      buffer: Buffer.from(statementXml(), 'utf8'),
    });
    await page.getByRole('button', { name: 'Inlezen' }).click();
    await page.getByRole('status').filter({ hasText: 'Uittreksel ingelezen.' }).waitFor();
    expect(await page.locator('#statement-progress').getAttribute('value')).toBe('100');
    const count = (label: string) =>
      page
        .locator('.import-report .counts div')
        .filter({ has: page.getByText(label, { exact: true }) })
        .locator('dd');
    expect(await count('Lijnen').textContent()).toBe('2');
    expect(await count('Gekoppeld').textContent()).toBe('1');
    expect(await count('Naar de wachtrij').textContent()).toBe('1');
    expect(await count('Toegerekend').textContent()).toMatch(/50,00/);
    const violations = await runAxe(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
  });

  it('resolves the unmatched line by assigning it to the suggested plan with a reason', async () => {
    await page.getByRole('link', { name: 'Naar de wachtrij met niet-gekoppelde betalingen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Niet-gekoppelde betalingen' }).waitFor();
    await page.getByRole('status').filter({ hasText: '1 betaling wacht op een beslissing' }).waitFor();
    const suggestion = page.getByRole('radio', { name: /Lies Fictief/ });
    expect(await suggestion.isChecked()).toBe(true);
    expect(await page.getByText(/gekende rekening/).count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Toewijzen' }).click();
    await page.getByText('Geef een reden op (minstens 3 tekens).').waitFor();
    await page.getByLabel('Reden van de toewijzing').fill('Betaler gebeld: mededeling vergeten');
    await page.getByRole('button', { name: 'Toewijzen' }).click();
    await page.getByRole('status').filter({ hasText: 'Betaling toegewezen' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Geen betalingen in de wachtrij.' }).waitFor();
    const violations = await runAxe(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);

    await page.goto(`${server.url}/#/payments/plans/${plan.planId}`);
    await page.getByRole('heading', { level: 1, name: /Betalingen van plan/ }).waitFor();
    const instalments = page.getByRole('table', { name: 'Afbetalingen' }).locator('tbody tr');
    expect(await instalments.nth(0).locator('td').last().textContent()).toBe('betaald');
    expect(await instalments.nth(1).locator('td').last().textContent()).toBe('betaald');
    expect(
      await page
        .getByRole('table', { name: 'Betalingen' })
        .getByText(/Betaler gebeld/)
        .count(),
    ).toBe(1);
  });

  it('assigns a line without a suggestion to a plan found by its reference', async () => {
    await page.goto(`${server.url}/#/payments`);
    await page.getByRole('heading', { level: 1, name: 'Rekeninguittreksels inlezen' }).waitFor();
    await page.getByLabel('Bestand (CODA of camt.053)').setInputFiles({
      name: 'juni-2.xml',
      mimeType: 'application/xml',
      buffer: Buffer.from(strangerStatementXml(), 'utf8'),
    });
    await page.getByRole('button', { name: 'Inlezen' }).click();
    await page.getByRole('status').filter({ hasText: 'Uittreksel ingelezen.' }).waitFor();
    await page.getByRole('link', { name: 'Wachtrij niet-gekoppelde betalingen' }).click();
    await page.getByRole('status').filter({ hasText: '1 betaling wacht op een beslissing' }).waitFor();
    await page.getByText('Geen voorstel: zoek het plan op en vraag het na.').waitFor();
    // no suggested plans (the radios of 'Niet voor EvS' / 'Terugbetalen' are another form)
    expect(await page.getByRole('group', { name: 'Voorstellen' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Toewijzen' }).click();
    await page.getByRole('alert').filter({ hasText: 'Kies een plan' }).waitFor();
    const search = page.getByLabel('Plan zoeken: gestructureerde mededeling of naam van de schuldenaar');
    await search.fill('Niemand Bekend');
    await search.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Geen lopend plan gevonden' }).waitFor();
    // The reference as a payer would type it: with slashes but without the +++ around it.
    const typed = `${plan.reference.slice(0, 3)}/${plan.reference.slice(3, 7)}/${plan.reference.slice(7)}`;
    await search.fill(typed);
    await page.getByRole('button', { name: 'Plan zoeken' }).click();
    const found = page.getByRole('group', { name: 'Gevonden plannen' }).getByRole('radio');
    await found.first().waitFor();
    expect(await found.count()).toBe(1);
    expect(await found.first().isChecked()).toBe(true);
    expect(await page.getByText(/Lies Fictief \(\+\+\+\d{3}\/\d{4}\/\d{5}\+\+\+, nog open/).count()).toBe(1);
    let violations = await runAxe(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);

    await page.getByLabel('Reden van de toewijzing').fill('Broer van de schuldenaar betaalde voor haar');
    await page.getByRole('button', { name: 'Toewijzen' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Betaling toegewezen; € 100,00 toegerekend.' })
      .waitFor();
    await page.getByRole('status').filter({ hasText: 'Geen betalingen in de wachtrij.' }).waitFor();
    violations = await runAxe(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
  });

  it('refunds the credit: more than the credit is refused with the reason, the credit itself is recorded', async () => {
    await page.goto(`${server.url}/#/payments/plans/${plan.planId}`);
    await page.getByRole('heading', { level: 2, name: 'Tegoed terugbetalen' }).waitFor();
    const credit = page.locator('.counts div').filter({ hasText: 'Tegoed op het dossier' }).locator('dd');
    expect(await credit.textContent()).toBe('€ 23,45');
    await page.getByRole('button', { name: 'Terugbetaling registreren' }).click();
    await page.getByText('Geef een bedrag groter dan nul, bv. 12,50.').waitFor();
    await page.getByLabel('Bedrag (euro)').fill('50,00');
    await page.getByLabel('Reden van de terugbetaling').fill('Te veel betaald door de broer');
    await page.getByRole('button', { name: 'Terugbetaling registreren' }).click();
    await page.getByRole('alert').filter({ hasText: 'De terugbetaling is groter dan het tegoed.' }).waitFor();
    let violations = await runAxe(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);

    await page.getByLabel('Bedrag (euro)').fill('23,45');
    await page.getByRole('button', { name: 'Terugbetaling registreren' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Terugbetaling geregistreerd; resterend tegoed € 0,00.' })
      .waitFor();
    await page
      .getByRole('table', { name: 'Terugbetalingen' })
      .getByText('Te veel betaald door de broer')
      .waitFor();
    expect(await credit.textContent()).toBe('€ 0,00');
    expect(await page.getByRole('heading', { name: 'Tegoed terugbetalen' }).count()).toBe(0);
    violations = await runAxe(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
  });

  it('reconciles June: the rows add up to the bank total and the CSV is linked', async () => {
    await page.goto(`${server.url}/#/payments/reconciliation`);
    await page.getByRole('heading', { level: 1, name: 'Afstemming met de bank' }).waitFor();
    await page.getByRole('button', { name: 'Afstemmen' }).click();
    await page.getByText('Geef een begin- en einddatum; het begin ligt niet na het einde.').waitFor();
    await page.getByLabel('Van').fill('2026-06-01');
    await page.getByLabel('Tot en met').fill('2026-06-30');
    await page.getByRole('button', { name: 'Afstemmen' }).click();
    const table = page.getByRole('table', { name: /Afstemming 01\/06\/2026/ });
    await table.waitFor();
    expect(await table.getByRole('row', { name: /Totaal op de bank/ }).textContent()).toContain('€ 223,45');
    expect(await table.getByRole('row', { name: /Toegerekend aan dienst SCHOOL/ }).textContent()).toContain(
      '€ 200,00',
    );
    const href = await page
      .getByRole('link', { name: 'Download de afstemming als CSV' })
      .getAttribute('href');
    expect(href).toContain('from=2026-06-01');
    const csv = await page.request.get(`${server.url}${href ?? ''}`);
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain('bank_total;2026-06-01..2026-06-30;;;;;223.45');
    const violations = await runAxe(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
  });
});
