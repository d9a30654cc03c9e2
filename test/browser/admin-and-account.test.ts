// The partnership administrator's pages and "Your account", in Chromium: no serious or critical axe
// violation, and no sideways scrolling on a 320 px screen (WCAG 1.4.10 reflow), error pages included.
// Each page is opened twice in one signed-in context: at 1280 px and, loaded at that width, at 320 px.
import type { Page, Response } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  demoPassword,
  demoUsers,
  expectAccessible,
  focusedId,
  pageWidths,
  signIn,
  squeezedCells,
  useBrowserTestApp,
} from '../support/browser.js';
import { MyCasesPage, verifyOnPage } from './pages.js';

const t = useBrowserTestApp();

const admin = 'admin@demo.test';

/** The partnership administrator's page, linked from the service navigation as "Administration". */
class AdministrationPage {
  static readonly heading = /Administration$/;
}

interface Screens {
  wide: Page;
  narrow: Page;
}

/** Signs in once (sign-in is rate limited per address), then opens a 320 px page beside the 1280 px one. */
async function signedInScreens(email: string): Promise<Screens> {
  const wide = await t.newPage({ path: '/sign-in' });
  await signIn(wide, email);
  const narrow = await wide.context().newPage();
  await narrow.setViewportSize({ width: 320, height: 640 });
  return { wide, narrow };
}

/** What is wrong with the page as it is now: axe's serious and critical violations, and sideways scrolling. */
async function problemsOn(page: Page): Promise<string[]> {
  const problems: string[] = [];
  try {
    await expectAccessible(page);
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
  }
  const { scrollWidth, viewport } = await pageWidths(page);
  if (scrollWidth > viewport)
    problems.push(`${page.url()} scrolls sideways at ${viewport} px: it is ${scrollWidth} px wide`);
  for (const cell of await squeezedCells(page)) problems.push(`${page.url()} squeezes a table cell: ${cell}`);
  return problems;
}

/** Does `act` on both screens and checks each page it leads to; one failure lists every problem. */
async function onBothScreens(screens: Screens, act: (page: Page) => Promise<void>): Promise<void> {
  const problems: string[] = [];
  for (const page of [screens.wide, screens.narrow]) {
    await page.bringToFront(); // a page behind the other has its timers throttled
    await act(page);
    problems.push(...(await problemsOn(page)));
  }
  expect(problems).toEqual([]);
}

/** Follows a link of the service navigation, opening the menu first on a narrow screen. */
async function openFromMenu(page: Page, name: string): Promise<void> {
  const navigation = page.locator('.govuk-service-navigation');
  const menu = navigation.getByRole('button', { name: /^Menu/ });
  if (await menu.isVisible()) await menu.click();
  const from = new URL(page.url()).pathname;
  await Promise.all([
    page.waitForURL((url) => url.pathname !== from),
    navigation.getByRole('link', { name, exact: true }).click(),
  ]);
}

/** Opens `path`, which must answer 200 with one h1. */
async function open(page: Page, path: string): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  await expect(page.locator('h1').count(), path).resolves.toBe(1);
}

/** Clicks a form's button and waits for the page the POST answers with. */
async function submit(page: Page, button: string): Promise<Response> {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST'),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  await page.waitForLoadState('load');
  return response;
}

/**
 * The GOV.UK error summary, as the practitioner's journey expects it: "Error:" in the title, the summary
 * focused, and each of its links moving focus to its field. Returns the messages it lists.
 */
