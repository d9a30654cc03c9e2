// Restricted entries stay restricted inside findings (issue 17, item 7). A case whose incident, visit plan
// and refused visit are restricted to Health Visiting: the findings they make still show to Children's Social
// Care, on every surface findings reach (the overview, the meeting pack, the case list, My week, the team
// page, supervision, the closure refusal and the API), counting the restricted entries and saying whom to
// ask, never what they record. Health Visiting sees every finding as it is. The risk-to-staff warning alone
// shows everyone what happened to staff (MK 5.1.16).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assess } from '../../src/domain/assessment/assess.js';
import { dateText } from '../../src/domain/assessment/explain.js';
import { packFor } from '../../src/domain/packs/index.js';
import { toInstantMs } from '../../src/domain/time.js';
import { daysAgo, startApiTest, type ApiTest } from '../support/api.js';
import type { TestUser } from '../support/app.js';
import { aCase } from '../support/case-builder.js';

interface Finding {
  code: string;
  evidence: string[];
  explanation: string;
  withheld?: string[];
}

let api: ApiTest;
let manager: TestUser;
let healthVisitor: TestUser;
let otherHealthVisitor: TestUser;

const ref = 'FAM-0170';
const visitDue = daysAgo(-2);
const hv = { agency: 'hv', worker: 'w2', restricted: ['hv'] };
const file = aCase()
  .withRef(ref)
  .withPlan('child-in-need')
  .openedOn(daysAgo(30).slice(0, 10))
  .withAgency('csc', 'social-care', "Children's Social Care")
  .withAgency('hv', 'health-visiting', 'Health Visiting')
  .withWorker('w1', 'csc', 'Worker 1')
  .withWorker('w2', 'hv', 'Worker 2')
  .withChild('c1', '2020-01-01')
  .withParent('m1', { livesWith: ['c1'] })
  .withEntry({ id: 'a1', kind: 'allocation', at: daysAgo(29), worker: 'w1', role: 'lead' })
  .withContact({ id: 'c-seen', at: daysAgo(12), seen: ['c1', 'm1'], seenAlone: ['c1'] })
  // Two unanswered doors, open to all: door-not-answered rests on them alone and stays as it is.
  .withContact({ id: 'door1', at: daysAgo(8), mode: 'home-visit', outcome: 'no-answer-believed-in' })
  .withContact({ id: 'door2', at: daysAgo(7), mode: 'home-visit', outcome: 'no-answer-believed-in' })
  .withContact({
    id: 'refused',
    ...hv,
    at: daysAgo(5),
    mode: 'home-visit',
    outcome: 'refused-entry',
    note: 'Mother refused entry; new partner at the door.',
  })
  .withEntry({
    id: 'incident',
    kind: 'incident',
    ...hv,
    at: daysAgo(3),
    threats: ['threat-of-violence', 'physical-violence'],
    against: 'w2',
    note: 'Pushed against the door frame by the new partner.',
  })
  .withEntry({
    id: 'plan',
    kind: 'visit-plan',
    ...hv,
    at: daysAgo(1),
    due: visitDue,
    lone: false,
  })
  .build();

/** The whole case's findings, as the engine makes them for everyone. */
const whole = () => assess(file, packFor('milton-keynes'), new Date()).findings as Finding[];
const restrictedIds = new Set(['refused', 'incident', 'plan']);
const touched = () => whole().filter((f) => f.evidence.some((id) => restrictedIds.has(id)));
const untouched = () => whole().filter((f) => !f.evidence.some((id) => restrictedIds.has(id)));
const ask = 'is not shown to you: ask Worker 2 (Health Visiting), or Health Visiting.';
const generic = (n: number) =>
  n === 1
    ? `1 restricted entry is part of this finding, so what it records ${ask}`
    : `${n} restricted entries are part of this finding, so what they record ${ask}`;
const facts = [
  'threat of violence and physical violence',
  `The visit planned for ${dateText(toInstantMs(visitDue))}`,
  'The family refused entry to the home',
  'Pushed against the door frame',
  'new partner at the door',
];

beforeEach(async () => {
  api = await startApiTest();
  const hvId = await api.t.addAgency('hv', 'Health Visiting');
  healthVisitor = await api.t.addUser({ agencyId: hvId }); // w2, the recorder
  manager = await api.t.addUser({ role: 'manager', name: 'Morgan Manager' }); // w3, of csc
  otherHealthVisitor = await api.t.addUser({ agencyId: hvId }); // w4: in the audience, not the recorder
  await api.t.db
    .updateTable('users')
    .set({ manager_id: manager.id })
    .where('id', '=', api.t.user.id)
    .execute();
  expect((await api.post('/api/v1/import', file)).status).toBe(201);
});
afterEach(() => api.close());

