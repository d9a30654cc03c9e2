// Keeping workers safe (issue 7, items 1 and 2): the risk-to-staff warning on every page of the case, a
// manager's safety decision shown with it, reporting an incident (the times it was told recorded), debriefs,
// and the staff-safety page.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EntryOfKind } from '../../src/domain/entries.js';
import { caseService } from '../../src/services/cases.js';
import { entryService } from '../../src/services/entries.js';
import { InvalidInput, NotFound } from '../../src/services/errors.js';
import { incidentService } from '../../src/services/incidents.js';
import { notificationService } from '../../src/services/notifications.js';
import { addAgenciesOf } from '../support/agencies.js';
import { anEngagingCase, startApiTest, type ApiTest } from '../support/api.js';
import {
  createCaseThroughPages,
  csrfTokenIn,
  startTestApp,
  type TestApp,
  type TestBrowser,
  type TestUser,
} from '../support/app.js';
import { aDatabase, entryCount, from, type TestDatabase } from '../support/database.js';
import { dateTimeBoxes, inDays } from '../support/forms.js';

const anIncident = {
  threats: ['threat-of-violence', 'shouting'],
  against: 'worker',
  frightening: true,
  note: 'Father stood in the doorway and said he would hurt the next social worker who came.',
  policeInformed: true,
};

describe('the incident service', () => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await aDatabase();
    await caseService(t.db).create(from(t.worker), {
      ref: 'FAM-0001',
      plan: 'child-protection',
      openedOn: inDays(-30).slice(0, 10),
      agencies: ['hv'],
    });
  });
  afterEach(() => t.close());
  const incidents = () => incidentService(t.db);

  it('records an incident with when the manager, the other agencies and the police were told', async () => {
    const entry = (await incidents().report(from(t.worker), 'FAM-0001', {
      ...anIncident,
      at: inDays(0),
    })) as EntryOfKind<'incident'>;
    expect(entry).toEqual(
      expect.objectContaining({
        kind: 'incident',
        threats: ['threat-of-violence', 'shouting'],
        frightening: true,
        managerNotifiedAt: expect.any(String),
        agenciesAlertedAt: expect.any(String),
        policeInformedAt: expect.any(String),
      }),
    );
    expect(entry).not.toHaveProperty('policeInformed');
  });

  it('tells the reporter’s manager and the other agencies’ users at once, from the service or the API', async () => {
    const inbox = async (who: typeof t.worker) =>
      (await notificationService(t.db).list(who)).map((n) => [n.kind, n.text]);
    await incidents().report(from(t.worker), 'FAM-0001', anIncident);
    expect(await inbox(t.manager)).toEqual([
      [
        'incident',
        expect.stringMatching(
          /^Test worker \(Children's Social Care\) reported an incident on case FAM-0001 and found it frightening: threat of violence, shouting towards Test worker\./,
        ),
      ],
    ]);
    expect(await inbox(t.worker2)).toEqual([
      ['incident', expect.stringMatching(/^Risk to staff on case FAM-0001/)],
    ]);
    expect(await inbox(t.worker)).toEqual([]);

    // The same incident posted as a plain entry (POST /api/v1/cases/{ref}/entries) is told and stamped the same.
    const posted = (await entryService(t.db).record(from(t.worker), 'FAM-0001', {
      kind: 'incident',
      threats: ['shouting'],
    })) as EntryOfKind<'incident'>;
    expect(posted.managerNotifiedAt).toEqual(expect.any(String));
    expect(posted.agenciesAlertedAt).toEqual(expect.any(String));
    expect(await inbox(t.manager)).toHaveLength(2);
    expect(await inbox(t.worker2)).toHaveLength(2);
    expect(await inbox(t.outsider)).toEqual([]);
  });

  it('records no telling time when there is nobody to tell, nor a police time when they were not told', async () => {
    // worker2 (health visiting) has no line manager; the case's other agency is csc.
    const entry = (await incidents().report(from(t.worker2), 'FAM-0001', {
      ...anIncident,
      against: undefined,
      policeInformed: false,
    })) as EntryOfKind<'incident'>;
    expect(entry.managerNotifiedAt).toBeUndefined();
    expect(entry.agenciesAlertedAt).toEqual(expect.any(String));
    expect(entry.policeInformedAt).toBeUndefined();
  });

  it.each([
    [{ ...anIncident, threats: [] }, 'threats'],
    [{ ...anIncident, frightening: undefined }, 'frightening'],
    [{ ...anIncident, note: ' ' }, 'note'],
    [{ ...anIncident, policeInformed: undefined }, 'policeInformed'],
    [{ ...anIncident, against: 'nobody' }, 'against'],
  ])('refuses %j (%s) and writes nothing', async (input, path) => {
    const before = await entryCount(t.db);
    const refused = await incidents()
      .report(from(t.worker), 'FAM-0001', input)
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(InvalidInput);
    expect((refused as InvalidInput).problems.map((p) => p.path)).toEqual([path]);
    expect(await entryCount(t.db)).toBe(before);
  });

  it('makes the risk-to-staff warning, with the latest safety decision, for every agency on the case', async () => {
    expect((await incidents().view(from(t.worker2), 'FAM-0001')).warning).toBeNull();
    const incident = await incidents().report(from(t.worker), 'FAM-0001', anIncident);
    await incidents().decideSafety(from(t.manager), 'FAM-0001', {
      measures: ['joint-visits-only'],
      decision: 'Visits in pairs',
      reason: 'Threat to hurt staff',
    });
    await incidents().decideSafety(from(t.manager), 'FAM-0001', {
      measures: ['joint-visits-only', 'police-accompaniment'],
      decision: 'Visits in pairs, with police for the next one',
      reason: 'He repeated the threat on the phone',
    });
    const view = await incidents().view(from(t.worker2), 'FAM-0001');
    expect(view.warning).toEqual(
      expect.objectContaining({
        severity: 'critical',
        events: [expect.objectContaining({ id: incident.id, kind: 'incident', against: 'worker' })],
        decision: expect.objectContaining({
          measures: ['joint-visits-only', 'police-accompaniment'],
          by: 'manager',
        }),
      }),
    );
    expect(view.decisions.map((d) => d.decision)).toEqual([
      'Visits in pairs, with police for the next one',
      'Visits in pairs',
    ]);
  });

  it('lets only a manager of the case record a safety decision, and needs the decision and why', async () => {
    const decision = { measures: [], decision: 'Office only', reason: 'Threats' };
    await expect(incidents().decideSafety(from(t.worker), 'FAM-0001', decision)).rejects.toBeInstanceOf(
      NotFound,
    );
    await expect(
      incidents().decideSafety(from(t.manager), 'FAM-0001', { ...decision, reason: '' }),
    ).rejects.toBeInstanceOf(InvalidInput);
    expect(await incidents().mayDecide(t.worker, 'FAM-0001')).toBe(false);
    expect(await incidents().mayDecide(t.manager, 'FAM-0001')).toBe(true);
  });

  it('records a debrief of an incident, which answers debrief-due; not of something else', async () => {
    // Three weeks ago: past the 5 working days for a debrief even with bank holidays between.
    const incident = await incidents().report(from(t.worker), 'FAM-0001', { ...anIncident, at: inDays(-21) });
    const findings = async () =>
      (await caseService(t.db).overview(from(t.worker), 'FAM-0001')).assessment.findings.map((f) => f.code);
    expect(await findings()).toContain('debrief-due');
    await incidents().debrief(from(t.manager), 'FAM-0001', incident.id, {
      note: 'Talked it through; time off',
    });
    expect(await findings()).not.toContain('debrief-due');
    const contact = await entryService(t.db).record(from(t.worker), 'FAM-0001', {
      kind: 'contact',
      mode: 'phone',
      outcome: 'completed',
    });
    await expect(
      incidents().debrief(from(t.worker), 'FAM-0001', contact.id, { note: 'x' }),
    ).rejects.toBeInstanceOf(NotFound);
  });

  it('is not found for a user of another partnership', async () => {
    await expect(incidents().report(from(t.outsider), 'FAM-0001', anIncident)).rejects.toBeInstanceOf(
      NotFound,
    );
    await expect(incidents().view(from(t.outsider), 'FAM-0001')).rejects.toBeInstanceOf(NotFound);
  });
});

