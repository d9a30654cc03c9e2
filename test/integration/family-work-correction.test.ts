// Correcting a goal and a stage of change from the family plan (BEF 10.0, 10.1), as a contact is corrected:
// anyone who may write to the case is offered a "Correct" link beside each current goal and each person's
// current stage; the form opens prefilled; the correction is a new entry of the same kind that `amends` the
// latest version, and the family plan and the engine read the case as amended (stage-strategy-mismatch
// follows the corrected stage). Any other entry, or anyone outside the case, is "Page not found".
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Entry } from '../../src/domain/entries.js';
import { toUkLocalDateTime } from '../../src/domain/time.js';
import { caseService } from '../../src/services/cases.js';
import { InvalidInput, NotFound } from '../../src/services/errors.js';
import { familyWorkService } from '../../src/services/family-work.js';
import { goalFrom, goalFormFrom } from '../../src/web/forms/family-work.js';
import {
  createCaseThroughPages,
  csrfTokenIn,
  startTestApp,
  type TestApp,
  type TestBrowser,
} from '../support/app.js';
import { aDatabase, from, storedEntries, type TestDatabase } from '../support/database.js';
import { dateBoxes, dateTimeBoxes, inDays } from '../support/forms.js';

let t: TestApp;
let worker: TestBrowser;

const ref = 'FAM-0001';
const base = `/cases/${ref}`;
const planPage = `${base}/family-plan`;
const overviewPage = base;
const correctGoal = (entryId: string) => `${base}/family-plan/goals/${entryId}/correct`;
const correctStage = (entryId: string) => `${base}/family-plan/stages/${entryId}/correct`;

beforeEach(async () => {
  t = await startTestApp();
  worker = await t.signedIn();
  await createCaseThroughPages(worker);
  await worker.submit(`${base}/people/new`, {
    role: 'child',
    name: 'Maja Nowak',
    ...dateBoxes('dateOfBirth', '2017-05-01'),
  });
  await worker.submit(`${base}/people/new`, { role: 'parent', name: 'Anna Nowak', livesWithChildren: 'c1' });
  await worker.submit(`${base}/people/new`, { role: 'parent', name: 'Piotr Nowak', livesWithChildren: 'c1' });
  // A contact: an entry of another kind, which neither correction page takes.
  const contact = await worker.submit(`${base}/contacts/new`, {
    ...dateTimeBoxes('at', inDays(-1 / 24)),
    mode: 'home-visit',
    planned: 'yes',
    outcome: 'completed',
    seen: ['c1', 'p1'],
    seenAlone: 'c1',
  });
  expect(contact.statusCode).toBe(303);
});
afterEach(async () => {
  vi.useRealTimers();
  await t.close();
});

const stored = () => storedEntries(t.db);

const ids = async () => (await stored()).map((entry) => entry.id);

/** The id of the latest stored entry of `kind`. */
async function lastOf(kind: Entry['kind']): Promise<string> {
  const entry = (await stored()).filter((e) => e.kind === kind).at(-1);
  if (!entry) throw new Error(`no ${kind} entry`);
  return entry.id;
}

const goal = () => ({
  person: 'p1',
  goal: 'Take Maja to the dentsit',
  reality: 'Maja has not seen a dentist for two years',
  will: 'Anna will ring the dentist on Monday',
  ...dateBoxes('due', inDays(14)),
});

async function goalSet(): Promise<string> {
  const saved = await worker.submit(`${base}/family-plan/goals/new`, goal());
  expect(saved.statusCode).toBe(303);
  return lastOf('goal');
}

async function stageRecorded(fields: Record<string, string | string[]> = {}): Promise<string> {
  const saved = await worker.submit(`${base}/family-plan/stages/new`, {
    person: 'p1',
    stage: 'pre-contemplation',
    indicators: ['pre-contemplation-denies'],
    note: 'Says the dentist is a waste of time',
    ...fields,
  });
  expect(saved.statusCode).toBe(303);
  return lastOf('stage-of-change');
}

