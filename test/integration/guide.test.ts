// The guide service on a real database: each answer saved in its own transaction and resumed later, a
// refused answer writing nothing, the last step recording the entries and completing the run all at
// once (or not at all), and a case the user may not write on not found.
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caseService } from '../../src/services/cases.js';
import { entryService } from '../../src/services/entries.js';
import { InvalidInput, NotFound } from '../../src/services/errors.js';
import { guideService } from '../../src/services/guide.js';
import { daysAgo } from '../support/api.js';
import { aDatabase, from, type TestDatabase } from '../support/database.js';

const ref = 'FAM-0001';
let t: TestDatabase;
let guide: ReturnType<typeof guideService>;

beforeEach(async () => {
  t = await aDatabase();
  guide = guideService(t.db);
  const cases = caseService(t.db);
  await cases.create(from(t.worker), {
    ref,
    plan: 'child-in-need',
    openedOn: daysAgo(20).slice(0, 10),
    agencies: ['hv'],
  });
  await cases.addPerson(from(t.worker), ref, { role: 'child', name: 'Child One', dateOfBirth: '2019-04-01' });
  const entries = entryService(t.db);
  for (const days of [6, 5, 4])
    await entries.record(from(t.worker), ref, {
      kind: 'contact',
      at: daysAgo(days),
      mode: 'home-visit',
      planned: true,
      outcome: 'no-answer-believed-in',
      contingency: 'Try again tomorrow',
    });
});
afterEach(() => t.close());

