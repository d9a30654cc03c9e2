// Working with the family through /api/v1 (issue 8): needs, stages of change, goals, plan reviews, the
// family plan and the end-of-contact summary. Every answer is checked against the OpenAPI document.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { anEngagingCase, daysAgo, startApiTest, type ApiTest } from '../support/api.js';

let api: ApiTest;
const url = (path: string) => `/api/v1/cases/FAM-0001${path}`;
const inDays = (n: number) => daysAgo(-n).slice(0, 10);

beforeEach(async () => {
  api = await startApiTest();
  await api.post('/api/v1/import', anEngagingCase().build());
});
afterEach(() => api.close());

interface Plan {
  stages: { person: string; stage: string | null; tasks: { citations: string[] }[] }[];
  goals: { id: string; latest: string | null; beforeAction: boolean }[];
  reviews: { nextReviewOn: string | null; items: unknown[] };
}

describe('the family plan through the API', () => {
  it('records a stage, a goal and a review, and reads them back as the family plan', async () => {
    const stage = await api.post(url('/stages-of-change'), {
      person: 'm1',
      stage: 'determination',
      indicators: ['determination-decided'],
    });
    expect(stage.status).toBe(201);
    const goal = await api.post<{ id: string }>(url('/goals'), {
      person: 'm1',
      goal: 'Keep every clinic appointment',
      will: 'Mum will put them on the fridge',
      due: inDays(30),
    });
    expect(goal.status).toBe(201);
    const review = await api.post(url('/plan-reviews'), {
      progress: 'some',
      goals: [{ goal: goal.json.id, progress: 'good' }],
      nextReviewOn: inDays(42),
    });
    expect(review.status).toBe(201);

    const plan = await api.get<Plan>(url('/family-plan'));
    expect(plan.status).toBe(200);
    expect(plan.json.stages).toMatchObject([{ person: 'm1', stage: 'determination' }]);
    expect(plan.json.stages[0]?.tasks[0]?.citations).toContain('BEF 10.0');
    expect(plan.json.goals).toMatchObject([{ id: goal.json.id, latest: 'good', beforeAction: false }]);
    expect(plan.json.reviews).toMatchObject({ nextReviewOn: inDays(42) });
  });

  it('is 400 naming the field for a sign of another stage, or an unknown goal', async () => {
    const stage = await api.post<{ errors: { path: string }[] }>(url('/stages-of-change'), {
      person: 'm1',
      stage: 'action',
      indicators: ['determination-decided'],
    });
    expect(stage.status).toBe(400);
    expect(stage.json.errors.map((e) => e.path)).toEqual(['indicators']);
    const review = await api.post(url('/plan-reviews'), {
      progress: 'none',
      goals: [{ goal: 'e99', progress: 'good' }],
    });
    expect(review.status).toBe(400);
  });

  it('changes a person’s needs', async () => {
    const changed = await api.post(url('/people/m1/needs'), {
      interpreter: 'Urdu',
      preferredContact: 'text',
    });
    expect(changed.status).toBe(200);
    expect(changed.json).toMatchObject({
      ref: 'm1',
      needs: { interpreter: 'Urdu', preferredContact: 'text' },
    });
    expect((await api.post(url('/people/nobody/needs'), {})).status).toBe(404);
  });
});

describe('the end-of-contact summary through the API', () => {
  it('gives the draft as text, text message and reading age, then records it as given', async () => {
    const draft = await api.get<{
      text: string;
      sms: string;
      smsMessages: number;
      readingAge: number;
      given: boolean;
    }>(url('/entries/e1/summary'));
    expect(draft.status).toBe(200);
    expect(draft.json.text).toMatch(/^Why we met\n/);
    expect(draft.json.smsMessages).toBeGreaterThanOrEqual(1);
    expect(draft.json.smsMessages).toBeLessThanOrEqual(3);
    expect(draft.json.readingAge).toBeGreaterThanOrEqual(5);
    expect(draft.json.given).toBe(false);

    const parts = { why: 'To see how you are.', done: 'We saw you both.', next: 'We come back next week.' };
    const given = await api.post(url('/entries/e1/summary'), parts);
    expect(given.status).toBe(201);
    expect(given.json).toMatchObject({ kind: 'contact', amends: 'e1', summaryGiven: true, summary: parts });
    const after = await api.get<{ given: boolean; sms: string }>(url('/entries/e1/summary'));
    expect(after.json.given).toBe(true);
  });

  it('is 404 for an entry that is not a contact', async () => {
    await api.post(url('/goals'), { id: 'g1', person: 'm1', goal: 'A goal' });
    expect((await api.get(url('/entries/g1/summary'))).status).toBe(404);
  });
});
