/**
 * Every demo role walks its day in Chromium over the demo city: each step asserts what a person reads
 * (names, amounts, states; never an empty screen or a raw id), runs axe and saves a screenshot under
 * web/e2e/screenshots/ (git-ignored). One server and one browser for the whole file.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoCity } from '../../src/demo/service.ts';
import { DEMO_PARTNERS } from '../../src/hub/demo-partners.ts';
import { startTestServer, type TestServer } from '../../src/testing/server.ts';
import { ensureWebBuilt, launchBrowser } from './browser.ts';
import { EURO, journeyOf, pdfText, TIME_BARRED, visitMenu, WAIVED_LINE } from './journey-steps.ts';

const TODAY = '2026-11-24';
let server: TestServer;
let browser: Browser;
/** The demo citizen (also the social worker's consented client) and the staff's display names. */
let citizen: { id: string; name: string };
const ENERGY = DEMO_PARTNERS[0];

describe('every role walks its day in the browser', () => {
  beforeAll(async () => {
    ensureWebBuilt();
    server = await startTestServer({ today: TODAY });
    await loadDemoCity(server.db.database, server.db.scope(), {
      today: TODAY,
      people: 80,
      claims: 320,
      seed: 7,
    });
    const row = await server.db.database.db
      .selectFrom('users as u')
      .innerJoin('debtors as d', 'd.id', 'u.citizen_debtor_id')
      .select(['d.id', 'd.name'])
      .where('u.login', '=', 'citizen@demo')
      .executeTakeFirstOrThrow();
    citizen = row;
    browser = await launchBrowser();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('citizen: own overview, plan and who looked, on a laptop and on a phone', async () => {
    for (const viewport of [
      { width: 1366, height: 900 },
      { width: 390, height: 844 },
    ]) {
      const j = await journeyOf(browser, server.url, 'citizen@demo', viewport);
      const text = await j.step(
        'overview',
        citizen.name,
        EURO,
        'Afbetalingsplan',
        'Wie bekeek deze gegevens',
        TIME_BARRED,
      );
      expect(text).not.toContain('Terug naar zoeken');
      await visitMenu(j);
      await j.close();
    }
  });

  it('finance: search, overview, file, plan, letter, import, payments', async () => {
    const j = await journeyOf(browser, server.url, 'finance@demo');
    const { page } = j;
    await visitMenu(j);
    await page.getByRole('link', { name: 'Zoeken', exact: true }).click();
    await page.getByLabel('Naam, rijksregisternummer of klantnummer').fill(citizen.name);
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await page.getByRole('link', { name: citizen.name }).first().waitFor();
    await j.step('search', citizen.name);
    // look-alike records side by side, the largest open amount first; a pair is declined with a reason
    await page.goto(`${server.url}/#/debtors-twins`);
    await page.getByRole('heading', { level: 2, name: /^Voorstel 1: samen € / }).waitFor();
    await j.step('twins', 'Mogelijke dubbels', 'Geboortedatum', 'Open per dienst', EURO);
    const first = page.locator('section.panel').first();
    await first.getByRole('button', { name: 'Geen dubbel' }).click();
    await first.getByText('Geef een reden: waarom zijn dit twee verschillende personen?').waitFor();
    await first.getByLabel('Reden (geen dubbel)').fill('Andere ouders volgens het rijksregister');
    await first.getByRole('button', { name: 'Geen dubbel' }).click();
    await page.getByText('Bewaard als geen dubbel.').waitFor();
    // the demo city has a look-alike with the same name: open the citizen's own overview
    await page.goto(`${server.url}/#/debtors/${citizen.id}`);
    await page.getByRole('heading', { name: 'EvS-dossier en afbetalingsplan' }).waitFor();
    await j.step('overview', citizen.name, EURO, 'Frank Financiën', TIME_BARRED);
    await page
      .getByRole('link', { name: /^Dossier van/ })
      .first()
      .click();
    await j.step('file', EURO, 'Gebundelde vorderingen', 'Plan afgesproken');
    await page
      .getByRole('link', { name: /Naar het plan|Afbetalingsplan/ })
      .first()
      .click();
    await page
      .getByRole('heading', { name: /Afbetalingsplan/ })
      .first()
      .waitFor();
    await j.step('plan', EURO, 'Betaalkalender');
    const letter = page.getByRole('link', { name: /Brief met het plan/ });
    const pdf = await page.request.get(
      new URL((await letter.getAttribute('href')) ?? '', page.url()).toString(),
    );
    expect(pdf.status()).toBe(200);
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    const letterText = await pdfText(await pdf.body());
    expect(letterText).toMatch(WAIVED_LINE);
    expect(letterText).toContain('Sofie Welzijn');
    expect(letterText).toContain('09 000 12 34');

    await page.getByRole('link', { name: 'Import', exact: true }).click();
    await page.getByLabel('Dienst').selectOption({ index: 1 });
    await page.getByLabel('CSV-bestand').setInputFiles({
      name: 'schulden.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'vordering_id;rijksregisternummer;naam;categorie;hoofdsom;vervaldatum\r\n' +
          'JR-1;85073003328;Jana Reis;Reis;120,50;01/10/2026\r\n' +
          'JR-2;85073003328;Jana Reis;Reis;12,3x;01/10/2026\r\n',
      ),
    });
    await page.getByLabel(/Gedeeltelijke import/).check();
    await page.getByRole('button', { name: 'Importeren', exact: true }).click();
    await page.getByRole('heading', { name: 'Importverslag' }).waitFor();
    await j.step('import-report', 'hoofdsom');
    await page.getByRole('link', { name: 'Betalingen', exact: true }).click();
    await page
      .getByRole('link', { name: /Niet-gematcht|Onbekende betalingen|Wachtrij/ })
      .first()
      .click();
    await j.step('unmatched', EURO);
    await j.close();
  });

  it('clerk: the menu of one department', async () => {
    const j = await journeyOf(browser, server.url, 'clerk@demo');
    await visitMenu(j);
    await j.close();
  });

  it('social worker: consents, the client, the hub', async () => {
    const j = await journeyOf(browser, server.url, 'social@demo');
    const labels = await visitMenu(j);
    expect(labels).toContain('Toestemmingen');
    await j.page.goto(`${server.url}/#/debtors/${citizen.id}`);
    await j.step('client', citizen.name, EURO);
    await j.close();
  });

  it('policy maker: lands on the dashboard, opens the business case, downloads its PDF', async () => {
    const j = await journeyOf(browser, server.url, 'policy@demo');
    await j.page.getByRole('heading', { name: 'Wat EvS doet voor de stad' }).waitFor();
    await j.step('dashboard', 'Geholpen personen');
    await j.page.getByRole('link', { name: /^Businesscase/ }).click();
    await j.page.getByRole('heading', { name: 'Businesscase' }).waitFor();
    await j.step('business-case', 'Bereikte personen per jaar');
    const download = j.page.waitForEvent('download');
    await j.page.getByRole('button', { name: 'PDF-rapport downloaden' }).click();
    expect((await download).suggestedFilename()).toBe('evs-business-case.pdf');
    await visitMenu(j);
    await j.close();
  });

  it('auditor: the access log names who looked at whom', async () => {
    const j = await journeyOf(browser, server.url, 'auditor@demo');
    await visitMenu(j);
    await j.page.getByRole('button', { name: 'Zoeken' }).click();
    await j.page.getByRole('table').waitFor();
    await j.step('access-log', 'Frank Financiën', citizen.name, 'bekeek het schuldenoverzicht');
    await j.close();
  });

  it('admin: users, tokens, address book with the outside partners', async () => {
    const j = await journeyOf(browser, server.url, 'admin@demo');
    await visitMenu(j);
    await j.page.getByRole('link', { name: 'Gebruikers', exact: true }).click();
    await j.step('users', 'Frank Financiën');
    await j.page.getByRole('link', { name: 'Berichten', exact: true }).click();
    await j.page.getByRole('link', { name: 'Adresboek' }).click();
    await j.page.getByRole('cell', { name: ENERGY.name }).waitFor();
    await j.step('address-book', ...DEMO_PARTNERS.map((p) => p.name));
    await j.close();
  });

  it('hub: a notice from the compose form reaches the energy supplier, and its answer comes back', async () => {
    const city = await journeyOf(browser, server.url, 'finance@demo');
    const { page } = city;
    await page.getByRole('link', { name: 'Berichten', exact: true }).click();
    await page.getByRole('link', { name: 'Nieuw bericht' }).click();
    await page.getByLabel('Als', { exact: true }).selectOption({ label: 'Sociaal Huis — schuldhulp' });
    await page.getByLabel('Soort bericht').selectOption('notice');
    // the form's own Dutch message, not the browser's
    await page.getByRole('button', { name: 'Versturen' }).click();
    await page.getByRole('alert').filter({ hasText: 'Kies een ontvanger.' }).waitFor();
    await page.getByLabel('Ontvanger').selectOption({ label: ENERGY.name });
    await page.getByLabel('Uw dossierreferentie').fill('SH-2026-042');
    const fill = (id: string, value: string) => page.locator(`#body-${id}`).fill(value);
    await fill('counsellorClientNumber', 'SH-042');
    await fill('client-firstNames', 'Jana');
    await fill('client-surname', 'Reis');
    await fill('client-birthDate', '1985-07-30');
    await fill('client-address-street', 'Kerkstraat');
    await fill('client-address-number', '12');
    await fill('client-address-postcode', '9999');
    await fill('client-address-town', 'Demostad');
    await fill('contactPerson-name', 'Sofie Welzijn');
    await fill('debtHelpStartedOn', '2026-11-20');
    await city.step('compose-notice');
    await page.getByRole('button', { name: 'Versturen' }).click();
    await page.getByRole('status').filter({ hasText: 'Bericht verstuurd.' }).waitFor();

    const energy = await journeyOf(browser, server.url, ENERGY.user.login);
    const inbox = energy.page;
    await inbox.getByRole('link', { name: 'Berichten', exact: true }).click();
    await inbox.getByRole('link', { name: 'Kennisgeving', exact: true }).first().waitFor();
    await energy.step('inbox', 'Sociaal Huis');
    await inbox.getByRole('link', { name: 'Kennisgeving', exact: true }).first().click();
    await inbox.getByRole('button', { name: /Openen/ }).click();
    await inbox.locator('.message-body').filter({ hasText: 'Reis' }).waitFor();
    await energy.step('notice', 'Sofie Welzijn', 'Demostad');
    await inbox.getByRole('link', { name: 'Antwoorden' }).click();
    await inbox.getByLabel('Soort bericht').selectOption('notice-answer');
    await inbox.getByLabel('Invordering opgeschort').check();
    await inbox.locator('#body-note').fill('Afsluiting uitgesteld; geen kosten meer.');
    await energy.step('answer');
    await inbox.getByRole('button', { name: 'Versturen' }).click();
    await inbox.getByRole('status').filter({ hasText: 'Bericht verstuurd.' }).waitFor();
    await energy.close();

    await page.getByRole('link', { name: 'Berichten', exact: true }).click();
    await page.getByLabel('Als', { exact: true }).selectOption({ label: 'Sociaal Huis — schuldhulp' });
    await page
      .getByRole('row')
      .filter({ hasText: 'SH-2026-042' })
      .getByRole('link', { name: 'Kennisgeving antwoord' })
      .click();
    await page.getByRole('button', { name: /Openen.*Kennisgeving antwoord/ }).click();
    await page.locator('.message-body').filter({ hasText: 'Afsluiting uitgesteld' }).waitFor();
    await city.step('answer-received', ENERGY.name, 'Afsluiting uitgesteld');
    await city.close();
  });
});
