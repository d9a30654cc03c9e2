// Meetings through the API: every decision the packs name recorded, the decision's next steps added as
// actions, validation by path, and the case's actions with whether each is overdue. Every answer is checked
// against the OpenAPI document (support/api.ts).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Meeting } from '../../src/domain/entries.js';
import type { PackId } from '../../src/domain/vocabularies.js';
import { anEngagingCase, daysAgo, failedVisit, startApiTest, type ApiTest } from '../support/api.js';
import { addAgenciesOf } from '../support/agencies.js';
import { entryCount } from '../support/database.js';

let api: ApiTest;
beforeEach(async () => {
  api = await startApiTest();
});
afterEach(() => api.close());

interface Problem {
  errors?: { path: string; message: string }[];
}
interface Actions {
  items: { meeting: string; what: string; owner?: string; due?: string; overdue: boolean }[];
}

const importCase = async (pack: PackId = 'milton-keynes') => {
  const file = anEngagingCase()
    .withPack(pack)
    .withAgency('hv')
    .withWorker('hv1', 'hv', 'Health Visitor')
    .build();
  await addAgenciesOf(api.t, file);
  return api.post('/api/v1/import', file);
};
const record = (body: Record<string, unknown>) =>
  api.post<Meeting & Problem>('/api/v1/cases/FAM-0001/meetings', body);

describe('recording a meeting', () => {
  it.each([
    ['milton-keynes', 'multi-agency', 'continue', 0],
    ['milton-keynes', 'professionals-meeting', 'close', 0],
    ['milton-keynes', 'multi-agency', 'child-protection', 2],
    ['milton-keynes', 'professionals-meeting', 'legal', 1],
    ['barnsley', 'team-around-family', 'step-down', 0],
    ['forth-valley', 'professionals-meeting', 'reporter-referral', 1],
    ['sussex', 'professionals-meeting', 'child-protection', 1],
  ] as const)('under %s, a %s deciding %s, adds %i next steps', async (pack, type, decision, steps) => {
    await importCase(pack);
    const own = { what: 'Joint visit with the health visitor', owner: 'hv1', due: daysAgo(-7).slice(0, 10) };
    const recorded = await record({
      type,
      attendees: ['csc', 'hv'],
      parentsExcluded: false,
      decision,
      actions: [own],
    });
    expect(recorded.status).toBe(201);
    expect(recorded.json).toMatchObject({
      kind: 'meeting',
      id: 'e2',
      type,
      decision,
      agency: 'csc',
      worker: 'w1',
    });
    expect(recorded.json.actions?.[0]).toEqual(own);
    expect(recorded.json.actions?.slice(1)).toHaveLength(steps);
    for (const step of recorded.json.actions?.slice(1) ?? [])
      expect(step).toMatchObject({ owner: 'w1', due: expect.stringMatching(/^\d{4}-\d\d-\d\d$/) });
  });

  it('moves a case that is not engaging to the stage its decision names', async () => {
    await importCase();
    await api.post('/api/v1/cases/FAM-0001/entries', { ...failedVisit, at: daysAgo(1) });
    await record({ type: 'multi-agency', attendees: ['csc'], decision: 'legal' });
    expect((await api.get<{ stage: string }>('/api/v1/cases/FAM-0001')).json.stage).toBe('legal');
  });

  it('names each problem by its path, and writes nothing', async () => {
    await importCase('barnsley');
    const refused = await record({
      type: 'legal-planning',
      attendees: ['csc', 'nowhere'],
      parentsExcluded: true,
      decision: 'legal',
      actions: [{ what: 'Visit', owner: 'stranger', due: '2026-02-01' }, { what: 'Call' }],
      colour: 'red',
    });
    expect(refused.status).toBe(400);
    expect(refused.json.errors?.map((e) => e.path).sort()).toEqual([
      'actions[1].due',
      'actions[1].owner',
      'colour',
    ]);
    const pack = await record({
      type: 'legal-planning',
      attendees: ['csc', 'nowhere'],
      parentsExcluded: true,
      decision: 'legal',
      actions: [{ what: 'Visit', owner: 'stranger', due: '2026-02-01' }],
    });
    expect(pack.json.errors?.map((e) => e.path)).toEqual(['attendees[1]']);
    const rules = await record({
      type: 'legal-planning',
      attendees: ['csc'],
      parentsExcluded: true,
      decision: 'legal',
      actions: [{ what: 'Visit', owner: 'stranger', due: '2026-02-01' }],
    });
    expect(rules.json.errors?.map((e) => e.path)).toEqual([
      'type',
      'reason',
      'decision',
      'actions[0].owner',
      'actions[0].due',
    ]);
    expect(await entryCount(api.t.db)).toBe(1);
  });

  it('is a 404 for a case the user may not see', async () => {
    await importCase();
    const outsider = await api.tokenFor(await api.t.addUser({ agencyId: await api.t.addAgency('sch') }));
    const hidden = await api.post(
      '/api/v1/cases/FAM-0001/meetings',
      { type: 'multi-agency' },
      { token: outsider },
    );
    expect(hidden.status).toBe(404);
    expect((await api.get('/api/v1/cases/FAM-0001/actions', { token: outsider })).status).toBe(404);
  });
});

describe("the case's actions", () => {
  it('lists every action, newest meeting first, overdue once its date has passed', async () => {
    await importCase();
    // Its date has passed since: recorded as any entry, as an imported case file brings it.
    await api.post('/api/v1/cases/FAM-0001/entries', {
      kind: 'meeting',
      at: daysAgo(10),
      type: 'multi-agency',
      attendees: ['csc'],
      actions: [{ what: 'Late one', owner: 'w1', due: daysAgo(3).slice(0, 10) }],
    });
    await record({
      at: daysAgo(1),
      type: 'professionals-meeting',
      attendees: ['csc'],
      actions: [
        { what: 'In time', owner: 'hv', due: daysAgo(-3).slice(0, 10) },
        { what: 'Today', owner: 'hv1', due: daysAgo(0).slice(0, 10) },
      ],
    });
    const listed = await api.get<Actions>('/api/v1/cases/FAM-0001/actions');
    expect(listed.status).toBe(200);
    expect(listed.json.items.map((a) => [a.meeting, a.what, a.overdue])).toEqual([
      ['e3', 'In time', false],
      ['e3', 'Today', false],
      ['e2', 'Late one', true],
    ]);
  });

  it('refuses a new action due before today (UK), naming its due date, and writes nothing', async () => {
    await importCase();
    const refused = await record({
      type: 'multi-agency',
      attendees: ['csc'],
      actions: [
        { what: 'In time', owner: 'w1', due: daysAgo(0).slice(0, 10) },
        { what: 'Already late', owner: 'w1', due: daysAgo(1).slice(0, 10) },
      ],
    });
    expect(refused.status).toBe(400);
    expect(refused.json.errors).toEqual([
      { path: 'actions[1].due', message: 'The date action 2 is due must be today or in the future' },
    ]);
    expect(await entryCount(api.t.db)).toBe(1);
  });

  it('is an empty list before any meeting', async () => {
    await importCase();
    expect((await api.get<Actions>('/api/v1/cases/FAM-0001/actions')).json).toEqual({ items: [] });
  });
});
