// The pages of working with the family (issue 8): communication needs shown where contacts are planned
// and recorded, the family plan (stages of change, GROW goals, plan reviews) and the end-of-contact summary.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCaseThroughPages, startTestApp, type TestApp, type TestBrowser } from '../support/app.js';
import { dateBoxes, dateTimeBoxes, inDays } from '../support/forms.js';
import { readPdf } from '../support/pdf-text.js';

let t: TestApp;
let worker: TestBrowser;
const base = '/cases/FAM-0001';

beforeEach(async () => {
  t = await startTestApp();
  worker = await t.signedIn();
  await createCaseThroughPages(worker);
  await worker.submit(`${base}/people/new`, {
    role: 'child',
    name: 'Maja Nowak',
    'dateOfBirth-day': '1',
    'dateOfBirth-month': '5',
    'dateOfBirth-year': '2017',
  });
  await worker.submit(`${base}/people/new`, { role: 'parent', name: 'Anna Nowak', livesWithChildren: 'c1' });
});
afterEach(() => t.close());

const recordVisit = () =>
  worker.submit(`${base}/contacts/new`, {
    // An hour ago, date and time together: a time taken apart from its date is in the future after midnight.
    ...dateTimeBoxes('at', inDays(-1 / 24)),
    mode: 'home-visit',
    planned: 'yes',
    outcome: 'completed',
    seen: ['c1', 'p1'],
    seenAlone: 'c1',
  });

describe('communication needs', () => {
  it('are changed on the People page and shown on the contact and visit plan forms', async () => {
    const saved = await worker.submit(`${base}/people/p1/needs`, {
      interpreter: 'Polish',
      literacy: 'low',
      preferredContact: 'text',
      datesToAvoid: 'Christmas Eve',
    });
    expect(saved.statusCode).toBe(303);
    const people = await worker.get(`${base}/people`);
    expect(people.body).toContain('Needs a Polish interpreter');
    expect(people.body).toContain(`href="${base}/people/p1/needs"`);
    for (const form of [`${base}/contacts/new`, `${base}/visits/new`]) {
      const page = await worker.get(form);
      expect(page.body).toContain('data-qa="communication-needs"');
      expect(page.body).toContain('Prefers contact by text');
      expect(page.body).toContain('Dates to avoid: Christmas Eve');
    }
  });

  it('refuses a contact method not in the list, with the error summary', async () => {
    const page = await worker.submit(`${base}/people/p1/needs`, { preferredContact: 'pigeon' });
    expect(page.statusCode).toBe(400);
    expect(page.body).toContain('govuk-error-summary');
    expect(page.body).toContain('href="#preferredContact"');
  });

  it('shows nothing on the contact form when no needs are recorded', async () => {
    expect((await worker.get(`${base}/contacts/new`)).body).not.toContain('data-qa="communication-needs"');
  });
});

describe('the family plan', () => {
  it('records a stage of change with its signs and shows the tasks for that stage', async () => {
    const saved = await worker.submit(`${base}/family-plan/stages/new`, {
      person: 'p1',
      stage: 'contemplation',
      indicators: ['contemplation-ambivalent'],
    });
    expect(saved.statusCode).toBe(303);
    const plan = await worker.get(`${base}/family-plan`);
    expect(plan.body).toContain('Contemplation: thinking about change');
    expect(plan.body).toContain('Torn: argues both for and against change');
    expect(plan.body).toContain('data-qa="stage-tasks"');
    expect(plan.body).toContain('BEF 10.0');
  });

  it('asks for the stage when none is chosen', async () => {
    const page = await worker.submit(`${base}/family-plan/stages/new`, { person: 'p1' });
    expect(page.statusCode).toBe(400);
    expect(page.body).toContain('Select the stage of change');
    const mixed = await worker.submit(`${base}/family-plan/stages/new`, {
      person: 'p1',
      stage: 'action',
      indicators: ['contemplation-ambivalent'],
    });
    expect(mixed.statusCode).toBe(400);
    expect(mixed.body).toContain('href="#indicators"');
  });

  it('sets a GROW goal with the pack’s questions, flags it before action, and reviews it', async () => {
    await worker.submit(`${base}/family-plan/stages/new`, { person: 'p1', stage: 'pre-contemplation' });
    const form = await worker.get(`${base}/family-plan/goals/new`);
    expect(form.body).toContain('What would success look and feel like for you?');
    const saved = await worker.submit(`${base}/family-plan/goals/new`, {
      person: 'p1',
      goal: 'Take Maja to the dentist',
      will: 'Anna will ring the dentist on Monday',
      ...dateBoxes('due', inDays(14)),
    });
    expect(saved.statusCode).toBe(303);
    let plan = await worker.get(`${base}/family-plan`);
    expect(plan.body).toContain('Take Maja to the dentist');
    expect(plan.body).toContain('data-qa="goal-before-action"');

    const reviewForm = await worker.get(`${base}/family-plan/reviews/new`);
    const goalId = /name="goal-(e\d+)"/.exec(reviewForm.body)?.[1];
    expect(goalId).toBeDefined();
    const reviewed = await worker.submit(`${base}/family-plan/reviews/new`, {
      progress: 'some',
      [`goal-${goalId}`]: 'good',
      ...dateBoxes('nextReviewOn', inDays(28)),
    });
    expect(reviewed.statusCode).toBe(303);
    plan = await worker.get(`${base}/family-plan`);
    expect(plan.body).toContain('data-qa="next-review"');
    expect(plan.body).toContain('Take Maja to the dentist: good progress');
    const chronology = await worker.get(`${base}/chronology`);
    expect(chronology.body).toContain('Take Maja to the dentist: good progress');
    expect(chronology.body).toContain('Pre-contemplation: does not see a problem');
  });

  it('asks for a next review date after today', async () => {
    const page = await worker.submit(`${base}/family-plan/reviews/new`, {
      progress: 'none',
      ...dateBoxes('nextReviewOn', inDays(-1)),
    });
    expect(page.statusCode).toBe(400);
    expect(page.body).toContain('The next review must be after today');
    expect(page.body).toContain('href="#nextReviewOn-day"');
  });
});