/** One person's stage card on the family plan. */
function stageCard(html: string, person: string): string {
  const start = html.indexOf(`data-qa="stage-${person}"`);
  if (start < 0) return '';
  const next = html.indexOf('class="govuk-summary-card"', start);
  return html.slice(start, next < 0 ? html.indexOf('id="goals"', start) : next);
}

const count = (html: string, text: string) => html.split(text).length - 1;

describe('correcting a goal', () => {
  it('is offered from the family plan, prefilled, stored as a correction, and shown once as corrected', async () => {
    const id = await goalSet();
    const before = (await worker.get(planPage)).body;
    expect(before).toContain(`href="${correctGoal(id)}"`);
    expect(before).toMatch(
      /data-qa="correct-goal">Correct<span class="govuk-visually-hidden"> the goal for Anna Nowak: Take Maja to the dentsit<\/span><\/a>/,
    );

    const form = await worker.get(correctGoal(id));
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('<title>Correct a goal');
    expect(form.body).toMatch(/<h1[^>]*>[\s\S]*Correct a goal<\/h1>/);
    expect(form.body).toContain('govuk-inset-text');
    expect(form.body).toContain('stays in the chronology as it was set');
    expect(form.body).toContain('Save correction');
    expect(form.body).not.toContain('Save goal');
    expect(form.body).toContain(`action="${correctGoal(id)}"`);
    expect(form.body).toMatch(/<input[^>]*name="person"[^>]*value="p1"[^>]*checked/);
    expect(form.body).toMatch(/<textarea[^>]*name="goal"[^>]*>Take Maja to the dentsit<\/textarea>/);
    expect(form.body).toMatch(/<textarea[^>]*name="reality"[^>]*>Maja has not seen a dentist/);
    expect(form.body).toMatch(/<textarea[^>]*name="will"[^>]*>Anna will ring/);
    expect(form.body).toMatch(/<textarea[^>]*name="options"[^>]*><\/textarea>/);
    const due = inDays(14);
    for (const [box, value] of [
      ['due-day', Number(due.slice(8, 10))],
      ['due-month', Number(due.slice(5, 7))],
      ['due-year', due.slice(0, 4)],
    ] as const)
      expect(form.body).toMatch(new RegExp(`name="${box}"[^>]*value="${value}"`));

    // The wrong person and a typo: put right.
    const saved = await worker.submit(correctGoal(id), {
      ...goal(),
      person: 'p2',
      goal: 'Take Maja to the dentist',
      will: 'Piotr will ring the dentist on Monday',
    });
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe(planPage);

    const entries = await stored();
    const original = entries.find((entry) => entry.id === id);
    const correction = entries.at(-1);
    expect(original).toMatchObject({ kind: 'goal', person: 'p1', goal: 'Take Maja to the dentsit' });
    expect(correction).toMatchObject({
      kind: 'goal',
      amends: id,
      person: 'p2',
      goal: 'Take Maja to the dentist',
      reality: 'Maja has not seen a dentist for two years',
      will: 'Piotr will ring the dentist on Monday',
      due: due.slice(0, 10),
      // Set when the goal was: a correction says what the goal was, not when it was corrected.
      at: original?.at,
    });
    const correctionId = correction?.id ?? '';

    const after = (await worker.get(planPage)).body;
    expect(after).toContain('Correction recorded');
    expect(after).not.toContain('dentsit');
    expect(count(after, 'Take Maja to the dentist')).toBe(2); // the goal, and the link's hidden text
    expect(count(after, 'data-qa="correct-goal"')).toBe(1);
    expect(after).toMatch(/data-label="Who">Piotr Nowak<\/td>/);
    expect(after).toContain(`href="${correctGoal(correctionId)}"`);
    expect(after).not.toContain(`href="${correctGoal(id)}"`);

    // A second correction amends the first, whichever version the link names.
    const again = await worker.submit(correctGoal(id), {
      ...goal(),
      person: 'p2',
      goal: 'Book Maja a check-up',
    });
    expect(again.statusCode).toBe(303);
    const latest = (await stored()).at(-1);
    expect(latest).toMatchObject({ kind: 'goal', amends: correctionId, goal: 'Book Maja a check-up' });
    const twice = (await worker.get(planPage)).body;
    expect(count(twice, 'data-qa="correct-goal"')).toBe(1);
    expect(twice).not.toContain('Take Maja to the dentist');
    expect(twice).toContain(`href="${correctGoal(latest?.id ?? '')}"`);
    expect((await worker.get(correctGoal(correctionId))).body).toMatch(
      /<textarea[^>]*name="goal"[^>]*>Book Maja a check-up<\/textarea>/,
    );
  });

  it('keeps the progress plan reviews recorded on the goal', async () => {
    const id = await goalSet();
    const reviewed = await worker.submit(`${base}/family-plan/reviews/new`, {
      progress: 'some',
      [`goal-${id}`]: 'good',
      ...dateBoxes('nextReviewOn', inDays(28)),
    });
    expect(reviewed.statusCode).toBe(303);
    await worker.submit(correctGoal(id), { ...goal(), goal: 'Take Maja to the dentist' });
    const plan = (await worker.get(planPage)).body;
    expect(plan).toContain('Take Maja to the dentist: good progress');
    expect(plan).toMatch(/data-label="Progress"><strong class="govuk-tag govuk-tag--green">\s*Good progress/);
  });

  it('says what is missing (a correction without the goal) and writes nothing', async () => {
    const id = await goalSet();
    const written = await ids();
    const refused = await worker.submit(correctGoal(id), { ...goal(), goal: ' ' });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('<title>Error: Correct a goal');
    expect(refused.body).toContain('govuk-error-summary');
    expect(refused.body).toContain('There is a problem');
    expect(refused.body).toMatch(/<a href="#goal">Enter the goal<\/a>/);
    expect(refused.body).toContain(`action="${correctGoal(id)}"`);
    expect(refused.body).toContain('Save correction');
    expect(await ids()).toEqual(written);
  });

  it('lets a due date stand that has passed since the goal was set, but not one before it was set', () => {
    const form = goalFormFrom({ person: 'p1', goal: 'Go to the dentist', ...dateBoxes('due', '2026-01-10') });
    expect(goalFrom(form, '2026-02-01', '2026-01-05')).toHaveProperty('entry.due', '2026-01-10');
    expect(goalFrom(form, '2026-02-01')).toEqual({
      problems: [{ path: 'due', message: 'The due date must be today or later' }],
    });
    expect(goalFrom(form, '2026-02-01', '2026-01-11')).toEqual({
      problems: [{ path: 'due', message: 'The due date must be on or after the day the goal was set' }],
    });
  });

  it('is "Page not found" for a contact, a stage of change, or no entry at all', async () => {
    await goalSet();
    const stage = await stageRecorded();
    const contact = await lastOf('contact');
    const written = await ids();
    const token = csrfTokenIn((await worker.get(planPage)).body);
    for (const entryId of [contact, stage, 'e99']) {
      const page = await worker.get(correctGoal(entryId));
      expect(page.statusCode, `GET ${entryId}`).toBe(404);
      expect(page.body).toContain('Page not found');
      const posted = await worker.post(correctGoal(entryId), { _csrf: token, ...goal() });
      expect(posted.statusCode, `POST ${entryId}`).toBe(404);
    }
    expect(await ids()).toEqual(written);
  });

  it('is "Page not found" for a worker whose agency is not on the case', async () => {
    const id = await goalSet();
    const written = await ids();
    const outsider = await t.signedIn(
      await t.addUser({ name: 'Olu Outsider', agencyId: await t.addAgency('hv', 'Health Visiting') }),
    );
    const refused = await outsider.get(correctGoal(id));
    expect(refused.statusCode).toBe(404);
    expect(refused.body).toContain('Page not found');
    const token = csrfTokenIn((await outsider.get('/cases')).body);
    expect((await outsider.post(correctGoal(id), { _csrf: token, ...goal() })).statusCode).toBe(404);
    expect(await ids()).toEqual(written);
  });
});

