// Visits through the API (issue 7, item 5): plan, check out with where, check in, extend; the entries
// endpoint's check-out and check-in keep the whereabouts as the pages do; managers see and acknowledge.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { packFor } from '../../src/domain/packs/index.js';
import { toUkLocalDateTime } from '../../src/domain/time.js';
import { sweepOverdueVisits } from '../../src/services/overdue-visits.js';
import { anEngagingCase, daysAgo, startApiTest, type ApiTest } from '../support/api.js';
import type { TestUser } from '../support/app.js';

let api: ApiTest;
let manager: TestUser;
let managerToken: string;
let workerToken: string;
const inMinutes = (n: number) => toUkLocalDateTime(new Date(Date.now() + n * 60_000));
const answers = Object.fromEntries(
  packFor('milton-keynes').checklists.preVisitSafety.map((q) => [q.id, 'yes']),
);
const plan = () => ({
  due: inMinutes(5),
  expectedBack: inMinutes(65),
  lone: false,
  answers,
  contingency: 'Ring the school and try again tomorrow',
});

interface Entry {
  id: string;
  kind: string;
  amends?: string;
  expectedBack?: string;
}
interface Out {
  place: string | null;
  overdue: boolean;
  id: number;
}

beforeEach(async () => {
  api = await startApiTest();
  manager = await api.t.addUser({ role: 'manager', name: 'Morgan Manager' });
  managerToken = await api.tokenFor(manager);
  const worker = await api.t.addUser({ name: 'Wren Worker', managerId: manager.id });
  workerToken = await api.tokenFor(worker);
  await api.post('/api/v1/import', anEngagingCase().build());
  // Threats on the last visit: the family has a risk-to-staff warning.
  await api.post('/api/v1/cases/FAM-0001/entries', {
    kind: 'contact',
    at: daysAgo(1),
    mode: 'home-visit',
    outcome: 'cut-short',
    threats: ['threat-of-violence'],
  });
});
afterEach(() => api.close());

const outNow = async (token: string) =>
  (await api.get<{ items: Out[] }>('/api/v1/whereabouts', { token })).json.items;

describe('visits through the API', () => {
  it('refuses a lone visit to a family with a warning without a manager’s agreement', async () => {
    const refused = await api.post<{ errors: { path: string }[] }>(
      '/api/v1/cases/FAM-0001/visit-plans',
      {
        ...plan(),
        lone: true,
      },
      { token: workerToken },
    );
    expect(refused.status).toBe(400);
    expect(refused.json.errors.map((e) => e.path)).toEqual(['managerAgreedLone']);
  });

  it('plans, checks out with where (kept out of the entry), extends and checks in', async () => {
    const planned = await api.post<Entry>('/api/v1/cases/FAM-0001/visit-plans', plan(), {
      token: workerToken,
    });
    expect(planned.status).toBe(201);
    const visit = `/api/v1/cases/FAM-0001/visits/${planned.json.id}`;
    const out = await api.post<Entry>(
      `${visit}/check-out`,
      { where: '3 Elm Close', expectedBack: inMinutes(65) },
      { token: workerToken },
    );
    expect(out.status).toBe(201);
    expect(JSON.stringify(out.json)).not.toContain('Elm');
    expect(await outNow(managerToken)).toMatchObject([{ place: '3 Elm Close', overdue: false }]);
    expect(await outNow(api.token)).toEqual([]); // a colleague who is not their manager
    const extended = await api.post<Entry>(`${visit}/extend`, undefined, { token: workerToken });
    expect(extended.json).toMatchObject({
      kind: 'check-out',
      amends: out.json.id,
      expectedBack: inMinutes(95),
    });
    const back = await api.post<Entry>(`${visit}/check-in`, undefined, { token: workerToken });
    expect(back.json.kind).toBe('check-in');
    expect(await outNow(managerToken)).toEqual([]);
    expect((await api.post(`${visit}/check-in`, undefined, { token: workerToken })).status).toBe(400);
  });

  it('keeps whereabouts for check-outs and check-ins recorded as entries', async () => {
    const planned = await api.post<Entry>('/api/v1/cases/FAM-0001/visit-plans', plan(), {
      token: workerToken,
    });
    const entries = '/api/v1/cases/FAM-0001/entries';
    await api.post(
      entries,
      { kind: 'check-out', visit: planned.json.id, expectedBack: inMinutes(30) },
      { token: workerToken },
    );
    expect(await outNow(managerToken)).toMatchObject([{ place: null }]);
    await api.post(entries, { kind: 'check-in', visit: planned.json.id }, { token: workerToken });
    expect(await outNow(managerToken)).toEqual([]);
  });

  it('alerts the manager through GET /notifications when the worker is overdue, and lets them acknowledge', async () => {
    const planned = await api.post<Entry>('/api/v1/cases/FAM-0001/visit-plans', plan(), {
      token: workerToken,
    });
    await api.post(
      `/api/v1/cases/FAM-0001/visits/${planned.json.id}/check-out`,
      { expectedBack: inMinutes(65) },
      { token: workerToken },
    );
    await sweepOverdueVisits(api.t.db, { now: new Date(Date.now() + 81 * 60_000) });
    const notifications = await api.get<{ items: { kind: string; case: string }[] }>(
      '/api/v1/notifications',
      { token: managerToken },
    );
    expect(notifications.json.items).toContainEqual(
      expect.objectContaining({ kind: 'visit-overdue', case: 'FAM-0001' }),
    );
    const [out] = await outNow(managerToken);
    expect(out?.overdue).toBe(true);
    expect(
      (await api.post(`/api/v1/whereabouts/${out?.id}/acknowledge`, undefined, { token: workerToken }))
        .status,
    ).toBe(404);
    const acknowledged = await api.post<{ acknowledged: { by: string } }>(
      `/api/v1/whereabouts/${out?.id}/acknowledge`,
      undefined,
      { token: managerToken },
    );
    expect(acknowledged.status).toBe(200);
    expect(acknowledged.json.acknowledged.by).toBe('Morgan Manager');
  });
});
