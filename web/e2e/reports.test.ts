import { sql } from 'kysely';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/access/user-service.ts';
import { loadDemoCity } from '../../src/demo/service.ts';
import { whatIf } from '../../src/eligibility/insight-service.ts';
import { rulesetVersion } from '../../src/eligibility/ruleset-service.ts';
import { PROFILES } from '../../src/kernel/eligibility/ruleset.ts';
import { openFile } from '../../src/plans/file-service.ts';
import { acceptPlan, createPlan } from '../../src/plans/service.ts';
import { startTestServer, type TestServer } from '../../src/testing/server.ts';
import { ensureWebBuilt, launchBrowser, runAxe, signIn } from './browser.ts';

const TODAY = '2026-11-24';
let server: TestServer;
let browser: Browser;
let page: Page;
/** People helped in November: a file open at some time in the month (the demo city has files too). */
let helpedInNovember = 0;

async function expectNoAxeViolations(screen: string): Promise<void> {
  const violations = await runAxe(page);
  expect(violations, `axe on ${screen}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
}

describe('reports: dashboard and business case', () => {
  beforeAll(async () => {
    ensureWebBuilt();
    server = await startTestServer({ today: TODAY });
    const { database } = server.db;
    const scope = server.db.scope();
    await loadDemoCity(database, scope, { today: TODAY, people: 40, claims: 160, seed: 5 });
    const open = await sql<{ debtor_id: string }>`
      SELECT debtor_id FROM claims WHERE status = 'open' AND evs_file_id IS NULL AND principal + charges - paid > 0
      GROUP BY debtor_id ORDER BY debtor_id LIMIT 30`.execute(database.db);
    let files = 0;
    for (const { debtor_id } of open.rows) {
      if (files === 6) break;
      const file = await openFile(
        database,
        scope,
        { debtorId: debtor_id, consent: { date: TODAY, form: 'written', evidence: 'DOC-1' } },
        TODAY,
      );
      // a partner in the same household may already have the household's file (or its claims)
      if (!file.ok && ['file_already_open', 'nothing_to_bundle'].includes(file.error.code)) continue;
      if (!file.ok) throw new Error(file.error.message);
      const plan = await createPlan(database, scope, { fileId: file.value.fileId, months: 12 }, TODAY);
      if (!plan.ok) throw new Error(plan.error.message);
      const accepted = await acceptPlan(database, scope, plan.value.planId, {}, TODAY);
      if (!accepted.ok) throw new Error(accepted.error.message);
      files++;
    }
    const counted = await sql<{ n: number }>`
      SELECT count(DISTINCT debtor_id)::int AS n FROM evs_files
      WHERE opened_at < DATE '2026-12-01' AND (closed_at IS NULL OR closed_at >= DATE '2026-11-01')`.execute(
      database.db,
    );
    helpedInNovember = Number(counted.rows[0]?.n ?? 0);
    const user = await createUser(database, scope, {
      login: 'policy@test',
      displayName: 'Paul Beleid',
      password: 'policy-password',
      roles: ['policy'],
    });
    if (!user.ok) throw new Error(user.error.message);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    await signIn(page, server.url, 'policy@test', 'policy-password');
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows line and bar charts, each with a table alternative, and passes axe', async () => {
    await page.getByRole('link', { name: 'Rapporten' }).click();
    await page.getByRole('heading', { level: 1, name: 'Wat EvS doet voor de stad' }).waitFor();
    await page.getByLabel('Van (maand)').fill('2026-06');
    await page.getByLabel('Tot en met (maand)').fill('2026-11');
    await page.getByRole('button', { name: 'Tonen' }).click();
    // wait for what a person reads — the chart's table alternative with its six months — not for an SVG path
    await page
      .locator('figure[data-chart="euros"] table tbody tr')
      .nth(5)
      .waitFor({ state: 'attached', timeout: 60_000 });
    expect(await page.locator('figure.kpi-chart').count()).toBe(5);
    expect(await page.locator('figure[data-chart="people"] .recharts-line-curve').count()).toBeGreaterThan(0);
    expect(
      await page.locator('figure[data-chart="bailiff"] .recharts-bar-rectangle').count(),
    ).toBeGreaterThan(0);
    for (const figure of await page.locator('figure.kpi-chart').all()) {
      const table = figure.locator('table');
      expect(await table.locator('caption').textContent()).toBeTruthy();
      expect(await table.locator('tbody tr').count()).toBe(6);
    }
    // the table alternative holds the figures: people helped in November, a cell above the threshold
    const people = page.getByRole('table', { name: 'Geholpen personen en open dossiers' });
    await page.locator('figure[data-chart="people"] summary').click();
    const november = people.locator('tbody tr').filter({ hasText: '2026-11' });
    expect(helpedInNovember).toBeGreaterThanOrEqual(6);
    expect(await november.locator('td').first().textContent()).toBe(String(helpedInNovember));
    await expectNoAxeViolations('dashboard');
  });

  it('compares a scenario with the status quo, saves it, and passes axe', async () => {
    await page.goto(`${server.url}/#/reports/business-case`);
    await page.getByRole('heading', { level: 1, name: 'Businesscase' }).waitFor();
    await page.getByLabel('Naam van het scenario').fill('Ruime doelgroep');
    await page.getByLabel('Bereikte personen per jaar').fill('400');
    const comparison = page.getByRole('table', { name: 'Vergelijking' });
    await comparison.getByRole('columnheader', { name: /Ruime doelgroep/ }).waitFor();
    await comparison
      .getByRole('row', { name: /Bereikte personen/ })
      .getByText('400')
      .first()
      .waitFor();
    await page.getByRole('button', { name: 'Scenario bewaren' }).click();
    await page.getByRole('status').filter({ hasText: 'Scenario "Ruime doelgroep" bewaard.' }).waitFor();
    await page.getByRole('listitem').filter({ hasText: 'Ruime doelgroep' }).waitFor();
    await expectNoAxeViolations('business case');
  });

  it('takes people reached from the what-if of a stored ruleset and says so', async () => {
    const stored = await rulesetVersion(server.db.database, server.db.scope(), 1);
    if (!stored.ok) throw new Error(stored.error.message);
    const report = await whatIf(server.db.database, server.db.scope(), stored.value.ruleset, TODAY);
    if (!report.ok) throw new Error(report.error.message);
    const eligible = PROFILES.reduce((n, p) => n + report.value.draft[p].eligible, 0);
    expect(eligible).toBeGreaterThan(0);
    await page.getByLabel('Naam van het scenario').fill('Regelset 1');
    await page.getByLabel('Bewaarde regelset (what-if)').check();
    await page.getByLabel('Versie van de regelset').fill('1');
    await page
      .getByTestId('people-source')
      .filter({ hasText: `what-if van regelset versie 1 op ${TODAY}: ${eligible} personen in aanmerking` })
      .waitFor();
    await page
      .getByRole('table', { name: 'Vergelijking' })
      .getByRole('row', { name: /Bereikte personen/ })
      .getByText(String(eligible))
      .first()
      .waitFor();
    await expectNoAxeViolations('business case from a ruleset');
  });
});
