// Arranging meetings and marking their actions done (issue 6, item 4): the services, the pages and the API.
// A meeting is arranged before it is held; it counts as held once a meeting of its type is recorded. A done
// action leaves the owner's task list and is never overdue; it can be reopened.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Entry } from '../../src/domain/entries.js';
import { accountService } from '../../src/services/accounts.js';
import { caseService } from '../../src/services/cases.js';
import { entryService } from '../../src/services/entries.js';
import { InvalidInput, NotFound } from '../../src/services/errors.js';
import { meetingService } from '../../src/services/meetings.js';
import { taskService } from '../../src/services/tasks.js';
import { addAgenciesOf } from '../support/agencies.js';
import { anEngagingCase, startApiTest, type ApiTest } from '../support/api.js';
import {
  createCaseThroughPages,
  csrfTokenIn,
  startTestApp,
  type TestApp,
  type TestBrowser,
} from '../support/app.js';
import { aDatabase, chronologyFor, entryCount, from, type TestDatabase } from '../support/database.js';
import { dateTimeBoxes, inDays } from '../support/forms.js';

describe('the meeting service', () => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await aDatabase();
    await caseService(t.db).create(from(t.worker), {
      ref: 'FAM-0001',
      plan: 'child-in-need',
      openedOn: inDays(-30).slice(0, 10),
      agencies: ['hv'],
    });
  });
  afterEach(() => t.close());

  const meetings = () => meetingService(t.db);

  describe('arranging a meeting', () => {
    it('records it, lists it, and counts it held once a meeting of its type is recorded', async () => {
      const arranged = await meetings().schedule(from(t.worker), 'FAM-0001', {
        type: 'professionals-meeting',
        due: inDays(7),
        invited: ['csc', 'hv'],
        place: 'Children’s centre',
      });
      expect(arranged).toEqual(expect.objectContaining({ kind: 'meeting-scheduled', agency: 'csc' }));
      expect(await meetings().scheduled(from(t.worker2), 'FAM-0001')).toEqual([
        expect.objectContaining({
          id: arranged.id,
          heldAs: null,
          awaitingRecord: false,
          invited: ['csc', 'hv'],
        }),
      ]);

      const held = await meetings().record(from(t.worker), 'FAM-0001', {
        type: 'professionals-meeting',
        attendees: ['csc', 'hv'],
        decision: 'continue',
      });
      expect((await meetings().scheduled(from(t.worker), 'FAM-0001'))[0]?.heldAs).toBe(held.entry.id);
    });

    it('is waiting to be recorded once its time has passed', async () => {
      const arranged = await meetings().schedule(from(t.worker), 'FAM-0001', {
        type: 'multi-agency',
        due: inDays(2),
        invited: ['hv'],
      });
      const later = new Date(Date.now() + 3 * 86_400_000);
      expect(await meetings().scheduled(from(t.worker), 'FAM-0001', later)).toEqual([
        expect.objectContaining({ id: arranged.id, awaitingRecord: true }),
      ]);
    });

    it.each([
      [{ due: inDays(7), invited: ['hv'] }, ['type']],
      [{ type: 'childrens-hearing', due: inDays(7), invited: ['hv'] }, ['type']],
      [{ type: 'multi-agency', invited: ['hv'] }, ['due']],
      [{ type: 'multi-agency', due: inDays(7), invited: [] }, ['invited']],
      [{ type: 'multi-agency', due: inDays(7), invited: ['pol'] }, ['invited[0]']],
    ])('refuses %j, naming %j, and writes nothing', async (input, paths) => {
      const before = await entryCount(t.db);
      const refused = await meetings()
        .schedule(from(t.worker), 'FAM-0001', input)
        .catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(InvalidInput);
      expect((refused as InvalidInput).problems.map((problem) => problem.path)).toEqual(paths);
      expect(await entryCount(t.db)).toBe(before);
    });

    it('is not found for a user of another partnership', async () => {
      await expect(
        meetings().schedule(from(t.outsider), 'FAM-0001', {
          type: 'multi-agency',
          due: inDays(7),
          invited: ['hv'],
        }),
      ).rejects.toBeInstanceOf(NotFound);
    });
  });

  describe('marking an action done', () => {
    let meeting: Entry;
    beforeEach(async () => {
      // Recorded as any entry, so that one action's date has passed since (a meeting takes none past).
      meeting = await entryService(t.db).record(from(t.worker), 'FAM-0001', {
        kind: 'meeting',
        at: inDays(-5),
        type: 'multi-agency',
        attendees: ['csc', 'hv'],
        decision: 'continue',
        actions: [
          { what: 'Unannounced visit', owner: 'worker', due: inDays(-1).slice(0, 10) },
          { what: 'Ask the GP', owner: 'csc', due: inDays(10).slice(0, 10) },
        ],
      });
    });

    it('takes it off the task list and it is no longer overdue; reopening puts it back', async () => {
      expect((await taskService(t.db).mine(t.worker)).map((task) => [task.what, task.overdue])).toEqual([
        ['Unannounced visit', true],
        ['Ask the GP', false],
      ]);

      const { entry, action } = await meetings().updateAction(from(t.worker), 'FAM-0001', {
        meeting: meeting.id,
        index: 0,
        done: true,
      });
      expect(entry).toEqual(
        expect.objectContaining({ kind: 'action-update', meeting: meeting.id, action: 0, done: true }),
      );
      expect(action).toEqual(
        expect.objectContaining({ what: 'Unannounced visit', overdue: false, doneAt: entry.at }),
      );
      expect((await taskService(t.db).mine(t.worker)).map((task) => task.what)).toEqual(['Ask the GP']);
      expect((await meetings().actions(from(t.worker), 'FAM-0001'))[0]).toEqual(
        expect.objectContaining({ doneAt: entry.at, overdue: false }),
      );

      await meetings().updateAction(from(t.worker), 'FAM-0001', {
        meeting: meeting.id,
        index: 0,
        done: false,
      });
      expect((await taskService(t.db).mine(t.worker)).map((task) => [task.what, task.overdue])).toEqual([
        ['Unannounced visit', true],
        ['Ask the GP', false],
      ]);
    });

    it('refuses to mark done what is done, or to reopen what is not, writing nothing', async () => {
      await meetings().updateAction(from(t.worker), 'FAM-0001', {
        meeting: meeting.id,
        index: 1,
        done: true,
      });
      const before = await entryCount(t.db);
      await expect(
        meetings().updateAction(from(t.worker), 'FAM-0001', { meeting: meeting.id, index: 1, done: true }),
      ).rejects.toBeInstanceOf(InvalidInput);
      await expect(
        meetings().updateAction(from(t.worker), 'FAM-0001', { meeting: meeting.id, index: 0, done: false }),
      ).rejects.toBeInstanceOf(InvalidInput);
      expect(await entryCount(t.db)).toBe(before);
    });

    it('is not found for an action or meeting that does not exist, or a user of another partnership', async () => {
      for (const [by, update] of [
        [t.worker, { meeting: meeting.id, index: 2, done: true }],
        [t.worker, { meeting: 'e999', index: 0, done: true }],
        [t.outsider, { meeting: meeting.id, index: 0, done: true }],
      ] as const) {
        await expect(meetings().updateAction(from(by), 'FAM-0001', update)).rejects.toBeInstanceOf(NotFound);
      }
    });

    it('is recorded in the chronology', async () => {
      await meetings().updateAction(from(t.worker2), 'FAM-0001', {
        meeting: meeting.id,
        index: 1,
        done: true,
      });
      const chronology = await chronologyFor(t.db, from(t.worker), 'FAM-0001');
      expect(chronology[0]?.entry).toEqual(
        expect.objectContaining({ kind: 'action-update', agency: 'hv', meeting: meeting.id, action: 1 }),
      );
    });
  });
});

