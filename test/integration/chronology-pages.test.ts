// A long case's chronology a page at a time (a family known for years runs to thousands of entries, and the
// whole list was megabytes on a phone): 50 entries a page, newest first, with GOV.UK pagination that keeps
// the filter; a link to an entry opens the page that shows it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createCaseThroughPages,
  refusedEntryThroughPages,
  startTestApp,
  type TestApp,
  type TestBrowser,
} from '../support/app.js';
import { inDays } from '../support/forms.js';

let t: TestApp;
let worker: TestBrowser;
const chronology = '/cases/FAM-0001/chronology';

// The case (its first entry, e1, recorded as it was created, today), then 55 refused visits, one a day:
// e2 the oldest (55 days ago), e56 yesterday.
beforeAll(async () => {
  t = await startTestApp();
  worker = await t.signedIn();
  await createCaseThroughPages(worker, { openedOn: inDays(-90).slice(0, 10) });
  for (let days = 55; days >= 1; days -= 1) await refusedEntryThroughPages(worker, 'FAM-0001', days);
});
afterAll(() => t.close());

const entriesOn = (html: string) => [...html.matchAll(/id="entry-(e\d+)"/g)].map((match) => match[1]);

describe('the chronology of a long case', () => {
  it('shows the newest 50, says which they are, and links to the next page', async () => {
    const first = await worker.get(chronology);
    expect(first.statusCode).toBe(200);
    const shown = entriesOn(first.body);
    expect(shown).toHaveLength(50);
    expect(shown.slice(0, 2)).toEqual(['e1', 'e56']);
    expect(shown.at(-1)).toBe('e8');
    expect(first.body).toContain('56 entries, newest first: 1 to 50 on this page.');
    expect(first.body).toContain('aria-label="Pages of the chronology"');
    expect(first.body).toContain(`href="${chronology}?page=2"`);
    expect(first.body).toMatch(/govuk-pagination__next[\s\S]*?href="\/cases\/FAM-0001\/chronology\?page=2"/);
    expect(first.body).not.toContain('govuk-pagination__prev');
  });

  it('shows the rest on the second page, and the last page for a number past the end', async () => {
    const second = await worker.get(`${chronology}?page=2`);
    const rest = ['e7', 'e6', 'e5', 'e4', 'e3', 'e2'];
    expect(entriesOn(second.body)).toEqual(rest);
    expect(second.body).toContain('56 entries, newest first: 51 to 56 on this page.');
    expect(second.body).toMatch(/govuk-pagination__prev[\s\S]*?href="\/cases\/FAM-0001\/chronology\?page=1"/);
    expect(entriesOn((await worker.get(`${chronology}?page=9`)).body)).toEqual(rest);
    for (const nonsense of ['0', '-1', 'two', '1e3'])
      expect(entriesOn((await worker.get(`${chronology}?page=${nonsense}`)).body)).toHaveLength(50);
  });

  it('opens the page that shows an entry a link names, whatever page is asked', async () => {
    const page = await worker.get(`${chronology}?entry=e3&page=1`);
    expect(entriesOn(page.body)).toContain('e3');
    expect(entriesOn(page.body)).toHaveLength(6);
    // An entry not in the chronology (or not shown by the filter) leaves the page asked for.
    expect(entriesOn((await worker.get(`${chronology}?entry=e999`)).body)).toHaveLength(50);
  });

  it('keeps the filter in the links between pages', async () => {
    const filtered = await worker.get(`${chronology}?kind=contact`);
    expect(filtered.body).toContain('55 entries shown, newest first: 1 to 50 on this page.');
    expect(filtered.body).toContain(`href="${chronology}?kind=contact&amp;page=2"`);
    // A filter that leaves few entries needs no pages.
    const few = await worker.get(`${chronology}?kind=meeting`);
    expect(few.body).toContain('0 entries shown, newest first.');
    expect(few.body).not.toContain('govuk-pagination');
  });
});

describe('the meeting pack of a long case', () => {
  const pack = '/cases/FAM-0001/meeting-pack';
  const packEntries = (html: string) => [...html.matchAll(/data-entry="(e\d+)"/g)].map((match) => match[1]);

  it('shows the newest 50 contacts and meetings, with pages for the rest and a link to the whole', async () => {
    const first = await worker.get(pack);
    expect(first.statusCode).toBe(200);
    const shown = packEntries(first.body);
    expect(shown).toHaveLength(50);
    expect(shown[0]).toBe('e56');
    expect(first.body).toContain('Showing 1 to 50 of 55 contacts and meetings, newest first.');
    expect(first.body).toContain(`href="${pack}?whole=yes"`);
    expect(first.body).toContain('aria-label="Pages of the engagement chronology"');
    const second = await worker.get(`${pack}?page=2`);
    expect(packEntries(second.body)).toEqual(['e6', 'e5', 'e4', 'e3', 'e2']);
  });

  it('gives all of it on one page to print, without pages', async () => {
    const whole = await worker.get(`${pack}?whole=yes`);
    expect(packEntries(whole.body)).toHaveLength(55);
    expect(whole.body).not.toContain('Pages of the engagement chronology');
    expect(whole.body).not.toContain('data-qa="pack-chronology-shown"');
  });
});
