/**
 * The web app in French (issue #17): a clerk switches to French on the sign-in page and imports,
 * searches and reads an overview; a citizen whose browser asks for French gets French without choosing.
 * Amounts read `1 234,56 €` (no-break spaces), dates dd/mm/yyyy, `<html lang="fr-BE">`.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/access/user-service.ts';
import { startTestServer, type TestServer } from '../../src/testing/server.ts';
import { ensureWebBuilt, launchBrowser, runAxe } from './browser.ts';

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
// Row 3 (header = row 1) has an amount that is not an amount.
const BAD_CSV = [
  HEADER,
  'SCH-2026-0003;90.02.14-998.01;S-1002;Els Proefmans;14/02/1990;Proefweg;7;9000;Gent;Schooluitstappen;12,00;01/03/2026',
  'SCH-2026-0004;85.07.30-997.34;S-1001;Jan Testmans;30/07/1985;Teststraat;1;9000;Gent;Schooluitstappen;12,3x;01/03/2026',
].join('\r\n');

/** `1 284,56 €` as Intl writes it for fr-BE: no-break spaces between the thousands and before the sign. */
const NBSP = '\u00a0';
const JAN_TOTAL = `1${NBSP}284,56${NBSP}€`;

let server: TestServer;
let browser: Browser;
let page: Page;

