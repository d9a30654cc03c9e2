// When a worker's supervision is next due, as Your team and My week show it (issue 17, item 9): the date and
// the status agree, and both count with the procedure the cases are assessed with, local values included
// (MK 5.1.9.23; BEF 11.1; SX 1.7.17).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/assessment/working-days.js';
import { toUkDate } from '../../src/domain/time.js';
import { createServices, type Services } from '../../src/services/index.js';
import { aDatabase, from, type TestDatabase } from '../support/database.js';

let t: TestDatabase;
let services: Services;
const today = toUkDate(new Date());

/** A child protection case of the worker with a child nobody has seen since it opened: serious findings. */
async function aCaseWithSeriousFindings(ref: string, openedOn: string) {
  const by = from(t.worker);
  await services.cases.create(by, { ref, plan: 'child-protection', openedOn });
  await services.cases.addPerson(by, ref, {
    role: 'child',
    name: `Child of ${ref}`,
    dateOfBirth: '2019-03-01',
  });
}

beforeEach(async () => {
  t = await aDatabase();
  services = createServices(t.db);
});
afterEach(() => t.close());

describe('supervision due, on Your team and My week', () => {
  it('shows the day an overdue case fell due, not the next day the worker is due, when one case was left out', async () => {
    await aCaseWithSeriousFindings('FAM-0001', '2026-01-05');
    await aCaseWithSeriousFindings('FAM-0002', '2026-01-05');
    // Supervised today on FAM-0001 only: the worker's own count starts again, FAM-0002's does not.
    const by = from(t.manager);
    const { id } = await services.supervision.start(by, { worker: t.worker.userId, cases: ['FAM-0001'] });
    await services.supervision.answer(by, id, 'FAM-0001', { decision: 'Visit with the health visitor' });
    await services.supervision.complete(by, id);

    const [row] = (await services.team.view(by)).supervision;
    expect(row).toMatchObject({ status: 'overdue', overdueCases: ['FAM-0002'] });
    // 20 working days after the case opened on 5 January 2026.
    expect(row?.dueOn).toBe('2026-02-02');
    const week = await services.myWeek.week(from(t.worker));
    expect(week.supervision).toMatchObject({
      status: 'overdue',
      dueOn: '2026-02-02',
      overdueCases: ['FAM-0002'],
    });
  });

  it('counts with the partnership’s local value for the supervision interval, as the findings do', async () => {
    // About 15 working days ago: overdue at a local 10 working days, not at the pack's 20.
    const openedOn = addDays(today, -21);
    await aCaseWithSeriousFindings('FAM-0001', openedOn);
    const admin = { ...t.manager, role: 'partnership-admin' as const, superviseeAgencyIds: [] };
    await services.localThresholds.setThreshold(from(admin), {
      key: 'supervisionWorkingDays',
      value: '10',
      reason: 'Our teams supervise fortnightly',
    });

    const view = await services.team.view(from(t.manager));
    const [row] = view.supervision;
    expect(row?.overdueCases).toEqual(['FAM-0001']);
    expect(row?.status).toBe('overdue');
    expect(row?.dueOn.localeCompare(today)).toBe(-1);
    expect(view.supervisionWorkingDays).toBe(10);
    const week = await services.myWeek.week(from(t.worker));
    expect(week.supervision).toMatchObject({ status: 'overdue', dueOn: row?.dueOn, workingDays: 10 });
  });

  it('is in time when no case is overdue and the last supervision was recent', async () => {
    await aCaseWithSeriousFindings('FAM-0001', '2026-01-05');
    const by = from(t.manager);
    const { id } = await services.supervision.start(by, { worker: t.worker.userId, cases: ['FAM-0001'] });
    await services.supervision.answer(by, id, 'FAM-0001', { decision: 'Carry on' });
    await services.supervision.complete(by, id);
    const [row] = (await services.team.view(by)).supervision;
    expect(row).toMatchObject({ status: 'in-time', overdueCases: [] });
    expect(row?.dueOn.localeCompare(today)).toBe(1);
  });
});
