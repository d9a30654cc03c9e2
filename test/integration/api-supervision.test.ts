// The manager's view of the team and supervision records through /api/v1 (issue 9, item 5): the same
// service as the "Your team" page, so the same figures; every answer is checked against the OpenAPI document.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aCase } from '../support/case-builder.js';
import { anEngagingCase, daysAgo, failedVisit, startApiTest, type ApiTest } from '../support/api.js';
import type { TestUser } from '../support/app.js';

let api: ApiTest;
let manager: TestUser;
let managerToken: string;

interface Team {
  childrenNotSeen: { case: string; name: string; days: number }[];
  supervision: { id: number; name: string; status: string; overdueCases: string[] }[];
  decisions: { case: string; finding: { code: string } }[];
  cases: { ref: string }[];
}

interface Supervision {
  id: number;
  completedAt: string | null;
  cases: {
    ref: string;
    questions: { id: string }[];
    prompts: Record<string, { code: string }[]>;
    answers: Record<string, string>;
    entryId: string | null;
  }[];
}

beforeEach(async () => {
  api = await startApiTest();
  manager = await api.t.addUser({ role: 'manager', name: 'Morgan Manager' });
  await api.t.db
    .updateTable('users')
    .set({ manager_id: manager.id })
    .where('id', '=', api.t.user.id)
    .execute();
  managerToken = await api.tokenFor(manager);
  await api.post('/api/v1/import', anEngagingCase('FAM-0001').build());
  for (const at of [daysAgo(8), daysAgo(7), daysAgo(6)])
    await api.post('/api/v1/cases/FAM-0001/entries', { ...failedVisit, at });
  // Nobody has seen this child since the case opened, sixty days ago.
  await api.post(
    '/api/v1/import',
    aCase()
      .withRef('FAM-0002')
      .withPlan('child-protection')
      .openedOn(daysAgo(60).slice(0, 10))
      .withWorker('w1', 'csc', 'Worker 1')
      .withChild('c1', '2020-01-01')
      .withEntry({ id: 'e1', kind: 'allocation', at: daysAgo(60), worker: 'w1', role: 'lead' })
      .build(),
  );
});
afterEach(() => api.close());

const team = (query = '') => api.get<Team>(`/api/v1/team${query}`, { token: managerToken });

describe('GET /team', () => {
  it('gives the manager the children not seen, supervision per worker and decisions waiting', async () => {
    const { status, json } = await team();
    expect(status).toBe(200);
    expect(json.childrenNotSeen).toEqual([expect.objectContaining({ case: 'FAM-0002', name: 'Child c1' })]);
    // Sixty days, give or take the hour the clocks change.
    expect(Math.abs((json.childrenNotSeen[0]?.days ?? 0) - 60)).toBeLessThanOrEqual(1);
    expect(json.supervision).toEqual([
      expect.objectContaining({ id: api.t.user.id, status: 'overdue', overdueCases: ['FAM-0002'] }),
    ]);
    expect(json.decisions.map((d) => `${d.case} ${d.finding.code}`)).toContain(
      'FAM-0001 manager-discussion-due',
    );
    expect(json.cases.map((c) => c.ref)).toEqual(['FAM-0002', 'FAM-0001']);
  });

  it('shows the same figures as the page', async () => {
    const { json } = await team();
    const page = (await (await api.t.signedIn(manager)).get('/team')).body;
    expect(page).toContain(`Children nobody has seen (${json.childrenNotSeen.length})`);
    expect(page).toContain(`Decisions waiting (${json.decisions.length})`);
    expect(page).toContain(`Team cases (${json.cases.length})`);
  });

  it('narrows by finding and by worker, and is 404 for a practitioner or a worker not yours', async () => {
    expect((await team('?code=child-not-seen')).json.cases.map((c) => c.ref)).toEqual(['FAM-0002']);
    expect((await team(`?worker=${api.t.user.id}`)).json.cases).toHaveLength(2);
    expect((await team('?worker=9999')).status).toBe(404);
    expect((await api.get('/api/v1/team')).status).toBe(404);
  });
});

describe('supervision records', () => {
  it('are started, answered, completed, and answer supervision-overdue', async () => {
    const started = await api.post<Supervision>(
      '/api/v1/supervisions',
      { worker: api.t.user.id, cases: ['FAM-0001', 'FAM-0002'] },
      { token: managerToken },
    );
    expect(started.status).toBe(201);
    const { id } = started.json;
    expect(started.json.cases[1]?.prompts['mk-reflect-adult-focus']?.map((f) => f.code)).toContain(
      'child-not-seen',
    );

    const answer = (ref: string, answers: Record<string, string>) =>
      api.post<Supervision>(
        `/api/v1/supervisions/${id}/answers`,
        { case: ref, answers },
        { token: managerToken },
      );
    expect((await answer('FAM-0001', { decision: 'Joint visit on Friday' })).status).toBe(200);
    expect((await answer('FAM-0001', { 'no-such-question': 'x' })).status).toBe(400);
    const complete = () =>
      api.post<Supervision>(`/api/v1/supervisions/${id}/complete`, {}, { token: managerToken });
    expect((await complete()).status).toBe(400);

    await answer('FAM-0002', { 'mk-reflect-adult-focus': 'Yes', decision: 'Police welfare check today' });
    const done = await complete();
    expect(done.status).toBe(200);
    expect(done.json.completedAt).not.toBeNull();
    const entries = await api.get<{ items: { kind: string; reflections?: string[]; decision?: string }[] }>(
      '/api/v1/cases/FAM-0002/entries',
    );
    expect(entries.json.items[0]).toMatchObject({
      kind: 'supervision',
      reflections: ['mk-reflect-adult-focus'],
      decision: 'Police welfare check today',
    });
    expect((await team()).json.supervision[0]).toMatchObject({ overdueCases: [] });
    expect((await api.get(`/api/v1/supervisions/${id}`, { token: managerToken })).status).toBe(200);
  });

  it('are not found for the worker themselves', async () => {
    expect(
      (await api.post('/api/v1/supervisions', { worker: api.t.user.id, cases: ['FAM-0001'] })).status,
    ).toBe(404);
  });
});