async function expectNoSeriousAxeViolations(on: Page, screen: string): Promise<void> {
  const violations = await runAxe(on);
  expect(violations, `axe on ${screen}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
}

async function waitForStatus(text: string): Promise<void> {
  await page.getByRole('status').filter({ hasText: text }).waitFor();
}

async function uploadClaims(department: string, fileName: string, csv: string, partial = false) {
  await page.goto(`${server.url}/#/imports`);
  await page.getByRole('heading', { level: 1, name: 'Importer des créances' }).waitFor();
  await page.locator(`#import-department option[value="${department}"]`).waitFor({ state: 'attached' });
  await page.getByLabel('Service', { exact: true }).selectOption(department);
  await page.getByLabel('Fichier CSV').setInputFiles({
    name: fileName,
    mimeType: 'text/csv',
    buffer: Buffer.from(csv, 'utf8'),
  });
  await page.getByLabel(/Import partiel/).setChecked(partial);
  await page.getByRole('button', { name: 'Importer', exact: true }).click();
}

function reportCount(label: string) {
  return page
    .locator('.import-report .counts div')
    .filter({ has: page.getByText(label, { exact: true }) })
    .locator('dd');
}

describe('the web app in French', () => {
  beforeAll(async () => {
    ensureWebBuilt();
    server = await startTestServer();
    const clerk = await createUser(server.db.database, server.db.scope(), {
      login: 'clerk@test',
      displayName: 'Claire Lerc',
      password: 'clerk-password',
      roles: ['clerk'],
      departments: ['SCHOOL', 'PARKEREN'],
    });
    if (!clerk.ok) throw new Error(clerk.error.message);
    browser = await launchBrowser(); // contexts speak nl-BE unless told otherwise
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('switches to French on the sign-in page, which marks the page fr-BE', async () => {
    await page.goto(`${server.url}/#/`);
    await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('nl-BE');
    const switcher = page.getByRole('group', { name: 'Taal' });
    expect(await switcher.getByRole('button').allInnerTexts()).toEqual(['Nederlands', 'Français', 'English']);
    await switcher.getByRole('button', { name: 'Français' }).click();
    await page.getByRole('heading', { level: 1, name: 'Se connecter' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('fr-BE');
    const french = page.getByRole('group', { name: 'Langue' }).getByRole('button', { name: 'Français' });
    expect(await french.getAttribute('aria-pressed')).toBe('true');
    expect(await french.getAttribute('lang')).toBe('fr-BE');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    expect(await page.getByRole('alert').textContent()).toBe(
      'Indiquez votre identifiant et votre mot de passe.',
    );
    await expectNoSeriousAxeViolations(page, 'sign-in page in French');
    await page.getByLabel('Identifiant').fill('clerk@test');
    await page.getByLabel('Mot de passe').fill('clerk-password');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('button', { name: 'Se déconnecter' }).waitFor();
    expect(await page.getByText('Connecté en tant que Claire Lerc').count()).toBe(1);
  });

  it('imports claims in French; a bad row comes back with a French message', async () => {
    await uploadClaims('SCHOOL', 'ecole.csv', SCHOOL_CSV);
    await waitForStatus('Import terminé.');
    expect(await reportCount('Lignes').textContent()).toBe('2');
    expect(await reportCount('Nouvelles').textContent()).toBe('2');
    await uploadClaims('PARKEREN', 'parking.csv', PARKING_CSV);
    await waitForStatus('Import terminé.');

    await uploadClaims('SCHOOL', 'erreur.csv', BAD_CSV);
    await waitForStatus('Le fichier a été refusé : rien n’a été importé.');
    const errorRows = page.getByRole('table', { name: 'Erreurs par ligne' }).locator('tbody tr');
    expect(await errorRows.count()).toBe(1);
    const cells = await errorRows.first().locator('th, td').allTextContents();
    expect(cells[0]).toBe('3');
    expect(cells[2]).toBe('12,3x');
    // the server's own text, in the language the app sent (Accept-Language: fr-BE)
    expect(cells[3]).toMatch(/^Montant non valide dans .+ : un montant tel que 1234,56/);
    await expectNoSeriousAxeViolations(page, 'rejected import in French');

    await uploadClaims('SCHOOL', 'erreur.csv', BAD_CSV, true);
    await waitForStatus('Lignes correctes importées ; 1 ligne refusée.');
    expect(await page.getByRole('link', { name: /Télécharger les lignes refusées/ }).count()).toBe(1);
  });

  it('searches a debtor and reads the overview: French sentences, 1 284,56 €, dd/mm/yyyy', async () => {
    await page.getByRole('link', { name: 'Rechercher', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Rechercher un débiteur' }).waitFor();
    await page.getByRole('button', { name: 'Rechercher', exact: true }).click();
    const input = page.getByLabel('Nom, numéro de registre national ou numéro de client');
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    await input.fill('Testmans');
    await page.getByRole('button', { name: 'Rechercher', exact: true }).click();
    await waitForStatus('1 débiteur trouvé.');
    const found = await page
      .getByRole('row', { name: /Jan Testmans/ })
      .locator('th, td')
      .allTextContents();
    expect(found).toEqual(['Jan Testmans', '30/07/1985', 'Gent', '2', JAN_TOTAL]);

    await page.getByRole('link', { name: 'Jan Testmans' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Aperçu global des créances : Jan Testmans' })
      .waitFor();
    const person = page.getByRole('region', { name: 'Personne' });
    // biome-ignore lint/performance/useDomNodeTextContent: what a person reads, line by line
    const personText = await person.innerText();
    expect(personText).toContain('Numéro de registre national');
    expect(personText).toMatch(/Date de naissance\s+30\/07\/1985/);
    expect(personText).toContain('SCHOOL : S-1001');
    const byDepartment = page.getByRole('region', { name: 'Par service' });
    expect(
      await byDepartment
        .getByRole('row', { name: /SCHOOL/ })
        .locator('th, td')
        .allTextContents(),
    ).toEqual(['SCHOOL', '1', `1${NBSP}234,56${NBSP}€`]);
    expect(await byDepartment.locator('tfoot').locator('th, td').allTextContents()).toEqual([
      'Total',
      '2',
      JAN_TOTAL,
    ]);
    const claims = page.getByRole('region', { name: 'Créances' });
    const headers = await claims.getByRole('columnheader').allInnerTexts();
    expect(headers.map((h) => h.replace(/\s*[▲▼↕]$/, ''))).toEqual(
      expect.arrayContaining(['Service', 'Créance', 'Catégorie', 'Échéance', 'Prescription', 'Statut']),
    );
    // biome-ignore lint/performance/useDomNodeTextContent: what a person reads, cell by cell
    expect(await claims.getByRole('row', { name: /SCH-2026-0001/ }).innerText()).toMatch(
      /15\/01\/2026[\s\S]*Ouverte/,
    );
    await expectNoSeriousAxeViolations(page, 'overview in French');

    // the choice is remembered: a reload stays French, the page still says fr-BE
    await page.reload();
    await page.getByRole('region', { name: 'Par service' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('fr-BE');
  });

  it('a citizen whose browser asks for French reads their own overview in French, also on a phone', async () => {
    const jan = await server.db.database.db
      .selectFrom('debtors')
      .select('id')
      .where('name', '=', 'Jan Testmans')
      .executeTakeFirstOrThrow();
    const citizen = await createUser(server.db.database, server.db.scope(), {
      login: 'jan@test',
      displayName: 'Jan Testmans',
      password: 'jan-password',
      roles: ['citizen'],
      citizenDebtorId: jan.id,
    });
    if (!citizen.ok) throw new Error(citizen.error.message);
    // nothing stored: the app picks French from navigator.languages (fr-BE, then nl)
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: 'fr-BE',
      bypassCSP: true,
    });
    const phone = await context.newPage();
    await phone.goto(`${server.url}/#/`);
    await phone.getByRole('heading', { level: 1, name: 'Se connecter' }).waitFor();
    expect(await phone.locator('html').getAttribute('lang')).toBe('fr-BE');
    await phone.getByLabel('Identifiant').fill('jan@test');
    await phone.getByLabel('Mot de passe').fill('jan-password');
    await phone.getByRole('button', { name: 'Se connecter' }).click();
    await phone
      .getByRole('heading', { level: 1, name: 'Aperçu global des créances : Jan Testmans' })
      .waitFor();
    expect(await phone.getByRole('link', { name: 'Mon aperçu' }).getAttribute('aria-current')).toBe('page');
    await phone.getByRole('heading', { level: 2, name: 'Qui a consulté ces données' }).waitFor();
    // biome-ignore lint/performance/useDomNodeTextContent: what a person reads
    const text = await phone.locator('main').innerText();
    expect(text).toContain(JAN_TOTAL);
    expect(text).not.toContain('Retour à la recherche');
    expect(text).not.toMatch(/Vorderingen|Openstaand|Geboortedatum/);
    const width = await phone.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);
    expect(width, 'the page, header and its three language buttons fit a 390 px phone').toBeLessThanOrEqual(
      390,
    );
    await expectNoSeriousAxeViolations(phone, 'citizen overview in French on a phone');
    await context.close();
  });
});
