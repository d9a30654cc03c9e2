// Informing the other agencies (MK 5.1.9.4, 5.1.16): an alert is an entry in the chronology, and every
// worker of each agency it names gets a notification in the same transaction, whichever way it came.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor, Role } from '../../src/domain/policy.js';
import { alertService } from '../../src/services/alerts.js';
import { caseService } from '../../src/services/cases.js';
import { entryService } from '../../src/services/entries.js';
import { InvalidInput, NotFound } from '../../src/services/errors.js';
import { notificationService } from '../../src/services/notifications.js';
import { aDatabase, chronologyFor, from, type TestDatabase } from '../support/database.js';

let t: TestDatabase;
let alerts: ReturnType<typeof alertService>;
/** Users beside aDatabase's, by what they show. */
let hvColleague: number;
let hvAuditor: number;
let schoolWorker: number;
let cscColleague: number;

beforeEach(async () => {
  t = await aDatabase();
  alerts = alertService(t.db);
  hvColleague = await aUser('hv', 'hv-colleague', 'practitioner');
  hvAuditor = await aUser('hv', 'hv-auditor', 'auditor');
  schoolWorker = await aUser('sch', 'school-worker', 'practitioner');
  cscColleague = await aUser('csc', 'csc-colleague', 'practitioner');
  await caseService(t.db).create(from(t.worker), {
    ref: 'FAM-0001',
    plan: 'child-protection',
    openedOn: '2026-01-05',
    agencies: ['hv', 'sch'],
  });
});
afterEach(() => t.close());

