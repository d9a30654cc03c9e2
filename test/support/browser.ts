// The real app, listening on 127.0.0.1 with the demo partnership loaded, and Debian's Chromium driven by
// playwright-core (STYLE.md, "Tests"). One app and one browser per test file; a fresh context per test.
// Security stays on: CSRF, sessions, the CSP and rate limits are as in production.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import axe from 'axe-core';
import type { AxeResults, Result } from 'axe-core';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { Config } from '../../src/config.js';
import { loadDemo } from '../../src/services/demo.js';
import { openMigratedDatabase, type Db } from '../../src/store/database.js';
import { buildApp } from '../../src/web/app.js';
import { projectRoot } from '../../src/web/project-root.js';

export const demoPassword = 'demo-password-1';
export const demoUsers = {
  worker: 'worker@demo.test',
  worker2: 'worker2@demo.test',
  manager: 'manager@demo.test',
};

export interface BrowserTestApp {
  baseUrl: string;
  /** The app's database, for what a test drives beside the browser (the minute scheduler's sweeps). */
  db: Db;
  /** A page in a new context (its own cookies), opened at `path` when given. */
  newPage(options?: BrowserContextOptions & { path?: string }): Promise<Page>;
  /** Closes the contexts `newPage` opened: call it after each test. */
  closeContexts(): Promise<void>;
  close(): Promise<void>;
}

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export async function startBrowserTestApp(): Promise<BrowserTestApp> {
  const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  // Never skipped: a missing browser is a failure that says how to fix it.
  if (!existsSync(executablePath)) {
    throw new Error('Browser tests need Chromium. Install it with: sudo apt-get install -y chromium');
  }
  const folder = mkdtempSync(join(tmpdir(), 'stickability-browser-'));
  const config: Config = {
    databaseUrl: `sqlite:${join(folder, 'test.db')}`,
    port: 0,
    host: '127.0.0.1',
    sessionSecret: 'a long test secret for the browser tests, not used anywhere else',
    // Plain HTTP on 127.0.0.1: a Secure cookie would never come back.
    secureCookies: false,
    trustProxy: false,
    publicUrl: 'http://localhost:3000',
  };
  const db = await openMigratedDatabase(config.databaseUrl);
  let app: FastifyInstance | undefined;
  let browser: Browser | undefined;
  try {
    await loadDemo(db, new Date());
    app = await buildApp({ db, config });
    await app.listen({ port: config.port, host: config.host });
    browser = await chromium.launch({ executablePath, args: chromiumArgs });
  } catch (error) {
    await app?.close();
    await db.destroy();
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
  const { port } = app.server.address() as { port: number };
  const baseUrl = `http://127.0.0.1:${port}`;
  const contexts: BrowserContext[] = [];
  const started = { app, browser };

  return {
    baseUrl,
    db,
    async newPage({ path, ...options } = {}) {
      const context = await started.browser.newContext({
        baseURL: baseUrl,
        viewport: { width: 1280, height: 800 },
        ...options,
      });
      contexts.push(context);
      // Fail a step in seconds, not at the test's timeout: a local app answers at once.
      context.setDefaultTimeout(10_000);
      const page = await context.newPage();
      if (path) await page.goto(path);
      return page;
    },
    async closeContexts() {
      await Promise.all(contexts.splice(0).map((context) => context.close()));
    },
    async close() {
      await Promise.all(contexts.splice(0).map((context) => context.close()));
      await started.browser.close();
      await started.app.close();
      await db.destroy();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/**
 * The app and Chromium for the test file that calls this at its top: started before its first test, each
 * test's contexts closed after it, all stopped after the last test. Use it inside tests only.
 */
export function useBrowserTestApp(): BrowserTestApp {
  let started: BrowserTestApp | undefined;
  const app = () => {
    if (!started) throw new Error('The browser test app is not running: use it inside a test.');
    return started;
  };
  beforeAll(async () => {
    started = await startBrowserTestApp();
  }, 120_000);
  afterEach(() => started?.closeContexts());
  afterAll(() => started?.close());
  return {
    get baseUrl() {
      return app().baseUrl;
    },
    get db() {
      return app().db;
    },
    newPage: (options) => app().newPage(options),
    closeContexts: () => app().closeContexts(),
    close: () => app().close(),
  };
}

/** Signs in on the sign-in page, as a person would, and waits for the page it leads to. */
export async function signIn(page: Page, email: string, password = demoPassword): Promise<void> {
  if (!page.url().includes('/sign-in')) await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await Promise.all([
    page.waitForURL((url) => !url.pathname.startsWith('/sign-in')),
    page.getByRole('button', { name: 'Sign in' }).click(),
  ]);
}

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe-core's serious and critical violations on the page, against WCAG 2.x A and AA. The source goes in
 * through the DevTools protocol (`evaluate`), which the page's CSP does not govern: a script tag would
 * be refused, as any inline script is.
 */
export async function axeViolations(page: Page): Promise<Result[]> {
  await page.evaluate(axe.source);
  const results = await page.evaluate<AxeResults, string[]>(async (tags) => {
    const injected = (globalThis as unknown as { axe: typeof axe }).axe;
    return injected.run({ runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
  }, wcagTags);
  return results.violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
}

/** Fails, naming each rule, its help and the elements, when axe finds a serious or critical violation. */
export async function expectAccessible(page: Page): Promise<void> {
  const violations = await axeViolations(page);
  if (violations.length === 0) return;
  const described = violations.map(
    (v) =>
      `  ${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((node) => `    ${node.target.join(' ')}: ${node.failureSummary ?? ''}`).join('\n')}`,
  );
  throw new Error(
    `axe found ${violations.length} serious or critical violation(s) on ${page.url()}:\n${described.join('\n')}`,
  );
}

/** How wide the page is, against the viewport: wider means it scrolls sideways. */
export async function pageWidths(page: Page): Promise<{ scrollWidth: number; viewport: number }> {
  return page.evaluate<{ scrollWidth: number; viewport: number }>(
    '({ scrollWidth: document.documentElement.scrollWidth, viewport: window.innerWidth })',
  );
}

/**
 * Short words broken across lines in the cells of responsive tables: on a phone each cell shows its label
 * beside its content (app.css), and content squeezed into too narrow a space breaks even a short word
 * ("Hostili|ty"). A word of 12 letters or fewer fits any cell at 320 px, so one that takes more than one
 * line box is squeezed (a hyphenated word may break at its hyphens: its parts are read apart). Each as
 * `label: word`.
 */
export function squeezedCells(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(`(() => {
    const found = [];
    for (const cell of document.querySelectorAll('.app-responsive-table [data-label]')) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const word of node.textContent.matchAll(/[^\\s-]+/g)) {
          if (word[0].length > 12) continue;
          const range = document.createRange();
          range.setStart(node, word.index);
          range.setEnd(node, word.index + word[0].length);
          const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
          if (lines.size > 1) found.push(cell.getAttribute('data-label') + ': ' + word[0]);
        }
      }
    }
    return found;
  })()`);
}

/** The id of the focused element. */
export function focusedId(page: Page): Promise<string> {
  return page.evaluate<string>('document.activeElement ? document.activeElement.id : ""');
}

const screenshotFolder = join(projectRoot(), 'docs', 'screenshots');

/**
 * Saves docs/screenshots/NAME.png for the README, only when SCREENSHOTS=1: the first screen, which a
 * README table can show legibly, or the whole page with `fullPage`.
 */
export async function screenshot(page: Page, name: string, { fullPage = false } = {}): Promise<void> {
  if (process.env.SCREENSHOTS !== '1') return;
  mkdirSync(screenshotFolder, { recursive: true });
  // No focus ring in a picture: GOV.UK Frontend focuses a success banner, and the last field typed in keeps focus.
  await page.evaluate(
    'document.activeElement && document.activeElement.blur && document.activeElement.blur()',
  );
  if (!fullPage) await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({
    path: join(screenshotFolder, `${name}.png`),
    fullPage,
    animations: 'disabled',
  });
}
