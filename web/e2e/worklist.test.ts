import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/access/user-service.ts';
import { isEligible, seedWorklist, worklistPeople } from '../../src/eligibility/worklist.test-support.ts';
import { formatEuro } from '../../src/kernel/money.ts';
import { startTestServer, type TestServer } from '../../src/testing/server.ts';
import { ensureWebBuilt, launchBrowser, runAxe, signIn } from './browser.ts';

let server: TestServer;
let browser: Browser;
let page: Page;

// 120 synthetic people, 60 of them on the worklist: more than one page of 50.
const PEOPLE = worklistPeople(120);
const ELIGIBLE = PEOPLE.filter(isEligible);

async function expectNoSeriousAxeViolations(screen: string): Promise<void> {
  const violations = await runAxe(page);
  expect(violations, `axe on ${screen}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
}

const table = () => page.getByRole('table', { name: 'Open taken' });
const names = async () => table().locator('tbody th').allTextContents();
const pager = () => page.getByRole('navigation', { name: 'Paginering van de werklijst' });

describe('the worklist in the browser: pages, filters, sorting, a panel per item', () => {
  beforeAll(async () => {
    ensureWebBuilt();
    server = await startTestServer({ today: '2025-03-20' });
    await seedWorklist(server.db.database, server.db.scope(), PEOPLE);
    const user = await createUser(server.db.database, server.db.scope(), {
      login: 'finance@test',
      displayName: 'Fien Financiën',
      password: 'finance-password',
      roles: ['finance'],
    });
    if (!user.ok) throw new Error(user.error.message);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    await signIn(page, server.url, 'finance@test', 'finance-password');
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the first page of 50 with the total, and the next page', async () => {
    await page.goto(`${server.url}/#/eligibility`);
    await pager().getByText(`1–50 van ${ELIGIBLE.length}`).waitFor();
    expect(await table().locator('tbody tr').count()).toBe(50);
    // A page has one control per row, not a form per row.
    expect(await table().locator('input, select').count()).toBe(0);
    await expectNoSeriousAxeViolations('worklist');
    await pager().getByRole('button', { name: 'Volgende' }).click();
    await pager().getByText(`51–${ELIGIBLE.length} van ${ELIGIBLE.length}`).waitFor();
    expect(await table().locator('tbody tr').count()).toBe(ELIGIBLE.length - 50);
  });

  it('sorts by open debt on the server: the largest amount first', async () => {
    await pager().getByRole('button', { name: 'Vorige' }).click();
    await pager().getByText(`1–50 van ${ELIGIBLE.length}`).waitFor();
    await table().getByRole('button', { name: 'Open schuld' }).click();
    await expect
      .poll(async () =>
        table()
          .getByRole('columnheader', { name: /Open schuld/ })
          .getAttribute('aria-sort'),
      )
      .toBe('descending');
    const top = [...ELIGIBLE].sort((a, b) => b.principal - a.principal)[0];
    await expect.poll(async () => (await names())[0]).toBe(top?.name);
    const firstRow = await table().locator('tbody tr').first().locator('th, td').allTextContents();
    expect(firstRow[4]).toBe(formatEuro(top?.principal ?? 0, 'nl'));
  });

  it('filters on profile: the Vermogend candidates say they owe two departments', async () => {
    await page.getByLabel('Profiel').selectOption('Vermogend');
    await page.getByRole('button', { name: 'Toon', exact: true }).click();
    const vermogend = ELIGIBLE.filter((p) => !p.leefloon);
    await pager().getByText(`1–${vermogend.length} van ${vermogend.length}`).waitFor();
    const reasons = await table().locator('tbody tr td:nth-child(2)').allTextContents();
    expect(new Set(reasons)).toEqual(new Set(['Nieuw in aanmerking (schulden bij 2 diensten)']));
    await page.getByLabel('Naam bevat').fill('anna');
    await page.getByRole('button', { name: 'Toon', exact: true }).click();
    const annas = vermogend.filter((p) => p.name.startsWith('Anna')).map((p) => p.name);
    await expect.poll(async () => (await names()).sort()).toEqual([...annas].sort());
    await expectNoSeriousAxeViolations('worklist filtered');
  });

  it('opens a panel for one person, with the explanation one click away in sentences', async () => {
    const name = (await names())[0] ?? '';
    await page.getByRole('button', { name: `Behandelen ${name}` }).click();
    const panel = page.getByRole('region', { name: `Behandelen: ${name}` });
    await panel.waitFor();
    await expectNoSeriousAxeViolations('decision panel');
    await panel.getByRole('link', { name: 'Waarom? Bekijk de uitleg' }).click();
    await page.getByRole('heading', { level: 2, name: 'Waarom' }).waitFor();
    const parts = await page.getByRole('list', { name: 'Voorwaarde voor een EvS-dossier' }).textContent();
    expect(parts).toContain('Geen collectieve schuldenregeling: klopt');
    expect(parts).toContain('diensten met openstaande schuld 2 is minstens 2: ja');
    const criteria = await page.getByRole('list', { name: 'Criteria van de score' }).textContent();
    expect(criteria).toContain(
      'Heeft een leefloon of equivalent leefloon van het OCMW: nee — geen gegeven over leefloon op 15/03/2025',
    );
    await page.getByRole('button', { name: 'Toon regel' }).click();
    await page
      .getByText(/open_debt_departments=2 gte 2: true/)
      .first()
      .waitFor();
    await expectNoSeriousAxeViolations('explanation in sentences');
  });
});