describe('correcting a stage of change', () => {
  it('is offered from the family plan, prefilled, stored as a correction, and shown as corrected', async () => {
    const id = await stageRecorded();
    const before = stageCard((await worker.get(planPage)).body, 'p1');
    expect(before).toContain(`href="${correctStage(id)}"`);
    expect(before).toMatch(
      /data-qa="correct-stage">Correct<span class="govuk-visually-hidden"> the stage of change of Anna Nowak<\/span><\/a>/,
    );
    // Nobody else has a stage to correct.
    expect(stageCard((await worker.get(planPage)).body, 'p2')).not.toContain('correct-stage');

    const form = await worker.get(correctStage(id));
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('<title>Correct a stage of change');
    expect(form.body).toMatch(/<h1[^>]*>[\s\S]*Correct a stage of change<\/h1>/);
    expect(form.body).toContain('govuk-inset-text');
    expect(form.body).toContain('stays in the chronology as it was recorded');
    expect(form.body).toContain('Save correction');
    expect(form.body).not.toContain('Save stage');
    expect(form.body).toContain(`action="${correctStage(id)}"`);
    expect(form.body).toMatch(/<input[^>]*name="person"[^>]*value="p1"[^>]*checked/);
    expect(form.body).toMatch(/<input[^>]*name="stage"[^>]*value="pre-contemplation"[^>]*checked/);
    expect(form.body).toMatch(
      /<input[^>]*name="indicators"[^>]*value="pre-contemplation-denies"[^>]*checked/,
    );
    expect(form.body).not.toMatch(
      /<input[^>]*name="indicators"[^>]*value="pre-contemplation-defensive"[^>]*checked/,
    );
    expect(form.body).toMatch(
      /<textarea[^>]*name="note"[^>]*>Says the dentist is a waste of time<\/textarea>/,
    );

    const saved = await worker.submit(correctStage(id), {
      person: 'p1',
      stage: 'determination',
      indicators: ['determination-decided'],
      note: 'Has booked the dentist herself',
    });
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe(planPage);
    const entries = await stored();
    const original = entries.find((entry) => entry.id === id);
    const correction = entries.at(-1);
    expect(original).toMatchObject({ kind: 'stage-of-change', stage: 'pre-contemplation' });
    expect(correction).toMatchObject({
      kind: 'stage-of-change',
      amends: id,
      person: 'p1',
      stage: 'determination',
      indicators: ['determination-decided'],
      note: 'Has booked the dentist herself',
      at: original?.at,
    });
    const correctionId = correction?.id ?? '';

    const page = (await worker.get(planPage)).body;
    expect(page).toContain('Correction recorded');
    const card = stageCard(page, 'p1');
    expect(card).toContain('Determination: has decided to change');
    expect(card).toContain('Has decided to change and wants to act');
    // The corrected stage in its place, not as a later one: no "Earlier stages", no pre-contemplation.
    expect(card).not.toContain('Pre-contemplation');
    expect(card).not.toContain('Earlier stages');
    expect(card).toContain(`href="${correctStage(correctionId)}"`);
    expect(count(page, 'data-qa="correct-stage"')).toBe(1);

    // Recorded against the wrong parent: a second correction, of the first, moves it to Piotr.
    const again = await worker.submit(correctStage(correctionId), { person: 'p2', stage: 'determination' });
    expect(again.statusCode).toBe(303);
    expect((await stored()).at(-1)).toMatchObject({
      kind: 'stage-of-change',
      amends: correctionId,
      person: 'p2',
    });
    const moved = (await worker.get(planPage)).body;
    expect(stageCard(moved, 'p1')).toContain('No stage recorded yet.');
    expect(stageCard(moved, 'p2')).toContain('Determination: has decided to change');
    expect(count(moved, 'data-qa="correct-stage"')).toBe(1);
  });

  it('keeps the time the stage was recorded: an earlier stage corrected stays earlier', async () => {
    // Anna's stage recorded three days ago, then a newer one yesterday (the clock set back for each).
    // Signed in afresh each time: a session does not outlive a clock turned back.
    const day = 24 * 60 * 60 * 1000;
    const now = Date.now();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(now - 3 * day);
    worker = await t.signedIn();
    const first = await stageRecorded();
    vi.setSystemTime(now - day);
    worker = await t.signedIn();
    await stageRecorded({ stage: 'contemplation', indicators: [], note: '' });
    vi.useRealTimers();
    worker = await t.signedIn();
    const recordedAt = (await stored()).find((entry) => entry.id === first)?.at;
    expect(recordedAt).toBe(toUkLocalDateTime(new Date(now - 3 * day)));

    const saved = await worker.submit(correctStage(first), { person: 'p1', stage: 'relapse' });
    expect(saved.statusCode).toBe(303);
    expect((await stored()).at(-1)).toMatchObject({ amends: first, stage: 'relapse', at: recordedAt });
    const card = stageCard((await worker.get(planPage)).body, 'p1');
    expect(card).toMatch(/<strong>Contemplation: thinking about change<\/strong>/);
    expect(card).toMatch(/Earlier stages[\s\S]*Relapse: slipped back/);
  });

  it('moves stage-strategy-mismatch with it: corrected past contemplation, the goal fits', async () => {
    const id = await stageRecorded();
    await goalSet();
    expect((await worker.get(overviewPage)).body).toContain('data-code="stage-strategy-mismatch"');

    const saved = await worker.submit(correctStage(id), { person: 'p1', stage: 'action' });
    expect(saved.statusCode).toBe(303);
    expect((await worker.get(overviewPage)).body).not.toContain('data-code="stage-strategy-mismatch"');
    expect((await worker.get(planPage)).body).not.toContain('data-qa="goal-before-action"');

    // Corrected back, it is found again.
    await worker.submit(correctStage(id), { person: 'p1', stage: 'contemplation' });
    expect((await worker.get(overviewPage)).body).toContain('data-code="stage-strategy-mismatch"');
  });

  it('says what is missing (a correction without the stage) and writes nothing', async () => {
    const id = await stageRecorded();
    const written = await ids();
    const refused = await worker.submit(correctStage(id), { person: 'p1', stage: '' });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('<title>Error: Correct a stage of change');
    expect(refused.body).toContain('govuk-error-summary');
    expect(refused.body).toContain('There is a problem');
    expect(refused.body).toMatch(/<a href="#stage">Select the stage of change<\/a>/);
    expect(refused.body).toContain(`action="${correctStage(id)}"`);
    expect(refused.body).toContain('Save correction');
    // The service's own check too: a child has no stage of change.
    const child = await worker.submit(correctStage(id), { person: 'c1', stage: 'action' });
    expect(child.statusCode).toBe(400);
    expect(child.body).toContain('govuk-error-summary');
    expect(child.body).toContain('Select an adult on the case');
    expect(await ids()).toEqual(written);
  });

  it('is "Page not found" for a contact, a goal, or no entry at all', async () => {
    await stageRecorded();
    const goalId = await goalSet();
    const contact = await lastOf('contact');
    const written = await ids();
    const token = csrfTokenIn((await worker.get(planPage)).body);
    for (const entryId of [contact, goalId, 'e99']) {
      const page = await worker.get(correctStage(entryId));
      expect(page.statusCode, `GET ${entryId}`).toBe(404);
      expect(page.body).toContain('Page not found');
      const posted = await worker.post(correctStage(entryId), {
        _csrf: token,
        person: 'p1',
        stage: 'action',
      });
      expect(posted.statusCode, `POST ${entryId}`).toBe(404);
    }
    expect(await ids()).toEqual(written);
  });

  it('is "Page not found" for a worker whose agency is not on the case', async () => {
    const id = await stageRecorded();
    const written = await ids();
    const outsider = await t.signedIn(
      await t.addUser({ name: 'Olu Outsider', agencyId: await t.addAgency('hv', 'Health Visiting') }),
    );
    const refused = await outsider.get(correctStage(id));
    expect(refused.statusCode).toBe(404);
    expect(refused.body).toContain('Page not found');
    const token = csrfTokenIn((await outsider.get('/cases')).body);
    expect(
      (await outsider.post(correctStage(id), { _csrf: token, person: 'p1', stage: 'action' })).statusCode,
    ).toBe(404);
    expect(await ids()).toEqual(written);
  });
});

