// Correcting an incident (nothing deleted, only amended): from the staff-safety page or the chronology, by
// anyone who may write to the case. The correction amends the latest version and stands for the incident
// (the risk page shows it); it keeps who reported it and when they told their manager and the other
// agencies, and tells nobody again. The police time is kept, recorded now if they are told only now, or
// dropped if the correction says they were not told.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EntryOfKind } from '../../src/domain/entries.js';
import { caseService } from '../../src/services/cases.js';
import { entryService } from '../../src/services/entries.js';
import { InvalidInput, NotFound } from '../../src/services/errors.js';
import { incidentService } from '../../src/services/incidents.js';
import { notificationService } from '../../src/services/notifications.js';
import { incidentsOf } from '../../src/domain/risk-to-staff.js';
import {
  createCaseThroughPages,
  entryIn,
  startTestApp,
  type TestApp,
  type TestBrowser,
  type TestUser,
} from '../support/app.js';
import {
  aDatabase,
  entryCount,
  from,
  type TestDatabase,
  storedCase,
  storedFile,
} from '../support/database.js';
import { dateTimeBoxes, inDays } from '../support/forms.js';

const anIncident = {
  threats: ['shouting'],
  against: 'worker',
  frightening: false,
  note: 'Father shouted at me on the doorstep.',
  policeInformed: false,
};

describe('the incident service, correcting', () => {
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
  const inbox = async (who: typeof t.worker) => (await notificationService(t.db).list(who)).length;
  const asAmended = async () => {
    const caseRow = await storedCase(t.db, t.partnershipId, 'FAM-0001');
    return incidentsOf(await storedFile(t.db, caseRow!));
  };

  it('stands for the incident, keeps who reported it and when they told people, and tells nobody again', async () => {
    const reported = (await incidents().report(from(t.worker), 'FAM-0001', {
      ...anIncident,
      at: inDays(-1),
    })) as EntryOfKind<'incident'>;
    expect(reported.managerNotifiedAt).toEqual(expect.any(String));
    expect(reported.agenciesAlertedAt).toEqual(expect.any(String));
    const told = [await inbox(t.manager), await inbox(t.worker2)];
    expect(told).toEqual([1, 1]);

    // Corrected by a worker of another agency on the case: the threats, what happened, and that it was frightening.
    const correction = (await incidents().correct(from(t.worker2), 'FAM-0001', reported.id, {
      ...anIncident,
      at: inDays(-1),
      threats: ['shouting', 'threat-of-violence'],
      frightening: true,
      note: 'Father shouted and said he would hurt the next worker who came.',
    })) as EntryOfKind<'incident'>;
    expect(correction).toEqual(
      expect.objectContaining({
        amends: reported.id,
        worker: reported.worker,
        agency: reported.agency,
        managerNotifiedAt: reported.managerNotifiedAt,
        agenciesAlertedAt: reported.agenciesAlertedAt,
      }),
    );
    expect(correction.policeInformedAt).toBeUndefined();
    expect([await inbox(t.manager), await inbox(t.worker2), await inbox(t.worker)]).toEqual([1, 1, 0]);

    const [shown] = await asAmended();
    expect(shown).toEqual(
      expect.objectContaining({
        id: reported.id,
        threats: ['shouting', 'threat-of-violence'],
        frightening: true,
        worker: reported.worker,
        managerNotifiedAt: reported.managerNotifiedAt,
      }),
    );
  });

  it('records the police time now if they are told only now, keeps it after, and drops it if they were not told', async () => {
    const reported = await incidents().report(from(t.worker), 'FAM-0001', anIncident);
    const toldNow = (await incidents().correct(from(t.worker), 'FAM-0001', reported.id, {
      ...anIncident,
      policeInformed: true,
    })) as EntryOfKind<'incident'>;
    expect(toldNow.policeInformedAt).toEqual(expect.any(String));

    // A correction of the incident by its first id amends the latest version, and keeps the time.
    const kept = (await incidents().correct(from(t.worker), 'FAM-0001', reported.id, {
      ...anIncident,
      note: 'Shouted, and slammed the door.',
      policeInformed: true,
    })) as EntryOfKind<'incident'>;
    expect(kept.amends).toBe(toldNow.id);
    expect(kept.policeInformedAt).toBe(toldNow.policeInformedAt);

    const notTold = (await incidents().correct(from(t.worker), 'FAM-0001', kept.id, {
      ...anIncident,
      policeInformed: false,
    })) as EntryOfKind<'incident'>;
    expect(notTold.policeInformedAt).toBeUndefined();
    expect((await asAmended())[0]?.policeInformedAt).toBeUndefined();
  });

  it('keeps when it was told however it is corrected, the API’s generic entry included', async () => {
    const reported = (await incidents().report(
      from(t.worker),
      'FAM-0001',
      anIncident,
    )) as EntryOfKind<'incident'>;
    const posted = (await entryService(t.db).record(from(t.worker2), 'FAM-0001', {
      kind: 'incident',
      amends: reported.id,
      threats: ['shouting', 'swearing'],
    })) as EntryOfKind<'incident'>;
    expect(posted.managerNotifiedAt).toBe(reported.managerNotifiedAt);
    expect(posted.agenciesAlertedAt).toBe(reported.agenciesAlertedAt);
    expect([await inbox(t.manager), await inbox(t.worker2)]).toEqual([1, 1]);
    expect((await asAmended())[0]?.threats).toEqual(['shouting', 'swearing']);
  });

  it('refuses an incomplete correction, another entry, or someone not on the case, and writes nothing', async () => {
    const reported = await incidents().report(from(t.worker), 'FAM-0001', anIncident);
    const before = await entryCount(t.db);
    const incomplete = await incidents()
      .correct(from(t.worker), 'FAM-0001', reported.id, { ...anIncident, threats: [] })
      .catch((error: unknown) => error);
    expect(incomplete).toBeInstanceOf(InvalidInput);
    expect((incomplete as InvalidInput).problems.map((p) => p.path)).toEqual(['threats']);
    const decision = await incidents().decideSafety(from(t.manager), 'FAM-0001', {
      decision: 'Two workers at every visit',
      reason: 'Father shouts at workers',
    });
    await expect(
      incidents().correct(from(t.worker), 'FAM-0001', decision.id, anIncident),
    ).rejects.toBeInstanceOf(NotFound);
    await expect(incidents().correct(from(t.worker), 'FAM-0001', 'e99', anIncident)).rejects.toBeInstanceOf(
      NotFound,
    );
    await expect(
      incidents().correct(from(t.outsider), 'FAM-0001', reported.id, anIncident),
    ).rejects.toBeInstanceOf(NotFound);
    expect(await entryCount(t.db)).toBe(before + 1); // the safety decision only
  });
});

