// An episode of non-engagement on a new case, in Chromium, with axe on every page: three failed visits raise
// findings (stage "concern"); the worker tries to close and is refused (MK 5.1.19); the worker works through
// "Worried about engagement?" (MK 5.1.9.1–4), which records an alert and a request to the manager; the
// manager records a discussion (MK 5.1.9.1), which the worker then sees; a multi-agency meeting is recorded
// on its own page; the stage and its links follow each step.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { toUkDate } from '../../src/domain/time.js';
import {
  demoUsers,
  expectAccessible,
  pageWidths,
  screenshot,
  signIn,
  useBrowserTestApp,
} from '../support/browser.js';
import {
  AddPersonPage,
  CaseOverviewPage,
  ChronologyPage,
  ClosePage,
  CreateCasePage,
  MyCasesPage,
  PeoplePage,
  RecordContactPage,
  RecordManagerDiscussionPage,
  SignInPage,
  onAccessiblePage,
  verifyOnPage,
} from './pages.js';
import { GuideCheckPage, GuideQuestionPage, GuideRecordedPage, GuideStartPage } from './guide-pages.js';

const t = useBrowserTestApp();

/** The UK date `days` ago as [day, month, year], the order of a GOV.UK date input. */
const daysAgo = (days: number) =>
  toUkDate(new Date(Date.now() - days * 86_400_000))
    .split('-')
    .map(Number)
    .reverse() as [number, number, number];
const ref = 'EPISODE-001';
const overviewPath = `/cases/${ref}`;
const decision =
  'Joint unannounced visit with the health visitor within three working days; tell the school.';

async function openOverview(page: Page): Promise<CaseOverviewPage> {
  await page.goto(overviewPath);
  return onAccessiblePage(CaseOverviewPage, page);
}

/** The page fits a 320 px screen without scrolling sideways (WCAG 1.4.10), then goes back to the desktop size. */
async function fitsAPhone(page: Page): Promise<void> {
  await page.setViewportSize({ width: 320, height: 800 });
  const { scrollWidth, viewport } = await pageWidths(page);
  expect(scrollWidth).toBeLessThanOrEqual(viewport);
  await page.setViewportSize({ width: 1280, height: 800 });
}

async function signInAs(email: string): Promise<Page> {
  const page = await t.newPage({ path: '/sign-in' });
  await onAccessiblePage(SignInPage, page);
  await signIn(page, email);
  await onAccessiblePage(MyCasesPage, page);
  return page;
}

