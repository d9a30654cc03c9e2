// An entry is attributed to whoever records it (issue 17). A health visitor once posted a contact as
// "agency": "csc", "worker": "w1" and the chronology showed it as the social worker's visit. Every API write
// that records something on a case is sent another worker's agency and worker: where its body takes them
// they are refused (400 naming each) and nothing is written; where it does not, they are an unknown field, or
// never read; and the same write without them is the signed-in user's. Entries of other workers arrive only
// by importing a whole case file, and only an administrator (or the operator's command line) adds agencies.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Entry } from '../../src/domain/entries.js';
import { toUkLocalDateTime } from '../../src/domain/time.js';
import { importCaseFiles } from '../../src/services/case-files.js';
import { addAgenciesOf } from '../support/agencies.js';
import { anEngagingCase, failedVisit, startApiTest, type ApiTest } from '../support/api.js';
import { entryIn, type TestUser } from '../support/app.js';
import { entryCount, storedEntries } from '../support/database.js';
import { dateTimeBoxes, inDays } from '../support/forms.js';

interface Problem {
  status: number;
  errors?: { path: string; message: string }[];
}

let api: ApiTest;
/** A health visitor (hv, worker ref w2) and her line manager (hv, w3), on csc's case FAM-0001. */
let visitor: TestUser;
let manager: TestUser;
const token: { visitor: string; manager: string } = { visitor: '', manager: '' };
const theSocialWorkers = { agency: 'csc', worker: 'w1' };
const hers = { agency: 'hv', worker: 'w2' };
const c = '/api/v1/cases/FAM-0001';
const inMinutes = (n: number) => toUkLocalDateTime(new Date(Date.now() + n * 60_000));
const paths = (problem: Problem) => problem.errors?.map((error) => error.path);
const latest = async () => (await storedEntries(api.t.db)).at(-1);

beforeEach(async () => {
  api = await startApiTest();
  const file = anEngagingCase().withAgency('hv').withWorker('w2', 'hv', 'Hana Visitor').build();
  await addAgenciesOf(api.t, file);
  const hv = (
    await api.t.db.selectFrom('agencies').select('id').where('ref', '=', 'hv').executeTakeFirstOrThrow()
  ).id;
  visitor = await api.t.addUser({ name: 'Hana Visitor', agencyId: hv });
  manager = await api.t.addUser({ name: 'Morgan Manager', agencyId: hv, role: 'manager' });
  await api.t.db.updateTable('users').set({ manager_id: manager.id }).where('id', '=', visitor.id).execute();
  token.visitor = await api.tokenFor(visitor);
  token.manager = await api.tokenFor(manager);
  // The social worker imports the family's file, with its workers of both agencies.
  expect((await api.post('/api/v1/import', file)).status).toBe(201);
});
afterEach(() => api.close());

const as = (who: keyof typeof token) => ({ token: token[who] });
const post = <T = Entry>(url: string, body: unknown, who: keyof typeof token = 'visitor') =>
  api.post<T & Problem>(url, body, as(who));
const idOf = async (url: string, body: unknown, who: keyof typeof token = 'visitor') => {
  const made = await post<{ id: string | number }>(url, body, who);
  if (made.status !== 201) throw new Error(`${url} answered ${made.status}: ${made.text}`);
  return made.json.id;
};

interface Write {
  name: string;
  who?: keyof typeof token;
  /** The write's url and body, after whatever it needs on the case first. */
  prepare(): Promise<{ url: string; body: Record<string, unknown> }>;
}

const arrangedVisit = () =>
  idOf(`${c}/visit-plans`, {
    due: inMinutes(10),
    expectedBack: inMinutes(70),
    lone: false,
    contingency: 'Leave a card and ring the school',
  });
const reportedIncident = () =>
  idOf(`${c}/incidents`, {
    threats: ['shouting'],
    frightening: false,
    note: 'Shouted at the door',
    policeInformed: false,
  });
const twoWay = {
  type: 'written-agreement',
  items: [
    { who: 'm1', text: 'Take the children to school on time.' },
    { who: 'hv', text: 'Visit on Tuesdays, and text the day before.' },
  ],
};
const draftAgreement = () => idOf(`${c}/agreements/drafts`, twoWay);

