// The manager's view of the team and the worker's week (issue 9, items 3–4), from real entries: incidents
// in the last 30 days, actions overdue, who is out now, visits planned with their safety checks; read from
// the cached assessments, never by reassessing every case.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { packFor } from '../../src/domain/packs/index.js';
import { toUkDate, toUkLocalDateTime } from '../../src/domain/time.js';
import { NotFound } from '../../src/services/errors.js';
import { createServices, type Services } from '../../src/services/index.js';
import { daysAgo } from '../support/api.js';
import { aDatabase, from, type TestDatabase } from '../support/database.js';

let t: TestDatabase;
let services: Services;
const ref = 'FAM-0001';
const hoursFromNow = (h: number) => toUkLocalDateTime(new Date(Date.now() + h * 3_600_000));

beforeEach(async () => {
  t = await aDatabase();
  services = createServices(t.db);
  const by = from(t.worker);
  await services.cases.create(by, { ref, plan: 'child-protection', openedOn: '2026-01-05' });
  await services.cases.addPerson(by, ref, { role: 'child', name: 'Ruby', dateOfBirth: '2019-03-01' });
  await services.entries.record(by, ref, { kind: 'incident', at: daysAgo(3), threats: ['shouting'] });
  await services.entries.record(by, ref, { kind: 'incident', at: daysAgo(40), threats: ['swearing'] });
  await services.entries.record(by, ref, {
    kind: 'meeting',
    at: daysAgo(20),
    type: 'core-group',
    actions: [
      { what: 'Unannounced visit', owner: 'worker', due: toUkDate(new Date(Date.now() - 5 * 86_400_000)) },
      { what: 'Review in a month', owner: 'worker', due: toUkDate(new Date(Date.now() + 20 * 86_400_000)) },
    ],
  });
  const answers = Object.fromEntries(
    packFor('milton-keynes').checklists.preVisitSafety.map((q) => [q.id, 'yes']),
  );
  const plan = (due: number) =>
    services.visitPlans.plan(by, ref, {
      due: hoursFromNow(due),
      expectedBack: hoursFromNow(due + 1),
      lone: false,
      answers,
      contingency: 'Ring the health visitor and return the next day',
    });
  const now = await plan(0.1);
  await plan(48);
  await services.visits.checkOut(by, ref, now.id, { expectedBack: hoursFromNow(2), where: '1 Mill Lane' });
});
afterEach(() => t.close());

describe('the manager’s view of the team', () => {
  it('has the incidents of the last 30 days, the actions overdue and who is out now', async () => {
    const view = await services.team.view(from(t.manager));
    expect(view.incidents).toEqual([
      expect.objectContaining({ case: ref, threats: ['shouting'], against: 'Test worker' }),
    ]);
    expect(view.actionsOverdue).toEqual([
      expect.objectContaining({ case: ref, what: 'Unannounced visit', owner: 'Test worker' }),
    ]);
    expect(view.outOnVisits.map((o) => o.worker)).toEqual(['Test worker']);
    expect(view.childrenNotSeen).toEqual([expect.objectContaining({ case: ref, name: 'Ruby' })]);
    expect(view.supervision).toEqual([expect.objectContaining({ name: 'Test worker', status: 'overdue' })]);
  });

  it('reads the cached assessments: a second look recomputes nothing', async () => {
    await services.team.view(from(t.manager));
    const before = await t.db.selectFrom('case_assessments').select('assessed_at').execute();
    await services.team.view(from(t.manager));
    expect(await t.db.selectFrom('case_assessments').select('assessed_at').execute()).toEqual(before);
  });

  it('is for managers only, and audited', async () => {
    await expect(services.team.view(from(t.worker))).rejects.toThrow(NotFound);
    await services.team.view(from(t.manager));
    const audited = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'read-team')
      .execute();
    expect(audited).toHaveLength(1);
  });
});

describe('the worker’s week', () => {
  it('has the visits planned with their safety checks, actions due, findings and supervision', async () => {
    const week = await services.myWeek.week(from(t.worker));
    expect(week.visits).toEqual([
      expect.objectContaining({ case: ref, out: true, safetyCheckComplete: true, lone: false }),
      expect.objectContaining({
        case: ref,
        out: false,
        contingency: expect.stringMatching(/health visitor/),
      }),
    ]);
    expect(week.actions.map((a) => a.what)).toEqual(['Unannounced visit']);
    expect(week.findings.map((f) => f.finding.code)).toContain('child-not-seen');
    expect(week.supervision).toMatchObject({
      manager: 'Test manager',
      status: 'overdue',
      overdueCases: [ref],
    });
  });
});
