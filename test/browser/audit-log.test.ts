// The auditor's page in Chromium: accessible (axe), usable at 320 px, by keyboard and without JavaScript.
import { describe, expect, it } from 'vitest';
import { expectAccessible, pageWidths, signIn, useBrowserTestApp } from '../support/browser.js';

const t = useBrowserTestApp();

const auditor = 'auditor@demo.test';

describe("the auditor's page", () => {
  it('searches by case with the keyboard, and has no serious accessibility problem', async () => {
    const page = await t.newPage({ path: '/sign-in' });
    await signIn(page, auditor);
    await page.getByRole('link', { name: 'Audit log' }).click();
    await expectAccessible(page);
    await page.getByLabel('Case reference').fill('DEMO-001');
    await page.keyboard.press('Enter');
    await page.waitForURL(/case=DEMO-001/);
    await expect(page.locator('[data-qa="audit-total"]').textContent()).resolves.toMatch(/record/);
    await expectAccessible(page);
  });

  it('shows problems in an accessible error summary', async () => {
    const page = await t.newPage({ path: '/sign-in' });
    await signIn(page, auditor);
    await page.goto('/audit?user=nobody&from-day=40&from-month=1&from-year=2026');
    await expect(page.locator('.govuk-error-summary').textContent()).resolves.toContain('There is a problem');
    await expectAccessible(page);
  });

  it('fits a 320 px screen and works without JavaScript', async () => {
    const page = await t.newPage({
      path: '/sign-in',
      viewport: { width: 320, height: 640 },
      javaScriptEnabled: false,
    });
    await signIn(page, auditor);
    await page.goto('/audit');
    await page.getByLabel('Case reference').fill('DEMO-001');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/case=DEMO-001/);
    expect((await pageWidths(page)).scrollWidth).toBeLessThanOrEqual(320);
  });
});