/** Writes whose body takes `agency` and `worker`, as in a case file. */
const takingThem: Write[] = [
  { name: 'POST /cases/{ref}/entries', prepare: async () => ({ url: `${c}/entries`, body: failedVisit }) },
  {
    name: 'POST /cases/{ref}/alerts',
    prepare: async () => ({ url: `${c}/alerts`, body: { message: 'Nobody came to the door twice' } }),
  },
  {
    name: 'POST /cases/{ref}/meetings',
    prepare: async () => ({
      url: `${c}/meetings`,
      body: { type: 'multi-agency', attendees: ['csc', 'hv'], decision: 'continue' },
    }),
  },
  {
    name: 'POST /cases/{ref}/scheduled-meetings (a meeting a week ahead)',
    prepare: async () => ({
      url: `${c}/scheduled-meetings`,
      body: { type: 'multi-agency', due: inDays(7), invited: ['csc', 'hv'] },
    }),
  },
  {
    name: 'POST /cases/{ref}/incidents',
    prepare: async () => ({
      url: `${c}/incidents`,
      body: { threats: ['shouting'], frightening: false, note: 'Shouted at the door', policeInformed: false },
    }),
  },
  {
    name: 'POST /cases/{ref}/safety-decisions',
    who: 'manager',
    prepare: async () => ({
      url: `${c}/safety-decisions`,
      body: {
        measures: ['joint-visits-only'],
        decision: 'Joint visits only',
        reason: 'Shouting at the door',
      },
    }),
  },
  {
    name: 'POST /cases/{ref}/stages-of-change',
    prepare: async () => ({ url: `${c}/stages-of-change`, body: { person: 'm1', stage: 'contemplation' } }),
  },
  {
    name: 'POST /cases/{ref}/goals',
    prepare: async () => ({ url: `${c}/goals`, body: { person: 'm1', goal: 'Get the children to school' } }),
  },
  {
    name: 'POST /cases/{ref}/plan-reviews',
    prepare: async () => ({ url: `${c}/plan-reviews`, body: { progress: 'some' } }),
  },
];

/** Writes whose body has no `agency` or `worker`: sending them is an unknown field. */
const withoutThem: Write[] = [
  {
    name: 'POST /cases/{ref}/visit-plans',
    prepare: async () => ({
      url: `${c}/visit-plans`,
      body: { due: inMinutes(10), expectedBack: inMinutes(70), lone: false, contingency: 'Leave a card' },
    }),
  },
  {
    name: 'POST /cases/{ref}/visits/{visit}/check-out',
    prepare: async () => ({
      url: `${c}/visits/${await arrangedVisit()}/check-out`,
      body: { expectedBack: inMinutes(90) },
    }),
  },
  {
    name: 'POST /cases/{ref}/incidents/{incident}/debriefs',
    prepare: async () => ({
      url: `${c}/incidents/${await reportedIncident()}/debriefs`,
      body: { note: 'Talked it through; joint visits from now' },
    }),
  },
  {
    name: 'POST /cases/{ref}/entries/{id}/summary (on the social worker’s contact)',
    prepare: async () => {
      const contact = await api.post<Entry>(`${c}/entries`, { ...failedVisit, outcome: 'completed' });
      return {
        url: `${c}/entries/${contact.json.id}/summary`,
        body: { why: 'To see the children', done: 'We talked', next: 'I visit on Tuesday' },
      };
    },
  },
  {
    name: 'POST /cases/{ref}/actions/{meeting}/{index}',
    prepare: async () => {
      const meeting = await idOf(`${c}/meetings`, {
        type: 'multi-agency',
        attendees: ['csc', 'hv'],
        decision: 'continue',
        actions: [{ what: 'Joint visit', owner: 'w2', due: inDays(7).slice(0, 10) }],
      });
      return { url: `${c}/actions/${meeting}/0`, body: { done: true } };
    },
  },
  {
    name: 'POST /cases/{ref}/agreements/drafts/{draft}/agree',
    prepare: async () => ({
      url: `${c}/agreements/drafts/${await draftAgreement()}/agree`,
      body: { present: ['m1', 'w2'] },
    }),
  },
  {
    name: 'POST /cases/{ref}/agreements/{id}/reviews',
    prepare: async () => {
      const agreed = await idOf(`${c}/agreements/drafts/${await draftAgreement()}/agree`, {});
      return { url: `${c}/agreements/${agreed}/reviews`, body: { items: [{ item: 'i2', kept: true }] } };
    },
  },
];