describe('the pages', () => {
  let t: TestApp;
  let worker: TestBrowser;
  beforeEach(async () => {
    t = await startTestApp();
    worker = await t.signedIn();
    await createCaseThroughPages(worker);
  });
  afterEach(() => t.close());

  const boxes = (local: string) => dateTimeBoxes('at', local);

  it('arrange a meeting: errors in the GOV.UK summary, then the overview lists it with a way to record it', async () => {
    const page = '/cases/FAM-0001/meetings/arrange';
    const form = await worker.get(page);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('Arrange a meeting');

    const wrong = await worker.submit(page, { ...boxes(inDays(-1)), type: '', invited: [] });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('govuk-error-summary');
    expect(wrong.body).toContain('Select the type of meeting');
    expect(wrong.body).toContain('The date of the meeting must be in the future');
    expect(wrong.body).toContain('Select the agencies invited to the meeting');

    const done = await worker.submit(page, {
      ...boxes(inDays(3)),
      type: 'professionals-meeting',
      invited: ['csc'],
      place: 'Civic offices',
    });
    expect(done.statusCode).toBe(303);
    const overview = await worker.get('/cases/FAM-0001');
    expect(overview.body).toContain('Meeting arranged for');
    expect(overview.body).toMatch(
      /data-qa="arranged-meetings"[\s\S]*Civic offices[\s\S]*Record this meeting/,
    );

    const link = /href="(\/cases\/FAM-0001\/meetings\/new\?arranged=[^"]+)"/.exec(overview.body)?.[1];
    const record = await worker.get((link ?? '').replaceAll('&amp;', '&'));
    expect(record.statusCode).toBe(200);
    expect(record.body).toMatch(/value="professionals-meeting" checked/);
  });

  it('mark an action done from the overview and reopen it; from the task list it goes back there', async () => {
    // An action whose date has passed since the meeting, recorded as any entry (the form takes none past).
    const actor = await accountService(t.db).actorFor(t.user.id);
    if (!actor) throw new Error('no actor for the test user');
    await entryService(t.db).record({ actor, address: '127.0.0.1' }, 'FAM-0001', {
      kind: 'meeting',
      at: inDays(-2),
      type: 'multi-agency',
      attendees: ['csc'],
      decision: 'continue',
      actions: [{ what: 'Unannounced visit', owner: 'w1', due: inDays(-1).slice(0, 10) }],
    });
    let overview = await worker.get('/cases/FAM-0001');
    expect(overview.body).toContain('data-overdue="true"');
    const action = /<form method="post" action="(\/cases\/FAM-0001\/meetings\/[^/]+\/actions\/0)"/.exec(
      overview.body,
    )?.[1];
    expect(action).toBeDefined();

    const marked = await worker.post(action ?? '', { _csrf: csrfTokenIn(overview.body), done: 'true' });
    expect(marked.headers.location).toBe('/cases/FAM-0001');
    overview = await worker.get('/cases/FAM-0001');
    expect(overview.body).toContain('Marked as done: Unannounced visit.');
    expect(overview.body).toContain('data-done="true"');
    expect(overview.body).not.toContain('data-overdue="true"');
    expect((await worker.get('/tasks')).body).not.toContain('Unannounced visit');

    await worker.post(action ?? '', { _csrf: csrfTokenIn(overview.body), done: 'false' });
    const tasks = await worker.get('/tasks');
    expect(tasks.body).toContain('Unannounced visit');
    const fromTasks = await worker.post(action ?? '', {
      _csrf: csrfTokenIn(tasks.body),
      done: 'true',
      from: 'tasks',
    });
    expect(fromTasks.headers.location).toBe('/tasks');
    expect((await worker.get('/tasks')).body).not.toContain('data-qa="mark-task-done"');
  });

  it('refuses a post without the form’s token', async () => {
    const refused = await worker.post('/cases/FAM-0001/meetings/e1/actions/0', { done: 'true' });
    expect(refused.statusCode).toBe(403);
  });
});

