// "Told" means told (issue 17): every confirmation names whom an alert, an incident, a meeting invitation
// or a meeting's actions reached in Stickability, and each agency nobody here can receive it for, with what
// to do instead; the alert entry keeps which agencies those were (`unreached`). The case's agencies: the
// worker's own, Health Visiting (one practitioner, Hana Visitor) and a Primary School with nobody here.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Entry } from '../../src/domain/entries.js';
import { accountService } from '../../src/services/accounts.js';
import { emailOutbox } from '../../src/services/email-outbox.js';
import { meetingService } from '../../src/services/meetings.js';
import { smtpMailer } from '../../src/services/smtp-mailer.js';
import {
  createCaseThroughPages,
  startTestApp,
  type TestApp,
  type TestBrowser,
  type TestUser,
} from '../support/app.js';
import { storedEntries } from '../support/database.js';
import { dateTimeBoxes, inDays } from '../support/forms.js';
import { aMailServer } from '../support/mail-server.js';
import { actionRow, aMeeting } from '../support/meeting-form.js';

let t: TestApp;
let worker: TestBrowser;
let visitor: TestUser;
let hv: number;
let sch: number;

beforeEach(async () => {
  t = await startTestApp();
  const manager = await t.addUser({ role: 'manager', name: 'Morgan Manager' });
  await t.db.updateTable('users').set({ manager_id: manager.id }).where('id', '=', t.user.id).execute();
  hv = await t.addAgency('hv', 'Health Visiting');
  sch = await t.addAgency('sch', 'Primary School');
  visitor = await t.addUser({ name: 'Hana Visitor', agencyId: hv });
  worker = await t.signedIn();
  await createCaseThroughPages(worker, { openedOn: inDays(0), agencies: ['hv', 'sch'] });
});
afterEach(() => t.close());

/** The banner the next page shows, as text. */
const flashOf = async (path: string) => {
  const body = (await worker.get(path)).body;
  const banner =
    /<div class="govuk-notification-banner[^"]*"[^>]*data-qa="flash"[\s\S]*?<\/div>\s*<\/div>/.exec(body);
  return banner?.[0].replace(/\s+/g, ' ') ?? '';
};

const lastOfKind = async (kind: Entry['kind']) =>
  (await storedEntries(t.db)).filter((entry) => entry.kind === kind).at(-1);

const notificationsOf = (user: TestUser) =>
  t.db.selectFrom('notifications').select(['kind', 'text']).where('user_id', '=', user.id).execute();

describe('an alert', () => {
  const page = '/cases/FAM-0001/alerts/new';

  it('to an agency with people here names them, and the entry records that it reached every agency', async () => {
    expect((await worker.submit(page, { to: ['hv'], message: 'Mother refused the visit' })).statusCode).toBe(
      303,
    );
    const banner = await flashOf('/cases/FAM-0001');
    expect(banner).toContain('govuk-notification-banner--success');
    expect(banner).toContain('Alert sent to Health Visiting (Hana Visitor).');
    expect(await lastOfKind('alert')).toMatchObject({ to: ['hv'], unreached: [] });
    expect(await notificationsOf(visitor)).toEqual([expect.objectContaining({ kind: 'alert' })]);
  });

  it('to an agency nobody here works for says so and what to do instead, and the entry records it', async () => {
    await worker.submit(page, { to: ['hv', 'sch'], message: 'Mother refused the visit' });
    const banner = await flashOf('/cases/FAM-0001');
    expect(banner).not.toContain('govuk-notification-banner--success');
    expect(banner).toContain('Alert sent to Health Visiting (Hana Visitor), and recorded in the chronology.');
    expect(banner).toContain(
      'Primary School has nobody in Stickability to receive your alert: tell them yourself, by telephone or secure email, through their usual safeguarding contact.',
    );
    expect(await lastOfKind('alert')).toMatchObject({ to: ['hv', 'sch'], unreached: ['sch'] });
    const chronology = (await worker.get('/cases/FAM-0001/chronology')).body;
    expect(chronology).toMatch(/Nobody in Stickability to receive it[\s\S]{0,200}Primary School/);
  });

  it('counts nobody whose account is deactivated as told', async () => {
    await t.db
      .updateTable('users')
      .set({ deactivated_at: new Date().toISOString() })
      .where('id', '=', visitor.id)
      .execute();
    await worker.submit(page, { to: ['hv'], message: 'Mother refused the visit' });
    const banner = await flashOf('/cases/FAM-0001');
    expect(banner).toContain('Alert recorded in the chronology, but nobody in Stickability received it.');
    expect(banner).toContain('Health Visiting has nobody in Stickability to receive your alert');
    expect(await lastOfKind('alert')).toMatchObject({ unreached: ['hv'] });
    expect(await notificationsOf(visitor)).toEqual([]);
  });

  it('to an agency nobody here works for gives its safeguarding contact, when its administrator set one', async () => {
    const admin = await (
      await t.signedIn(await t.addUser({ role: 'partnership-admin' }))
    ).submit(`/admin/agencies/${sch}`, {
      safeguardingContact: 'Safeguarding lead, 01234 567890, dsl@school.example.sch.uk',
    });
    expect(admin.statusCode).toBe(303);
    await worker.submit(page, { to: ['hv', 'sch'], message: 'Mother refused the visit' });
    expect(await flashOf('/cases/FAM-0001')).toContain(
      'Primary School has nobody in Stickability to receive your alert: tell them yourself, by telephone or secure email: Safeguarding lead, 01234 567890, dsl@school.example.sch.uk.',
    );
  });
});

