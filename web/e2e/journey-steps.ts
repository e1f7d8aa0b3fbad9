/** Steps of the role journeys: what a person reads, axe, and a screenshot per step. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { DEMO_PASSWORD } from '../../src/access/demo-service.ts';
import { runAxe, signIn } from './browser.ts';

/** Git-ignored: one PNG per step, to look at what each role saw. */
export const SCREENSHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const RAW_ACTOR = /\b(user|token):[0-9a-f]{4,}/;

export interface Journey {
  readonly page: Page;
  /** Waits until the screen shows every `mustShow`, asserts no raw ids, runs axe, saves `<role>-<nn>-<name>.png`. */
  step(name: string, ...mustShow: (string | RegExp)[]): Promise<string>;
  close(): Promise<void>;
}

/** Signs `login` in (demo password) in its own browser context. */
export async function journeyOf(
  browser: Browser,
  url: string,
  login: string,
  viewport = { width: 1366, height: 900 },
): Promise<Journey> {
  const context = await browser.newContext({ viewport, bypassCSP: true });
  const page = await context.newPage();
  await signIn(page, url, login, DEMO_PASSWORD);
  mkdirSync(SCREENSHOTS, { recursive: true });
  const role = `${login.replace(/@.*/, '')}${viewport.width < 600 ? '-phone' : ''}`;
  let n = 0;
  return {
    page,
    async step(name, ...mustShow) {
      const text = await screenText(page, mustShow);
      expect(text, `${role} ${name}: no raw id on screen`).not.toMatch(UUID);
      expect(text, `${role} ${name}: no raw actor on screen`).not.toMatch(RAW_ACTOR);
      const violations = await runAxe(page);
      expect(violations, `axe on ${role} ${name}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
      n++;
      const file = join(SCREENSHOTS, `${role}-${String(n).padStart(2, '0')}-${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return text;
    },
    close: () => context.close(),
  };
}

/** The main region's text once it shows a heading and more than the heading: never an empty page. */
export async function screenText(page: Page, mustShow: readonly (string | RegExp)[] = []): Promise<string> {
  const main = page.locator('main');
  await main.locator('h1').first().waitFor();
  const shows = (text: string, m: string | RegExp) =>
    typeof m === 'string' ? text.includes(m) : m.test(text);
  await expect
    .poll(
      async () => {
        // biome-ignore lint/performance/useDomNodeTextContent: what a person reads, line by line
        const text = await main.innerText();
        if (/Laden…|Loading…/.test(text) || text.trim().split('\n').filter(Boolean).length < 2)
          return 'empty';
        return mustShow.filter((m) => !shows(text, m)).map(String);
      },
      { timeout: 10_000 },
    )
    .toEqual([]);
  // biome-ignore lint/performance/useDomNodeTextContent: what a person reads, line by line
  return main.innerText();
}

/** Every entry of the role's menu opens a screen with content (a route that renders nothing fails). */
export async function visitMenu(journey: Journey): Promise<string[]> {
  const { page } = journey;
  const nav = page.getByRole('navigation');
  const labels = (await nav.getByRole('link').allInnerTexts()).map((l) => l.trim());
  expect(labels.length).toBeGreaterThan(0);
  for (const label of labels) {
    await nav.getByRole('link', { name: label, exact: true }).click();
    await expect
      .poll(() => nav.getByRole('link', { name: label, exact: true }).getAttribute('aria-current'))
      .toBe('page');
    await journey.step(`menu-${label.toLowerCase().replace(/[^a-z]+/g, '-')}`);
  }
  return labels;
}

/** Dutch euro amounts as a person reads them, e.g. `€ 1.234,56`. */
export const EURO = /€\s?\d{1,3}(\.\d{3})*,\d{2}/;
/** The label beside a claim past its limitation date. */
export const TIME_BARRED = /Verjaard sinds \d{2}\/\d{2}\/\d{4}/;
/** The plan letter's line on the costs the city waived. */
export const WAIVED_LINE = /De stad schrapte € \d{1,3}(\.\d{3})*,\d{2} aan kosten en intresten\./;

/** A PDF's text, white space (line breaks, no-break spaces) as single spaces. */
export async function pdfText(bytes: Buffer): Promise<string> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let p = 1; p <= document.numPages; p++) {
    const content = await (await document.getPage(p)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? `${item.str} ` : '')).join(''));
  }
  return pages.join(' ').replace(/\s+/g, ' ');
}
