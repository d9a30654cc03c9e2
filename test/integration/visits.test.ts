// Planning a visit and checking out and in (issue 7, items 3–4; MK 5.1.9.23–25; FV "Keeping Staff Safe"):
// the rules of the plan, whereabouts kept out of the entries, and overdue alerts once per escalation step.
// The clock is passed in: `base` is taken when each test starts, never when the module loads.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assess } from '../../src/domain/assessment/assess.js';
import { packFor } from '../../src/domain/packs/index.js';
import type { Actor, Role } from '../../src/domain/policy.js';
import { toUkLocalDateTime } from '../../src/domain/time.js';
import { caseService } from '../../src/services/cases.js';
import { entryService } from '../../src/services/entries.js';
import { InvalidInput, NotFound } from '../../src/services/errors.js';
import { sweepOverdueVisits } from '../../src/services/overdue-visits.js';
import { teamWhereaboutsService } from '../../src/services/team-whereabouts.js';
import { visitPlanService, type VisitPlanInput } from '../../src/services/visit-plans.js';
import { visitService } from '../../src/services/visits.js';
import { aDatabase, from, type TestDatabase, storedCase, storedFile } from '../support/database.js';

let t: TestDatabase;
let base: Date;
let duty: Actor;
let otherManager: Actor;
const plans = () => visitPlanService(t.db);
const visits = () => visitService(t.db);
const whereabouts = () => teamWhereaboutsService(t.db);
const minutes = (n: number) => new Date(base.getTime() + n * 60_000);
const local = (n: number) => toUkLocalDateTime(minutes(n));
const ref = 'FAM-0007';
const questions = packFor('milton-keynes').checklists.preVisitSafety;
const allAnswered = () => Object.fromEntries(questions.map((q) => [q.id, 'yes']));

beforeEach(async () => {
  t = await aDatabase();
  base = new Date(Math.floor(Date.now() / 60_000) * 60_000);
  duty = await aUser('duty', 'practitioner');
  otherManager = await aUser('manager2', 'manager');
  await t.db
    .updateTable('partnerships')
    .set({ duty_user_id: duty.userId })
    .where('id', '=', t.partnershipId)
    .execute();
  await caseService(t.db).create(from(t.worker), {
    ref,
    plan: 'child-protection',
    openedOn: '2026-01-05',
    agencies: ['hv'],
  });
});
afterEach(() => t.close());