/** Every page and answer of the case's findings for the practitioner of csc and their manager. */
async function outsiderBodies(): Promise<Record<string, string>> {
  const worker = await api.t.signedIn();
  const boss = await api.t.signedIn(manager);
  const started = await boss.submit(
    `/team/supervision/new?worker=${api.t.user.id}`,
    { worker: String(api.t.user.id), cases: ref },
    '/team/supervision/new',
  );
  expect(started.statusCode).toBe(303);
  const session = String(started.headers.location);
  const closing = await worker.submit(`/cases/${ref}/close`, {
    closing: 'case',
    reason: 'Family moved away.',
  });
  expect(closing.statusCode).toBe(409);
  const token = await api.tokenFor(api.t.user);
  const managerToken = await api.tokenFor(manager);
  const pages: Record<string, string> = {
    overview: (await worker.get(`/cases/${ref}`)).body,
    'meeting pack': (await worker.get(`/cases/${ref}/meeting-pack`)).body,
    'case list': (await worker.get('/cases')).body,
    'my week': (await worker.get('/week')).body,
    team: (await boss.get('/team')).body,
    supervision: (await boss.get(`${session}/cases/${ref}`)).body,
    'closure refusal': closing.body,
    'API findings': (await api.get(`/api/v1/cases/${ref}/findings`, { token })).text,
    'API cases': (await api.get('/api/v1/cases', { token })).text,
    'API team': (await api.get('/api/v1/team', { token: managerToken })).text,
    'API supervision': (
      await api.get(`/api/v1/supervisions/${session.split('/').at(-1)}`, { token: managerToken })
    ).text,
    'API closure': (
      await api.post(`/api/v1/cases/${ref}/closure`, { reason: 'Family moved away.' }, { token })
    ).text,
  };
  return pages;
}

describe('a finding resting on an entry restricted from the reader', () => {
  it('still shows, counting the restricted entry and saying whom to ask, on every surface', async () => {
    expect(touched().map((f) => f.code)).toEqual(
      expect.arrayContaining([
        'hostility-to-staff',
        'incident-not-escalated',
        'safety-plan-missing',
        'refusal',
      ]),
    );
    for (const [surface, body] of Object.entries(await outsiderBodies())) {
      // The case list names its cases' findings by title only.
      if (surface !== 'case list') {
        expect(body, surface).toMatch(/\d restricted entr(y is|ies are) part of this finding/);
        expect(body, surface).toContain(ask);
      }
      for (const fact of facts) expect(body, `${surface}: ${fact}`).not.toContain(fact);
      for (const finding of touched())
        expect(body, `${surface}: ${finding.code}`).not.toContain(finding.explanation);
    }
  });

  it('comes through the API with its code, the restricted entries out of its evidence and listed as withheld', async () => {
    const answer = await api.get<{ findings: Finding[] }>(`/api/v1/cases/${ref}/findings`);
    const byCode = new Map(answer.json.findings.map((f) => [f.code, f]));
    for (const finding of touched()) {
      const shown = byCode.get(finding.code);
      expect(shown, finding.code).toBeDefined();
      const withheld = finding.evidence.filter((id) => restrictedIds.has(id));
      expect(shown?.explanation).toContain(generic(withheld.length));
      expect(shown?.withheld).toEqual(withheld);
      expect(shown?.evidence).toEqual(finding.evidence.filter((id) => !restrictedIds.has(id)));
    }
  });

  it('leaves the findings resting only on readable entries exactly as they are', async () => {
    const answer = await api.get<{ findings: Finding[] }>(`/api/v1/cases/${ref}/findings`);
    expect(untouched().map((f) => f.code)).toContain('door-not-answered');
    for (const finding of untouched()) expect(answer.json.findings).toContainEqual(finding);
  });
});

describe('the audience of the restricted entries', () => {
  it('sees every finding as the engine made it, whether the recorder or not', async () => {
    for (const user of [healthVisitor, otherHealthVisitor]) {
      const answer = await api.get<{ findings: Finding[] }>(`/api/v1/cases/${ref}/findings`, {
        token: await api.tokenFor(user),
      });
      expect(answer.json.findings).toEqual(whole());
      const page = (await (await api.t.signedIn(user)).get(`/cases/${ref}`)).body;
      expect(page).toContain('threat of violence and physical violence');
      expect(page).not.toMatch(/restricted entr(y is|ies are) part of this finding/);
    }
  });
});

describe('the risk-to-staff warning', () => {
  it('tells every agency what happened to staff, restricted or not, but not the restricted note', async () => {
    const page = (await (await api.t.signedIn()).get(`/cases/${ref}`)).body;
    expect(page).toContain('threat of violence, physical violence towards Worker 2 (incident)');
    expect(page).not.toContain('Pushed against the door frame');
    const risk = await api.get<{ warning: { events: { id: string; threats: string[]; note: unknown }[] } }>(
      `/api/v1/cases/${ref}/risk-to-staff`,
    );
    expect(risk.json.warning.events).toContainEqual(
      expect.objectContaining({
        id: 'incident',
        threats: ['threat-of-violence', 'physical-violence'],
        note: null,
      }),
    );
    expect(risk.text).not.toContain('Pushed against the door frame');
  });
});

describe("the contact form's restriction control", () => {
  const hint =
    'Threats and violence towards staff are shown to every agency on the case in the risk-to-staff warning, whatever you restrict (MK 5.1.16).';

  it('says that the risk-to-staff warning shows every agency what happened, whatever is restricted', async () => {
    const form = (await (await api.t.signedIn()).get(`/cases/${ref}/contacts/new`)).body;
    expect(form).toMatch(/<p class="govuk-hint" data-qa="restrict-staff-safety">Threats and violence/);
    expect(form).toContain(hint);
    expect(form).toContain(`href="/cases/${ref}/incidents/new"`);
  });

  it('warns so when the contact records hostility', async () => {
    const browser = await api.t.signedIn();
    const shown = await browser.submit(`/cases/${ref}/contacts/new`, {
      mode: 'home-visit',
      behaviours: 'hostility',
      restricted: 'hv',
    });
    expect(shown.statusCode).toBe(400);
    expect(shown.body).toMatch(/govuk-warning-text"[^>]*data-qa="restrict-staff-safety"/);
    expect(shown.body).toContain(hint);
  });
});