describe('an incident', () => {
  const report = (browser: TestBrowser) =>
    browser.submit('/cases/FAM-0001/incidents/new', {
      ...dateTimeBoxes('at', inDays(0)),
      threats: ['threat-of-violence'],
      frightening: 'yes',
      note: 'Threatened to hurt me at the door',
      policeInformed: 'no',
    });

  it('names the line manager and the agencies told, and each agency nobody here can be told for', async () => {
    expect((await report(worker)).statusCode).toBe(303);
    const banner = await flashOf('/cases/FAM-0001/risk');
    expect(banner).toContain(
      'Incident recorded. Your line manager (Morgan Manager) and Health Visiting (Hana Visitor) have been told.',
    );
    expect(banner).toContain(
      'Primary School has nobody in Stickability to receive the risk-to-staff warning: tell them yourself',
    );
    expect(banner).not.toContain('the other agencies');
  });

  it('says so when the reporter has no line manager here', async () => {
    const alone = await t.addUser({ name: 'Alex Alone' });
    const browser = await t.signedIn(alone);
    expect((await report(browser)).statusCode).toBe(303);
    worker = browser;
    const banner = await flashOf('/cases/FAM-0001/risk');
    expect(banner).toContain('Incident recorded. Health Visiting (Hana Visitor) has been told.');
    expect(banner).toContain(
      'You have no line manager in Stickability to receive it: tell your manager yourself, today (MK 5.1.13).',
    );
  });
});

describe('a meeting', () => {
  it('arranged: the invited agencies’ people are told, and the confirmation names them and who has nobody here', async () => {
    const done = await worker.submit('/cases/FAM-0001/meetings/arrange', {
      ...dateTimeBoxes('at', inDays(3)),
      type: 'professionals-meeting',
      invited: ['csc', 'hv', 'sch'],
      place: 'Civic offices',
    });
    expect(done.statusCode).toBe(303);
    const banner = await flashOf('/cases/FAM-0001');
    expect(banner).toContain('Invited and told in Stickability: Health Visiting (Hana Visitor).');
    expect(banner).toContain('Primary School has nobody in Stickability to receive the invitation');
    // The worker's own agency is where they are: not listed as one nobody here can receive it for.
    expect(banner).not.toContain('Children&#39;s Social Care has nobody');
    expect(await notificationsOf(visitor)).toEqual([
      {
        kind: 'meeting-invitation',
        text: expect.stringMatching(
          /^Worker 1 \(Children's Social Care\) invited your agency to a meeting on case FAM-0001: .*professionals meeting on .* at Civic offices\.$/,
        ),
      },
    ]);
  });

  it('recorded: each action’s owner is told, by name or through their agency, and the confirmation says so', async () => {
    const saved = await worker.submit('/cases/FAM-0001/meetings/new', {
      ...aMeeting,
      decision: 'continue',
      ...actionRow(0, 'Weigh the baby at clinic', 'hv', 7),
      ...actionRow(1, 'Ask the school about attendance', 'sch', 7),
      ...actionRow(2, 'Visit unannounced', 'w1', 7),
    });
    expect(saved.statusCode).toBe(303);
    const banner = await flashOf('/cases/FAM-0001/chronology');
    expect(banner).toContain('Meeting recorded.');
    expect(banner).toContain('Told of their actions: Health Visiting (Hana Visitor).');
    expect(banner).toContain('Primary School has nobody in Stickability to receive their actions');
    expect(await notificationsOf(visitor)).toEqual([
      {
        kind: 'meeting-action',
        text: expect.stringContaining('with an action for your agency: Weigh the baby at clinic (due '),
      },
    ]);
  });
});

describe('by email', () => {
  it('the invited and the owner of an action get one each, naming the case and the sender only', async () => {
    const mail = await aMailServer();
    try {
      const actor = await accountService(t.db).actorFor(t.user.id);
      if (!actor) throw new Error('no actor for the test user');
      const outbox = emailOutbox(t.db, {
        mailer: smtpMailer({ smtpUrl: mail.url, from: 'Stickability <no-reply@stickability.test>' }),
        link: 'https://stickability.test/notifications',
      });
      const meetings = meetingService(t.db, outbox);
      const by = { actor, address: '127.0.0.1' };
      await meetings.schedule(by, 'FAM-0001', {
        type: 'multi-agency',
        due: inDays(5),
        invited: ['hv', 'sch'],
        place: 'Children’s centre',
      });
      await meetings.record(by, 'FAM-0001', {
        at: inDays(-1),
        type: 'multi-agency',
        attendees: ['csc', 'hv'],
        decision: 'continue',
        actions: [{ what: 'Weigh the baby', owner: 'hv', due: inDays(7).slice(0, 10) }],
      });
      expect(mail.received.map((email) => email.to)).toEqual([[visitor.email], [visitor.email]]);
      // The subject is the text's first line (email-outbox.ts), read here unfolded from quoted-printable.
      const texts = mail.received.map((email) => email.data.replace(/=\r?\n/g, '').replace(/\r/g, ''));
      expect(texts[0]).toContain(
        "\nMeeting invitation on case FAM-0001 from Worker 1 (Children's Social Care).\n",
      );
      expect(texts[1]).toContain(
        "\nAn action for you from a meeting on case FAM-0001, recorded by Worker 1 (Children's Social Care).\n",
      );
      for (const text of texts) {
        expect(text).not.toContain('centre');
        expect(text).not.toContain('Weigh the baby');
      }
    } finally {
      await mail.close();
    }
  });
});
