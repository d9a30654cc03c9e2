// The case pages as a browser without JavaScript uses them: real app, real SQLite file, CSRF on.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toUkLocalDateTime } from '../../src/domain/time.js';
import { createCaseThroughPages, startTestApp, type TestApp, type TestBrowser } from '../support/app.js';

let t: TestApp;
let browser: TestBrowser;
beforeEach(async () => {
  t = await startTestApp();
  await t.addAgency('hv', 'Health Visiting');
  browser = await t.signedIn();
});
afterEach(() => t.close());

// This year, in UK time, for the form's default date (read when asked: a year can end during a run).
const year = () => toUkLocalDateTime(new Date()).slice(0, 4);

async function aCaseWithFamily(ref = 'FAM-0001') {
  await createCaseThroughPages(browser, { ref, plan: 'child-protection', openedOn: '2026-01-05' });
  await browser.submit(`/cases/${ref}/people/new`, {
    role: 'parent',
    name: 'Mother One',
    interpreter: 'Polish',
  });
  await browser.submit(`/cases/${ref}/people/new`, {
    role: 'child',
    name: 'Baby One',
    'dateOfBirth-day': '1',
    'dateOfBirth-month': '12',
    'dateOfBirth-year': '2025',
    livesWith: 'p1',
  });
}

/** The date and time boxes filled in with the moment they are read: the visit is always the latest entry. */
const current = () => toUkLocalDateTime(new Date());
const noAccessVisit = {
  get 'at-day'() {
    return String(Number(current().slice(8, 10)));
  },
  get 'at-month'() {
    return String(Number(current().slice(5, 7)));
  },
  get 'at-year'() {
    return current().slice(0, 4);
  },
  get 'at-time'() {
    return current().slice(11, 16);
  },
  mode: 'home-visit',
  planned: 'yes',
  announced: 'yes',
  outcome: 'no-answer-believed-in',
  behaviours: 'confrontation',
  contingency: 'Unannounced visit within 3 days',
  note: 'Television on; <script>alert(1)</script>',
};

describe('creating a case', () => {
  it('shows every missing answer in the error summary, linked to its field', async () => {
    const page = await browser.submit('/cases/new', {});
    expect(page.statusCode).toBe(400);
    expect(page.body).toContain('There is a problem');
    for (const [href, text] of [
      ['#ref', 'Enter the family reference'],
      ['#plan', 'Select the plan the children are on'],
      ['#openedOn-day', 'Enter the date the case opened'],
    ]) {
      expect(page.body).toContain(`<a href="${href}">${text}</a>`);
    }
  });

  it('creates the case and goes on to its people, then lists it under My cases', async () => {
    const created = await browser.submit('/cases/new', {
      ref: 'FAM-0001',
      plan: 'child-in-need',
      'openedOn-day': '5',
      'openedOn-month': '1',
      'openedOn-year': '2026',
      agencies: 'hv',
    });
    expect(created.statusCode).toBe(303);
    expect(created.headers.location).toBe('/cases/FAM-0001/people');
    expect((await browser.get('/cases/FAM-0001/people')).body).toContain('Case FAM-0001 created');
    const mine = await browser.get('/cases');
    expect(mine.body).toContain('href="/cases/FAM-0001"');
    expect(mine.body).toContain('Allocated to you');
    const overview = await browser.get('/cases/FAM-0001');
    expect(overview.body).toContain('Health Visiting');
    expect(overview.body).toContain('Lead worker: Worker 1');
  });

  it('says so when the reference is taken', async () => {
    await aCaseWithFamily();
    const again = await browser.submit('/cases/new', {
      ref: 'FAM-0001',
      plan: 'child-in-need',
      'openedOn-day': '5',
      'openedOn-month': '1',
      'openedOn-year': '2026',
    });
    expect(again.statusCode).toBe(400);
    expect(again.body).toContain('A case with this reference already exists');
  });
});

describe('people', () => {
  it('shows who each child lives with and the adults’ communication needs', async () => {
    await aCaseWithFamily();
    const people = await browser.get('/cases/FAM-0001/people');
    expect(people.body).toMatch(/Baby One<\/th>[\s\S]*?born 1 December 2025[\s\S]*?Mother One/);
    expect(people.body).toContain('Needs a Polish interpreter');
  });

  it('asks for a child’s date of birth', async () => {
    await aCaseWithFamily();
    const page = await browser.submit('/cases/FAM-0001/people/new', { role: 'child', name: 'Second Child' });
    expect(page.statusCode).toBe(400);
    expect(page.body).toContain('<a href="#dateOfBirth-day">Enter the child&#39;s date of birth</a>');
  });
});

