// Supervision of a worker over two of their cases (issue 9, item 1; MK 5.1.9.5, 5.1.9.23; SX 1.7.17–18):
// answers saved question by question and resumed, the findings beside the questions they bear on, and
// completing it records a `supervision` entry on each case, which answers `supervision-overdue`.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caseService } from '../../src/services/cases.js';
import { InvalidInput, NotFound } from '../../src/services/errors.js';
import { supervisionService } from '../../src/services/supervision.js';
import { currentAssessment } from '../../src/services/assessments.js';
import { aDatabase, from, type TestDatabase, storedCase, storedFile } from '../support/database.js';

let t: TestDatabase;
const supervision = () => supervisionService(t.db);

beforeEach(async () => {
  t = await aDatabase();
  for (const ref of ['FAM-0001', 'FAM-0002']) {
    await caseService(t.db).create(from(t.worker), { ref, plan: 'child-protection', openedOn: '2026-01-05' });
    await caseService(t.db).addPerson(from(t.worker), ref, {
      role: 'child',
      name: `Child of ${ref}`,
      dateOfBirth: '2019-03-01',
    });
  }
});
afterEach(() => t.close());

const findingsOf = async (ref: string) => {
  const caseRow = await storedCase(t.db, t.partnershipId, ref);
  if (!caseRow) throw new Error(`no case ${ref}`);
  return (await currentAssessment(t.db, caseRow)).findings.map((f) => f.code);
};

describe('supervision of a worker over two cases', () => {
  it('is for the worker’s manager: their supervisees and the worker’s cases, worst first', async () => {
    expect((await supervision().supervisees(t.manager)).map((w) => w.workerRef)).toEqual(['worker']);
    expect(await supervision().supervisees(t.worker)).toEqual([]);
    const cases = await supervision().casesOf(from(t.manager), t.worker.userId);
    expect(cases.map((c) => c.ref)).toEqual(['FAM-0001', 'FAM-0002']);
    expect(cases[0]).toMatchObject({ worstSeverity: 'critical', lastSupervisedAt: null });
    await expect(supervision().casesOf(from(t.manager), t.worker2.userId)).rejects.toThrow(NotFound);
    await expect(
      supervision().start(from(t.worker), { worker: t.worker.userId, cases: ['FAM-0001'] }),
    ).rejects.toThrow(NotFound);
  });

  it('refuses a start with no case, or a case the worker is not on', async () => {
    const start = (cases: string[]) =>
      supervision().start(from(t.manager), { worker: t.worker.userId, cases });
    await expect(start([])).rejects.toThrow(InvalidInput);
    await expect(start(['FAM-9999'])).rejects.toThrow(/Select cases Test worker works on/);
  });

  it('saves answers as it goes, puts findings beside their questions, and records an entry per case', async () => {
    const by = from(t.manager);
    const { id } = await supervision().start(by, {
      worker: t.worker.userId,
      cases: ['FAM-0001', 'FAM-0002'],
    });
    expect(await findingsOf('FAM-0001')).toContain('supervision-overdue');

    const first = await supervision().answer(by, id, 'FAM-0001', {
      'mk-reflect-adult-focus': 'The visits have been about the mother’s housing.',
      'impact-on-worker': '',
      decision: 'Joint unannounced visit',
    });
    const [one] = first.cases;
    expect(one?.questions.map((q) => q.id)).toEqual(
      expect.arrayContaining(['mk-reflect-collusion', 'mk-child-if-scared', 'impact-on-worker', 'decision']),
    );
    expect(one?.prompts['mk-reflect-adult-focus']?.map((f) => f.code)).toContain('child-not-seen');
    expect(one?.prompts.decision?.map((f) => f.code)).toContain('supervision-overdue');

    // Left and resumed: the latest answer wins, and only changed answers are written, as new rows.
    await supervision().answer(by, id, 'FAM-0001', {
      'mk-reflect-adult-focus': 'The visits have been about the mother’s housing.',
      decision: 'Joint unannounced visit this week with the health visitor',
    });
    const resumed = await supervision().record(by, id);
    expect(resumed.cases[0]?.answers.decision).toBe(
      'Joint unannounced visit this week with the health visitor',
    );
    const rows = await t.db.selectFrom('supervision_answers').select('question').execute();
    expect(rows.map((r) => r.question)).toEqual(['mk-reflect-adult-focus', 'decision', 'decision']);

    await expect(supervision().answer(by, id, 'FAM-0001', { 'no-such-question': 'x' })).rejects.toThrow(
      InvalidInput,
    );
    await expect(supervision().complete(by, id)).rejects.toThrow(/Enter the decision for case FAM-0002/);

    // A question of another pack is not one of this case's.
    await expect(
      supervision().answer(by, id, 'FAM-0002', { 'sx-reflect-impact': 'Sussex asks this' }),
    ).rejects.toThrow(/Unknown question/);
    await supervision().answer(by, id, 'FAM-0002', {
      'mk-reflect-relief': 'Yes, a little.',
      'impact-on-worker': 'Anxious before visits since the shouting in March.',
      decision: 'Manager to join the next visit',
    });
    const done = await supervision().complete(by, id);
    expect(done.completedAt).not.toBeNull();
    expect(done.cases.map((c) => c.entryId)).toEqual([expect.any(String), expect.any(String)]);

    const caseRow = await storedCase(t.db, t.partnershipId, 'FAM-0002');
    const file = await storedFile(t.db, caseRow!);
    expect(file.entries.at(-1)).toMatchObject({
      kind: 'supervision',
      agency: 'csc',
      worker: 'worker',
      supervisor: 'manager',
      reflections: ['mk-reflect-relief'],
      decision: 'Manager to join the next visit',
      answers: {
        'mk-reflect-relief': 'Yes, a little.',
        'impact-on-worker': 'Anxious before visits since the shouting in March.',
        decision: 'Manager to join the next visit',
      },
    });
    expect(await findingsOf('FAM-0001')).not.toContain('supervision-overdue');
    expect(await findingsOf('FAM-0002')).not.toContain('supervision-overdue');

    // Completed: nothing changes any more, and the database refuses a deletion.
    await expect(supervision().answer(by, id, 'FAM-0001', { decision: 'Changed' })).rejects.toThrow(
      /completed/,
    );
    await expect(supervision().complete(by, id)).rejects.toThrow(/already completed/);
    await expect(t.db.deleteFrom('supervision_answers').execute()).rejects.toThrow(/never deleted/);
  });

  it('shows a session only to a manager of its worker', async () => {
    const { id } = await supervision().start(from(t.manager), {
      worker: t.worker.userId,
      cases: ['FAM-0001'],
    });
    await expect(supervision().record(from(t.worker), id)).rejects.toThrow(NotFound);
    await expect(supervision().record(from(t.worker2), id)).rejects.toThrow(NotFound);
    expect((await supervision().openSessions(t.manager)).map((s) => s.id)).toEqual([id]);
  });
});
