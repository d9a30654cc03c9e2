// Monday morning, in Chromium (issue 9): the manager opens "Your team", sees which children nobody has seen
// and that Sam Taylor needs supervision, supervises two of Sam's cases with the findings beside the
// questions, stops and resumes, and completes it; Sam's week shows the supervision. axe checks every page.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { demoUsers, pageWidths, screenshot, signIn, useBrowserTestApp } from '../support/browser.js';
import { ChronologyPage, MyCasesPage, TeamCasesPage, onAccessiblePage } from './pages.js';

class StartSupervisionPage {
  static readonly heading = /^Start a supervision$/;
  constructor(readonly page: Page) {}
}

class SupervisionPage {
  static readonly heading = /^Supervision of /;
  constructor(readonly page: Page) {}
  status(ref: string) {
    return this.page.locator(`#case-${ref} [data-qa=case-status]`).textContent();
  }
}

class SupervisionCasePage {
  static readonly heading = /^Case DEMO-\d+$/;
  constructor(readonly page: Page) {}
  /** The findings shown under a question, by their text. */
  prompts(questionId: string) {
    return this.page.locator(`[data-question="${questionId}"] [data-qa=prompt]`).allTextContents();
  }
  answer(question: string | RegExp, text: string) {
    return this.page.getByLabel(question).fill(text);
  }
}

class MyWeekPage {
  static readonly heading = /^My week$/;
}

const t = useBrowserTestApp();

describe('supervision in the browser', () => {
  it('runs a supervision of two cases from the team page, resumed part way, and records it on each', async () => {
    const page = await t.newPage({ path: '/' });
    await signIn(page, demoUsers.manager);
    await onAccessiblePage(MyCasesPage, page);
    await page.getByRole('link', { name: 'Your team', exact: true }).click();
    await onAccessiblePage(TeamCasesPage, page);

    // Which children nobody has seen, longest first, with days; who needs supervision.
    const unseen = page.locator('[data-qa=children-not-seen] tbody tr').first();
    await expect(unseen.textContent()).resolves.toMatch(/Ruby Hollis\s*\d+ days/);
    const sam = page.locator('[data-qa=team-supervision] tr', { hasText: 'Sam Taylor' });
    await expect(sam.textContent()).resolves.toMatch(/Overdue/);
    await expect(page.locator('[data-qa=decisions-waiting]').textContent()).resolves.toMatch(
      /Talk to your line manager/,
    );
    await screenshot(page, 'team-overview');

    await sam.getByRole('link', { name: /Start supervision/ }).click();
    await onAccessiblePage(StartSupervisionPage, page);
    await page.getByLabel('DEMO-001').check();
    await page.getByLabel('DEMO-004').check();
    await page.locator('[data-qa=start-supervision]').click();
    const session = await onAccessiblePage(SupervisionPage, page);
    await expect(session.status('DEMO-001')).resolves.toMatch(/No decision yet/);

    // The first case: its findings beside the questions they bear on.
    await page.getByRole('link', { name: 'Case DEMO-001', exact: true }).click();
    const first = await onAccessiblePage(SupervisionCasePage, page);
    expect((await first.prompts('mk-reflect-adult-focus')).join()).toMatch(/Child not seen/);
    expect((await first.prompts('mk-reflect-assessment')).join()).toMatch(/Significant adult not seen/);
    await first.answer(
      'Are the adults’ needs crowding out the child’s?',
      'Visits have been about the housing; nobody has asked to see Ruby.',
    );
    await first.answer('What have you decided, and what happens next?', 'Joint unannounced visit by Friday');
    await screenshot(page, 'supervision-case', { fullPage: true });
    await page.locator('[data-qa=save-and-next]').click();

    // The second case, then leave and come back through the team page.
    const second = await onAccessiblePage(SupervisionCasePage, page);
    await expect(page.locator('[data-qa=flash]').textContent()).resolves.toMatch(
      /Answers saved for case DEMO-001/,
    );
    expect((await second.prompts('impact-on-worker')).join()).toMatch(/Hostility towards staff/);
    await second.answer(/How is any hostility from the family affecting you/, 'Anxious before each visit.');
    await page.locator('[data-qa=save-answers]').click();
    await onAccessiblePage(SupervisionPage, page);
    await expect(session.status('DEMO-004')).resolves.toMatch(/No decision yet/);

    await page.getByRole('link', { name: 'Your team', exact: true }).click();
    await onAccessiblePage(TeamCasesPage, page);
    await page.getByRole('link', { name: 'Resume supervision of Sam Taylor' }).click();
    await onAccessiblePage(SupervisionPage, page);
    await expect(session.status('DEMO-001')).resolves.toMatch(/Decision made/);

    // Completing needs a decision on every case: the error summary says which.
    await page.locator('[data-qa=complete-supervision]').click();
    await onAccessiblePage(SupervisionPage, page);
    await expect(page.locator('.govuk-error-summary').textContent()).resolves.toMatch(
      /Enter the decision for case DEMO-004/,
    );
    await page.getByRole('link', { name: 'Case DEMO-004', exact: true }).click();
    await onAccessiblePage(SupervisionCasePage, page);
    await expect(page.getByLabel(/How is any hostility/).inputValue()).resolves.toBe(
      'Anxious before each visit.',
    );
    await second.answer('What have you decided, and what happens next?', 'Manager joins the next visit');
    await page.locator('[data-qa=save-answers]').click();
    await onAccessiblePage(SupervisionPage, page);
    await page.locator('[data-qa=complete-supervision]').click();
    await onAccessiblePage(SupervisionPage, page);
    await expect(page.locator('[data-qa=flash]').textContent()).resolves.toMatch(
      /Supervision of Sam Taylor recorded on 2 cases/,
    );
    await expect(session.status('DEMO-004')).resolves.toMatch(/Recorded/);

    await page.getByRole('link', { name: 'Case DEMO-001', exact: true }).click();
    await onAccessiblePage(ChronologyPage, page);
    const entry = page.locator('[data-qa=entry][data-kind=supervision]').first();
    await expect(entry.textContent()).resolves.toMatch(/Joint unannounced visit by Friday/);
  });

  it('shows a worker their week, and the team page fits a 320 pixel screen', async () => {
    const worker = await t.newPage({ path: '/', viewport: { width: 320, height: 640 } });
    await signIn(worker, demoUsers.worker);
    await worker.goto('/week');
    await onAccessiblePage(MyWeekPage, worker);
    await expect(worker.locator('[data-qa=my-supervision]').textContent()).resolves.toMatch(/Jo Morgan/);
    await expect(worker.locator('[data-qa=my-findings]').textContent()).resolves.toMatch(/DEMO-001/);
    const widths = await pageWidths(worker);
    expect(widths.scrollWidth).toBeLessThanOrEqual(widths.viewport);
    await screenshot(worker, 'my-week');

    const manager = await t.newPage({ path: '/', viewport: { width: 320, height: 640 } });
    await signIn(manager, demoUsers.manager);
    await manager.goto('/team');
    await onAccessiblePage(TeamCasesPage, manager);
    const team = await pageWidths(manager);
    expect(team.scrollWidth).toBeLessThanOrEqual(team.viewport);
  });
});
