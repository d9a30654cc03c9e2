// Cases through the API: the list and its filters, creating one, reading one, and whole case files in and out.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addAgenciesOf } from '../support/agencies.js';
import { aCase } from '../support/case-builder.js';
import { anEngagingCase, daysAgo, failedVisit, startApiTest, type ApiTest } from '../support/api.js';

let api: ApiTest;
beforeEach(async () => {
  api = await startApiTest();
});
afterEach(() => api.close());

interface Problem {
  type: string;
  status: number;
  errors?: { path: string; message: string }[];
}
const csc = { ref: 'csc', type: 'social-care', name: "Children's Social Care" } as const;
const paths = (problem: Problem) => problem.errors?.map((error) => error.path);

describe('the list of cases', () => {
  beforeEach(async () => {
    await api.post('/api/v1/import', anEngagingCase('FAM-0001').build());
    await api.post('/api/v1/import', anEngagingCase('FAM-0002').build());
    await api.post('/api/v1/cases/FAM-0002/entries', failedVisit);
  });

  it('holds each case with its plan, stage, worst severity and findings, worst first', async () => {
    const list = await api.get<{
      items: {
        id: number;
        ref: string;
        plan: string;
        stage: string;
        worstSeverity: string | null;
        findings: { code: string }[];
      }[];
    }>('/api/v1/cases');
    expect(list.json.items.map((c) => [c.ref, c.plan, c.stage])).toEqual([
      ['FAM-0002', 'child-protection', 'concern'],
      ['FAM-0001', 'child-protection', 'engaging'],
    ]);
    expect(list.json.items[0]?.worstSeverity).not.toBeNull();
    expect(list.json.items[0]?.findings.map((f) => f.code)).toContain('door-not-answered');
    expect(list.json.items[1]).toMatchObject({ worstSeverity: null, findings: [] });
  });

  it('filters by stage, by finding code and by least severity', async () => {
    const refs = async (query: string) =>
      (await api.get<{ items: { ref: string }[] }>(`/api/v1/cases?${query}`)).json.items.map((c) => c.ref);
    expect(await refs('stage=concern')).toEqual(['FAM-0002']);
    expect(await refs('stage=engaging')).toEqual(['FAM-0001']);
    expect(await refs('code=door-not-answered')).toEqual(['FAM-0002']);
    expect(await refs('code=hostility-to-staff')).toEqual([]);
    expect(await refs('severity=info')).toEqual(['FAM-0002']);
    expect(await refs('severity=critical')).toEqual([]);
  });

  it('names a filter that is not one of its values, and refuses one it does not know', async () => {
    const refused = await api.get<Problem>('/api/v1/cases?stage=asleep&severity=loud&colour=red');
    expect(refused.status).toBe(400);
    expect(paths(refused.json)).toEqual(['stage', 'severity', 'colour']);
  });

  it('comes a page at a time: `limit`, then the `nextCursor` of the page before, until it is null', async () => {
    type Page = { items: { ref: string }[]; nextCursor: string | null };
    const first = await api.get<Page>('/api/v1/cases?limit=1');
    expect(first.json.items.map((c) => c.ref)).toEqual(['FAM-0002']);
    expect(first.json.nextCursor).toEqual(expect.any(String));
    const second = await api.get<Page>(`/api/v1/cases?limit=1&cursor=${first.json.nextCursor ?? ''}`);
    expect(second.json).toEqual({ items: [expect.objectContaining({ ref: 'FAM-0001' })], nextCursor: null });
    const all = await api.get<Page>('/api/v1/cases');
    expect(all.json.nextCursor).toBeNull();
  });

  it('refuses a cursor it did not write and a limit out of range', async () => {
    const cursor = await api.get<Problem>('/api/v1/cases?cursor=not-one-of-ours');
    expect(cursor.status).toBe(400);
    expect(paths(cursor.json)).toEqual(['cursor']);
    const limit = await api.get<Problem>('/api/v1/cases?limit=201');
    expect(limit.status).toBe(400);
    expect(paths(limit.json)).toEqual(['limit']);
  });
});

