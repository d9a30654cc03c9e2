// A practitioner's day, in Chromium: sign in, create a case, add the family, record a visit where nobody
// came to the door, find it at the top of the chronology, correct it, sign out. axe checks every page.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { toUkDate } from '../../src/domain/time.js';
import { demoUsers, focusedId, screenshot, signIn, useBrowserTestApp } from '../support/browser.js';
import {
  AddPersonPage,
  CaseOverviewPage,
  ChronologyPage,
  CreateCasePage,
  MyCasesPage,
  PeoplePage,
  RecordContactPage,
  SignInPage,
  onAccessiblePage,
} from './pages.js';

const t = useBrowserTestApp();

/** Today in the UK as [day, month, year], the order of a GOV.UK date input. */
const today = () => toUkDate(new Date()).split('-').map(Number).reverse() as [number, number, number];
const noAccess = 'No answer – someone seemed to be in';
const noAccessTitle = 'Home visit: no answer – someone seemed to be in';

/** From the sign-in page (checked too), signed in as the demo practitioner, on My cases. */
async function signedInOnMyCases(page: Page, screenshots = false): Promise<MyCasesPage> {
  await onAccessiblePage(SignInPage, page);
  if (screenshots) await screenshot(page, 'sign-in');
  await signIn(page, demoUsers.worker);
  const myCases = await onAccessiblePage(MyCasesPage, page);
  if (screenshots) await screenshot(page, 'my-cases');
  return myCases;
}