async function aUser(agencyRef: string, workerRef: string, role: Role): Promise<number> {
  const agency = await t.db
    .selectFrom('agencies')
    .select('id')
    .where('partnership_id', '=', t.partnershipId)
    .where('ref', '=', agencyRef)
    .executeTakeFirstOrThrow();
  const row = await t.db
    .insertInto('users')
    .values({
      partnership_id: t.partnershipId,
      agency_id: agency.id,
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
  return row.id;
}

/** Who has notifications, in user id order, and the rows themselves. */
async function notified() {
  return t.db.selectFrom('notifications').selectAll().orderBy('user_id').orderBy('id').execute();
}

const asUser = (actor: Actor) => actor.userId;

describe('an alert', () => {
  it('reaches every worker of each agency it names, but not the sender, an auditor or an agency not named', async () => {
    const entry = await alerts.record(from(t.worker), 'FAM-0001', {
      to: ['hv'],
      message: 'Father threatened the health visitor at the door today',
    });
    expect(entry).toMatchObject({ kind: 'alert', to: ['hv'], agency: 'csc', worker: 'worker' });
    const rows = await notified();
    expect(rows.map((row) => row.user_id)).toEqual([asUser(t.worker2), hvColleague]);
    expect(rows.map((row) => row.user_id)).not.toContain(hvAuditor);
    expect(rows[0]).toMatchObject({
      kind: 'alert',
      entry_id: entry.id,
      text: "Test worker (Children's Social Care) sent an alert on case FAM-0001: Father threatened the health visitor at the door today",
      read_at: null,
    });
  });

  it("goes to every agency on the case but the sender's own when `to` is not given", async () => {
    const entry = await alerts.record(from(t.worker), 'FAM-0001', { message: 'Family moved' });
    expect(entry.kind === 'alert' && entry.to).toEqual(['hv', 'sch']);
    expect((await notified()).map((row) => row.user_id)).toEqual([
      asUser(t.worker2),
      hvColleague,
      schoolWorker,
    ]);
  });

  it("reaches the sender's own colleagues when their agency is named, and nobody of another partnership", async () => {
    await alerts.record(from(t.worker2), 'FAM-0001', { to: ['csc'], message: 'Mother refused the visit' });
    const users = (await notified()).map((row) => row.user_id);
    expect(users).toEqual([asUser(t.manager), asUser(t.worker), cscColleague]);
    // The other partnership has an agency called csc too.
    expect(users).not.toContain(t.outsider.userId);
  });

  it('is in the chronology as the alert entry', async () => {
    const entry = await alerts.record(from(t.worker), 'FAM-0001', {
      to: ['hv', 'sch'],
      about: ['child-not-seen'],
      message: 'Nobody has seen the baby',
    });
    const chronology = await chronologyFor(t.db, from(t.worker2), 'FAM-0001');
    expect(chronology[0]?.entry).toEqual(entry);
  });

  it('owes each notification an email that says who sent it on which case, and not what it says', async () => {
    await alerts.record(from(t.worker), 'FAM-0001', { to: ['sch'], message: 'Disclosure at school' });
    const [row] = await notified();
    expect(row).toMatchObject({
      email_pending: 1,
      email_summary: "New alert on case FAM-0001 from Test worker (Children's Social Care)",
      emailed_at: null,
    });
    expect(row?.email_summary).not.toContain('Disclosure');
  });

  it('sent through the entries service (POST /entries) notifies the same', async () => {
    await entryService(t.db).record(from(t.worker), 'FAM-0001', {
      kind: 'alert',
      to: ['hv'],
      message: 'Dog in the house',
    });
    expect((await notified()).map((row) => row.user_id)).toEqual([asUser(t.worker2), hvColleague]);
  });

  it('corrected tells the same agencies it was corrected', async () => {
    const entries = entryService(t.db);
    const first = await alerts.record(from(t.worker), 'FAM-0001', { to: ['sch'], message: 'Wrong day' });
    await entries.amend(from(t.worker), 'FAM-0001', first.id, { to: ['sch'], message: 'Right day' });
    const texts = (await notified()).map((row) => row.text);
    expect(texts).toEqual([
      expect.stringContaining('sent an alert on case FAM-0001: Wrong day'),
      expect.stringContaining('corrected an alert on case FAM-0001: Right day'),
    ]);
  });
});

describe('an alert that cannot be sent', () => {
  it('writes nothing: no entry and no notification', async () => {
    const before = await t.db.selectFrom('entries').select('id').execute();
    const attempts = [
      { to: ['hv'] },
      { to: ['hv'], message: '' },
      { to: ['police'], message: 'Not on the case' },
      { to: [], message: 'Nobody' },
      { to: ['hv'], about: ['not-a-finding'], message: 'Bad code' },
    ];
    for (const input of attempts) {
      await expect(alerts.record(from(t.worker), 'FAM-0001', input)).rejects.toBeInstanceOf(InvalidInput);
    }
    expect(await t.db.selectFrom('entries').select('id').execute()).toEqual(before);
    expect(await notified()).toEqual([]);
  });

  it('is refused when no other agency is on the case and none is named', async () => {
    await caseService(t.db).create(from(t.worker), {
      ref: 'FAM-0002',
      plan: 'child-in-need',
      openedOn: '2026-01-05',
    });
    await expect(alerts.record(from(t.worker), 'FAM-0002', { message: 'Hello' })).rejects.toMatchObject({
      problems: [{ path: 'to', message: expect.stringMatching(/No other agency is on this case/) }],
    });
  });

  it('on a case the user may not see is not found', async () => {
    await expect(
      alerts.record(from(t.outsider), 'FAM-0001', { to: ['csc'], message: 'Hello' }),
    ).rejects.toBeInstanceOf(NotFound);
    await expect(alerts.agencies(from(t.outsider), 'FAM-0001')).rejects.toBeInstanceOf(NotFound);
  });
});

describe('a worker asking their line manager to discuss a case (MK 5.1.9.1)', () => {
  const concern = {
    kind: 'engagement-concern',
    answers: { q1: 'Door not answered twice' },
    urgency: 'within-days',
  };

  it('notifies their manager when they ask', async () => {
    const entry = await entryService(t.db).record(from(t.worker), 'FAM-0001', {
      ...concern,
      managerAsked: true,
    });
    const rows = await notified();
    expect(rows).toEqual([
      expect.objectContaining({
        user_id: t.manager.userId,
        kind: 'manager-asked',
        entry_id: entry.id,
        email_pending: 1,
        email_summary: "Test worker (Children's Social Care) asks to discuss case FAM-0001 with you",
      }),
    ]);
    expect(rows[0]?.text).toMatch(/asks to discuss case FAM-0001 with you \(within days\)/);
  });

  it('notifies nobody when they do not ask, or have no manager', async () => {
    await entryService(t.db).record(from(t.worker), 'FAM-0001', concern);
    await entryService(t.db).record(from(t.worker2), 'FAM-0001', { ...concern, managerAsked: true });
    expect(await notified()).toEqual([]);
  });
});

describe('notifications', () => {
  it('count the unread, are marked read one at a time or all at once, and only by their own user', async () => {
    await alerts.record(from(t.worker), 'FAM-0001', { to: ['hv'], message: 'One' });
    const two = await alerts.record(from(t.worker), 'FAM-0001', { to: ['hv'], message: 'Two' });
    const notifications = notificationService(t.db);
    expect(await notifications.unreadCount(t.worker2)).toBe(2);
    const [newest, oldest] = await notifications.list(t.worker2);
    expect(newest?.text).toMatch(/Two$/);
    expect(newest).toMatchObject({ case: 'FAM-0001', entry: two.id, read: false });

    await expect(notifications.markRead(t.worker, newest?.id ?? 0)).rejects.toBeInstanceOf(NotFound);
    expect(await notifications.markRead(t.worker2, newest?.id ?? 0)).toMatchObject({ read: true });
    expect(await notifications.unreadCount(t.worker2)).toBe(1);
    expect(await notifications.markAllRead(t.worker2)).toBe(1);
    expect((await notifications.list(t.worker2)).every((n) => n.read)).toBe(true);
    expect(oldest?.read).toBe(false);
  });
});
