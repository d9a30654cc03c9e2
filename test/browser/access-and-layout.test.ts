// Who can see what, and whether everyone can use it: another agency's worker, the keyboard, a 320 px
// screen (WCAG 1.4.10 reflow) and a browser without JavaScript.
import { describe, expect, it } from 'vitest';
import {
  axeViolations,
  demoUsers,
  expectAccessible,
  focusedId,
  pageWidths,
  signIn,
  squeezedCells,
  useBrowserTestApp,
} from '../support/browser.js';
import {
  ChronologyPage,
  MyCasesPage,
  NotFoundPage,
  RecordContactPage,
  SignInPage,
  onAccessiblePage,
  verifyOnPage,
} from './pages.js';

const t = useBrowserTestApp();

// DEMO-002's agencies are csc and sch (src/services/demo-cases/engaging.ts): no health visiting.
const notHealthVisiting = 'DEMO-002';

describe('access to a case', () => {
  it('is refused to a worker whose agency is not on it, with "Page not found"', async () => {
    const page = await t.newPage({ path: '/sign-in' });
    await signIn(page, demoUsers.worker2);
    const myCases = await onAccessiblePage(MyCasesPage, page);
    expect(await myCases.caseRefs).toContain('DEMO-001');
    expect(await myCases.caseRefs).not.toContain(notHealthVisiting);

    for (const path of ['', '/people', '/chronology', '/contacts/new']) {
      const response = await page.goto(`/cases/${notHealthVisiting}${path}`);
      expect(response?.status()).toBe(404);
      await onAccessiblePage(NotFoundPage, page);
      expect(await page.locator('main').innerText()).not.toContain('Adeyemi');
    }
  });
});

describe('keyboard', () => {
  it('makes the skip link the first Tab stop, and it moves focus to the main content', async () => {
    const page = await t.newPage({ path: '/sign-in' });
    await signIn(page, demoUsers.worker);
    for (const path of ['/cases', '/cases/DEMO-001/chronology']) {
      await page.goto(path);
      await page.keyboard.press('Tab');
      const skipLink = page.locator(':focus');
      expect(await skipLink.innerText()).toBe('Skip to main content');
      expect(await skipLink.getAttribute('href')).toBe('#main-content');
      await page.keyboard.press('Enter');
      await expect.poll(() => focusedId(page)).toBe('main-content');
    }
  });
});

describe('a 320 px wide screen', () => {
  it('shows every page of the journey without scrolling sideways or squeezing a table cell', async () => {
    const page = await t.newPage({ path: '/sign-in', viewport: { width: 320, height: 640 } });
    const widths: Record<string, number> = {};
    const squeezed: string[] = [];
    const measure = async (name: string) => {
      widths[name] = (await pageWidths(page)).scrollWidth;
      for (const cell of await squeezedCells(page)) squeezed.push(`${name}: ${cell}`);
    };
    await measure('sign in');
    await signIn(page, demoUsers.worker);
    for (const [name, path] of [
      ['my cases', '/cases'],
      ['create a case', '/cases/new'],
      ['overview', '/cases/DEMO-001'],
      ['people', '/cases/DEMO-001/people'],
      ['add a person', '/cases/DEMO-001/people/new'],
      ['chronology', '/cases/DEMO-001/chronology'],
      ['record a contact', '/cases/DEMO-001/contacts/new'],
      ['family plan', '/cases/DEMO-007/family-plan'],
      ['my tasks', '/tasks'],
      ['my week', '/week'],
    ] as const) {
      await page.goto(path);
      await measure(name);
    }
    // One failure lists every page that scrolls, not only the first.
    expect(Object.entries(widths).filter(([, width]) => width > 320)).toEqual([]);
    expect(squeezed).toEqual([]);
  });
});

describe("a manager's pages on a 320 px wide screen", () => {
  it('squeeze no table cell and do not scroll sideways', async () => {
    const page = await t.newPage({ path: '/sign-in', viewport: { width: 320, height: 640 } });
    await signIn(page, demoUsers.manager);
    const problems: string[] = [];
    for (const path of ['/team', '/team/whereabouts', '/cases/DEMO-001/people']) {
      await page.goto(path);
      for (const cell of await squeezedCells(page)) problems.push(`${path}: ${cell}`);
      const { scrollWidth } = await pageWidths(page);
      if (scrollWidth > 320) problems.push(`${path}: ${scrollWidth} px wide`);
    }
    expect(problems).toEqual([]);
  });
});

describe('without JavaScript', () => {
  it('signs in and records a contact', async () => {
    const page = await t.newPage({ path: '/sign-in', javaScriptEnabled: false });
    await verifyOnPage(SignInPage, page);
    await signIn(page, demoUsers.worker);
    await verifyOnPage(MyCasesPage, page);
    await page.goto(`/cases/${notHealthVisiting}/contacts/new`);
    const record = await verifyOnPage(RecordContactPage, page);
    await record.fill({
      mode: 'Phone call',
      outcome: 'No reply',
      contingency: 'Try again after school.',
      note: 'Called twice, no reply.',
    });
    await record.save();
    const chronology = await verifyOnPage(ChronologyPage, page);
    expect(await chronology.flash.innerText()).toContain('Contact recorded');
    expect(await chronology.entries.first().locator('.moj-timeline__title').innerText()).toBe(
      'Phone call: no reply',
    );
  });
});

describe('the accessibility check', () => {
  it('fails on a page with serious problems, naming the rules', async () => {
    const page = await t.newPage();
    await page.setContent(
      '<html lang="en"><body><main><h1>Broken</h1><img src="x.png"><input type="text"></main></body></html>',
    );
    const rules = (await axeViolations(page)).map((violation) => violation.id);
    expect(rules).toEqual(expect.arrayContaining(['image-alt', 'label']));
    await expect(expectAccessible(page)).rejects.toThrow(/image-alt \(critical\)/);
  });
});