describe('recording a contact', () => {
  beforeEach(() => aCaseWithFamily());

  it('starts the form at today, UK time', async () => {
    const form = await browser.get('/cases/FAM-0001/contacts/new');
    expect(form.body).toMatch(new RegExp(`name="at-year" type="text" value="${year()}"`));
    expect(form.body).toMatch(/Baby One \((\d+ months?|\d+)\)/);
  });

  it('asks what happened when the outcome is missing, and keeps what was typed', async () => {
    const page = await browser.submit('/cases/FAM-0001/contacts/new', { ...noAccessVisit, outcome: '' });
    expect(page.statusCode).toBe(400);
    expect(page.body).toContain('<a href="#outcome">Select what happened</a>');
    expect(page.body).toContain('Unannounced visit within 3 days');
  });

  it('records a no-access visit and shows it first in the chronology, escaped', async () => {
    const saved = await browser.submit('/cases/FAM-0001/contacts/new', noAccessVisit);
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe('/cases/FAM-0001/chronology');
    const chronology = (await browser.get('/cases/FAM-0001/chronology')).body;
    expect(chronology).toContain('Contact recorded');
    const firstTitle = /class="moj-timeline__title">([^<]*)</.exec(chronology)?.[1];
    expect(firstTitle).toBe('Home visit: no answer – someone seemed to be in');
    expect(chronology).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(chronology).not.toContain('<script>alert(1)');
  });

  it('counts a child seen alone as seen', async () => {
    await browser.submit('/cases/FAM-0001/contacts/new', {
      ...noAccessVisit,
      outcome: 'completed',
      seenAlone: 'c1',
      seen: 'p1',
    });
    const chronology = (await browser.get('/cases/FAM-0001/chronology')).body;
    expect(chronology).toMatch(/Seen<\/dt>\s*<dd class="govuk-summary-list__value">Mother One, Baby One</);
  });

  it('corrects a contact: the original stays and the correction shows beside it', async () => {
    await browser.submit('/cases/FAM-0001/contacts/new', noAccessVisit);
    const form = await browser.get('/cases/FAM-0001/entries/e2/amend');
    expect(form.body).toContain('Correct a contact');
    expect(form.body).toContain('value="no-answer-believed-in" checked');
    const saved = await browser.submit('/cases/FAM-0001/entries/e2/amend', {
      ...noAccessVisit,
      outcome: 'refused-entry',
    });
    expect(saved.statusCode).toBe(303);
    const chronology = (await browser.get('/cases/FAM-0001/chronology')).body;
    expect(chronology).toContain('Home visit: no answer – someone seemed to be in');
    expect(chronology).toMatch(/Corrected on[\s\S]*Home visit: refused entry[\s\S]*Changed: Outcome/);
  });

  it('refuses a form without its CSRF token and writes nothing', async () => {
    const response = await browser.post('/cases/FAM-0001/contacts/new', noAccessVisit);
    expect(response.statusCode).toBe(403);
    const entries = await t.db.selectFrom('entries').select('id').execute();
    expect(entries.map((e) => e.id)).toEqual(['e1']);
  });
});

describe('the chronology filter', () => {
  it('shows only the chosen kind of entry', async () => {
    await aCaseWithFamily();
    await browser.submit('/cases/FAM-0001/contacts/new', noAccessVisit);
    const contacts = (await browser.get('/cases/FAM-0001/chronology?kind=contact')).body;
    expect(contacts).toContain('1 entry shown');
    expect(contacts).not.toContain('Allocated to');
    const all = (await browser.get('/cases/FAM-0001/chronology')).body;
    expect(all).toContain('Allocated to Worker 1');
  });
});

describe('a case outside my agency', () => {
  it('is not found, and cannot be written to', async () => {
    await aCaseWithFamily();
    const other = await t.signedIn(await t.addUser({ agencyId: await t.addAgency('sch', 'School') }));
    for (const url of [
      '/cases/FAM-0001',
      '/cases/FAM-0001/people',
      '/cases/FAM-0001/chronology',
      '/cases/FAM-0001/contacts/new',
    ]) {
      expect((await other.get(url)).statusCode, url).toBe(404);
    }
    const mine = await other.get('/cases');
    expect(mine.body).not.toContain('FAM-0001');
    const token = /name="_csrf" value="([^"]+)"/.exec(mine.body)?.[1] ?? '';
    expect(
      (await other.post('/cases/FAM-0001/contacts/new', { _csrf: token, ...noAccessVisit })).statusCode,
    ).toBe(404);
    expect(await t.db.selectFrom('entries').select('id').execute()).toHaveLength(1);
  });
});