describe('creating a case', () => {
  // Six weeks ago: more than the 20 working days a child in need may go unseen, even over Christmas.
  const openedOn = daysAgo(45).slice(0, 10);
  const newCase = {
    case: { ref: 'FAM-0100', plan: 'child-in-need', openedOn },
    agencies: [csc, { ref: 'sch', type: 'school', name: 'Primary School' } as const],
    people: [
      { ref: 'c1', role: 'child', name: 'Child One', dateOfBirth: '2019-03-01' },
      { ref: 'm1', role: 'parent', name: 'Parent One', livesWithChildren: ['c1'] },
    ],
  };
  beforeEach(() => addAgenciesOf(api.t, newCase));

  it("answers 201 with its id and ref; it has the partnership's pack, its people and agencies, and the creator holds it", async () => {
    const created = await api.post<{ id: number; ref: string }>('/api/v1/cases', newCase);
    expect(created.status).toBe(201);
    expect(created.json).toEqual({ id: expect.any(Number), ref: 'FAM-0100' });
    const read = await api.get<Record<string, unknown>>('/api/v1/cases/FAM-0100');
    const { stage, worstSeverity, ...rest } = read.json;
    // The child has not been seen since the case opened, six weeks ago.
    expect([stage, worstSeverity]).toEqual(['concern', expect.any(String)]);
    expect(rest).toEqual({
      case: { ref: 'FAM-0100', pack: 'milton-keynes', plan: 'child-in-need', openedOn },
      agencies: newCase.agencies,
      workers: [{ ref: 'w1', agency: 'csc', name: 'Worker 1' }],
      people: newCase.people,
    });
    const file = await api.get<{ entries: unknown[] }>('/api/v1/cases/FAM-0100/export');
    expect(file.json.entries).toEqual([
      expect.objectContaining({ id: 'e1', kind: 'allocation', worker: 'w1', role: 'lead' }),
    ]);
  });

  it("refuses a case without the user's own agency, naming `agencies`", async () => {
    const refused = await api.post<Problem>('/api/v1/cases', {
      ...newCase,
      agencies: [{ ref: 'sch', type: 'school', name: 'Primary School' }],
    });
    expect(refused.status).toBe(400);
    expect(paths(refused.json)).toEqual(['agencies']);
  });

  it('names every invalid and unknown field by its path', async () => {
    const refused = await api.post<Problem>('/api/v1/cases', {
      ...newCase,
      case: { ...newCase.case, plan: 'whatever', colour: 'red' },
      people: [{ ...newCase.people[0], role: 'uncle' }],
    });
    expect(refused.status).toBe(400);
    expect(paths(refused.json)?.sort()).toEqual(['case.colour', 'case.plan', 'people[0].role']);
  });

  it('is a conflict when the reference is taken', async () => {
    await api.post('/api/v1/cases', newCase);
    const again = await api.post<Problem>('/api/v1/cases', newCase);
    expect(again.status).toBe(409);
    expect(again.json.type).toMatch(/conflict$/);
  });
});

describe('case files', () => {
  const file = aCase()
    .withAgency('hv')
    .withWorker('w9', 'hv', 'Health Visitor')
    .withChild('c1', '2025-09-14')
    .withContact({ seen: ['c1'], seenAlone: [] })
    .withContact({ outcome: 'no-answer-believed-in', seen: [] })
    .build();
  beforeEach(() => addAgenciesOf(api.t, file));

  it('import with 201, and export as they were imported', async () => {
    const imported = await api.post<{ ref: string }>('/api/v1/import', file);
    expect(imported.status).toBe(201);
    expect(imported.json).toEqual({ id: expect.any(Number), ref: 'FAM-0001' });
    const exported = await api.get('/api/v1/cases/FAM-0001/export');
    expect(exported.json).toStrictEqual(file);
  });

  it('are a conflict when the reference is taken: never a merge', async () => {
    await api.post('/api/v1/import', file);
    const again = await api.post<Problem>('/api/v1/import', { ...file, entries: [] });
    expect(again.status).toBe(409);
    expect(
      (await api.get<{ entries: unknown[] }>('/api/v1/cases/FAM-0001/export')).json.entries,
    ).toHaveLength(2);
  });

  it("are refused unless the importer's agency is among the file's agencies", async () => {
    const theirs = {
      ...file,
      agencies: file.agencies.filter((a) => a.ref === 'hv'),
      workers: file.workers.filter((w) => w.agency === 'hv'),
      entries: [],
    };
    const refused = await api.post<Problem>('/api/v1/import', theirs);
    expect(refused.status).toBe(400);
    expect(paths(refused.json)).toEqual(['agencies']);
  });

  it('are refused whole when they do not match the format, every problem named by its path', async () => {
    const broken = structuredClone(file) as unknown as {
      entries: Record<string, unknown>[];
      case: Record<string, unknown>;
    };
    (broken.entries[1] as Record<string, unknown>).outcome = 'vanished';
    broken.case.colour = 'blue';
    const refused = await api.post<Problem>('/api/v1/import', broken);
    expect(refused.status).toBe(400);
    expect(paths(refused.json)?.sort()).toEqual(['case.colour', 'entries[1].outcome']);
    const dangling = { ...file, entries: [{ ...file.entries[0], worker: 'nobody' }] };
    expect(paths((await api.post<Problem>('/api/v1/import', dangling)).json)).toEqual(['entries[0].worker']);
    expect(await api.t.db.selectFrom('cases').select('id').execute()).toEqual([]);
  });
});