describe('an episode of non-engagement', () => {
  it('goes from failed visits to a refused closure, a manager discussion and a multi-agency meeting', async () => {
    // The worker opens a case ten days ago and adds the child.
    const worker = await signInAs(demoUsers.worker);
    await worker.getByRole('link', { name: 'Create a case', exact: true }).first().click();
    const create = await onAccessiblePage(CreateCasePage, worker);
    await create.fill({ ref, plan: 'Child in need', openedOn: daysAgo(10), agencies: ['Health Visiting'] });
    await create.submit();
    await (await onAccessiblePage(PeoplePage, worker)).addPerson();
    await (
      await onAccessiblePage(AddPersonPage, worker)
    ).add({ role: 'Child', name: 'Robin Episode', dateOfBirth: [1, 3, 2020] });
    await onAccessiblePage(PeoplePage, worker);

    // Three home visits last week, nobody at the door though someone was in.
    for (const days of [8, 7, 6]) {
      await worker.goto(`${overviewPath}/contacts/new`);
      const record = await onAccessiblePage(RecordContactPage, worker);
      await record.dated(daysAgo(days));
      await record.fill({
        outcome: 'No answer – someone seemed to be in',
        contingency: 'Call back tomorrow; ask the school.',
      });
      await record.save();
      await onAccessiblePage(ChronologyPage, worker);
    }
    let overview = await openOverview(worker);
    expect(await overview.stage.innerText()).toBe('Poor access or engagement recognised');
    expect(await overview.findingCodes()).toEqual(
      expect.arrayContaining(['repeated-failed-contacts', 'door-not-answered', 'manager-discussion-due']),
    );
    expect((await overview.stageLinks()).map(([name]) => name)).toEqual([
      'Poor access or engagement recognised',
    ]);

    // Closing now is refused, with the reason, the findings and a way on.
    await overview.closeCase();
    let close = await onAccessiblePage(ClosePage, worker);
    await screenshot(worker, 'close-case');
    await close.close('Close the case', 'The family will not let us in.');
    close = await onAccessiblePage(ClosePage, worker);
    expect(await close.errorSummary.innerText()).toContain('The case cannot be closed yet');
    expect(await close.refusal.innerText()).toContain('MK 5.1.19');
    expect(await close.blockingCodes()).toEqual(
      expect.arrayContaining(['repeated-failed-contacts', 'door-not-answered']),
    );
    await screenshot(worker, 'closure-refused', { fullPage: true });
    await fitsAPhone(worker);

    // The worker uses the guide (MK 5.1.9.1–4): each answer saved, checked, then recorded with an alert to
    // the health visitor and a request to the line manager; the confirmation links to the entries.
    overview = await openOverview(worker);
    await overview.page.locator('[data-qa=worried-about-engagement]').click();
    await (await onAccessiblePage(GuideStartPage, worker)).start();
    const guide = await verifyOnPage(GuideQuestionPage, worker);
    await guide.write('mk-difficult', 'Nobody answers the door, though someone is in.');
    await guide.write('mk-child', 'Robin has not been seen for over a week.');
    await guide.chooseByKeyboard('mk-manager', 'Yes');
    await guide.at('mk-recorded');
    await screenshot(worker, 'guide-question', { fullPage: true });
    await fitsAPhone(worker);
    await guide.choose('mk-recorded', 'Yes');
    await guide.choose('mk-urgency', 'Within a few working days');
    await guide.choose('mk-inform', 'Health Visiting');
    await guide.write('mk-message', 'Three visits failed this week. When did you last see Robin?');
    const check = await onAccessiblePage(GuideCheckPage, worker);
    expect(await check.answers.innerText()).toContain('Within a few working days');
    const toRecord = await check.willRecord.innerText();
    expect(toRecord).toContain('A request to your line manager to discuss the case');
    expect(toRecord).toContain('An alert to Health Visiting, with your message');
    await screenshot(worker, 'guide-check-answers', { fullPage: true });
    await fitsAPhone(worker);
    await check.record();
    const recorded = await onAccessiblePage(GuideRecordedPage, worker);
    expect(await recorded.recorded.allInnerTexts()).toEqual([
      expect.stringContaining('Worried about engagement'),
      'Alert to the other agencies, received by Health Visiting (Priya Shah)',
    ]);
    expect(await recorded.due.allInnerTexts()).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Plan now what you will do if the next contact fails'),
      ]),
    );
    await screenshot(worker, 'guide-recorded', { fullPage: true });
    await fitsAPhone(worker);
    await recorded.recorded.first().click();
    await onAccessiblePage(ChronologyPage, worker);
    const concern = new URL(worker.url()).hash.slice(1);
    expect(await worker.locator(`#${concern}`).getAttribute('data-kind')).toBe('engagement-concern');
    await close.signOut();

    // The manager discusses the case with the worker.
    const manager = await signInAs(demoUsers.manager);
    overview = await openOverview(manager);
    await overview.recordManagerDiscussion();
    const discussion = await onAccessiblePage(RecordManagerDiscussionPage, manager);
    await screenshot(manager, 'record-manager-discussion', { fullPage: true });
    await fitsAPhone(manager);
    await discussion.record({ worker: 'Sam Taylor', decision, urgency: 'Within days' });
    overview = await onAccessiblePage(CaseOverviewPage, manager);
    expect(await overview.flash.innerText()).toContain('Manager discussion recorded');
    expect(await overview.stage.innerText()).toBe('Discussed with the line manager');
    expect(await overview.findingCodes()).not.toContain('manager-discussion-due');
    await overview.signOut();

    // The worker sees the decision on the overview, and the stage links to the entries.
    await worker.goto('/sign-in');
    await signIn(worker, demoUsers.worker);
    overview = await openOverview(worker);
    const box = await overview.managerDiscussion.innerText();
    for (const shown of ['Latest manager discussion', decision, 'Within days', 'Jo Morgan', 'Sam Taylor'])
      expect(box).toContain(shown);
    expect((await overview.stageLinks()).map(([name]) => name)).toEqual([
      'Poor access or engagement recognised',
      'Discussed with the line manager',
    ]);
    await overview.stage.scrollIntoViewIfNeeded();
    await screenshot(worker, 'manager-discussion-on-overview');

    // A multi-agency meeting, recorded on its own page from the refusal's link, decides to continue.
    await overview.closeCase();
    close = await onAccessiblePage(ClosePage, worker);
    await close.close('Close the case', 'Still no answer.');
    await (await onAccessiblePage(ClosePage, worker)).recordMeeting();
    await worker.locator('h1', { hasText: /Record a meeting$/ }).waitFor();
    await expectAccessible(worker);
    await worker.getByLabel('Multi-agency meeting', { exact: true }).check();
    for (const agency of ["Children's Social Care", 'Health Visiting'])
      await worker.getByLabel(agency, { exact: true }).check();
    await worker
      .getByRole('group', { name: 'Were the parents excluded from the meeting?' })
      .getByLabel('No', { exact: true })
      .check();
    await worker
      .getByRole('group', { name: 'What did the meeting decide?' })
      .getByLabel('Continue trying to engage', { exact: true })
      .check();
    await worker.locator('[data-qa=save-meeting]').click();
    await onAccessiblePage(ChronologyPage, worker);

    overview = await openOverview(worker);
    expect(await overview.stage.innerText()).toBe('Continue');
    const links = await overview.stageLinks();
    expect(links.map(([name]) => name)).toEqual([
      'Poor access or engagement recognised',
      'Discussed with the line manager',
      'Multi-agency meeting',
      'Continue',
    ]);
    expect(await overview.findingCodes()).not.toContain('manager-discussion-due');
    expect(await worker.locator('.app-steps__step--skipped').innerText()).toContain(
      'Hard to engage professionals meeting',
    );
    await overview.stage.scrollIntoViewIfNeeded();
    await screenshot(worker, 'stage-links');

    // Each link leads to its entry in the chronology.
    await worker.locator('[data-qa=stage-link]', { hasText: 'Multi-agency meeting' }).click();
    await onAccessiblePage(ChronologyPage, worker);
    const id = new URL(worker.url()).hash.slice(1);
    expect(await worker.locator(`#${id}`).getAttribute('data-kind')).toBe('meeting');
  }, 180_000);
});