describe('the corrections, in the service', () => {
  let d: TestDatabase;
  beforeEach(async () => {
    d = await aDatabase();
    const cases = caseService(d.db);
    await cases.create(from(d.worker), { ref: 'FAM-0002', plan: 'child-in-need', openedOn: '2026-01-05' });
    await cases.addPerson(from(d.worker), 'FAM-0002', { ref: 'm1', role: 'parent', name: 'Anna' });
  });
  afterEach(() => d.close());

  it('is not found for a worker of an agency not on the case, or of another partnership', async () => {
    const work = familyWorkService(d.db);
    const goalId = (await work.setGoal(from(d.worker), 'FAM-0002', { person: 'm1', goal: 'Go to clinic' }))
      .id;
    const stageId = (await work.recordStage(from(d.worker), 'FAM-0002', { person: 'm1', stage: 'action' }))
      .id;
    for (const actor of [d.worker2, d.outsider]) {
      await expect(work.toCorrect(from(actor), 'FAM-0002', goalId, 'goal')).rejects.toBeInstanceOf(NotFound);
      await expect(
        work.correctGoal(from(actor), 'FAM-0002', goalId, { person: 'm1', goal: 'Go' }),
      ).rejects.toBeInstanceOf(NotFound);
      await expect(
        work.correctStage(from(actor), 'FAM-0002', stageId, { person: 'm1', stage: 'relapse' }),
      ).rejects.toBeInstanceOf(NotFound);
    }
  });

  it('is not found for a goal the user may not read, and a correction of one is restricted alike', async () => {
    await caseService(d.db).addAgency(from(d.worker), 'FAM-0002', {
      agency: 'hv',
      requestedBy: 'The worker',
      reason: 'Health visiting',
    });
    const work = familyWorkService(d.db);
    const goalId = (
      await work.setGoal(from(d.worker), 'FAM-0002', {
        person: 'm1',
        goal: 'Leave safely',
        restricted: ['csc'],
      })
    ).id;
    await expect(work.toCorrect(from(d.worker2), 'FAM-0002', goalId, 'goal')).rejects.toBeInstanceOf(
      NotFound,
    );
    await expect(
      work.correctGoal(from(d.worker2), 'FAM-0002', goalId, { person: 'm1', goal: 'Stay' }),
    ).rejects.toBeInstanceOf(NotFound);
    const corrected = await work.correctGoal(from(d.manager), 'FAM-0002', goalId, {
      person: 'm1',
      goal: 'Leave safely, with the refuge',
    });
    expect(corrected).toMatchObject({ kind: 'goal', amends: goalId });
    expect((await work.plan(from(d.worker2), 'FAM-0002')).goals).toEqual([]);
    expect((await work.plan(from(d.worker), 'FAM-0002')).goals.map((g) => g.goal.goal)).toEqual([
      'Leave safely, with the refuge',
    ]);
  });

  it('checks a correction as the first was checked', async () => {
    const work = familyWorkService(d.db);
    const goalId = (await work.setGoal(from(d.worker), 'FAM-0002', { person: 'm1', goal: 'Go to clinic' }))
      .id;
    await expect(
      work.correctGoal(from(d.worker), 'FAM-0002', goalId, { person: 'nobody', goal: 'Go' }),
    ).rejects.toBeInstanceOf(InvalidInput);
    await expect(
      work.correctStage(from(d.worker), 'FAM-0002', goalId, { person: 'm1', stage: 'action' }),
    ).rejects.toBeInstanceOf(NotFound);
  });
});
