// The supervision pages and "My week" through the real app (issue 9): managers only, the GOV.UK error summary
// for what is missing, CSRF on every post, and the entry on the case once the supervision is completed.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { anEngagingCase, daysAgo, failedVisit, startApiTest, type ApiTest } from '../support/api.js';
import type { TestBrowser, TestUser } from '../support/app.js';

let api: ApiTest;
let manager: TestUser;
let browser: TestBrowser;

beforeEach(async () => {
  api = await startApiTest();
  manager = await api.t.addUser({ role: 'manager', name: 'Morgan Manager' });
  await api.t.db
    .updateTable('users')
    .set({ manager_id: manager.id })
    .where('id', '=', api.t.user.id)
    .execute();
  await api.post('/api/v1/import', anEngagingCase('FAM-0001').build());
  for (const at of [daysAgo(8), daysAgo(7), daysAgo(6)])
    await api.post('/api/v1/cases/FAM-0001/entries', { ...failedVisit, at });
  browser = await api.t.signedIn(manager);
});
afterEach(() => api.close());

const start = '/team/supervision/new';

describe('the supervision pages', () => {
  it('are not found for a practitioner, who has "My week" instead', async () => {
    const worker = await api.t.signedIn();
    expect((await worker.get(start)).statusCode).toBe(404);
    expect((await worker.get('/team/supervision/1')).statusCode).toBe(404);
    const week = await worker.get('/week');
    expect(week.statusCode).toBe(200);
    expect(week.body).toContain('<h1 class="govuk-heading-l">My week</h1>');
    expect(week.body).toContain('Morgan Manager');
  });

  it('choose the worker, then the cases, with the error summary when none is chosen', async () => {
    const choose = await browser.get(start);
    expect(choose.body).toContain(`value="${api.t.user.id}"`);
    const cases = await browser.get(`${start}?worker=${api.t.user.id}`);
    expect(cases.body).toContain('value="FAM-0001"');
    // Each case by its ref and its children's names, so the manager can tell them apart.
    expect(cases.body).toMatch(/<label[^>]*for="cases"[^>]*>\s*FAM-0001 — Child c1\s*<\/label>/);
    const refused = await browser.submit(
      `${start}?worker=${api.t.user.id}`,
      { worker: String(api.t.user.id) },
      start,
    );
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('govuk-error-summary');
    expect(refused.body).toContain('Select at least one case to discuss');
  });

  it('save answers with CSRF, refuse completion without a decision, then record the supervision', async () => {
    const started = await browser.submit(
      `${start}?worker=${api.t.user.id}`,
      { worker: String(api.t.user.id), cases: 'FAM-0001' },
      start,
    );
    expect(started.statusCode).toBe(303);
    const session = String(started.headers.location);
    expect(session).toMatch(/^\/team\/supervision\/\d+$/);

    const casePage = `${session}/cases/FAM-0001`;
    const page = await browser.get(casePage);
    expect(page.body).toContain('name="answer-decision"');
    expect(page.body).toMatch(/data-question="decision"[\s\S]*?Talk to your line manager/);
    // A post without the page's token is refused.
    expect((await browser.post(casePage, { 'answer-decision': 'x' })).statusCode).toBe(403);

    const incomplete = await browser.submit(session, {}, `${session}/complete`);
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.body).toContain('Enter the decision for case FAM-0001');

    const saved = await browser.submit(casePage, {
      'answer-mk-reflect-relief': 'A little, yes.',
      'answer-decision': 'Joint visit with the health visitor on Friday',
    });
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe(session);
    expect((await browser.get(casePage)).body).toContain('A little, yes.');

    const done = await browser.submit(session, {}, `${session}/complete`);
    expect(done.statusCode).toBe(303);
    const after = await browser.get(session);
    expect(after.body).toContain('recorded on 1 case');
    expect(after.body).toContain('data-qa="completed"');
    const chronology = (await browser.get('/cases/FAM-0001/chronology')).body;
    expect(chronology).toContain('data-kind="supervision"');
    expect(chronology).toContain('Joint visit with the health visitor on Friday');
    expect(chronology).toContain('Was I relieved when nobody came to the door?');
  });
});
