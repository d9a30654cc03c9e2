// Informing the other agencies in Chromium (MK 5.1.9.4, 5.1.16): a social worker alerts the health visitor,
// who sees the unread count in the navigation, opens the notification and lands on the alert. axe checks
// every page.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoUsers, pageWidths, signIn, useBrowserTestApp } from '../support/browser.js';
import { CaseOverviewPage, ChronologyPage, onAccessiblePage } from './pages.js';

class InformAgenciesPage {
  static readonly heading = /Inform the other agencies$/;
  constructor(readonly page: Page) {}
  async send(message: string): Promise<void> {
    await this.page.getByLabel('What do they need to know?').fill(message);
    await this.page.locator('[data-qa=send-alert]').click();
  }
}

class NotificationsPage {
  static readonly heading = /^Notifications$/;
  constructor(readonly page: Page) {}
  async openNewest(): Promise<void> {
    await this.page.locator('[data-qa=open-notification]').first().click();
  }
}

const t = useBrowserTestApp();

describe('informing the other agencies', () => {
  it('reaches the health visitor, whose navigation counts it unread until they open it', async () => {
    const message = `Father threatened me at the door at ${new Date().toISOString()}: visit in pairs`;
    const worker = await t.newPage({ path: '/cases/DEMO-001' });
    await signIn(worker, demoUsers.worker);
    const overview = await onAccessiblePage(CaseOverviewPage, worker);
    await overview.page.locator('[data-qa=inform-agencies]').click();
    const form = await onAccessiblePage(InformAgenciesPage, worker);
    await expect(worker.getByLabel('Health Visiting').isChecked()).resolves.toBe(true);
    await form.page.locator('[data-qa=send-alert]').click();
    await expect(worker.locator('.govuk-error-summary').textContent()).resolves.toContain(
      'Enter what the other agencies need to know',
    );
    await form.send(message);
    await onAccessiblePage(CaseOverviewPage, worker);
    await expect(worker.locator('[data-qa=flash]').textContent()).resolves.toContain(
      'Alert sent to Health Visiting',
    );

    const visitor = await t.newPage({ path: '/' });
    await signIn(visitor, demoUsers.worker2);
    const link = visitor.locator('[data-qa=notifications-link]');
    await expect(link.textContent()).resolves.toMatch(/^\s*Notifications \(1 unread\)\s*$/);
    await link.click();
    const notifications = await onAccessiblePage(NotificationsPage, visitor);
    await expect(visitor.locator('[data-qa=notification]').first().textContent()).resolves.toContain(message);
    await notifications.openNewest();
    await onAccessiblePage(ChronologyPage, visitor);
    expect(visitor.url()).toMatch(/\/cases\/DEMO-001\/chronology\?entry=(e\d+)#entry-\1$/);
    await expect(visitor.locator('[data-qa=timeline]').textContent()).resolves.toContain(message);
    await expect(link.textContent()).resolves.toMatch(/^\s*Notifications\s*$/);
  });

  it('shows the unread count on the menu button of a 320 pixel wide screen', async () => {
    const worker = await t.newPage({ path: '/cases/DEMO-001/alerts/new' });
    await signIn(worker, demoUsers.worker);
    await new InformAgenciesPage(worker).send('Dog loose in the garden');
    const visitor = await t.newPage({ path: '/', viewport: { width: 320, height: 640 } });
    await signIn(visitor, demoUsers.worker2);
    const menu = visitor.getByRole('button', { name: /^Menu \(\d+\)$/ });
    await expect(menu.isVisible()).resolves.toBe(true);
    await menu.click();
    await expect(visitor.locator('[data-qa=notifications-link]').isVisible()).resolves.toBe(true);
    const { scrollWidth, viewport } = await pageWidths(visitor);
    expect(scrollWidth).toBeLessThanOrEqual(viewport);
  });
});