async function aUser(workerRef: string, role: Role): Promise<Actor> {
  const { id } = await t.db
    .insertInto('users')
    .values({
      partnership_id: t.partnershipId,
      agency_id: t.worker.agencyId,
      team_id: null,
      email: `${workerRef}@test.example`,
      name: `Test ${workerRef}`,
      worker_ref: workerRef,
      role,
      manager_id: null,
      password_hash: 'not-used-here',
      created_at: new Date().toISOString(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { ...t.worker, userId: id, workerRef, name: `Test ${workerRef}`, role, superviseeAgencyIds: [] };
}

/** Threatening behaviour on the last visit: the family now has a risk-to-staff warning. */
const warn = () =>
  entryService(t.db).record(from(t.worker), ref, {
    kind: 'contact',
    at: local(-60),
    mode: 'home-visit',
    outcome: 'cut-short',
    threats: ['threat-of-violence'],
  });

const aPlan = (overrides: Partial<VisitPlanInput> = {}): VisitPlanInput => ({
  due: local(10),
  expectedBack: local(70),
  lone: false,
  answers: allAnswered(),
  contingency: 'Leave a card, ring the health visitor, and come back tomorrow with a colleague',
  ...overrides,
});

async function problemsOf(promise: Promise<unknown>): Promise<string[]> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InvalidInput);
  return (error as InvalidInput).problems.map((p) => p.path);
}

const notificationsOf = (actor: Actor, kind: string) =>
  t.db
    .selectFrom('notifications')
    .selectAll()
    .where('user_id', '=', actor.userId)
    .where('kind', '=', kind)
    .execute();

async function outOnVisit() {
  const plan = await plans().plan(from(t.worker), ref, aPlan(), base);
  await visits().checkOut(
    from(t.worker),
    ref,
    plan.id,
    { where: '12 Acacia Road', expectedBack: local(70) },
    minutes(10),
  );
  return plan;
}

describe('planning a visit', () => {
  it('records the plan with its safety check, expected return and contingency (MK 5.1.9.23)', async () => {
    const plan = await plans().plan(from(t.worker), ref, aPlan({ answers: {} }), base);
    expect(plan).toMatchObject({
      kind: 'visit-plan',
      due: local(10),
      expectedBack: local(70),
      lone: false,
      safetyCheck: { complete: false, answers: {} },
      contingency: expect.stringContaining('Leave a card'),
    });
  });

  it('asks for the time back after the start, and a contingency plan', async () => {
    expect(
      await problemsOf(
        plans().plan(from(t.worker), ref, aPlan({ expectedBack: local(5), contingency: ' ' }), base),
      ),
    ).toEqual(['expectedBack', 'contingency']);
  });

  it('to a family with a risk-to-staff warning, needs every safety question answered', async () => {
    await warn();
    expect(await plans().planning(from(t.worker), ref, base)).toMatchObject({
      warning: true,
      loneNeedsAgreement: true,
    });
    const paths = await problemsOf(plans().plan(from(t.worker), ref, aPlan({ answers: {} }), base));
    expect(paths).toEqual(questions.map((q) => `answers.${q.id}`));
    const plan = await plans().plan(from(t.worker), ref, aPlan(), base);
    expect(plan).toMatchObject({ safetyCheck: { complete: true } });
  });

  it('refuses a lone visit to a family with a warning without a manager’s agreement', async () => {
    await warn();
    expect(await problemsOf(plans().plan(from(t.worker), ref, aPlan({ lone: true }), base))).toEqual([
      'managerAgreedLone',
    ]);
    // The same rule through the entries API.
    expect(
      await problemsOf(
        entryService(t.db).record(from(t.worker), ref, {
          kind: 'visit-plan',
          due: local(10),
          lone: true,
          expectedBack: local(70),
        }),
      ),
    ).toEqual(['managerAgreedLone']);
  });

  it('records a lone visit the worker’s manager agreed to, and tells the manager', async () => {
    await warn();
    const planning = await plans().planning(from(t.worker), ref, base);
    expect(planning.managers[0]).toMatchObject({ ref: 'manager', lineManager: true });
    const plan = await plans().plan(
      from(t.worker),
      ref,
      aPlan({ lone: true, managerAgreedLone: 'manager' }),
      base,
    );
    expect(plan).toMatchObject({ lone: true, managerAgreedLone: 'manager' });
    const told = await notificationsOf(t.manager, 'lone-visit-agreed');
    expect(told).toHaveLength(1);
    expect(told[0]?.text).toMatch(/recorded that you agreed to their lone visit on case FAM-0007/);
    const caseRow = await storedCase(t.db, t.partnershipId, ref);
    const file = await storedFile(t.db, caseRow!);
    const codes = assess(file, packFor('milton-keynes'), minutes(1)).findings.map((f) => f.code);
    expect(codes).not.toContain('safety-plan-missing');
  });

  it('lets only a manager of the case, not the worker themselves, agree', async () => {
    await warn();
    expect(
      await problemsOf(
        plans().plan(from(t.worker), ref, aPlan({ lone: true, managerAgreedLone: 'worker' }), base),
      ),
    ).toEqual(['managerAgreedLone']);
  });
});

describe('checking out and in', () => {
  it('keeps where the worker went out of the entries, in whereabouts only', async () => {
    const plan = await outOnVisit();
    const entries = await t.db.selectFrom('entries').select(['kind', 'data']).execute();
    expect(entries.map((e) => e.kind)).toEqual(['allocation', 'visit-plan', 'check-out']);
    expect(entries.some((e) => e.data.includes('Acacia'))).toBe(false);
    const out = await whereabouts().outNow(from(t.worker), minutes(11));
    expect(out).toMatchObject([
      { you: true, case: ref, visit: plan.id, place: '12 Acacia Road', overdue: false },
    ]);
  });

  it('refuses a second check-out while the worker is out, and a check-in when not out', async () => {
    const plan = await outOnVisit();
    const other = await plans().plan(from(t.worker), ref, aPlan(), base);
    expect(
      await problemsOf(
        visits().checkOut(from(t.worker), ref, other.id, { expectedBack: local(90) }, minutes(20)),
      ),
    ).toEqual(['visit']);
    expect(await problemsOf(visits().checkIn(from(t.worker), ref, other.id, minutes(20)))).toEqual(['visit']);
    await visits().checkIn(from(t.worker), ref, plan.id, minutes(30));
    expect(await whereabouts().outNow(from(t.worker), minutes(31))).toEqual([]);
  });

  it('extends by 30 minutes as a correction of the check-out, which the visit-overdue finding follows', async () => {
    const plan = await outOnVisit();
    const extension = await visits().extend(from(t.worker), ref, plan.id, minutes(60));
    expect(extension).toMatchObject({
      kind: 'check-out',
      amends: 'e3',
      at: local(10),
      expectedBack: local(100),
    });
    const [out] = await whereabouts().outNow(from(t.manager), minutes(61));
    expect(out?.expectedBack).toEqual(minutes(100));
    const file = await storedFile(t.db, (await storedCase(t.db, t.partnershipId, ref))!);
    const overdueAt = (n: number) =>
      assess(file, packFor('milton-keynes'), minutes(n)).findings.some((f) => f.code === 'visit-overdue');
    expect(overdueAt(90)).toBe(false);
    expect(overdueAt(116)).toBe(true);
    // Extending when already late counts from now.
    const late = await visits().extend(from(t.worker), ref, plan.id, minutes(130));
    expect(late).toMatchObject({ expectedBack: local(160) });
  });

  it('follows check-outs and check-ins recorded through the entries API, without a place', async () => {
    const plan = await plans().plan(from(t.worker), ref, aPlan(), base);
    const entries = entryService(t.db);
    // No expected return on the check-out: the plan's is used.
    await entries.record(from(t.worker), ref, { kind: 'check-out', visit: plan.id });
    const [out] = await whereabouts().outNow(from(t.manager), base);
    expect(out).toMatchObject({ worker: 'Test worker', place: null, expectedBack: minutes(70) });
    await entries.record(from(t.worker), ref, { kind: 'check-in', visit: plan.id });
    expect(await whereabouts().outNow(from(t.manager), base)).toEqual([]);
  });

  it('refuses an entry-only check-out with no expected return anywhere', async () => {
    const entries = entryService(t.db);
    const plan = await entries.record(from(t.worker), ref, { kind: 'visit-plan', due: local(10) });
    expect(
      await problemsOf(entries.record(from(t.worker), ref, { kind: 'check-out', visit: plan.id })),
    ).toEqual(['expectedBack']);
  });
});

describe('overdue alerts', () => {
  const stepsRaised = async (n: number) =>
    (await sweepOverdueVisits(t.db, { now: minutes(n) })).map((r) => ({
      step: r.step,
      told: r.notified.length,
    }));

  it('fire once per escalation step, to the line manager and the duty contact, after 15 minutes’ grace', async () => {
    await outOnVisit(); // expected back at +70
    expect(await stepsRaised(84)).toEqual([]);
    expect(await stepsRaised(85)).toEqual([{ step: 0, told: 2 }]);
    expect(await stepsRaised(86)).toEqual([]);
    expect(await stepsRaised(99)).toEqual([]);
    // Two sweeps at once still raise a step once.
    const both = await Promise.all([
      sweepOverdueVisits(t.db, { now: minutes(100) }),
      sweepOverdueVisits(t.db, { now: minutes(100) }),
    ]);
    expect(both.flat().map((r) => r.step)).toEqual([1]);
    expect(await notificationsOf(t.manager, 'visit-overdue')).toHaveLength(2);
    const [first] = await notificationsOf(duty, 'visit-overdue');
    expect(first?.text).toMatch(/Test worker has not checked in from a visit on case FAM-0007/);
    expect(first?.text).not.toMatch(/Acacia/);
    expect(first?.email_summary).toMatch(/^Overdue from a visit: Test worker/);
    expect(await notificationsOf(t.worker, 'visit-overdue')).toEqual([]);
    expect(await notificationsOf(otherManager, 'visit-overdue')).toEqual([]);
  });

  it('stop when the worker checks in', async () => {
    const plan = await outOnVisit();
    expect(await stepsRaised(85)).toEqual([{ step: 0, told: 2 }]);
    await visits().checkIn(from(t.worker), ref, plan.id, minutes(90));
    expect(await stepsRaised(100)).toEqual([]);
    expect(await stepsRaised(130)).toEqual([]);
  });

  it('stop once the manager or the duty contact acknowledges, until the next expected return', async () => {
    const plan = await outOnVisit();
    expect(await stepsRaised(85)).toEqual([{ step: 0, told: 2 }]);
    const [out] = await whereabouts().outNow(from(duty), minutes(86));
    expect(out).toMatchObject({ overdue: true, alerts: 1, acknowledged: null, mayAcknowledge: true });
    const acknowledged = await whereabouts().acknowledge(from(duty), out!.id, minutes(87));
    expect(acknowledged.acknowledged).toMatchObject({ by: 'Test duty' });
    expect(await notificationsOf(t.manager, 'visit-overdue-acknowledged')).toHaveLength(1);
    expect(await stepsRaised(100)).toEqual([]);
    expect(await stepsRaised(115)).toEqual([]);
    // The worker extends: a new expected return, and alerts again should they miss that too.
    await visits().extend(from(t.worker), ref, plan.id, minutes(116)); // back by +146
    expect(await stepsRaised(160)).toEqual([]);
    expect(await stepsRaised(161)).toEqual([{ step: 0, told: 2 }]);
  });

  it('are raised only for the step due now when the server was down for a while', async () => {
    await outOnVisit();
    expect(await stepsRaised(131)).toEqual([{ step: 3, told: 2 }]);
  });
});

describe('who sees whereabouts', () => {
  it('the worker, their manager and the duty contact; not another worker, another manager or another agency', async () => {
    await outOnVisit();
    const seenBy = async (actor: Actor) => (await whereabouts().outNow(from(actor), minutes(20))).length;
    expect(await seenBy(t.worker)).toBe(1);
    expect(await seenBy(t.manager)).toBe(1);
    expect(await seenBy(duty)).toBe(1);
    const colleague = await aUser('colleague', 'practitioner');
    expect(await seenBy(colleague)).toBe(0);
    expect(await seenBy(otherManager)).toBe(0);
    expect(await seenBy(t.worker2)).toBe(0); // health visiting, on the case
    expect(await seenBy(t.outsider)).toBe(0);
  });

  it('lets only the manager or the duty contact acknowledge', async () => {
    await outOnVisit();
    await sweepOverdueVisits(t.db, { now: minutes(85) });
    const [out] = await whereabouts().outNow(from(t.worker), minutes(86));
    expect(out?.mayAcknowledge).toBe(false);
    for (const actor of [t.worker, t.worker2, otherManager])
      await expect(whereabouts().acknowledge(from(actor), out!.id, minutes(86))).rejects.toBeInstanceOf(
        NotFound,
      );
    await expect(whereabouts().acknowledge(from(t.manager), out!.id, minutes(86))).resolves.toMatchObject({
      acknowledged: { by: 'Test manager' },
    });
  });

  it('refuses to acknowledge a worker who is not overdue', async () => {
    await outOnVisit();
    const [out] = await whereabouts().outNow(from(t.manager), minutes(20));
    await expect(whereabouts().acknowledge(from(t.manager), out!.id, minutes(20))).rejects.toBeInstanceOf(
      InvalidInput,
    );
  });
});
