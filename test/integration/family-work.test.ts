// Working with the family (issue 8): communication needs as versions of a person's record, stages of
// change, GROW goals, plan reviews and the end-of-contact summary, through the services on a real database.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caseService } from '../../src/services/cases.js';
import { contactSummaryService } from '../../src/services/contact-summaries.js';
import { entryService } from '../../src/services/entries.js';
import { InvalidInput, NotFound } from '../../src/services/errors.js';
import { familyWorkService } from '../../src/services/family-work.js';
import { personService } from '../../src/services/people.js';
import { daysAgo } from '../support/api.js';
import { aDatabase, from, type TestDatabase } from '../support/database.js';

let t: TestDatabase;
let cases: ReturnType<typeof caseService>;
let entries: ReturnType<typeof entryService>;
let work: ReturnType<typeof familyWorkService>;
let summaries: ReturnType<typeof contactSummaryService>;
let people: ReturnType<typeof personService>;
const ref = 'FAM-0001';
const dayFromNow = (n: number) => daysAgo(-n).slice(0, 10);

beforeEach(async () => {
  t = await aDatabase();
  cases = caseService(t.db);
  entries = entryService(t.db);
  work = familyWorkService(t.db);
  summaries = contactSummaryService(t.db);
  people = personService(t.db);
  await cases.create(from(t.worker), { ref, plan: 'child-in-need', openedOn: daysAgo(60).slice(0, 10) });
  await cases.addPerson(from(t.worker), ref, {
    ref: 'c1',
    role: 'child',
    name: 'Maja',
    dateOfBirth: '2017-05-01',
  });
  await cases.addPerson(from(t.worker), ref, {
    ref: 'm1',
    role: 'parent',
    name: 'Anna',
    livesWithChildren: ['c1'],
  });
});
afterEach(() => t.close());

const findings = async () =>
  (await cases.overview(from(t.worker), ref)).assessment.findings.map((f) => f.code);
const contact = (days: number, extra: Record<string, unknown> = {}) =>
  entries.record(from(t.worker), ref, {
    kind: 'contact',
    at: daysAgo(days),
    mode: 'home-visit',
    planned: true,
    outcome: 'completed',
    seen: ['m1', 'c1'],
    ...extra,
  });

describe('communication needs', () => {
  it('changes them only by a new version of the record, audited, and the engine uses them', async () => {
    await contact(3);
    expect(await findings()).not.toContain('communication-needs-unmet');
    const changed = await people.changeNeeds(from(t.worker), ref, 'm1', {
      interpreter: 'Polish',
      literacy: 'low',
      preferredContact: 'text',
      datesToAvoid: 'Easter Sunday and Monday',
    });
    expect(changed.needs).toMatchObject({ interpreter: 'Polish', preferredContact: 'text' });
    expect(await findings()).toContain('communication-needs-unmet');

    await people.changeNeeds(from(t.worker), ref, 'm1', { literacy: 'low' });
    const versions = await people.versions(from(t.worker), ref, 'm1');
    expect(versions.map((v) => [v.version, v.person.needs])).toEqual([
      [1, undefined],
      [2, expect.objectContaining({ interpreter: 'Polish' })],
      [3, { literacy: 'low' }],
    ]);
    expect(versions[2]?.recordedBy).toBe('Test worker');
    const audits = await t.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'change-person-needs')
      .execute();
    expect(audits.map((a) => a.detail)).toEqual(['m1 version 2', 'm1 version 3']);
    await expect(t.db.deleteFrom('person_versions').execute()).rejects.toThrow(/kept as written/);
  });

  it('refuses a contact method that is not one of the format’s, naming the field', async () => {
    await expect(
      people.changeNeeds(from(t.worker), ref, 'm1', { preferredContact: 'pigeon' }),
    ).rejects.toSatisfy(
      (e) => e instanceof InvalidInput && e.problems.some((p) => p.path === 'preferredContact'),
    );
  });

  it('is not found for someone outside the case', async () => {
    await expect(people.changeNeeds(from(t.outsider), ref, 'm1', {})).rejects.toBeInstanceOf(NotFound);
  });
});

