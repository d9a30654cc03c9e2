// The "Worried about engagement?" pages (MK 5.1.9.1–4 in the test partnership's pack): one question per
// page with server-side errors, resuming where the worker left off, "Check your answers" with change links,
// and a confirmation linking to what was recorded in the chronology. Anyone off the case gets "Page not found".
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  refusedEntryThroughPages,
  createCaseThroughPages,
  startTestApp,
  type TestApp,
  type TestBrowser,
} from '../support/app.js';

let t: TestApp;
let worker: TestBrowser;
const base = '/cases/FAM-0001/worried';
const question = (id: string) => `${base}/questions/${id}`;

beforeEach(async () => {
  t = await startTestApp();
  await t.addAgency('hv', 'Health Visiting');
  worker = await t.signedIn();
  await createCaseThroughPages(worker, { agencies: 'hv' });
  for (const days of [6, 5, 4]) await refusedEntryThroughPages(worker, 'FAM-0001', days);
});
afterEach(() => t.close());

const answers: [string, Record<string, string | string[]>][] = [
  ['mk-difficult', { answer: 'The door is never opened.' }],
  ['mk-child', { answer: 'We do not know; nobody has seen her.' }],
  ['mk-manager', { answer: 'yes' }],
  ['mk-recorded', { answer: 'yes' }],
  ['mk-urgency', { answer: 'within-days' }],
  ['mk-inform', { answer: ['hv'] }],
  ['mk-message', { answer: 'Three refusals this week. When did you last see her?' }],
];

async function answerAll(steps = answers) {
  for (const [id, fields] of steps) {
    const response = await worker.submit(question(id), fields);
    expect(response.statusCode, id).toBe(303);
  }
}

describe('the guide’s pages', () => {
  it('is offered on the case overview and in the case’s navigation', async () => {
    const overview = await worker.get('/cases/FAM-0001');
    expect(overview.body).toContain(`href="${base}" role="button"`);
    expect(overview.body).toMatch(/moj-sub-navigation[\s\S]*Worried about engagement\?/);
    const start = await worker.get(base);
    expect(start.statusCode).toBe(200);
    expect(start.body).toContain('MK 5.1.9.1');
    expect(start.body).toContain(`href="${question('mk-difficult')}"`);
  });

  it('asks one question per page, with a Back link, and says what is wrong without saving it', async () => {
    const page = await worker.get(question('mk-difficult'));
    expect(page.body).toContain('What is proving hard to do with this family, and why?');
    expect(page.body).toContain(`<a href="${base}" class="govuk-back-link"`);
    const empty = await worker.submit(question('mk-difficult'), { answer: '  ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('govuk-error-summary');
    expect(empty.body).toContain('href="#answer">Enter your answer</a>');
    expect(empty.body).toContain('<title>Error:');
    const next = await worker.submit(question('mk-difficult'), { answer: 'Refused twice' });
    expect(next.headers.location).toBe(question('mk-child'));
    expect((await worker.get(question('mk-child'))).body).toContain(
      `<a href="${question('mk-difficult')}" class="govuk-back-link"`,
    );
  });

  it('refuses a post without the form’s token', async () => {
    const response = await worker.post(question('mk-difficult'), { answer: 'No token' });
    expect(response.statusCode).toBe(403);
  });

  it('checks a yes/no, a choice and the agencies on the server', async () => {
    await answerAll(answers.slice(0, 2));
    const none = await worker.submit(question('mk-manager'), {});
    expect(none.statusCode).toBe(400);
    expect(none.body).toContain('Select yes or no');
    await answerAll(answers.slice(2, 4));
    expect((await worker.submit(question('mk-urgency'), { answer: 'whenever' })).body).toContain(
      'Select an answer',
    );
    await answerAll(answers.slice(4, 5));
    const both = await worker.submit(question('mk-inform'), { answer: ['hv', 'none'] });
    expect(both.statusCode).toBe(400);
    expect(both.body).toContain('not both');
    const stranger = await worker.submit(question('mk-inform'), { answer: ['police'] });
    expect(stranger.body).toContain('Select the agencies from the list');
  });

  it('picks up where the worker left off, and sends a question not reached yet back there', async () => {
    await answerAll(answers.slice(0, 3));
    const start = await worker.get(base);
    expect(start.body).toContain('Continue');
    expect(start.body).toContain(`href="${question('mk-recorded')}"`);
    const ahead = await worker.get(question('mk-message'));
    expect(ahead.statusCode).toBe(303);
    expect(ahead.headers.location).toBe(question('mk-recorded'));
    expect((await worker.get(question('mk-difficult'))).body).toContain('The door is never opened.');
  });

  it('checks the answers, with change links, then records them and shows what is due', async () => {
    await answerAll();
    const check = await worker.get(`${base}/check`);
    expect(check.statusCode).toBe(200);
    expect(check.body).toContain('Check your answers');
    expect(check.body).toContain(`href="${question('mk-urgency')}"`);
    expect(check.body).toContain('Within a few working days');
    expect(check.body).toContain('An alert to Health Visiting, with your message');
    expect(check.body).toContain('A request to your line manager to discuss the case');

    // A change goes back to the question and, the guide being finished, on to the check again.
    const changed = await worker.submit(question('mk-urgency'), { answer: 'immediate' });
    expect(changed.headers.location).toBe(`${base}/check`);

    const recorded = await worker.submit(`${base}/check`, {});
    expect(recorded.statusCode).toBe(303);
    const done = await worker.get(recorded.headers.location as string);
    expect(done.statusCode).toBe(200);
    expect(done.body).toContain('Your answers are recorded');
    const links = [...done.body.matchAll(/href="\/cases\/FAM-0001\/chronology\?entry=(e\d+)#entry-\1"/g)];
    expect(links).toHaveLength(2);
    // Nobody in Health Visiting has an account here, and the worker has no line manager: the page says so.
    expect(done.body).toContain('Alert to the other agencies, received by nobody in Stickability');
    expect(done.body).toContain(
      'Health Visiting has nobody in Stickability to receive your alert: tell them yourself, by telephone or secure email',
    );
    expect(done.body).toContain('You have no line manager in Stickability to receive your request');
    expect(done.body).toContain('ask the police to check on them');
    expect(done.body).toContain('Plan now what you will do if the next contact fails as well.');

    const chronology = await worker.get('/cases/FAM-0001/chronology');
    for (const [, id] of links) expect(chronology.body).toContain(`id="entry-${id}"`);
    expect(chronology.body).toContain('What is proving hard to do with this family, and why?');
    expect(chronology.body).toContain('The door is never opened.');

    // The guide starts afresh next time.
    expect((await worker.get(base)).body).toContain('Start now');
    expect((await worker.get(`${base}/check`)).headers.location).toBe(question('mk-difficult'));
  });

  it('is not found for a user whose agency is not on the case', async () => {
    const police = await t.addAgency('police', 'Police');
    const outsider = await t.signedIn(await t.addUser({ agencyId: police }));
    for (const url of [base, question('mk-difficult'), `${base}/check`, `${base}/recorded/1`])
      expect((await outsider.get(url)).statusCode, url).toBe(404);
    expect((await worker.get(`${base}/recorded/999`)).statusCode).toBe(404);
    expect((await worker.get(question('no-such-question'))).statusCode).toBe(404);
  });
});
