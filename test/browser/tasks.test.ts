// My tasks in Chromium: the demo worker's actions from meetings, overdue first, usable on a phone.
import { describe, expect, it } from 'vitest';
import { demoUsers, pageWidths, screenshot, signIn, useBrowserTestApp } from '../support/browser.js';
import { MyCasesPage, TasksPage, onAccessiblePage } from './pages.js';

const t = useBrowserTestApp();

describe('my tasks in the browser', () => {
  it('lists the worker’s actions from meetings, overdue first, and fits a 320 px screen', async () => {
    const page = await t.newPage({ path: '/' });
    await signIn(page, demoUsers.worker);
    await onAccessiblePage(MyCasesPage, page);
    await page.getByRole('link', { name: 'My tasks' }).click();
    const tasks = await onAccessiblePage(TasksPage, page);
    expect((await tasks.actions).length).toBeGreaterThan(0);
    const tags = await page
      .locator('[data-qa=tasks] tbody tr')
      .evaluateAll((rows) => rows.map((row) => row.textContent?.includes('Overdue') ?? false));
    expect(tags).toEqual([...tags].sort((a, b) => Number(b) - Number(a)));
    await screenshot(page, 'my-tasks');
    await page.setViewportSize({ width: 320, height: 800 });
    const { scrollWidth } = await pageWidths(page);
    expect(scrollWidth).toBeLessThanOrEqual(320);
  });
});
