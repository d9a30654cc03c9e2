// The record-a-meeting page: the pack's types and decisions, rows of actions without JavaScript, errors
// by field (SX 1.7.21's reason among them), and the decision's next steps added (MK 5.1.23–26).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Meeting } from '../../src/domain/entries.js';
import { addAgenciesOf } from '../support/agencies.js';
import type { TestBrowser } from '../support/app.js';
import { anEngagingCase, startApiTest, type ApiTest } from '../support/api.js';
import { entryCount } from '../support/database.js';
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
const errorHrefs = (html: string) => [...html.matchAll(/<a href="(#[^"]+)">/g)].map((m) => m[1]);

describe('the record a meeting page', () => {
  it("offers the pack's meeting types and decisions, the case's agencies, and three blank actions", async () => {
    const html = (await worker.get(page)).body;
    expect(html).toContain('Family Support Meeting'); // MK's name for a team around the family
    expect(html).not.toContain('Children’s hearing');
    for (const decision of [
      'Close, with other agencies monitoring',
      'Continue trying to engage',
      'Child protection',
      'Legal advice and a legal order',
      'No decision yet',
    ]) {
      expect(html).toContain(decision);
    }
    expect(html).not.toContain('value="reporter-referral"');
    expect(html).toMatch(/name="attendees" type="checkbox" value="hv"/);
    expect(html).toContain('SX 1.7.21');
    expect(html).toContain('how (a visit, a letter, with an interpreter) and by whom');
    expect(html.match(/name="actions-\d-what"/g)).toHaveLength(3);
    expect(html).toContain('<option value="hv1">Hana Visitor, Health Visiting</option>');
    expect(html).toContain('<option value="hv">Health Visiting (the agency)</option>');
  });

  it('adds another action row without JavaScript, keeping what was typed', async () => {
    const again = await worker.submit(page, {
      ...meeting,
      ...actionRow(0, 'Joint visit', 'hv1', 3),
      addAction: '1',
    });
    expect(again.statusCode).toBe(200);
    expect(again.body.match(/name="actions-\d-what"/g)).toHaveLength(4);
    expect(again.body).toContain('value="Joint visit"');
    expect(again.body).toMatch(/formaction="\/cases\/FAM-0001\/meetings\/new#action-4"/);
  });

  it('names each missing answer in the error summary, linked to its field', async () => {
    const refused = await worker.submit(page, { 'at-day': '', 'at-month': '', 'at-year': '', 'at-time': '' });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('<title>Error: Record a meeting');
    expect(errorHrefs(refused.body)).toEqual(['#at-day', '#type', '#attendees', '#parentsExcluded']);
    expect(refused.body).toContain('Select the agencies that attended');
  });

  it('needs a reason when the parents were excluded (SX 1.7.21)', async () => {
    const refused = await worker.submit(page, { ...meeting, parentsExcluded: 'yes', reason: '' });
    expect(errorHrefs(refused.body)).toEqual(['#reason']);
    expect(refused.body).toContain('Enter why the parents were excluded');
  });

  it("needs each action's owner and due date, by row", async () => {
    const refused = await worker.submit(page, {
      ...meeting,
      'actions-1-what': 'Ask the school',
      'actions-2-due-day': '31',
      'actions-2-due-month': '2',
      'actions-2-due-year': '2026',
    });
    expect(errorHrefs(refused.body)).toEqual([
      '#actions-1-owner',
      '#actions-1-due-day',
      '#actions-2-what',
      '#actions-2-owner',
      '#actions-2-due-day',
    ]);
    expect(refused.body).toContain('The date action 3 is due must be a real date');
    expect(refused.body).toContain('value="Ask the school"');
  });

  it('refuses an action due before today, naming its date in the error summary, and writes nothing', async () => {
    const before = await entryCount(api.t.db);
    const refused = await worker.submit(page, {
      ...meeting,
      ...actionRow(0, 'Joint visit', 'hv1', 0),
      ...actionRow(1, 'Ask the school', 'hv', -1),
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('govuk-error-summary');
    expect(errorHrefs(refused.body)).toEqual(['#actions-1-due-day']);
    expect(refused.body).toContain('The date action 2 is due must be today or in the future');
    expect(await entryCount(api.t.db)).toBe(before);
  });
});

describe('recording a meeting', () => {
  it('lands on the chronology saying which next steps the decision added', async () => {
    const saved = await worker.submit(page, {
      ...meeting,
      decision: 'child-protection',
      ...actionRow(1, 'Joint visit', 'hv1', 3),
      shareWithFamily: 'The social worker will visit with an interpreter',
    });
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe('/cases/FAM-0001/chronology');
    const chronology = (await worker.get('/cases/FAM-0001/chronology')).body;
    expect(chronology).toMatch(
      /Meeting recorded\. From the decision, these next steps were added as your actions: Strategy discussion: .*; Child protection conference: /,
    );
    expect(chronology).toMatch(/Joint visit \(Hana Visitor, by \d+ \w+ \d{4}\); Strategy discussion/);
    expect(chronology).toContain('Child protection');
    const [recorded] = (await api.get<{ items: Meeting[] }>('/api/v1/cases/FAM-0001/entries')).json.items;
    expect(recorded).toMatchObject({
      kind: 'meeting',
      decision: 'child-protection',
      attendees: ['csc', 'hv'],
      parentsExcluded: false,
    });
    expect(recorded?.actions?.map((a) => a.owner)).toEqual(['hv1', 'w1', 'w1']);
  });

  it('under another pack offers its own decisions: Forth Valley refers to the Reporter', async () => {
    await api.post('/api/v1/import', anEngagingCase('FAM-0002').withPack('forth-valley').build());
    const form = (await worker.get('/cases/FAM-0002/meetings/new')).body;
    expect(form).toContain('Inform or refer to the Reporter');
    expect(form).not.toContain('Family Support Meeting');
    const saved = await worker.submit('/cases/FAM-0002/meetings/new', {
      ...meeting,
      attendees: ['csc'],
      type: 'professionals-meeting',
      decision: 'reporter-referral',
    });
    expect(saved.statusCode).toBe(303);
    expect((await worker.get('/cases/FAM-0002/chronology')).body).toContain(
      'this next step was added as your actions: Inform the Reporter',
    );
  });
});
