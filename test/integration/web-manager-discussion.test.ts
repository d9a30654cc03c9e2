// The manager discussion page (MK 5.1.9.1–4; BEF 11.2): a manager's alone; the worker sees the decision on the
// overview and in the chronology; it answers manager-discussion-due and moves the stage on.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createCaseThroughPages,
  refusedEntryThroughPages,
  addChildThroughPages,
  csrfTokenIn,
  startTestApp,
  type TestApp,
  type TestBrowser,
  type TestUser,
} from '../support/app.js';
import { dateTimeBoxes, inDays } from '../support/forms.js';

let t: TestApp;
let worker: TestBrowser;
let manager: TestUser;
const page = '/cases/FAM-0001/manager-discussion/new';

/** The date and time boxes of a form, `days` ago in UK time. */
const at = (days: number) => dateTimeBoxes('at', inDays(-days));

beforeEach(async () => {
  t = await startTestApp();
  manager = await t.addUser({ role: 'manager', name: 'Morgan Manager' });
  worker = await t.signedIn();
  await createCaseThroughPages(worker);
  await addChildThroughPages(worker, 'FAM-0001');
  // Entry refused twice, a week ago: a serious finding that has stood long enough for a manager discussion to be due.
  for (const days of [8, 7]) await refusedEntryThroughPages(worker, 'FAM-0001', days);
});
afterEach(() => t.close());

const discussion = {
  ...at(0),
  worker: 'w1',
  decision: 'Joint unannounced visit with the health visitor this week',
  urgency: 'within-days',
  note: 'Worried about the baby',
};

describe('the manager discussion page', () => {
  it('is "Page not found" for a practitioner, and the overview offers them no link to it', async () => {
    expect((await worker.get(page)).statusCode).toBe(404);
    const token = csrfTokenIn((await worker.get('/cases/FAM-0001')).body);
    expect((await worker.post(page, { _csrf: token, ...discussion })).statusCode).toBe(404);
    expect((await worker.get('/cases/FAM-0001')).body).not.toContain(page);
  });

  it('is "Page not found" for a manager of another agency who manages nobody on the case', async () => {
    const elsewhere = await t.addUser({
      role: 'manager',
      agencyId: await t.addAgency('hv', 'Health Visiting'),
    });
    expect((await (await t.signedIn(elsewhere)).get(page)).statusCode).toBe(404);
  });

  it('offers a manager the workers on the case, today as the date, and the urgencies in plain words', async () => {
    const browser = await t.signedIn(manager);
    expect((await browser.get('/cases/FAM-0001')).body).toContain(`href="${page}"`);
    const form = await browser.get(page);
    expect(form.statusCode).toBe(200);
    expect(form.body).toMatch(/<input[^>]*name="worker"[^>]*value="w1"/);
    expect(form.body).toContain('Worker 1');
    expect(form.body).toContain(`value="${at(0)['at-year']}"`);
    for (const cited of ['MK 5.1.9.3', 'BEF 11.2', 'Immediate', 'Within days', 'Routine'])
      expect(form.body).toContain(cited);
  });

  it('says what is missing', async () => {
    const browser = await t.signedIn(manager);
    const refused = await browser.submit(page, { ...at(0), worker: '', decision: ' ', urgency: '' });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('Error: Record a manager discussion');
    for (const message of [
      'Select the worker you discussed the case with',
      'Enter what you decided',
      'Select how urgently the decision must be acted on',
    ]) {
      expect(refused.body).toContain(message);
    }
  });

  it('answers manager-discussion-due; the worker sees the decision on the overview and in the chronology', async () => {
    const before = (await worker.get('/cases/FAM-0001')).body;
    expect(before).toContain('data-code="manager-discussion-due"');
    expect(before).toMatch(/data-qa="stage">\s*Poor access or engagement recognised/);

    const browser = await t.signedIn(manager);
    const saved = await browser.submit(page, discussion);
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe('/cases/FAM-0001');
    expect((await browser.get('/cases/FAM-0001')).body).toContain('Manager discussion recorded');

    const overview = (await worker.get('/cases/FAM-0001')).body;
    expect(overview).not.toContain('data-code="manager-discussion-due"');
    expect(overview).toMatch(/data-qa="stage">\s*Discussed with the line manager/);
    const box = /data-qa="manager-discussion">([\s\S]*?)<\/dl>/.exec(overview)?.[1] ?? '';
    for (const shown of [
      'Latest manager discussion',
      discussion.decision,
      'Within days',
      'Morgan Manager',
      'Worker 1',
    ])
      expect(box).toContain(shown);
    // The stage indicator links the concern to its first evidence and the discussion to its entry.
    expect(overview).toMatch(
      /href="\/cases\/FAM-0001\/chronology\?entry=e2#entry-e2" data-qa="stage-link">Poor access/,
    );
    expect(overview).toMatch(
      /href="\/cases\/FAM-0001\/chronology\?entry=e4#entry-e4" data-qa="stage-link">Discussed with the line manager/,
    );

    const chronology = (await worker.get('/cases/FAM-0001/chronology')).body;
    expect(chronology).toMatch(
      /id="entry-e4"[^>]*data-kind="manager-discussion"[\s\S]*?Manager discussion[\s\S]*?Morgan Manager[\s\S]*?Joint unannounced visit[\s\S]*?Within days/,
    );

    const audited = await t.db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('user_id', '=', manager.id)
      .where('action', '=', 'record-entry')
      .execute();
    expect(audited).toEqual([{ action: 'record-entry', detail: 'manager-discussion e4' }]);
  });
});