describe('the staff-safety pages', () => {
  let t: TestApp;
  let worker: TestBrowser;
  let manager: TestUser;
  beforeEach(async () => {
    t = await startTestApp();
    manager = await t.addUser({ role: 'manager', name: 'Morgan Manager' });
    await t.db.updateTable('users').set({ manager_id: manager.id }).where('id', '=', t.user.id).execute();
    worker = await t.signedIn();
    await createCaseThroughPages(worker);
  });
  afterEach(() => t.close());

  const now = () => dateTimeBoxes('at', inDays(0));

  it('report an incident: errors in the summary; then the warning is on every page of the case', async () => {
    const page = '/cases/FAM-0001/incidents/new';
    expect((await worker.get('/cases/FAM-0001')).body).not.toContain('data-qa="risk-to-staff"');
    const wrong = await worker.submit(page, { ...now(), note: '' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('govuk-error-summary');
    for (const message of [
      'Select what happened: at least one kind of threat or behaviour',
      'Select whether it was frightening',
      'Enter what happened',
      'Select whether the police have been told',
    ])
      expect(wrong.body).toContain(message);

    const saved = await worker.submit(page, {
      ...now(),
      threats: ['threat-of-violence'],
      against: 'w1',
      frightening: 'yes',
      note: 'Threatened to hurt me at the door',
      policeInformed: 'no',
    });
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe('/cases/FAM-0001/risk');
    const risk = await worker.get('/cases/FAM-0001/risk');
    expect(risk.body).toContain('Incident recorded. Your line manager (Morgan Manager) has been told.');
    expect(risk.body).toContain('Threatened to hurt me at the door');
    expect(risk.body).toContain('No debrief yet');

    for (const path of ['/cases/FAM-0001', '/cases/FAM-0001/people', '/cases/FAM-0001/chronology']) {
      const body = (await worker.get(path)).body;
      expect(body).toContain('data-qa="risk-to-staff"');
      expect(body).toContain('threat of violence towards Worker 1 (incident)');
      expect(body).toContain('No safety decision recorded yet');
    }
  });

  it('a manager records a safety decision; the warning shows it; a practitioner cannot open the form', async () => {
    await worker.submit('/cases/FAM-0001/incidents/new', {
      ...now(),
      threats: ['shouting'],
      frightening: 'no',
      note: 'Shouted at me',
      policeInformed: 'no',
    });
    expect((await worker.get('/cases/FAM-0001/safety-decision/new')).statusCode).toBe(404);
    expect((await worker.get('/cases/FAM-0001/risk')).body).not.toContain('data-qa="record-safety-decision"');

    const boss = await t.signedIn(manager);
    const decided = await boss.submit('/cases/FAM-0001/safety-decision/new', {
      measures: ['joint-visits-only', 'office-or-neutral-venue'],
      decision: 'Meet mother at the children’s centre, two workers',
      reason: 'Father shouts at workers at the house',
    });
    expect(decided.statusCode).toBe(303);
    const overview = (await worker.get('/cases/FAM-0001')).body;
    expect(overview).toContain('Joint visits only; Meet at the office or a neutral venue');
    expect(overview).toContain('Meet mother at the children’s centre, two workers');
  });

  it('records a debrief from the staff-safety page', async () => {
    await worker.submit('/cases/FAM-0001/incidents/new', {
      ...now(),
      threats: ['physical-violence'],
      frightening: 'yes',
      note: 'Pushed me',
      policeInformed: 'yes',
    });
    const risk = await worker.get('/cases/FAM-0001/risk');
    const link = /href="(\/cases\/FAM-0001\/incidents\/[^/]+\/debrief)"/.exec(risk.body)?.[1] ?? '';
    const empty = await worker.submit(link, { ...now(), note: '' });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('Enter what was talked through at the debrief');
    await worker.submit(link, { ...now(), note: 'Talked it through with my manager' });
    const after = await worker.get('/cases/FAM-0001/risk');
    expect(after.body).toContain('Talked it through with my manager');
    expect(after.body).not.toContain('No debrief yet');
    expect((await worker.get('/cases/FAM-0001/incidents/nope/debrief')).statusCode).toBe(404);
  });

  it('refuses a post without the form’s token', async () => {
    const page = await worker.get('/cases/FAM-0001/incidents/new');
    expect(csrfTokenIn(page.body)).toBeTruthy();
    const refused = await worker.post('/cases/FAM-0001/incidents/new', { note: 'x' });
    expect(refused.statusCode).toBe(403);
  });
});

describe('the staff-safety API', () => {
  let api: ApiTest;
  beforeEach(async () => {
    api = await startApiTest();
    const file = anEngagingCase().withAgency('hv').build();
    await addAgenciesOf(api.t, file);
    await api.post('/api/v1/import', file);
  });
  afterEach(() => api.close());

  it('reports an incident, records a safety decision and a debrief, and shows the risk to staff', async () => {
    const incident = await api.post<EntryOfKind<'incident'>>('/api/v1/cases/FAM-0001/incidents', {
      threats: ['threat-of-violence'],
      against: 'w1',
      frightening: true,
      note: 'Threat at the door',
      policeInformed: true,
    });
    expect(incident.status).toBe(201);
    expect(incident.json.policeInformedAt).toEqual(expect.any(String));
    // Nobody at health visiting has an account in this partnership: nobody was alerted, and it says so.
    expect(incident.json.agenciesAlertedAt).toBeUndefined();

    const refused = await api.post('/api/v1/cases/FAM-0001/safety-decisions', {
      measures: ['joint-visits-only'],
      decision: 'Pairs',
      reason: 'Threat',
    });
    expect(refused.status).toBe(404);

    const debrief = await api.post(`/api/v1/cases/FAM-0001/incidents/${incident.json.id}/debriefs`, {
      note: 'Talked it through',
    });
    expect(debrief.status).toBe(201);
    expect((await api.post('/api/v1/cases/FAM-0001/incidents/nope/debriefs', { note: 'x' })).status).toBe(
      404,
    );

    const risk = await api.get<{ warning: { severity: string } | null; incidents: unknown[] }>(
      '/api/v1/cases/FAM-0001/risk-to-staff',
    );
    expect(risk.status).toBe(200);
    expect(risk.json.warning?.severity).toBe('critical');
    expect(risk.json.incidents).toHaveLength(1);
  });

  it('refuses an incident without the choices it needs', async () => {
    const bad = await api.post('/api/v1/cases/FAM-0001/incidents', { threats: ['shouting'], note: 'x' });
    expect(bad.status).toBe(400);
  });
});
