/** Helpers for end-to-end tests of the web app in a real (headless) Chromium. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Result as AxeResult } from 'axe-core';
import { type Browser, chromium, type Page } from 'playwright-core';

const webRoot = fileURLToPath(new URL('..', import.meta.url));
const repoRoot = join(webRoot, '..');
const chromiumPath = process.env.EVS_CHROMIUM ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  // With no language chosen the app speaks the browser's (navigator.languages), which headless Chromium
  // reports as en-US: the tests read Dutch unless they ask for another locale themselves.
  const newContext = browser.newContext.bind(browser);
  const newPage = browser.newPage.bind(browser);
  browser.newContext = (options = {}) => newContext({ locale: 'nl-BE', ...options });
  browser.newPage = (options = {}) => newPage({ locale: 'nl-BE', ...options });
  return browser;
}

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

let built = false;

function webIsStale(): boolean {
  const builtIndex = join(webRoot, 'dist', 'index.html');
  const sources = [
    join(webRoot, 'src'),
    join(webRoot, 'index.html'),
    join(webRoot, 'vite.config.ts'),
    join(repoRoot, 'src', 'kernel'), // the app bundles the kernel's formatters
  ];
  return !existsSync(builtIndex) || statSync(builtIndex).mtimeMs < Math.max(...sources.map(newestMtime));
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Runs the Vite build once per process when web/dist is missing or older than its sources. Test files
 * run in parallel processes, so the build is guarded by a lock directory (mkdir is atomic).
 */
export function ensureWebBuilt(): void {
  if (built) return;
  const lock = join(webRoot, '.build-lock');
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline)
        throw new Error(`web build lock ${lock} held for too long; remove it if stale`);
      sleep(200);
    }
  }
  try {
    if (webIsStale()) {
      const vite = join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js');
      execFileSync(
        process.execPath,
        [vite, 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'],
        {
          cwd: repoRoot,
          stdio: 'inherit',
          // vitest sets NODE_ENV=test, which would bundle React's development build: test what ships
          env: { ...process.env, NODE_ENV: 'production' },
        },
      );
    }
    built = true;
  } finally {
    rmdirSync(lock);
  }
}

export interface AxeViolation {
  id: string;
  impact: 'serious' | 'critical';
  help: string;
  /** CSS selectors of the offending elements. */
  targets: string[];
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core'), 'utf8');

/** Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the page; returns only serious and critical violations. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  const hasAxe = await page.evaluate(() => 'axe' in window);
  if (!hasAxe) await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const results = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return results.violations;
  });
  return violations
    .filter((v: AxeResult) => v.impact === 'serious' || v.impact === 'critical')
    .map((v: AxeResult) => ({
      id: v.id,
      impact: v.impact as 'serious' | 'critical',
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
}

/** Opens the app at `url` and signs in with a local account; resolves once the session is on. */
export async function signIn(page: Page, url: string, login: string, password: string): Promise<void> {
  await page.goto(`${url}/#/`);
  await page.getByLabel('Login').fill(login);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await page.getByRole('button', { name: 'Afmelden' }).waitFor();
}
