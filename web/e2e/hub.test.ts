import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/access/user-service.ts';
import { CITY_CREDITOR, setUpHub } from '../../src/hub/hub.test-support.ts';
import type { Scope } from '../../src/platform/scope.ts';
import { startTestServer, type TestServer } from '../../src/testing/server.ts';
import { ensureWebBuilt, launchBrowser, runAxe, signIn as signInAs } from './browser.ts';

let server: TestServer;
let browser: Browser;

async function signIn(login: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, bypassCSP: true });
  const page = await context.newPage();
  await signInAs(page, server.url, login, 'web-password-1');
  return page;
}

async function user(
  scope: Scope,
  login: string,
  roles: ('social_worker' | 'clerk')[],
  departments: string[] = [],
) {
  const r = await createUser(server.db.database, scope, {
    login,
    displayName: login,
    password: 'web-password-1',
    roles,
    departments,
  });
  if (!r.ok) throw new Error(r.error.message);
}

async function expectAccessible(page: Page, screen: string) {
  const violations = await runAxe(page);
  expect(violations, `axe on ${screen}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
}

describe('hub in the browser: a counsellor asks a balance, a department answers', () => {
  beforeAll(async () => {
    ensureWebBuilt();
    server = await startTestServer({ today: '2026-11-24' });
    const world = await setUpHub(server.db.database, server.db.scope());
    await user(world.ocmw, 'els@ocmw', ['social_worker']);
    await user(server.db.scope(), 'piet@parkeren', ['clerk'], ['PARKEREN']);
    browser = await launchBrowser();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('sends the balance request from the counsellor organisation', async () => {
    const page = await signIn('els@ocmw');
    await page.getByRole('link', { name: 'Berichten' }).click();
    await page.getByRole('link', { name: 'Nieuw bericht' }).click();
    await page.getByLabel('Soort bericht').selectOption('balance-request');
    await page.locator(`#compose-recipient option[value="${CITY_CREDITOR}"]`).waitFor({ state: 'attached' });
    await page.getByLabel('Ontvanger').selectOption(CITY_CREDITOR);
    await page.getByLabel('Uw dossierreferentie').fill('SHV-2026-17');
    const fill = async (label: string, value: string) => page.getByLabel(label, { exact: true }).fill(value);
    await fill('Klantnummer bij de schuldhulpverlener', 'SHV-17');
    await fill('Klantnummer bij de schuldeiser (optioneel)', 'P-77');
    await fill('Voornamen', 'Jan');
    await fill('Familienaam', 'Testmans');
    await fill('Geboortedatum', '1985-07-30');
    await fill('Straat', 'Teststraat');
    await fill('Huisnummer', '1');
    await fill('Postcode', '9000');
    await fill('Gemeente', 'Gent');
    await page.locator('#body-contactPerson-name').fill('Els Voorbeeld');
    for (const [i, invoice] of ['PK-2026-0001', 'PK-2026-0002'].entries()) {
      await page.getByRole('button', { name: 'Regel toevoegen' }).click();
      await page.locator(`#body-claims-${i}-counsellorInvoiceNumber`).fill(invoice);
    }
    await expectAccessible(page, 'compose');
    await page.getByRole('button', { name: 'Versturen' }).click();
    await page.getByRole('status').filter({ hasText: 'Bericht verstuurd.' }).waitFor();
  });

  it('the department opens it, checks the drafted answer, sends it, and the counsellor sees it', async () => {
    const page = await signIn('piet@parkeren');
    await page.getByRole('link', { name: 'Berichten' }).click();
    await page.getByRole('link', { name: 'Saldoverzoek' }).click();
    await expectAccessible(page, 'inbox → conversation');
    await page.getByRole('button', { name: /Openen/ }).click();
    await expect.poll(() => page.locator('.message-body').first().textContent()).toContain('Testmans');
    await page.getByRole('button', { name: 'Ontvangst bevestigen' }).click();
    await page.getByRole('status').filter({ hasText: 'Ontvangst bevestigd.' }).waitFor();
    await page.getByRole('link', { name: 'Antwoorden' }).click();
    await page.getByText('Voorbereid uit het EvS-overzicht').waitFor();
    await expect.poll(() => page.getByLabel('Uitkomst').inputValue()).toBe('matched');
    await page.getByLabel('Inhoud als JSON bewerken (voor technische gebruikers)').check();
    const draft = await page.getByLabel('Inhoud (JSON)').inputValue();
    expect(JSON.parse(draft)).toMatchObject({ outcome: 'matched', creditorClientNumber: 'P-77' });
    await expectAccessible(page, 'reply');
    await page.getByRole('button', { name: 'Versturen' }).click();
    await page.getByRole('status').filter({ hasText: 'Bericht verstuurd.' }).waitFor();

    await page.getByRole('link', { name: 'Berichten' }).click();
    await page.getByText('Geen berichten.').waitFor();

    const counsellor = await signIn('els@ocmw');
    await counsellor.getByRole('link', { name: 'Berichten' }).click();
    await counsellor.getByRole('link', { name: 'Saldoverzoek antwoord' }).click();
    await counsellor.getByRole('button', { name: /Openen.*Saldoverzoek antwoord/ }).click();
    await expect
      .poll(() => counsellor.locator('.message-body').last().textContent())
      .toContain('PK-2026-0001');
  });
});
