// Staff safety in Chromium (issue 7): the risk-to-staff warning on every page of a hostile case, reporting an
// incident and correcting it, and a manager's safety decision that the warning then shows; arranging a meeting. axe checks
// each page, and each fits a 320 px screen.
import { describe, expect, it } from 'vitest';
import {
  demoUsers,
  expectAccessible,
  pageWidths,
  screenshot,
  signIn,
  useBrowserTestApp,
} from '../support/browser.js';

const t = useBrowserTestApp();

// DEMO-004: the mother's partner threatened the social worker (src/services/demo-cases/hostility.ts).
const hostile = '/cases/DEMO-004';

describe('staff safety', () => {
  it('warns on every page of a hostile case; an incident is reported; a manager records a safety decision', async () => {
    const page = await t.newPage({ path: '/sign-in' });
    await signIn(page, demoUsers.worker);
    for (const path of ['', '/people', '/chronology']) {
      await page.goto(`${hostile}${path}`);
      const warning = page.locator('[data-qa=risk-to-staff]');
      await expect(warning.innerText()).resolves.toContain('Risk to staff');
      await expect(warning.innerText()).resolves.toContain('threat of violence, shouting towards Sam Taylor');
      await expectAccessible(page);
    }

    await page.getByRole('link', { name: 'Staff safety', exact: true }).first().click();
    await page.getByRole('button', { name: 'Report an incident' }).click();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Report the incident' }).click();
    await expect(page.locator('.govuk-error-summary').innerText()).resolves.toContain('Enter what happened');
    await expectAccessible(page);

    await page.getByLabel('Swearing').check();
    await page.getByLabel('Intimidating language').check();
    await page.getByRole('group', { name: 'Was it frightening?' }).getByLabel('No').check();
    await page.getByLabel('Describe what happened').fill('Mr Docherty swore at me on the phone.');
    await page.getByRole('group', { name: 'Have the police been told?' }).getByLabel('No').check();
    await page.getByRole('button', { name: 'Report the incident' }).click();
    await expect(page.locator('[data-qa=flash]').innerText()).resolves.toContain('have been told');
    await expect(page.locator('main').innerText()).resolves.toContain(
      'Mr Docherty swore at me on the phone.',
    );
    await expectAccessible(page);
    await screenshot(page, 'staff-safety', { fullPage: true });

    // Corrected from the staff-safety page (the newest incident is listed first): nobody is told again.
    await page
      .getByRole('link', { name: /^Correct it/ })
      .first()
      .click();
    await expect(page.locator('h1').innerText()).resolves.toContain('Correct an incident');
    await expect(page.getByLabel('Describe what happened').inputValue()).resolves.toBe(
      'Mr Docherty swore at me on the phone.',
    );
    await expectAccessible(page);
    await page.getByLabel('Describe what happened').fill('Mr Docherty swore at me twice on the phone.');
    await page.getByRole('button', { name: 'Save correction' }).click();
    await expect(page.locator('[data-qa=flash]').innerText()).resolves.toContain(
      'Nobody has been told again',
    );
    await expect(page.locator('main').innerText()).resolves.toContain(
      'Mr Docherty swore at me twice on the phone.',
    );

    const manager = await t.newPage({ path: '/sign-in' });
    await signIn(manager, demoUsers.manager);
    await manager.goto(`${hostile}/risk`);
    await manager.getByRole('button', { name: 'Record a safety decision' }).click();
    await expectAccessible(manager);
    await manager.getByLabel('Meet at the office or a neutral venue').check();
    await manager.getByLabel('How will the work go on safely?').fill('Office visits only until the review.');
    await manager.getByLabel('Why?').fill('Swearing and intimidation by phone.');
    await manager.getByRole('button', { name: 'Save the decision' }).click();

    await page.goto(hostile);
    const warning = await page.locator('[data-qa=risk-to-staff]').innerText();
    expect(warning).toContain('Meet at the office or a neutral venue');
    expect(warning).toContain('Office visits only until the review.');
  });

  it('fits the staff-safety pages and arranging a meeting on a 320 px screen', async () => {
    const page = await t.newPage({ path: '/sign-in', viewport: { width: 320, height: 640 } });
    await signIn(page, demoUsers.worker);
    const wide: string[] = [];
    for (const path of ['', '/risk', '/incidents/new', '/meetings/arrange']) {
      await page.goto(`${hostile}${path}`);
      await expectAccessible(page);
      if ((await pageWidths(page)).scrollWidth > 320) wide.push(path);
    }
    await page.goto(`${hostile}/risk`);
    await page
      .getByRole('link', { name: /^Correct it/ })
      .first()
      .click();
    await expectAccessible(page);
    if ((await pageWidths(page)).scrollWidth > 320) wide.push(new URL(page.url()).pathname);
    expect(wide).toEqual([]);
  });
});
