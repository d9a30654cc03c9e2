// Agreements in Chromium, the "done when": a worker drafts a two-way written agreement with a parent
// (another item added without JavaScript), records it as agreed with who was there, prints it (a PDF whose
// text says what was agreed, and in large print), and at the review sees which promises were kept on both
// sides. axe checks each page; the list fits a 320 px screen.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  demoUsers,
  expectAccessible,
  pageWidths,
  screenshot,
  signIn,
  useBrowserTestApp,
} from '../support/browser.js';
import { readPdf } from '../support/pdf-text.js';
import { CaseOverviewPage, onAccessiblePage } from './pages.js';

class AgreementsPage {
  static readonly heading = /Agreements$/;
  constructor(readonly page: Page) {}
  get newest() {
    return this.page.locator('[data-qa=agreement]').first();
  }
}
class AgreementTypePage {
  static readonly heading = /What kind of agreement\?/;
}
class DraftPage {
  static readonly heading = /Draft a written agreement$/;
}
class AgreePage {
  static readonly heading = /Record the written agreement as agreed$/;
}
class ReviewPage {
  static readonly heading = /Review the written agreement$/;
}

const t = useBrowserTestApp();

async function fetchPdf(page: Page, href: string) {
  const response = await page.request.get(href);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/pdf');
  return readPdf(await response.body());
}

