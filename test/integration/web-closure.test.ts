// Closing a case, or ending one agency's involvement, from the pages: refused on an unanswered door without a
// multi-agency decision (MK 5.1.19), with the findings, a way on, and an audit row; allowed otherwise.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { accountService } from '../../src/services/accounts.js';
import { entryService } from '../../src/services/entries.js';
import { createCaseThroughPages, startTestApp, type TestApp, type TestBrowser } from '../support/app.js';
import { dateBoxes, inDays } from '../support/forms.js';

let t: TestApp;
let worker: TestBrowser;
const page = '/cases/FAM-0001/close';
/** Today at midnight, read when the form is filled in. */
const date = () => ({ ...dateBoxes('at', inDays(0)), 'at-time': '00:00' });

beforeEach(async () => {
  t = await startTestApp();
  await t.addAgency('hv', 'Health Visiting');
  worker = await t.signedIn();
  await createCaseThroughPages(worker, { openedOn: '2026-01-05', agencies: 'hv' });
  await worker.submit('/cases/FAM-0001/people/new', {
    role: 'child',
    name: 'Child One',
    'dateOfBirth-day': '1',
    'dateOfBirth-month': '1',
    'dateOfBirth-year': '2019',
  });
});
afterEach(() => t.close());

const contact = (outcome: string) =>
  worker.submit('/cases/FAM-0001/contacts/new', {
    ...date(),
    mode: 'home-visit',
    planned: 'yes',
    outcome,
    seen: outcome === 'completed' ? 'c1' : [],
    contingency: 'Try again',
  });
const refusals = () =>
  t.db
    .selectFrom('audit_log')
    .select(['user_id', 'case_id', 'detail'])
    .where('action', '=', 'closure-refused')
    .execute();
const closings = () =>
  t.db.selectFrom('entries').select('kind').where('kind', 'in', ['closure', 'involvement-end']).execute();

describe('the closure page', () => {
  it('is linked from the overview and offers the case or each agency on it', async () => {
    expect((await worker.get('/cases/FAM-0001')).body).toContain(`href="${page}"`);
    const form = (await worker.get(page)).body;
    expect(form).toContain('Close the case or end an agency’s involvement');
    expect(form).toContain('value="case"');
    expect(form).toContain('End Health Visiting’s involvement');
    expect(form).toContain('value="agency:hv"');
  });

  it('asks what is ending and why', async () => {
    const refused = await worker.submit(page, { closing: '', reason: '' });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('Select whether to close the case or end one agency’s involvement');
    expect(refused.body).toContain('Enter why the case or the involvement is ending');
  });

  it('refuses while the family is not engaging: says why, lists the findings, links to a meeting, and audits it', async () => {
    await contact('refused-entry');
    const refused = await worker.submit(page, { closing: 'case', reason: 'Family will not let us in' });
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toContain('<title>Error: Close the case');
    expect(refused.body).toContain('The case cannot be closed yet');
    expect(refused.body).toContain('MK 5.1.19');
    const blocking = /data-qa="blocking-findings">([\s\S]*?)<\/ul>/.exec(refused.body)?.[1] ?? '';
    expect(blocking).toContain('data-code="refusal"');
    expect(blocking).toMatch(/refused/i); // the finding's explanation names what happened
    // "Arrange a multi-agency meeting" opens the form that arranges one, not the one that records it.
    const arrange =
      /<a href="([^"]+)"[^>]*data-qa="arrange-meeting"[^>]*>\s*Arrange a multi-agency meeting/.exec(
        refused.body,
      )?.[1];
    expect(arrange).toBe('/cases/FAM-0001/meetings/arrange');
    expect((await worker.get(arrange ?? '')).body).toContain('name="invited"');
    expect(refused.body).toMatch(/href="\/cases\/FAM-0001\/meetings\/new" data-qa="record-meeting"/);
    expect(refused.body).toContain('Family will not let us in'); // the reason is kept in the form
    expect(await closings()).toEqual([]);
    const [audited] = await refusals();
    expect(audited).toMatchObject({ user_id: t.user.id });
    expect(audited?.case_id).toEqual(expect.any(Number));
    expect(audited?.detail).toMatch(/^closure: Family will not let us in \(findings: .*refusal/);
  });

  it("refuses to end one agency's involvement the same way, naming the agency", async () => {
    await contact('refused-entry');
    const refused = await worker.submit(page, { closing: 'agency:hv', reason: 'No health role left' });
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toContain('Health Visiting’s involvement cannot be ended yet');
    expect((await refusals())[0]?.detail).toMatch(/^involvement-end hv: No health role left/);
  });

  it('closes once a multi-agency meeting has decided to close; the closure is in the chronology', async () => {
    await contact('refused-entry');
    const actor = await accountService(t.db).actorFor(t.user.id);
    if (!actor) throw new Error('no actor');
    await entryService(t.db).record({ actor, address: '127.0.0.1' }, 'FAM-0001', {
      kind: 'meeting',
      type: 'multi-agency',
      attendees: ['csc', 'hv'],
      decision: 'close',
    });
    const closed = await worker.submit(page, {
      closing: 'case',
      reason: 'Agreed at the multi-agency meeting',
    });
    expect(closed.statusCode).toBe(303);
    expect(closed.headers.location).toBe('/cases/FAM-0001');
    expect((await worker.get('/cases/FAM-0001')).body).toContain('The case is closed');
    expect((await worker.get('/cases/FAM-0001/chronology')).body).toMatch(
      /data-kind="closure"[\s\S]*?Closure[\s\S]*?Agreed at the multi-agency meeting/,
    );
    expect(await refusals()).toEqual([]);
  });

  it("ends one agency's involvement while the family is engaging", async () => {
    await contact('completed');
    const ended = await worker.submit(page, { closing: 'agency:hv', reason: 'Health needs met' });
    expect(ended.statusCode).toBe(303);
    expect((await worker.get('/cases/FAM-0001')).body).toContain('Health Visiting’s involvement has ended');
    expect(await closings()).toEqual([{ kind: 'involvement-end' }]);
    const chronology = (await worker.get('/cases/FAM-0001/chronology')).body;
    expect(chronology).toMatch(
      /data-kind="involvement-end"[\s\S]*?Health Visiting’s involvement ended[\s\S]*?by Worker 1, Children(&#39;|')s Social Care[\s\S]*?Health needs met/,
    );
  });
});
