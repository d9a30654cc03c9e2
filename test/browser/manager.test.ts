// A manager on Monday morning, in Chromium: which children has nobody seen, and why? axe checks every page.
import { describe, expect, it } from 'vitest';
import { demoUsers, screenshot, signIn, useBrowserTestApp } from '../support/browser.js';
import { CaseOverviewPage, ChronologyPage, MyCasesPage, TeamCasesPage, onAccessiblePage } from './pages.js';

const t = useBrowserTestApp();

describe('a manager in the browser', () => {
  it('finds the children nobody has seen on Your team, and follows a finding to its evidence', async () => {
    const page = await t.newPage({ path: '/' });
    await signIn(page, demoUsers.manager);
    await onAccessiblePage(MyCasesPage, page);
    await page.getByRole('link', { name: 'Your team', exact: true }).click();
    const team = await onAccessiblePage(TeamCasesPage, page);
    expect((await team.caseRefs).length).toBeGreaterThanOrEqual(20);
    await screenshot(page, 'team-cases');

    await team.filterBy('Child not seen');
    const unseen = await onAccessiblePage(TeamCasesPage, page);
    const refs = await unseen.caseRefs;
    expect(refs).toContain('DEMO-001');
    expect(refs).not.toContain('DEMO-002'); // a family engaging well
    const why = page.locator('[data-qa=team-cases] tr', { hasText: 'DEMO-001' }).locator('[data-qa=why]');
    await expect(why.textContent()).resolves.toMatch(
      /Ruby Hollis has not been seen by any professional since .* working days/,
    );

    await page.locator('[data-qa=team-cases]').getByRole('link', { name: 'DEMO-001', exact: true }).click();
    await onAccessiblePage(CaseOverviewPage, page);
    const finding = page.locator('[data-code="child-not-seen"]');
    await expect(finding.textContent()).resolves.toMatch(
      /Ruby Hollis has not been seen by any professional since/,
    );
    await page.locator('[data-qa=stage]').scrollIntoViewIfNeeded();
    await screenshot(page, 'case-findings');

    await finding.getByText('Evidence and procedure').click();
    await expect(finding.textContent()).resolves.toMatch(/Milton Keynes 5\.1\.9\.22/);
    await finding.locator('.govuk-details__text a').first().click();
    await onAccessiblePage(ChronologyPage, page);
    expect(page.url()).toMatch(/\/cases\/DEMO-001\/chronology\?entry=(e\d+)#entry-\1$/);
  });
});