describe('stages of change and goals', () => {
  it('records a stage with its signs, shows the pack’s tasks, and a goal set too early is flagged', async () => {
    await work.recordStage(from(t.worker), ref, {
      person: 'm1',
      stage: 'contemplation',
      indicators: ['contemplation-ambivalent'],
    });
    let plan = await work.plan(from(t.worker), ref);
    const anna = plan.stages.find((s) => s.person.ref === 'm1');
    expect(anna?.latest?.stage).toBe('contemplation');
    expect(anna?.indicatorsSeen.map((i) => i.id)).toEqual(['contemplation-ambivalent']);
    expect(anna?.guidance?.tasks[0]?.citations).toContain('BEF 10.0');

    await work.setGoal(from(t.worker), ref, {
      person: 'm1',
      goal: 'Take Maja to every clinic appointment',
      will: 'Set a reminder on her phone',
      due: dayFromNow(30),
    });
    plan = await work.plan(from(t.worker), ref);
    expect(plan.goals).toMatchObject([{ beforeAction: true, latest: null, overdue: false }]);
    expect(await findings()).toContain('stage-strategy-mismatch');
  });

  it('refuses signs of another stage and a child as the person', async () => {
    await expect(
      work.recordStage(from(t.worker), ref, {
        person: 'm1',
        stage: 'action',
        indicators: ['contemplation-ambivalent'],
      }),
    ).rejects.toSatisfy((e) => e instanceof InvalidInput && e.problems[0]?.path === 'indicators');
    await expect(work.recordStage(from(t.worker), ref, { person: 'c1', stage: 'action' })).rejects.toSatisfy(
      (e) => e instanceof InvalidInput && e.problems[0]?.path === 'person',
    );
  });
});

describe('plan reviews', () => {
  it('records progress on each goal and overall, and two reviews without progress are drift', async () => {
    const goal = await work.setGoal(from(t.worker), ref, { person: 'm1', goal: 'Keep the house warm' });
    await work.recordPlanReview(from(t.worker), ref, {
      at: daysAgo(20),
      progress: 'none',
      goals: [{ goal: goal.id, progress: 'none' }],
      nextReviewOn: dayFromNow(20),
    });
    expect(await findings()).not.toContain('drift');
    await work.recordPlanReview(from(t.worker), ref, {
      progress: 'none',
      goals: [{ goal: goal.id, progress: 'some' }],
      nextReviewOn: dayFromNow(28),
    });
    expect(await findings()).toContain('drift');
    const plan = await work.plan(from(t.worker), ref);
    expect(plan.goals[0]?.progress.map((p) => p.progress)).toEqual(['none', 'some']);
    expect(plan.reviews).toMatchObject({ nextReviewOn: dayFromNow(28), overdue: false });
  });

  it('refuses progress on a goal that is not on the case', async () => {
    await expect(
      work.recordPlanReview(from(t.worker), ref, {
        progress: 'some',
        goals: [{ goal: 'e99', progress: 'good' }],
      }),
    ).rejects.toSatisfy((e) => e instanceof InvalidInput && e.problems[0]?.path === 'goals');
  });
});

describe('the end-of-contact summary', () => {
  it('drafts one in plain words, and giving it corrects the contact so the finding is answered', async () => {
    for (const days of [9, 8, 7])
      await contact(days, { outcome: 'no-answer-believed-in', seen: [], contingency: 'Call' });
    const visit = await contact(1, { seenAlone: ['c1'], contingency: 'Call' });
    expect(await findings()).toContain('end-of-contact-summary-missing');

    const draft = await summaries.summary(from(t.worker), ref, visit.id);
    expect(draft.given).toBe(false);
    expect(draft.parts.why).toBe('We came to your home to see how Maja is getting on.');
    expect(draft.parts.done).toContain('We talked with Maja on their own.');
    expect(draft.text).toMatch(/^Why we met\n/);
    expect(draft.smsSize.messages).toBeLessThanOrEqual(3);
    expect(draft.readingAge).toBeGreaterThanOrEqual(5);
    expect(draft.readingAge).toBeLessThanOrEqual(11);

    const correction = await summaries.give(from(t.worker), ref, visit.id, {
      ...draft.parts,
      next: 'We will come on Monday.',
    });
    expect(correction).toMatchObject({
      amends: visit.id,
      at: visit.at,
      summaryGiven: true,
      outcome: 'completed',
    });
    expect(await findings()).not.toContain('end-of-contact-summary-missing');
    const given = await summaries.summary(from(t.worker), ref, visit.id);
    expect(given).toMatchObject({ given: true, parts: { next: 'We will come on Monday.' } });

    // A second summary corrects the latest correction, so the chain stays one contact.
    const again = await summaries.give(from(t.worker), ref, correction.id, given.parts);
    expect(again.amends).toBe(correction.id);
  });

  it('is not found for an entry that is not a contact, or for someone outside the case', async () => {
    const goal = await work.setGoal(from(t.worker), ref, { person: 'm1', goal: 'A goal' });
    await expect(summaries.summary(from(t.worker), ref, goal.id)).rejects.toBeInstanceOf(NotFound);
    const visit = await contact(1);
    await expect(summaries.summary(from(t.outsider), ref, visit.id)).rejects.toBeInstanceOf(NotFound);
  });

  it('refuses a summary without what happens next', async () => {
    const visit = await contact(1);
    await expect(
      summaries.give(from(t.worker), ref, visit.id, { why: 'To see you.', done: 'We talked.' }),
    ).rejects.toSatisfy((e) => e instanceof InvalidInput && e.problems[0]?.path === 'next');
  });
});