describe('agreements in the browser', () => {
  it('drafts, agrees, prints and reviews a two-way written agreement', async () => {
    const page = await t.newPage({ path: '/' });
    await signIn(page, demoUsers.worker);
    await page.goto('/cases/DEMO-005');
    await onAccessiblePage(CaseOverviewPage, page);
    await page.locator('[data-qa=agreements]').click();
    await onAccessiblePage(AgreementsPage, page);

    await page.locator('[data-qa=draft-agreement]').click();
    await onAccessiblePage(AgreementTypePage, page);
    await page.getByLabel('Written agreement', { exact: true }).check();
    await page.locator('[data-qa=continue]').click();
    await onAccessiblePage(DraftPage, page);

    // A one-way draft is refused with the GOV.UK error summary.
    await page.locator('#items-0-who').selectOption({ label: 'Dawn Shaw (family)' });
    await page.locator('#items-0-text').fill('Take Jayden to nursery by 9 every weekday.');
    await page.locator('[data-qa=save-draft]').click();
    await onAccessiblePage(DraftPage, page);
    await expect(page.locator('.govuk-error-summary').textContent()).resolves.toContain(
      'Add at least one thing an agency will do',
    );

    await page.locator('#items-1-who').selectOption({ label: 'Health Visiting (agency)' });
    await page.locator('#items-1-text').fill('Visit on Tuesdays and text the day before.');
    await page.locator('#items-2-who').selectOption({ label: 'Lee Shaw (family)' });
    await page.locator('#items-2-text').fill('Go to the alcohol service every week.');
    await page.locator('#items-2-consequence').fill('We will hold a meeting to look at the plan again.');
    await page.locator('#items-3-who').selectOption({ label: "Children's Social Care (agency)" });
    await page.locator('#items-3-text').fill('Help with a nursery place for Jayden.');
    await page.locator('[data-qa=add-item]').click();
    await onAccessiblePage(DraftPage, page);
    await expect(page.locator('#items-4-who').count()).resolves.toBe(1);
    await expect(page.locator('#items-3-text').inputValue()).resolves.toBe(
      'Help with a nursery place for Jayden.',
    );
    await page.locator('[data-qa=save-draft]').click();

    const list = await onAccessiblePage(AgreementsPage, page);
    await expect(page.locator('[data-qa=drafts]').textContent()).resolves.toContain('Written agreement');
    await page.locator('[data-qa=agree-draft]').first().click();
    await onAccessiblePage(AgreePage, page);
    await page.locator('[data-qa=record-agreed]').click();
    await onAccessiblePage(AgreePage, page);
    await expect(page.locator('.govuk-error-summary').textContent()).resolves.toContain(
      'Select who was there',
    );
    await page.getByLabel('Dawn Shaw', { exact: true }).check();
    await page.getByLabel('Lee Shaw', { exact: true }).check();
    await page.locator('[data-qa=record-agreed]').click();
    await onAccessiblePage(AgreementsPage, page);
    await expect(list.newest.textContent()).resolves.toContain('Not reviewed yet');
    await screenshot(page, 'agreements-agreed', { fullPage: true });

    const printed = await fetchPdf(
      page,
      (await list.newest.locator('[data-qa=print]').getAttribute('href')) ?? '',
    );
    const text = printed.text.replace(/\n/g, ' ');
    expect(printed.title).toBe('Our written agreement');
    expect(text).toContain('These people were there: Dawn Shaw and Lee Shaw.');
    expect(text).toContain('Dawn Shaw: Take Jayden to nursery by 9 every weekday.');
    expect(text).toContain('Health Visiting: Visit on Tuesdays and text the day before.');
    const large = await fetchPdf(
      page,
      (await list.newest.locator('[data-qa=print-large]').getAttribute('href')) ?? '',
    );
    expect(Math.min(...large.fontSizes)).toBeGreaterThanOrEqual(16);

    await list.newest.locator('[data-qa=review]').click();
    await onAccessiblePage(ReviewPage, page);
    await page.locator('#items-0-familyAccount').check(); // they said it was kept
    await page.locator('#items-0-said').fill('He went most days, he was ill one week.');
    await page.locator('#items-0-kept-2').check(); // not kept
    await page.locator('#items-1-kept').check(); // kept
    await page.locator('#items-2-familyAccount-2').check(); // they said it was not kept
    await page.locator('#items-2-kept-2').check();
    await page.locator('#items-3-kept').check();
    await page.locator('[data-qa=record-review]').click();

    await onAccessiblePage(AgreementsPage, page);
    const glance = (await list.newest.textContent()) ?? '';
    expect(glance).toMatch(/Family: 0 of 2 kept, 2 not kept\. Agencies: 2 of 2 kept/);
    expect(glance).toContain('He went most days, he was ill one week.');
    await expect(list.newest.locator('.govuk-tag--red').count()).resolves.toBe(2);
    await expect(list.newest.locator('.govuk-tag--green').count()).resolves.toBe(2);
    await screenshot(page, 'agreements-reviewed', { fullPage: true });

    // The breach is a finding on the case (written-agreement-breached, disguised compliance).
    await page.goto('/cases/DEMO-005');
    await expect(page.locator('main').textContent()).resolves.toMatch(/agreement/i);
  });

  it('the agreements list fits a 320 px screen and is usable with a keyboard', async () => {
    const page = await t.newPage({ path: '/', viewport: { width: 320, height: 640 } });
    await signIn(page, demoUsers.worker);
    await page.goto('/cases/DEMO-005/agreements');
    await onAccessiblePage(AgreementsPage, page);
    const { scrollWidth, viewport } = await pageWidths(page);
    expect(scrollWidth).toBeLessThanOrEqual(viewport);
    await page.locator('[data-qa=draft-agreement]').focus();
    await page.keyboard.press('Enter');
    await onAccessiblePage(AgreementTypePage, page);
    await page.keyboard.press('Tab');
    const behaviour = page.getByLabel('Behaviour contract', { exact: true });
    await behaviour.focus();
    await page.keyboard.press('Space');
    await expect(behaviour.isChecked()).resolves.toBe(true);
    await page.locator('[data-qa=continue]').focus();
    await Promise.all([page.waitForURL(/type=behaviour-contract/), page.keyboard.press('Enter')]);
    await expect(page.locator('h1').textContent()).resolves.toContain('Draft a behaviour contract');
    await expectAccessible(page);
    const form = await pageWidths(page);
    expect(form.scrollWidth).toBeLessThanOrEqual(form.viewport);
  });
});