describe('the end-of-contact summary', () => {
  it('drafts it, measures it, records it as given and prints it in large print', async () => {
    await recordVisit();
    const chronology = await worker.get(`${base}/chronology`);
    const href = /href="([^"]+\/summary)" data-qa="summary-link"/.exec(chronology.body)?.[1];
    expect(href).toBe(`${base}/entries/e2/summary`);
    const draft = await worker.get(`${base}/entries/e2/summary`);
    expect(draft.statusCode).toBe(200);
    expect(draft.body).toContain('We came to your home to see how Maja Nowak is getting on.');
    expect(draft.body).toMatch(/Reading age about \d+/);
    expect(draft.body).toContain('data-qa="summary-sms"');

    // The text message has every action, and says how many texts it takes.
    const actions = await worker.submit(`${base}/entries/e2/summary`, {
      action: 'check',
      why: 'We came to see Maja.',
      done: 'We saw Maja.',
      next: 'We will come back on Monday.',
      actions:
        'Anna: take Leo to the clinic, by Friday.\nSam Patel: ring the school about Maja’s lunches, by Monday.',
    });
    const sms = /data-qa="summary-sms">([^<]*)</.exec(actions.body)?.[1] ?? '';
    expect(sms).toContain('Anna: take Leo to the clinic, by Friday.');
    expect(sms).toContain('Sam Patel: ring the school about Maja&#39;s lunches, by Monday.');
    expect(actions.body).toMatch(/data-qa="summary-sms-size">\d+ characters, sent as 2 texts\./);

    const checked = await worker.submit(`${base}/entries/e2/summary`, {
      action: 'check',
      why: 'Notwithstanding considerable organisational complexities, professionals anticipated comprehensive reconsideration.',
      done: 'We saw Maja.',
      next: 'We will come back on Monday.',
    });
    expect(checked.statusCode).toBe(200);
    expect(checked.body).toContain('harder than the aim of 9 to 11');

    const given = await worker.submit(`${base}/entries/e2/summary`, {
      action: 'give',
      why: 'We came to see how Maja is.',
      done: 'We saw Maja and Anna.',
      next: 'We will come back on Monday.',
      actions: 'Anna: ring the dentist, by Friday.',
    });
    expect(given.statusCode).toBe(303);
    const after = await worker.get(`${base}/entries/e2/summary`);
    expect(after.body).toContain('data-qa="summary-given"');
    expect((await worker.get(`${base}/chronology`)).body).toContain('Summary given to the family');

    const pdf = await worker.get(`${base}/entries/e2/summary.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const printed = await readPdf(pdf.rawPayload);
    expect(printed.title).toBe('What we talked about');
    expect(printed.text).toContain('What happens next');
    expect(printed.text).toContain('We will come back on Monday.');
    expect(Math.min(...printed.fontSizes)).toBeGreaterThanOrEqual(16);
  });

  it('asks for what happens next before it can be given', async () => {
    await recordVisit();
    const page = await worker.submit(`${base}/entries/e2/summary`, {
      action: 'give',
      why: 'To see you.',
      done: 'We talked.',
    });
    expect(page.statusCode).toBe(400);
    expect(page.body).toContain('Say what happens next');
  });

  it('is not found for another partnership’s user or an entry that is not a contact', async () => {
    await recordVisit();
    expect((await worker.get(`${base}/entries/e1/summary`)).statusCode).toBe(404);
  });
});