describe('the incident correction page', () => {
  let t: TestApp;
  let worker: TestBrowser;
  let manager: TestUser;
  beforeEach(async () => {
    t = await startTestApp();
    manager = await t.addUser({ role: 'manager', name: 'Morgan Manager' });
    await t.db.updateTable('users').set({ manager_id: manager.id }).where('id', '=', t.user.id).execute();
    worker = await t.signedIn();
    await createCaseThroughPages(worker);
    const reported = await worker.submit('/cases/FAM-0001/incidents/new', {
      ...dateTimeBoxes('at', inDays(-2)),
      threats: ['shouting'],
      against: 'w1',
      frightening: 'no',
      note: 'Shouted at me at the door',
      policeInformed: 'no',
    });
    expect(reported.statusCode).toBe(303);
  });
  afterEach(() => t.close());

  const correctPage = (entryId: string) => `/cases/FAM-0001/incidents/${entryId}/correct`;

  it('is offered from the staff-safety page and the chronology, prefilled, and shows errors in the summary', async () => {
    const risk = (await worker.get('/cases/FAM-0001/risk')).body;
    const link = /href="(\/cases\/FAM-0001\/incidents\/([^/]+)\/correct)"/.exec(risk);
    expect(link).not.toBeNull();
    const [, href = '', id = ''] = link ?? [];
    expect(entryIn((await worker.get('/cases/FAM-0001/chronology')).body, id)).toContain(
      `href="${correctPage(id)}"`,
    );

    const form = await worker.get(href);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('<title>Correct an incident');
    expect(form.body).toContain('Shouted at me at the door');
    expect(form.body).toMatch(/value="shouting"\s+checked/);
    expect(form.body).toContain('Nobody is told again');
    expect(form.body).toContain(`action="${correctPage(id)}"`);
    expect(form.body).toContain('Save correction');

    const wrong = await worker.submit(href, { ...dateTimeBoxes('at', inDays(-2)), note: '' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('govuk-error-summary');
    expect(wrong.body).toContain('Enter what happened');
    expect(wrong.body).toContain('<title>Error: Correct an incident');
  });

  it('records the correction, tells nobody again, and the staff-safety page shows the incident as corrected', async () => {
    const notified = async () => (await t.db.selectFrom('notifications').selectAll().execute()).length;
    const before = await notified();
    expect(before).toBeGreaterThan(0); // the manager was told of the report
    const risk = (await worker.get('/cases/FAM-0001/risk')).body;
    const href = /href="(\/cases\/FAM-0001\/incidents\/[^/]+\/correct)"/.exec(risk)?.[1] ?? '';
    const saved = await worker.submit(href, {
      ...dateTimeBoxes('at', inDays(-2)),
      threats: ['shouting', 'threat-of-violence'],
      against: 'w1',
      frightening: 'yes',
      note: 'Shouted, and said he would hurt me next time',
      policeInformed: 'yes',
    });
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe('/cases/FAM-0001/risk');
    const after = await worker.get('/cases/FAM-0001/risk');
    expect(after.body).toContain('Correction recorded. Nobody has been told again.');
    expect(after.body).toContain('Shouted, and said he would hurt me next time');
    expect(after.body).not.toContain('Shouted at me at the door');
    expect(after.body).toContain('Police told');
    expect(after.body).toContain('Manager told');
    expect(await notified()).toBe(before);
  });

  it('is not found for an entry that is no incident, or for someone with no part in the case', async () => {
    expect((await worker.get(correctPage('e999'))).statusCode).toBe(404);
    // However completely the form is filled in (from the report page's token), nothing is written.
    const entries = (await t.db.selectFrom('entries').selectAll().execute()).length;
    const complete = {
      ...dateTimeBoxes('at', inDays(-2)),
      threats: ['shouting'],
      against: 'w1',
      frightening: 'no',
      note: 'Shouted at me at the door',
      policeInformed: 'no',
    };
    const posted = await worker.submit('/cases/FAM-0001/incidents/new', complete, correctPage('e999'));
    expect(posted.statusCode).toBe(404);
    expect((await t.db.selectFrom('entries').selectAll().execute()).length).toBe(entries);
    // A practitioner of an agency not on the case.
    const outsider = await t.signedIn(
      await t.addUser({ role: 'practitioner', agencyId: await t.addAgency('police', 'Police') }),
    );
    const risk = (await worker.get('/cases/FAM-0001/risk')).body;
    const href = /href="(\/cases\/FAM-0001\/incidents\/[^/]+\/correct)"/.exec(risk)?.[1] ?? '';
    expect((await outsider.get(href)).statusCode).toBe(404);
    expect((await outsider.submit(href, { note: 'x' })).statusCode).toBe(404);
  });
});