describe('a write through the API', () => {
  it.each(takingThem)(
    '$name: another worker’s agency and worker are refused; without them, or with her own, it is hers',
    async (write) => {
      const { url, body } = await write.prepare();
      const who = write.who ?? 'visitor';
      const before = await entryCount(api.t.db);
      const refused = await post<Problem>(url, { ...body, ...theSocialWorkers }, who);
      expect(refused.status).toBe(400);
      expect(paths(refused.json)).toEqual(['agency', 'worker']);
      expect(refused.json.errors?.[0]?.message).toContain('"hv"');
      expect(await entryCount(api.t.db)).toBe(before);

      const recorder = who === 'visitor' ? hers : { agency: 'hv', worker: 'w3' };
      expect((await post(url, body, who)).status).toBe(201);
      expect(await latest()).toMatchObject(recorder);
      expect((await post(url, { ...body, ...recorder }, who)).status).toBe(201);
      expect(await latest()).toMatchObject(recorder);
      expect(await entryCount(api.t.db)).toBe(before + 2);
    },
  );

  it.each(withoutThem)(
    '$name: another worker’s agency and worker are unknown fields; the write is hers',
    async (write) => {
      const { url, body } = await write.prepare();
      const before = await entryCount(api.t.db);
      const refused = await post<Problem>(url, { ...body, ...theSocialWorkers });
      expect(refused.status).toBe(400);
      expect(paths(refused.json)).toEqual(['agency', 'worker']);
      expect(await entryCount(api.t.db)).toBe(before);

      expect((await post(url, body)).status).toBe(201);
      expect(await latest()).toMatchObject(hers);
    },
  );

  it('checking in and extending a visit take no body: what is sent is never read, and the entries are hers', async () => {
    const visit = await arrangedVisit();
    await post(`${c}/visits/${visit}/check-out`, { expectedBack: inMinutes(90) });
    for (const step of ['extend', 'check-in']) {
      const done = await api.post(`${c}/visits/${visit}/${step}`, theSocialWorkers, as('visitor'));
      expect(done.status).toBeLessThan(300);
      expect(await latest()).toMatchObject({ ...hers, visit });
    }
  });

  it('ending an agency’s involvement names the agency leaving; the entry is still hers, and names no other worker', async () => {
    const refused = await post<Problem>(`${c}/closure`, {
      agency: 'hv',
      reason: 'Checks done',
      worker: 'w1',
    });
    expect(refused.status).toBe(400);
    expect(paths(refused.json)).toEqual(['worker']);
    expect((await post(`${c}/closure`, { agency: 'hv', reason: 'Checks done' })).status).toBe(201);
    expect(await latest()).toMatchObject({ kind: 'involvement-end', ...hers });
  });

  it('a manager discussion names the worker discussed, with that worker’s agency, and no other', async () => {
    const discussion = { worker: 'w2', decision: 'Joint visit this week', urgency: 'within-days' };
    const refused = await post<Problem>(
      `${c}/manager-discussions`,
      { ...discussion, agency: 'csc' },
      'manager',
    );
    expect(refused.status).toBe(400);
    expect(paths(refused.json)).toEqual(['agency']);
    expect((await post(`${c}/manager-discussions`, discussion, 'manager')).status).toBe(201);
    expect(await latest()).toMatchObject({
      kind: 'manager-discussion',
      agency: 'hv',
      worker: 'w2',
      manager: 'w3',
    });
  });

  it('a change to a person’s needs takes neither', async () => {
    const changed = await post<Problem>(`${c}/people/m1/needs`, { literacy: 'low', ...theSocialWorkers });
    expect(paths(changed.json)).toEqual(['agency', 'worker']);
  });

  it('a supervision completed is the manager’s, about the worker supervised; its body is never read', async () => {
    const started = await post<{ id: number }>(
      '/api/v1/supervisions',
      { worker: visitor.id, cases: ['FAM-0001'] },
      'manager',
    );
    expect(started.status).toBe(201);
    const answers = `/api/v1/supervisions/${started.json.id}/answers`;
    const answer = { case: 'FAM-0001', answers: { decision: 'Carry on' } };
    expect(paths((await post<Problem>(answers, { ...answer, ...theSocialWorkers }, 'manager')).json)).toEqual(
      ['agency', 'worker'],
    );
    expect((await post(answers, answer, 'manager')).status).toBe(200);
    const done = await post(`/api/v1/supervisions/${started.json.id}/complete`, theSocialWorkers, 'manager');
    expect(done.status).toBe(200);
    expect(await latest()).toMatchObject({
      kind: 'supervision',
      agency: 'hv',
      worker: 'w2',
      supervisor: 'w3',
    });
  });

  it('is never dated more than a day ahead: 9999-12-31 is refused naming at; later today is taken', async () => {
    const before = await entryCount(api.t.db);
    const refused = await post<Problem>(`${c}/entries`, { ...failedVisit, at: '9999-12-31T10:00' });
    expect(refused.status).toBe(400);
    expect(paths(refused.json)).toEqual(['at']);
    expect(
      paths(
        (
          await post<Problem>(`${c}/incidents`, {
            threats: ['shouting'],
            frightening: false,
            note: 'x',
            policeInformed: false,
            at: inDays(2),
          })
        ).json,
      ),
    ).toEqual(['at']);
    expect(await entryCount(api.t.db)).toBe(before);
    expect((await post(`${c}/entries`, { ...failedVisit, at: inMinutes(60) })).status).toBe(201);
  });
});