async function expectErrorSummary(page: Page, response: Response): Promise<string[]> {
  expect(response.status()).toBe(400);
  const summary = page.locator('.govuk-error-summary');
  await expect(summary.innerText()).resolves.toContain('There is a problem');
  expect(await page.title()).toMatch(/^Error: /);
  await expect
    .poll(() => page.evaluate<boolean>('document.activeElement.classList.contains("govuk-error-summary")'))
    .toBe(true);
  const links = summary.locator('.govuk-error-summary__list a');
  const found = await links.evaluateAll((as) =>
    as.map((a) => [a.textContent?.trim() ?? '', a.getAttribute('href') ?? ''] as [string, string]),
  );
  expect(found.length).toBeGreaterThan(0);
  for (const [message, href] of found) {
    expect(href, message).toMatch(/^#./);
    await summary.getByRole('link', { name: message, exact: true }).click();
    await expect.poll(() => focusedId(page), { message }).toBe(href.slice(1));
  }
  return found.map(([message]) => message);
}

describe('the administration pages', () => {
  it('are each accessible and fit a 320 px screen, found by following links from Administration', async () => {
    const screens = await signedInScreens(admin);
    const { wide } = screens;
    // An administrator works no cases: signing in lands on Administration.
    expect(new URL(wide.url()).pathname).toBe('/admin');
    await verifyOnPage(AdministrationPage, wide);
    const userRows = await wide.locator('[data-qa=users] tbody tr').count();

    // Every /admin link on every page reached, followed once: new pages and ids come from the app.
    const paths = [new URL(wide.url()).pathname];
    const problems: string[] = [];
    for (const path of paths) {
      for (const page of [screens.wide, screens.narrow]) {
        await page.bringToFront();
        await open(page, path);
        problems.push(...(await problemsOn(page)));
      }
      const hrefs = await wide
        .locator('a[href^="/admin"]')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      for (const href of hrefs) {
        const linked = href.split('#')[0] ?? '';
        if (!paths.includes(linked)) paths.push(linked);
      }
    }
    expect(problems).toEqual([]);

    expect(paths).toEqual(
      expect.arrayContaining([
        '/admin',
        '/admin/users/new',
        '/admin/agencies/new',
        '/admin/teams/new',
        '/admin/procedure',
      ]),
    );
    expect(userRows).toBeGreaterThanOrEqual(6);
    expect(paths.filter((path) => /^\/admin\/users\/\d+$/.test(path))).toHaveLength(userRows);
  });

  it('show an accessible error summary, focused, when a form is sent empty', async () => {
    const screens = await signedInScreens(admin);
    const messages: Record<string, string[]> = {};
    for (const [path, button] of [
      ['/admin/agencies/new', 'Add agency'],
      ['/admin/teams/new', 'Add team'],
      ['/admin/users/new', 'Add user'],
      ['/admin/procedure', 'Save local value'],
    ] as const) {
      await onBothScreens(screens, async (page) => {
        await open(page, path);
        const response = await submit(page, button);
        messages[path] = await expectErrorSummary(page, response);
      });
    }
    expect(messages['/admin/agencies/new']).toEqual(
      expect.arrayContaining(['Enter the agency’s name', 'Select the kind of agency']),
    );
    expect(messages['/admin/teams/new']).toEqual(expect.arrayContaining(['Enter the team’s name']));
    expect(messages['/admin/users/new']).toEqual(
      expect.arrayContaining(['Enter the user’s email address', 'Select the user’s role']),
    );
    expect(messages['/admin/procedure']).toEqual(expect.arrayContaining(['Select a threshold']));
  });

  it("show a new user's one-time invitation link, and a deactivated user's page, accessibly at 320 px", async () => {
    const screens = await signedInScreens(admin);
    await onBothScreens(screens, async (page) => {
      const width = page.viewportSize()?.width ?? 0;
      await open(page, '/admin/users/new');
      await page.getByLabel('Full name').fill(`Browser Tester ${width}`);
      await page.getByLabel('Email address').fill(`browser-tester-${width}@demo.test`);
      await page.getByLabel('Worker reference').fill(`browser-tester-${width}`);
      const agency = page.getByLabel('Agency');
      const firstAgency = await agency.locator('option').nth(1).getAttribute('value');
      await agency.selectOption(firstAgency ?? '');
      await page.getByLabel('Practitioner', { exact: true }).check();
      const response = await submit(page, 'Add user');
      expect(response.status()).toBe(200);
      await expect(page.locator('h1').innerText()).resolves.toBe(`Invitation for Browser Tester ${width}`);
      await expect(page.locator('[data-qa=invitation-link]').innerText()).resolves.toMatch(/^http:\/\//);
    });
    // The demo has no deactivated user: deactivate the one just added, from the users table.
    await onBothScreens(screens, async (page) => {
      const name = `Browser Tester ${page.viewportSize()?.width ?? 0}`;
      await page.getByRole('link', { name: 'Back to administration' }).click();
      await page.locator('[data-qa=users]').getByRole('link', { name, exact: true }).click();
      await page.locator('h1', { hasText: name }).waitFor();
      await submit(page, `Deactivate ${name}`);
      await expect(page.locator('[data-qa=flash]').innerText()).resolves.toContain(`${name} is deactivated`);
      await expect(
        page.getByRole('button', { name: 'Reactivate with a new invitation' }).count(),
      ).resolves.toBe(1);
    });
  });
});

describe('"Your account"', () => {
  it('and "Change your password" are accessible and fit a 320 px screen, with a new API token', async () => {
    const screens = await signedInScreens(demoUsers.worker);
    await onBothScreens(screens, async (page) => {
      await page.goto('/');
      await openFromMenu(page, 'Your account');
      await expect(page.locator('h1').innerText()).resolves.toBe('Your account');
    });
    await onBothScreens(screens, async (page) => {
      await open(page, '/account');
      await page.locator('[data-qa=change-password-link]').click();
      await page.waitForURL('**/account/password');
      await expect(page.locator('h1').innerText()).resolves.toBe('Change your password');
    });
    // A token's name too long: the error summary, on the account page.
    await onBothScreens(screens, async (page) => {
      await open(page, '/account');
      await page.getByLabel('What is the token for?').fill('x'.repeat(101));
      const messages = await expectErrorSummary(page, await submit(page, 'Create a token'));
      expect(messages).toEqual(['Name must be 100 characters or fewer']);
    });
    // A new token, shown once in a panel, and the table of tokens with its Revoke button.
    await onBothScreens(screens, async (page) => {
      await open(page, '/account');
      await page
        .getByLabel('What is the token for?')
        .fill(`Browser test at ${page.viewportSize()?.width} px`);
      const response = await submit(page, 'Create a token');
      expect(response.status()).toBe(200);
      await expect(page.locator('[data-qa=new-token] code').innerText()).resolves.not.toBe('');
      await expect(page.getByRole('button', { name: /^Revoke/ }).count()).resolves.toBeGreaterThan(0);
    });
  });

  it('refuses a wrong current password with an accessible error summary, and the password stays', async () => {
    const screens = await signedInScreens(demoUsers.worker);
    await onBothScreens(screens, async (page) => {
      await open(page, '/account/password');
      // A new password the rules accept: only the wrong current one stops the change.
      await page.getByLabel('Current password').fill('not-the-current-password');
      await page.getByLabel('New password', { exact: true }).fill('a brand new browser password');
      await page.getByLabel('New password again').fill('a brand new browser password');
      const messages = await expectErrorSummary(page, await submit(page, 'Change password'));
      expect(messages).toEqual(['The password you entered is not your current password']);
      await expect(page.locator('#current-error').innerText()).resolves.toContain(
        'The password you entered is not your current password',
      );
      // Passwords are never written back into the form.
      await expect(page.getByLabel('Current password').inputValue()).resolves.toBe('');
    });

    // Still demo-password-1: other tests sign in with it.
    const again = await t.newPage({ path: '/sign-in' });
    await signIn(again, demoUsers.worker, demoPassword);
    await verifyOnPage(MyCasesPage, again);
  });
});