describe('the API', () => {
  let api: ApiTest;
  beforeEach(async () => {
    api = await startApiTest();
    const file = anEngagingCase().withAgency('hv').build();
    await addAgenciesOf(api.t, file);
    await api.post('/api/v1/import', file);
  });
  afterEach(() => api.close());

  it('arranges a meeting and lists it', async () => {
    const arranged = await api.post<Entry>('/api/v1/cases/FAM-0001/scheduled-meetings', {
      type: 'multi-agency',
      due: inDays(5),
      invited: ['csc', 'hv'],
    });
    expect(arranged.status).toBe(201);
    expect(arranged.json.kind).toBe('meeting-scheduled');
    const listed = await api.get<{ items: { id: string; heldAs: string | null }[] }>(
      '/api/v1/cases/FAM-0001/scheduled-meetings',
    );
    expect(listed.json.items).toEqual([expect.objectContaining({ id: arranged.json.id, heldAs: null })]);

    const bad = await api.post('/api/v1/cases/FAM-0001/scheduled-meetings', {
      type: 'multi-agency',
      due: inDays(5),
    });
    expect(bad.status).toBe(400);
  });

  it('marks an action done, refuses to do it twice, and answers 404 for one that does not exist', async () => {
    const meeting = await api.post<Entry>('/api/v1/cases/FAM-0001/meetings', {
      type: 'multi-agency',
      attendees: ['csc', 'hv'],
      decision: 'continue',
      actions: [{ what: 'Joint visit', owner: 'w1', due: inDays(3).slice(0, 10) }],
    });
    const url = `/api/v1/cases/FAM-0001/actions/${meeting.json.id}/0`;
    const done = await api.post<Entry>(url, { done: true });
    expect(done.status).toBe(201);
    expect(done.json).toEqual(expect.objectContaining({ kind: 'action-update', action: 0, done: true }));
    const actions = await api.get<{ items: { doneAt: string | null; index: number }[] }>(
      '/api/v1/cases/FAM-0001/actions',
    );
    expect(actions.json.items).toEqual([expect.objectContaining({ index: 0, doneAt: done.json.at })]);

    expect((await api.post(url, { done: true })).status).toBe(400);
    expect(
      (await api.post(`/api/v1/cases/FAM-0001/actions/${meeting.json.id}/5`, { done: true })).status,
    ).toBe(404);
    expect(
      (await api.post(`/api/v1/cases/FAM-0001/actions/${meeting.json.id}/x`, { done: true })).status,
    ).toBe(400);
  });
});