describe('a practitioner in the browser', () => {
  it('creates a case, adds the family, records a no-access visit, filters and corrects it, and signs out', async () => {
    const page = await t.newPage({ path: '/' });
    const myCases = await signedInOnMyCases(page, true); // pictures before this test adds a case
    expect(await myCases.caseRefs).toEqual(expect.arrayContaining(['DEMO-001', 'DEMO-002']));

    // An empty form: the error summary lists each problem, and its links move focus to the field.
    await page.getByRole('link', { name: 'Create a case', exact: true }).first().click();
    let create = await onAccessiblePage(CreateCasePage, page);
    await create.submit();
    create = await onAccessiblePage(CreateCasePage, page);
    expect(await page.title()).toMatch(/^Error: Create a case/);
    await expect
      .poll(() => page.evaluate<boolean>('document.activeElement.classList.contains("govuk-error-summary")'))
      .toBe(true);
    for (const [message, field] of [
      ['Enter the family reference', 'ref'],
      ['Select the plan the children are on', 'plan'],
      ['Enter the date the case opened', 'openedOn-day'],
    ]) {
      await create.errorSummary.getByRole('link', { name: message }).click();
      await expect.poll(() => focusedId(page)).toBe(field);
    }

    await create.fill({
      ref: 'BROWSER-001',
      plan: 'Child protection',
      openedOn: today(),
      agencies: ['Health Visiting'],
    });
    await create.submit();
    let people = await onAccessiblePage(PeoplePage, page);
    expect(await people.flash.innerText()).toContain('Case BROWSER-001 created');

    await people.addPerson();
    await (await onAccessiblePage(AddPersonPage, page)).add({ role: 'Parent', name: 'Alex Browser' });
    people = await onAccessiblePage(PeoplePage, page);
    await people.addPerson();
    await (
      await onAccessiblePage(AddPersonPage, page)
    ).add({
      role: 'Child',
      name: 'Robin Browser',
      dateOfBirth: [1, 3, 2020],
      livesWith: ['Alex Browser'],
    });
    people = await onAccessiblePage(PeoplePage, page);
    const [child] = await people.rows('children');
    expect(child?.[0]).toBe('Robin Browser');
    expect(child?.[2]).toContain('Alex Browser');
    expect((await people.rows('adults')).map((row) => row[0])).toEqual(['Alex Browser']);

    await people.openTab('Record a contact');
    const record = await onAccessiblePage(RecordContactPage, page);
    expect(await record.date()).toEqual(today().map(String));
    await record.fill({
      mode: 'Home visit',
      outcome: noAccess,
      behaviours: ['Confrontation'],
      contingency: 'Unannounced visit tomorrow morning with the health visitor.',
      note: 'Television on and a child crying inside; nobody came to the door.',
    });
    await record.save();
    let chronology = await onAccessiblePage(ChronologyPage, page);
    expect(await chronology.flash.innerText()).toContain('Contact recorded');
    const first = chronology.entries.first();
    expect(await first.getAttribute('data-kind')).toBe('contact');
    expect(await first.locator('.moj-timeline__title').innerText()).toBe(noAccessTitle);
    expect(await first.innerText()).toContain('Confrontation');
    expect(await chronology.kinds()).toContain('allocation');

    await chronology.filterByKind('Contact');
    chronology = await onAccessiblePage(ChronologyPage, page);
    expect(new URL(page.url()).searchParams.get('kind')).toBe('contact');
    expect(await chronology.kinds()).toEqual(['contact']);

    await chronology.correct(chronology.entries.first());
    const correcting = await onAccessiblePage(RecordContactPage, page);
    expect(await page.locator('h1').innerText()).toContain('Correct a contact');
    await correcting.fill({ outcome: 'Refused entry' });
    await correcting.save();
    chronology = await onAccessiblePage(ChronologyPage, page);
    expect(await chronology.flash.innerText()).toContain('Correction recorded');
    const corrected = chronology.entries.first();
    expect(await corrected.locator('.moj-timeline__title').innerText()).toBe(noAccessTitle);
    expect(await corrected.locator('[data-qa=correction]').innerText()).toContain(
      'Home visit: refused entry',
    );

    await chronology.signOut();
    const signedOut = await onAccessiblePage(SignInPage, page);
    expect(await signedOut.flash.innerText()).toContain('You have signed out');
    await page.goto('/cases');
    await onAccessiblePage(SignInPage, page);
    expect(new URL(page.url()).pathname).toBe('/sign-in');
  }, 120_000);

  it('records a no-access visit on a demo case and sees it at the top of its chronology', async () => {
    const page = await t.newPage({ path: '/sign-in' });
    const myCases = await signedInOnMyCases(page);
    await myCases.openCase('DEMO-001');
    const overview = await onAccessiblePage(CaseOverviewPage, page);
    const bar = await overview.identityBar.innerText();
    for (const shown of [
      'DEMO-001',
      'Ruby Hollis (4 months)',
      'Child protection',
      'Lead worker: Sam Taylor',
    ]) {
      expect(bar).toContain(shown);
    }
    await screenshot(page, 'case-overview');

    await overview.openTab('People');
    const people = await onAccessiblePage(PeoplePage, page);
    await screenshot(page, 'people');

    await people.openTab('Overview');
    await (await onAccessiblePage(CaseOverviewPage, page)).recordContact();
    const record = await onAccessiblePage(RecordContactPage, page);
    expect(await record.date()).toEqual(today().map(String));
    await record.fill({
      outcome: noAccess,
      behaviours: ['Confrontation'],
      contingency: 'Strategy discussion with the police today.',
      note: 'Curtains drawn, a baby heard crying; nobody answered.',
    });
    await screenshot(page, 'record-contact');
    await page.setViewportSize({ width: 375, height: 800 });
    await screenshot(page, 'record-contact-phone', { fullPage: true });
    await page.setViewportSize({ width: 1280, height: 800 });
    await record.save();

    const chronology = await onAccessiblePage(ChronologyPage, page);
    expect(await chronology.flash.innerText()).toContain('Contact recorded');
    const first = chronology.entries.first();
    expect(await first.locator('.moj-timeline__title').innerText()).toBe(noAccessTitle);
    expect(await first.innerText()).toContain('Curtains drawn, a baby heard crying');
    await screenshot(page, 'chronology');
  }, 120_000);
});