describe('a write through the pages', () => {
  it('the contact form cannot be made to record another worker’s visit by fields added to it', async () => {
    const browser = await api.t.signedIn(visitor);
    const saved = await browser.submit(`${c.replace('/api/v1', '')}/contacts/new`, {
      ...dateTimeBoxes('at', inDays(0)),
      mode: 'home-visit',
      planned: 'yes',
      outcome: 'refused-entry',
      contingency: 'Try again with the social worker',
      ...theSocialWorkers,
    });
    expect(saved.statusCode).toBe(303);
    const contact = await latest();
    expect(contact).toMatchObject({ kind: 'contact', outcome: 'refused-entry', ...hers });
    const shown = entryIn((await browser.get('/cases/FAM-0001/chronology')).body, contact?.id ?? '');
    expect(shown).toContain('Hana Visitor');
    expect(shown).not.toContain('Worker 1');
  });
});

describe('importing a case file', () => {
  const withPolice = () =>
    anEngagingCase('FAM-0002').withAgency('hv').withAgency('pol').withWorker('p1', 'pol', 'PC Smith');

  it('keeps the entries of the workers who recorded them: history arrives with its authors', async () => {
    const file = anEngagingCase('FAM-0003').withAgency('hv').build();
    expect((await post('/api/v1/import', file)).status).toBe(201);
    const imported = await api.get<{ entries: Entry[] }>('/api/v1/cases/FAM-0003/export', as('visitor'));
    expect(imported.json.entries.map((e) => [e.agency, e.worker])).toEqual([['csc', 'w1']]);
  });

  it('by a practitioner, refuses an agency the partnership does not have, naming it, and adds nothing', async () => {
    const refused = await post<Problem>('/api/v1/import', withPolice().build());
    expect(refused.status).toBe(400);
    expect(refused.json.errors).toEqual([
      { path: 'agencies[2].ref', message: expect.stringContaining('"pol"') },
    ]);
    const created = await post<Problem>('/api/v1/cases', {
      case: { ref: 'FAM-0004', plan: 'child-in-need', openedOn: inDays(-3).slice(0, 10) },
      agencies: [
        { ref: 'hv', type: 'health-visiting', name: 'Health Visiting' },
        { ref: 'pol', type: 'police', name: 'Police' },
      ],
    });
    expect(paths(created.json)).toEqual(['agencies[1].ref']);
    const agencies = await api.t.db.selectFrom('agencies').select('ref').execute();
    expect(agencies.map((a) => a.ref).sort()).toEqual(['csc', 'hv']);
    expect(await api.t.db.selectFrom('cases').select('ref').execute()).toEqual([{ ref: 'FAM-0001' }]);
  });

  it('by the partnership’s administrator, or the operator’s command line, adds the agency', async () => {
    const admin = await api.t.addUser({ role: 'partnership-admin' });
    expect(
      (await api.post('/api/v1/import', withPolice().build(), { token: await api.tokenFor(admin) })).status,
    ).toBe(201);
    await importCaseFiles(
      api.t.db,
      [withPolice().withAgency('yot', 'youth-justice').withRef('FAM-0005').build()],
      {
        partnershipId: api.t.partnershipId,
        actor: null,
      },
    );
    const agencies = await api.t.db.selectFrom('agencies').select('ref').execute();
    expect(agencies.map((a) => a.ref).sort()).toEqual(['csc', 'hv', 'pol', 'yot']);
  });

  it('refuses an entry dated more than a day after the import, by its path, from the API and the command line', async () => {
    const file = anEngagingCase('FAM-0006').withAgency('hv').withContact({ at: '9999-12-31T10:00' }).build();
    const refused = await post<Problem>('/api/v1/import', file);
    expect(refused.status).toBe(400);
    expect(paths(refused.json)).toEqual(['entries[1].at']);
    await expect(
      importCaseFiles(api.t.db, [file], { partnershipId: api.t.partnershipId, actor: null }),
    ).rejects.toThrow(/entries\[1\]\.at: must be no later than a day from now/);
    expect(await api.t.db.selectFrom('cases').select('ref').execute()).toEqual([{ ref: 'FAM-0001' }]);
  });
});
