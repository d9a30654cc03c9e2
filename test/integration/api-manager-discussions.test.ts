// Manager discussions through the API (MK 5.1.9.1–4), under the page's policy, and the closure guard's 409
// audited like the page's refusal (MK 5.1.19). Every answer is checked against the OpenAPI document.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { anEngagingCase, daysAgo, failedVisit, startApiTest, type ApiTest } from '../support/api.js';
import type { TestUser } from '../support/app.js';

let api: ApiTest;
let manager: TestUser;
let managerToken: string;
const url = '/api/v1/cases/FAM-0001/manager-discussions';

interface Problem {
  type: string;
  errors?: { path: string; message: string }[];
}

beforeEach(async () => {
  api = await startApiTest();
  manager = await api.t.addUser({ role: 'manager', name: 'Morgan Manager' });
  managerToken = await api.tokenFor(manager);
  await api.post('/api/v1/import', anEngagingCase().build());
  // Nobody came to the door twice last week: serious, and a manager discussion is due.
  for (const at of [daysAgo(8), daysAgo(7)])
    await api.post('/api/v1/cases/FAM-0001/entries', { ...failedVisit, at });
});
afterEach(() => api.close());

const discussion = {
  worker: 'w1',
  decision: 'Joint visit with the health visitor this week',
  urgency: 'within-days',
};
const codes = async () =>
  (await api.get<{ findings: { code: string }[] }>('/api/v1/cases/FAM-0001/findings')).json.findings.map(
    (f) => f.code,
  );

describe('recording a manager discussion', () => {
  it('is 201 with the entry, the manager being the caller and the agency the worker’s', async () => {
    const recorded = await api.post(url, discussion, { token: managerToken });
    expect(recorded.status).toBe(201);
    expect(recorded.json).toMatchObject({
      kind: 'manager-discussion',
      worker: 'w1',
      manager: 'w2',
      agency: 'csc',
      urgency: 'within-days',
    });
  });

  it('answers manager-discussion-due and moves the stage on', async () => {
    expect(await codes()).toContain('manager-discussion-due');
    await api.post(url, discussion, { token: managerToken });
    expect(await codes()).not.toContain('manager-discussion-due');
    expect((await api.get<{ stage: string }>('/api/v1/cases/FAM-0001')).json.stage).toBe('manager-discussed');
  });

  it('is 404 for a practitioner, who may read and write the same case', async () => {
    const refused = await api.post<Problem>(url, discussion);
    expect(refused.status).toBe(404);
    expect((await api.get('/api/v1/cases/FAM-0001')).status).toBe(200);
  });

  it('names each missing, unknown or unresolved field', async () => {
    const missing = await api.post<Problem>(url, { worker: 'w1', colour: 'blue' }, { token: managerToken });
    expect(missing.status).toBe(400);
    expect(missing.json.errors?.map((e) => e.path).sort()).toEqual(['colour', 'decision', 'urgency']);
    const stranger = await api.post<Problem>(url, { ...discussion, worker: 'w9' }, { token: managerToken });
    expect(stranger.json.errors?.map((e) => e.path)).toEqual(['worker']);
  });
});

describe('the closure guard through the API', () => {
  it('audits the 409 as the page does, with the case, the user and the reason', async () => {
    const refused = await api.post<Problem>('/api/v1/cases/FAM-0001/closure', { reason: 'No further role' });
    expect(refused.status).toBe(409);
    const rows = await api.t.db
      .selectFrom('audit_log')
      .select(['user_id', 'case_id', 'detail'])
      .where('action', '=', 'closure-refused')
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ user_id: api.t.user.id, case_id: expect.any(Number) });
    expect(rows[0]?.detail).toMatch(/^closure: No further role \(findings: .*door-not-answered/);
  });
});
