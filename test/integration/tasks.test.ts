// My tasks: actions meetings gave a worker or their agency, overdue first, across their agency's cases.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caseService } from '../../src/services/cases.js';
import { entryService } from '../../src/services/entries.js';
import { taskService } from '../../src/services/tasks.js';
import { toUkLocalDateTime } from '../../src/domain/time.js';
import { startTestApp } from '../support/app.js';
import { aDatabase, from, type TestDatabase } from '../support/database.js';

let t: TestDatabase;
const now = new Date('2026-06-10T11:00:00Z');
beforeEach(async () => {
  t = await aDatabase();
  await caseService(t.db).create(from(t.worker), {
    ref: 'FAM-0001',
    plan: 'child-in-need',
    openedOn: '2026-05-01',
    agencies: ['hv'],
  });
  // worker2 records once, so the case names them as a worker of health visiting.
  await entryService(t.db).record(from(t.worker2), 'FAM-0001', {
    kind: 'contact',
    at: '2026-06-01T10:00',
    mode: 'clinic',
    outcome: 'completed',
  });
  await entryService(t.db).record(from(t.worker), 'FAM-0001', {
    kind: 'meeting',
    at: toUkLocalDateTime(new Date('2026-06-05T09:00:00Z')),
    type: 'multi-agency',
    attendees: ['csc', 'hv'],
    decision: 'continue',
    actions: [
      { what: 'Joint visit with health visiting', owner: 'worker', due: '2026-06-20' },
      { what: 'Ask the GP about missed checks', owner: 'hv', due: '2026-06-08' },
      { what: 'Send the family the plan in Polish', owner: 'csc', due: '2026-06-09' },
      { what: 'Weigh the baby at clinic', owner: 'worker2', due: '2026-06-12' },
    ],
  });
});
afterEach(() => t.close());

describe('a worker’s tasks', () => {
  it('lists their own and their agency’s actions, overdue first', async () => {
    const tasks = await taskService(t.db).mine(t.worker, now);
    expect(tasks.map((task) => [task.what, task.ownedBy, task.overdue])).toEqual([
      ['Send the family the plan in Polish', 'my-agency', true],
      ['Joint visit with health visiting', 'me', false],
    ]);
  });

  it('gives another agency’s worker theirs, and nothing of the first agency’s', async () => {
    const tasks = await taskService(t.db).mine(t.worker2, now);
    expect(tasks.map((task) => [task.what, task.ownedBy, task.overdue, task.case])).toEqual([
      ['Ask the GP about missed checks', 'my-agency', true, 'FAM-0001'],
      ['Weigh the baby at clinic', 'me', false, 'FAM-0001'],
    ]);
  });

  it('shows nothing to a user of another partnership', async () => {
    expect(await taskService(t.db).mine(t.outsider, now)).toEqual([]);
  });
});

describe('the My tasks page', () => {
  it('is linked from the navigation and says when there is nothing to do', async () => {
    const app = await startTestApp();
    try {
      const page = (await (await app.signedIn()).get('/tasks')).body;
      expect(page).toContain('<h1 class="govuk-heading-l">My tasks</h1>');
      expect(page).toContain('No meeting has given you or your agency an action.');
      expect(page).toMatch(/href="\/tasks"/);
    } finally {
      await app.close();
    }
  });
});
