// What meetings leave on a case: the overview's actions from meetings, newest first, the late ones tagged
// overdue, and the printable meeting pack (the case, its findings, the engagement chronology, the agencies).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addAgenciesOf } from '../support/agencies.js';
import type { TestBrowser } from '../support/app.js';
import { anEngagingCase, daysAgo, failedVisit, startApiTest, type ApiTest } from '../support/api.js';
import { aMeeting, actionRow } from '../support/meeting-form.js';

let api: ApiTest;
let worker: TestBrowser;
beforeEach(async () => {
  api = await startApiTest();
  const file = anEngagingCase().withAgency('hv').withWorker('hv1', 'hv', 'Hana Visitor').build();
  await addAgenciesOf(api.t, file);
  await api.post('/api/v1/import', file);
  worker = await api.t.signedIn();
});
afterEach(() => api.close());

const page = '/cases/FAM-0001/meetings/new';
const meeting = aMeeting;

describe('the overview', () => {
  it('lists the actions from meetings, newest first, the late ones tagged overdue', async () => {
    // Actions whose dates have passed since their meetings, recorded as any entry (the form takes none).
    await api.post('/api/v1/cases/FAM-0001/entries', {
      kind: 'meeting',
      at: daysAgo(20),
      type: 'multi-agency',
      attendees: ['csc', 'hv'],
      actions: [{ what: 'Ask the GP', owner: 'w1', due: daysAgo(10).slice(0, 10) }],
    });
    await api.post('/api/v1/cases/FAM-0001/entries', {
      kind: 'meeting',
      at: daysAgo(1),
      type: 'multi-agency',
      attendees: ['csc', 'hv'],
      actions: [
        { what: 'Joint visit', owner: 'hv1', due: daysAgo(-2).slice(0, 10) },
        { what: 'Check with the school', owner: 'hv', due: daysAgo(1).slice(0, 10) },
      ],
    });
    const html = (await worker.get('/cases/FAM-0001')).body;
    expect(html).toContain('Record a meeting');
    const cell = '\\s*<td class="govuk-table__cell"[^>]*>([^<]+)<\\/td>';
    const row = new RegExp(
      `<tr class="govuk-table__row( app-meeting-actions__row--overdue)?"[^>]*>${cell}${cell}`,
      'g',
    );
    expect([...html.matchAll(row)].map((m) => [m[2], m[3], Boolean(m[1])])).toEqual([
      ['Joint visit', 'Hana Visitor, Health Visiting', false],
      ['Check with the school', 'Health Visiting', true],
      ['Ask the GP', 'Worker 1, Children&#39;s Social Care', true],
    ]);
    expect(html.match(/govuk-tag--red app-meeting-actions__tag/g)).toHaveLength(2);
  });

  it('says when no meeting has agreed actions, and links the meeting pack', async () => {
    const html = (await worker.get('/cases/FAM-0001')).body;
    expect(html).toContain('No meeting has agreed any actions yet.');
    expect(html).toContain('href="/cases/FAM-0001/meeting-pack"');
  });
});

describe('the meeting pack', () => {
  it('shows the case, the active findings, the engagement chronology and the agencies with their workers', async () => {
    // Two days ago, so it is older than the meeting (yesterday) whatever minute the test runs in.
    await api.post('/api/v1/cases/FAM-0001/entries', {
      ...failedVisit,
      at: daysAgo(2),
      note: 'Curtains drawn',
    });
    await worker.submit(page, { ...meeting, ...actionRow(0, 'Joint visit', 'hv1', 2) });
    const html = (await worker.get('/cases/FAM-0001/meeting-pack')).body;
    expect(html).toContain('<title>Meeting pack – FAM-0001 – Stickability</title>');
    expect(html).toContain('/public/print.css');
    expect(html).toMatch(/Child c1, aged \d+/);
    expect(html).toContain('Lead worker');
    expect(html).toMatch(
      /data-code="door-not-answered"[\s\S]*?Door not answered[\s\S]*?went unanswered although someone seemed to be in/,
    );
    const chronology = html.slice(html.indexOf('data-qa="pack-chronology"'));
    const titles = [...chronology.matchAll(/<span class="govuk-!-font-weight-bold">([^<]+)<\/span>/g)].map(
      (m) => m[1],
    );
    expect(titles).toEqual([
      'Multi-agency meeting',
      'Home visit: no answer – someone seemed to be in',
      'Home visit: completed',
    ]);
    const agencies = html.slice(html.indexOf('data-qa="pack-agencies"'));
    expect(agencies).toMatch(
      /Children&#39;s Social Care<\/div>[\s\S]*?Worker 1[\s\S]*?Health Visiting<\/div>[\s\S]*?Hana Visitor/,
    );
  });
});
