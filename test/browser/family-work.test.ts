// Working with the family in a browser (issue 8): a parent's communication needs are changed on the People
// page and shown on the contact form; a contact is recorded and its end-of-contact summary checked for
// reading age and given. At 320 px, by keyboard where it matters; axe checks every page.
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

const narrow = { viewport: { width: 320, height: 720 } };

describe('communication needs and the end-of-contact summary', () => {
  it('needs shown on the contact form → contact recorded → summary measured and given', async () => {
    const page = await t.newPage({ ...narrow, path: '/' });
    await signIn(page, demoUsers.worker);

    await page.goto('/cases/DEMO-016/people');
    await page.locator('[data-qa=change-needs-m1]').click();
    await page.locator('h1', { hasText: 'Communication needs' }).waitFor();
    await expectAccessible(page);
    await page.getByLabel('Prefers to be contacted by').selectOption('text');
    await page.getByLabel('Cultural or religious dates to avoid').fill('Christmas Eve (Wigilia)');
    await page.getByRole('button', { name: 'Save needs' }).click();
    await page.locator('.govuk-notification-banner', { hasText: 'Communication needs of' }).waitFor();

    await page.goto('/cases/DEMO-016/contacts/new');
    const needs = page.locator('[data-qa=communication-needs]');
    await expect(needs.textContent()).resolves.toMatch(/Needs a Polish interpreter/);
    await expect(needs.textContent()).resolves.toMatch(/Prefers contact by text/);
    await expect(needs.textContent()).resolves.toMatch(/Christmas Eve \(Wigilia\)/);
    await expectAccessible(page);
    await screenshot(page, 'record-contact-needs');
    await page.getByLabel('Yes').first().check();
    await page.locator('input[name=outcome][value=completed]').check();
    await page.locator('#child-c1').check();
    await page.getByRole('button', { name: 'Save contact' }).click();
    await page.locator('h1', { hasText: 'Chronology' }).waitFor();

    await page.locator('[data-qa=summary-link]').first().click();
    await page.locator('h1', { hasText: 'Summary for the family' }).waitFor();
    await expect(page.locator('[data-qa=reading-age]').textContent()).resolves.toMatch(
      /Reading age about \d+/,
    );
    await expect(page.locator('#why').inputValue()).resolves.toMatch(/^We came to your home/);
    await expectAccessible(page);
    const widths = await pageWidths(page);
    expect(widths.scrollWidth).toBeLessThanOrEqual(widths.viewport);

    // Long words push the reading age up; the worker sees it before anything is recorded.
    await page
      .locator('#why')
      .fill(
        'Notwithstanding considerable organisational complexities, professionals anticipated reconsideration.',
      );
    await page.getByRole('button', { name: 'Check reading age' }).click();
    await expect(page.locator('[data-qa=reading-age]').textContent()).resolves.toMatch(/harder than the aim/);
    await page.locator('#why').fill('We came to see how Zofia and Antoni are.');
    await page.locator('#why').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.evaluate('document.activeElement && document.activeElement.dataset.qa')).resolves.toBe(
      'give-summary',
    );
    await page.keyboard.press('Enter');
    await page.locator('[data-qa=summary-given]').waitFor();
    await expect(page.locator('[data-qa=summary-sms]').textContent()).resolves.toMatch(/thank you for today/);
    await expectAccessible(page);
    await screenshot(page, 'contact-summary', { fullPage: true });
  });

  it('shows the family plan with the stage’s tasks, accessibly', async () => {
    const page = await t.newPage({ ...narrow, path: '/' });
    await signIn(page, demoUsers.worker);
    await page.goto('/cases/DEMO-016/family-plan/stages/new');
    await expectAccessible(page);
    await page.locator('input[name=person][value=m1]').check();
    await page.locator('input[name=stage][value=contemplation]').check();
    await page.getByLabel('Torn: argues both for and against change, or feels stuck').check();
    await page.getByRole('button', { name: 'Save stage' }).click();
    await page.locator('h1', { hasText: 'Family plan' }).waitFor();
    await expect(page.locator('[data-qa=stage-m1]').textContent()).resolves.toMatch(
      /What helps at this stage/,
    );
    await expectAccessible(page);
    const widths = await pageWidths(page);
    expect(widths.scrollWidth).toBeLessThanOrEqual(widths.viewport);
    await screenshot(page, 'family-plan', { fullPage: true });

    // The stage can be put right: the correction's page, prefilled, is accessible too.
    await page.locator('[data-qa=stage-m1] [data-qa=correct-stage]').click();
    await page.locator('h1', { hasText: 'Correct a stage of change' }).waitFor();
    await expect(page.locator('input[name=stage][value=contemplation]').isChecked()).resolves.toBe(true);
    await expectAccessible(page);
  });
});