const count = async (table: 'guide_answers' | 'guide_runs' | 'entries') =>
  Number(
    (
      await t.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

const allTheWay: [string, string][] = [
  ['mk-difficult', 'Nobody answers the door, though the lights are on.'],
  ['mk-child', 'Robin has not been seen for three weeks.'],
  ['mk-manager', 'yes'],
  ['mk-recorded', 'yes'],
  ['mk-urgency', 'within-days'],
  ['mk-inform', 'hv'],
  ['mk-message', 'Three visits failed; when did you last see Robin?'],
];

async function answerAll(steps = allTheWay) {
  for (const [question, answer] of steps) await guide.answer(from(t.worker), ref, question, answer);
}

describe('answering the guide', () => {
  it('saves each answer as it is given, and picks up where the worker left off', async () => {
    expect((await guide.state(from(t.worker), ref)).path.next?.id).toBe('mk-difficult');
    await answerAll(allTheWay.slice(0, 2));
    const resumed = await guideService(t.db).state(from(t.worker), ref);
    expect(resumed.answers).toEqual(Object.fromEntries(allTheWay.slice(0, 2)));
    expect(resumed.path.next?.id).toBe('mk-manager');
    expect(resumed.startedAt).not.toBeNull();
    expect(resumed.agencies).toEqual([{ ref: 'hv', name: 'Health Visiting' }]);
    expect(await count('guide_answers')).toBe(2);
    expect(await count('guide_runs')).toBe(1);
  });

  it('keeps each worker’s answers apart', async () => {
    await answerAll(allTheWay.slice(0, 1));
    expect((await guide.state(from(t.worker2), ref)).answers).toEqual({});
  });

  it('saves a changed answer as a new row; the latest wins', async () => {
    await answerAll(allTheWay.slice(0, 3));
    const state = await guide.answer(from(t.worker), ref, 'mk-difficult', 'Refused entry twice');
    expect(state.answers['mk-difficult']).toBe('Refused entry twice');
    expect(state.path.next?.id).toBe('mk-recorded');
    expect(await count('guide_answers')).toBe(4);
  });

  it('writes nothing for an answer that will not do, or a question not reached yet', async () => {
    await expect(guide.answer(from(t.worker), ref, 'mk-difficult', '   ')).rejects.toBeInstanceOf(
      InvalidInput,
    );
    await expect(guide.answer(from(t.worker), ref, 'mk-urgency', 'routine')).rejects.toMatchObject({
      problems: [{ path: 'answer', message: 'Answer the questions before this one first' }],
    });
    await answerAll(allTheWay.slice(0, 5));
    await expect(guide.answer(from(t.worker), ref, 'mk-inform', 'hv,police')).rejects.toBeInstanceOf(
      InvalidInput,
    );
    await expect(guide.answer(from(t.worker), ref, 'no-such-question', 'yes')).rejects.toBeInstanceOf(
      NotFound,
    );
    expect(await count('guide_answers')).toBe(5);
  });

  it('never deletes or changes a saved answer', async () => {
    await answerAll(allTheWay.slice(0, 1));
    await expect(sql`DELETE FROM guide_answers`.execute(t.db)).rejects.toThrow(/append-only/);
    await expect(sql`UPDATE guide_answers SET answer = 'x'`.execute(t.db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM guide_runs`.execute(t.db)).rejects.toThrow(/never deleted/);
  });
});

describe('finishing the guide', () => {
  it('records an engagement concern and an alert, completes the run and says what is due', async () => {
    await answerAll();
    const before = await count('entries');
    const record = await guide.complete(from(t.worker), ref);
    expect(record.entries.map((entry) => entry.kind)).toEqual(['engagement-concern', 'alert']);
    expect(record.entries[0]).toMatchObject({
      answers: Object.fromEntries(allTheWay),
      urgency: 'within-days',
      managerAsked: true,
      agency: 'csc',
      worker: 'worker',
    });
    expect(record.entries[1]).toMatchObject({
      to: ['hv'],
      message: 'Three visits failed; when did you last see Robin?',
    });
    expect((record.entries[1] as { about?: string[] }).about).toContain('repeated-failed-contacts');
    expect(await count('entries')).toBe(before + 2);
    expect(record.due.map((step) => step.text)).toContain(
      'Plan now what you will do if the next contact fails as well.',
    );
    expect(record.due.some((step) => step.finding === 'Repeated failed contacts')).toBe(true);

    const run = await t.db.selectFrom('guide_runs').selectAll().executeTakeFirstOrThrow();
    expect(run.completed_at).not.toBeNull();
    expect(JSON.parse(run.entry_ids ?? '')).toEqual(record.entries.map((entry) => entry.id));
    await expect(sql`UPDATE guide_runs SET completed_at = NULL`.execute(t.db)).rejects.toThrow(
      /does not change/,
    );

    // Shown again on the confirmation page; the next time, the guide starts afresh in a new run.
    expect(await guide.recorded(from(t.worker), ref, record.runId)).toMatchObject({
      entries: record.entries,
    });
    await expect(guide.recorded(from(t.worker2), ref, record.runId)).rejects.toBeInstanceOf(NotFound);
    const again = await guide.state(from(t.worker), ref);
    expect(again.answers).toEqual({});
    expect(again.path.next?.id).toBe('mk-difficult');
    await guide.answer(from(t.worker), ref, 'mk-difficult', 'Still no answer');
    expect(await count('guide_runs')).toBe(2);
  });

  it('refuses to record an unfinished guide, and writes nothing', async () => {
    await answerAll(allTheWay.slice(0, 3));
    const before = await count('entries');
    await expect(guide.complete(from(t.worker), ref)).rejects.toBeInstanceOf(InvalidInput);
    expect(await count('entries')).toBe(before);
  });

  it('records all of it or none of it: a failed alert leaves no concern and the run open', async () => {
    await answerAll();
    const before = await count('entries');
    await sql
      .raw(
        `CREATE TRIGGER refuse_alerts BEFORE INSERT ON entries WHEN NEW.kind = 'alert' ` +
          `BEGIN SELECT RAISE(ABORT, 'alerts refused for this test'); END`,
      )
      .execute(t.db);
    await expect(guide.complete(from(t.worker), ref)).rejects.toThrow(/alerts refused/);
    expect(await count('entries')).toBe(before);
    const run = await t.db.selectFrom('guide_runs').selectAll().executeTakeFirstOrThrow();
    expect(run.completed_at).toBeNull();
    expect((await guide.state(from(t.worker), ref)).path.next).toBeNull();
  });
});

describe('who may use the guide', () => {
  it('is not found for a user outside the case', async () => {
    await expect(guide.state(from(t.outsider), ref)).rejects.toBeInstanceOf(NotFound);
    await expect(guide.answer(from(t.outsider), ref, 'mk-difficult', 'x')).rejects.toBeInstanceOf(NotFound);
    await expect(guide.complete(from(t.outsider), ref)).rejects.toBeInstanceOf(NotFound);
    expect(await count('guide_answers')).toBe(0);
  });
});
