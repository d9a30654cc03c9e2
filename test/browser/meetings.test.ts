// Meetings in Chromium: the actions on a case's overview, recording a meeting (errors, another action row
// without JavaScript, a decision's next steps), and the meeting pack on screen and in print. axe checks each.
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
import { CaseOverviewPage, ChronologyPage, onAccessiblePage, verifyOnPage } from './pages.js';

class RecordMeetingPage {
  static readonly heading = /Record a meeting$/;
  constructor(readonly page: Page) {}
  get actionRows() {
    return this.page.locator('[data-qa=meeting-form] .app-meeting-action');
  }
}

class MeetingPackPage {
  static readonly heading = /Meeting pack$/;
  constructor(readonly page: Page) {}
}

const t = useBrowserTestApp();

/** Whether the element is drawn at all (a `display: none` element has no box). */
const shown = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((element) => element.getClientRects().length > 0);

describe('meetings in the browser', () => {
  it('a worker sees overdue actions, records a meeting deciding child protection, and the next steps are added', async () => {
    const page = await t.newPage({ path: '/' });
    await signIn(page, demoUsers.worker);
    await page.goto('/cases/DEMO-014');
    await onAccessiblePage(CaseOverviewPage, page);
    const actions = page.locator('[data-qa=meeting-actions]');
    await expect(actions.locator('tbody tr').count()).resolves.toBeGreaterThanOrEqual(6);
    await expect(actions.locator('[data-overdue=true]').first().textContent()).resolves.toContain('Overdue');
    await actions.scrollIntoViewIfNeeded();
    await screenshot(page, 'meeting-actions', { fullPage: true });

    await page.locator('[data-qa=record-meeting]').click();
    const form = await onAccessiblePage(RecordMeetingPage, page);
    await expect(form.actionRows.count()).resolves.toBe(3);
    await page.locator('[data-qa=save-meeting]').click();
    await onAccessiblePage(RecordMeetingPage, page);
    await expect(page.locator('.govuk-error-summary').textContent()).resolves.toContain(
      'Select the type of meeting',
    );

    await page.getByLabel('Multi-agency meeting', { exact: true }).check();
    await page.getByLabel('Health Visiting', { exact: true }).check();
    await page.getByLabel('Police', { exact: true }).check();
    await page.getByLabel('Yes', { exact: true }).check();
    await page
      .getByLabel('If they were excluded, why?')
      .fill('Threats to the social worker at the last visit');
    await page.getByLabel('Child protection', { exact: true }).check();
    await page.locator('#actions-0-what').fill('Joint visit with the police');
    await page.locator('#actions-0-owner').selectOption({ label: 'Police (the agency)' });
    const due = new Date(Date.now() + 3 * 86_400_000);
    await page.locator('#actions-0-due-day').fill(String(due.getUTCDate()));
    await page.locator('#actions-0-due-month').fill(String(due.getUTCMonth() + 1));
    await page.locator('#actions-0-due-year').fill(String(due.getUTCFullYear()));
    await page.locator('[data-qa=add-action]').click();
    await verifyOnPage(RecordMeetingPage, page);
    await expect(form.actionRows.count()).resolves.toBe(4);
    await expect(page.locator('#actions-0-what').inputValue()).resolves.toBe('Joint visit with the police');
    expect(page.url()).toMatch(/#action-3$/);
    await page
      .getByLabel('What will be shared with the family?')
      .fill('A letter from the social worker, read with the family by the health visitor');
    await screenshot(page, 'record-meeting', { fullPage: true });

    await page.locator('[data-qa=save-meeting]').click();
    await onAccessiblePage(ChronologyPage, page);
    await expect(page.locator('[data-qa=flash]').textContent()).resolves.toMatch(
      /Strategy discussion: .*Child protection conference/,
    );
  });

  it('the meeting pack shows the case for the table, and prints without navigation or link addresses', async () => {
    const page = await t.newPage({ path: '/' });
    await signIn(page, demoUsers.worker);
    await page.goto('/cases/DEMO-014');
    await page.locator('[data-qa=meeting-pack-link]').click();
    await onAccessiblePage(MeetingPackPage, page);
    await expect(page.locator('[data-qa=pack-chronology] tbody tr').count()).resolves.toBeGreaterThan(5);
    await expect(page.locator('[data-qa=pack-agencies]').textContent()).resolves.toContain('Health Visiting');
    await screenshot(page, 'meeting-pack', { fullPage: true });
    expect(await shown(page, '.govuk-service-navigation')).toBe(true);

    await page.emulateMedia({ media: 'print' });
    for (const hidden of [
      '.govuk-service-navigation',
      '.moj-sub-navigation',
      '.app-identity-bar',
      '.govuk-footer',
      '.app-print-hidden',
    ])
      expect(await shown(page, hidden), hidden).toBe(false);
    const after = await page
      .locator('[data-qa=meeting-actions] a.govuk-link')
      .first()
      .evaluate((link) => link.ownerDocument.defaultView?.getComputedStyle(link, '::after').content);
    expect(after).toBe('none');
    await expectAccessible(page);
    await screenshot(page, 'meeting-pack-print', { fullPage: true });
  });

  it('fits a 320 px screen without scrolling sideways', async () => {
    const page = await t.newPage({ path: '/', viewport: { width: 320, height: 640 } });
    await signIn(page, demoUsers.worker);
    const widths: Record<string, number> = {};
    for (const path of ['/cases/DEMO-014', '/cases/DEMO-014/meetings/new', '/cases/DEMO-014/meeting-pack']) {
      await page.goto(path);
      widths[path] = (await pageWidths(page)).scrollWidth;
    }
    expect(Object.entries(widths).filter(([, width]) => width > 320)).toEqual([]);
  });
});
