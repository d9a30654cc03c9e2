// "Inform the other agencies" and the notifications page, as a browser without JavaScript uses them: the
// alert form (other agencies ticked, server-side errors in the GOV.UK summary), the unread count in every
// page's navigation, and opening a notification by a form that marks it read.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createCaseThroughPages,
  csrfTokenIn,
  startTestApp,
  type TestApp,
  type TestBrowser,
  type TestUser,
} from '../support/app.js';
import { inDays } from '../support/forms.js';

let t: TestApp;
let worker: TestBrowser;
let healthVisitor: TestUser;
const page = '/cases/FAM-0001/alerts/new';

beforeEach(async () => {
  t = await startTestApp();
  const hv = await t.addAgency('hv', 'Health Visiting');
  await t.addAgency('sch', 'Primary School');
  healthVisitor = await t.addUser({ name: 'Hana Visitor', agencyId: hv });
  worker = await t.signedIn();
  await createCaseThroughPages(worker, { openedOn: inDays(0), agencies: ['hv', 'sch'] });
});
afterEach(() => t.close());

const checked = (html: string, name: string) =>
  [...html.matchAll(new RegExp(`<input[^>]*name="${name}"[^>]*>`, 'g'))]
    .map((match) => match[0])
    .filter((input) => input.includes('checked'))
    .map((input) => /value="([^"]*)"/.exec(input)?.[1]);

describe('the case overview', () => {
  it('offers "Inform the other agencies"', async () => {
    expect((await worker.get('/cases/FAM-0001')).body).toMatch(
      new RegExp(`<a href="${page}"[^>]*>\\s*Inform the other agencies`),
    );
  });
});

describe('the "Inform the other agencies" page', () => {
  it("ticks every other agency on the case, not the worker's own", async () => {
    const form = await worker.get(page);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('Children&#39;s Social Care');
    expect(checked(form.body, 'to')).toEqual(['hv', 'sch']);
  });

  it('says what is missing in the error summary and beside each field, and records nothing', async () => {
    const refused = await worker.submit(page, { message: '' });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('There is a problem');
    expect(refused.body).toContain('<a href="#to">Select the agencies to inform</a>');
    expect(refused.body).toContain('<a href="#message">Enter what the other agencies need to know</a>');
    expect(refused.body).toMatch(/<title>Error: Inform the other agencies/);
    const kinds = await t.db.selectFrom('entries').select('kind').execute();
    expect(kinds.map((row) => row.kind)).not.toContain('alert');
  });

  it('keeps what was typed and ticked when it sends the form back', async () => {
    const refused = await worker.submit(page, { to: 'sch', message: ' ' });
    expect(checked(refused.body, 'to')).toEqual(['sch']);
    const again = await worker.submit(page, { to: ['hv'], message: 'Keep this' + 'x'.repeat(10_001) });
    expect(again.statusCode).toBe(400);
    expect(again.body).toContain('The message must be 10,000 characters or fewer');
    expect(again.body).toContain('Keep this');
  });

  it('sends the alert: back to the case with a success banner, and the alert in the chronology', async () => {
    const sent = await worker.submit(page, { to: ['hv'], message: 'Father threatened me at the door' });
    expect(sent.statusCode).toBe(303);
    expect(sent.headers.location).toBe('/cases/FAM-0001');
    const overview = await worker.get('/cases/FAM-0001');
    expect(overview.body).toContain(
      'Alert sent to Health Visiting (Hana Visitor). They see it in their notifications, and it is in the chronology.',
    );
    const chronology = await worker.get('/cases/FAM-0001/chronology');
    expect(chronology.body).toContain('Father threatened me at the door');
  });

  it("refuses a post without the form's CSRF token", async () => {
    expect((await worker.post(page, { to: 'hv', message: 'Forged' })).statusCode).toBe(403);
  });

  it('is "Page not found" for someone whose agency is not on the case', async () => {
    const police = await t.addUser({ agencyId: await t.addAgency('pol', 'Police') });
    expect((await (await t.signedIn(police)).get(page)).statusCode).toBe(404);
  });
});

describe('notifications', () => {
  beforeEach(async () => {
    await worker.submit(page, { to: ['hv'], message: 'First alert' });
    await worker.submit(page, { to: ['hv'], message: 'Second alert' });
  });

  it('show their unread count in the navigation of every page, read aloud as unread', async () => {
    const visitor = await t.signedIn(healthVisitor);
    for (const url of ['/cases', '/tasks', '/cases/FAM-0001']) {
      expect((await visitor.get(url)).body).toContain(
        'Notifications (2<span class="govuk-visually-hidden"> unread</span>)',
      );
    }
    // The sender has none.
    expect((await worker.get('/cases')).body).toMatch(/>\s*Notifications\s*</);
  });

  it('are listed newest first with the unread marked, and opening one marks it read and goes to the alert', async () => {
    const visitor = await t.signedIn(healthVisitor);
    const list = await visitor.get('/notifications');
    expect(list.statusCode).toBe(200);
    const second = list.body.indexOf('Second alert');
    expect(second).toBeGreaterThan(-1);
    expect(second).toBeLessThan(list.body.indexOf('First alert'));
    expect(list.body.match(/>\s*Unread\s*</g)).toHaveLength(2);

    const action = /<form method="post" action="(\/notifications\/\d+\/open)"/.exec(list.body)?.[1] ?? '';
    const opened = await visitor.post(action, { _csrf: csrfTokenIn(list.body) });
    expect(opened.statusCode).toBe(303);
    expect(opened.headers.location).toMatch(/^\/cases\/FAM-0001\/chronology\?entry=(e\d+)#entry-\1$/);
    const after = await visitor.get('/notifications');
    expect(after.body.match(/>\s*Unread\s*</g)).toHaveLength(1);
    expect(after.body).toContain('Notifications (1<span class="govuk-visually-hidden"> unread</span>)');
  });

  it('are opened only with the CSRF token, and only by their own user', async () => {
    const visitor = await t.signedIn(healthVisitor);
    const list = await visitor.get('/notifications');
    const action = /action="(\/notifications\/\d+\/open)"/.exec(list.body)?.[1] ?? '';
    expect((await visitor.post(action, {})).statusCode).toBe(403);
    const token = csrfTokenIn((await worker.get('/cases')).body);
    expect((await worker.post(action, { _csrf: token })).statusCode).toBe(404);
    expect((await visitor.get('/notifications')).body.match(/>\s*Unread\s*</g)).toHaveLength(2);
  });

  it('are all marked read at once', async () => {
    const visitor = await t.signedIn(healthVisitor);
    const done = await visitor.submit('/notifications', {}, '/notifications/read');
    expect(done.statusCode).toBe(303);
    const after = await visitor.get('/notifications');
    expect(after.body).toContain('2 notifications marked as read.');
    expect(after.body).not.toMatch(/>\s*Unread\s*</);
    expect(after.body).toMatch(/>\s*Notifications\s*</);
  });

  it('is an empty page for someone with none', async () => {
    expect((await worker.get('/notifications')).body).toContain('You have no notifications.');
  });
});
