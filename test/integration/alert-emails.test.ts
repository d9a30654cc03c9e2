// Emails for notifications, through a real SMTP server on 127.0.0.1 (smtp-server, a random port): sent
// after the alert commits, saying only who sent an alert on which case; and when the server is down, left
// owed and sent by a later delivery (the server's minute scheduler).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { alertService } from '../../src/services/alerts.js';
import { caseService } from '../../src/services/cases.js';
import { emailOutbox, type DeliveryLog } from '../../src/services/email-outbox.js';
import { createServices } from '../../src/services/index.js';
import { smtpMailer } from '../../src/services/smtp-mailer.js';
import { aDatabase, from, type TestDatabase } from '../support/database.js';
import { aMailServer } from '../support/mail-server.js';

const from_ = 'Stickability <no-reply@stickability.test>';
const link = 'https://stickability.test/notifications';

let t: TestDatabase;
let errors: unknown[];
const log: DeliveryLog = { error: (details) => errors.push(details) };

beforeEach(async () => {
  t = await aDatabase();
  errors = [];
  await caseService(t.db).create(from(t.worker), {
    ref: 'FAM-0001',
    plan: 'child-protection',
    openedOn: '2026-01-05',
    agencies: ['hv'],
  });
});
afterEach(() => t.close());

const emailState = () =>
  t.db
    .selectFrom('notifications')
    .select(['user_id', 'email_pending', 'email_attempts', 'emailed_at'])
    .executeTakeFirstOrThrow();

describe('an alert by email', () => {
  it('arrives once the alert is recorded, naming the sender and the case, never the message', async () => {
    const mail = await aMailServer();
    try {
      const outbox = emailOutbox(t.db, { mailer: smtpMailer({ smtpUrl: mail.url, from: from_ }), link, log });
      await alertService(t.db, outbox).record(from(t.worker), 'FAM-0001', {
        to: ['hv'],
        message: 'Father threatened the health visitor',
      });
      expect(mail.received).toHaveLength(1);
      const [email] = mail.received;
      expect(email?.to).toEqual([t.worker2.email]);
      expect(email?.from).toBe('no-reply@stickability.test');
      expect(email?.data).toMatch(/^Subject: New alert on case FAM-0001 from Test worker/m);
      expect(email?.data).toContain(link);
      expect(email?.data).not.toContain('threatened');
      expect(await emailState()).toMatchObject({
        email_pending: 0,
        email_attempts: 1,
        emailed_at: expect.any(String),
      });
      expect(errors).toEqual([]);
    } finally {
      await mail.close();
    }
  });
});

describe('alerts written in one transaction with more (an API write with an Idempotency-Key)', () => {
  const message = { to: ['hv'], message: 'Father threatened the health visitor' };

  it('are emailed once the transaction commits, not before', async () => {
    const mail = await aMailServer();
    try {
      const outbox = emailOutbox(t.db, { mailer: smtpMailer({ smtpUrl: mail.url, from: from_ }), link, log });
      await createServices(t.db, { outbox }).inOneTransaction(async (within) => {
        await within.alerts.record(from(t.worker), 'FAM-0001', message);
        await within.alerts.record(from(t.worker), 'FAM-0001', { ...message, message: 'And again' });
        expect(mail.received).toEqual([]);
      });
      expect(mail.received.map((email) => email.to)).toEqual([[t.worker2.email], [t.worker2.email]]);
    } finally {
      await mail.close();
    }
  });

  it('are neither kept nor emailed when the transaction rolls back', async () => {
    const mail = await aMailServer();
    try {
      const outbox = emailOutbox(t.db, { mailer: smtpMailer({ smtpUrl: mail.url, from: from_ }), link, log });
      const failing = createServices(t.db, { outbox }).inOneTransaction(async (within) => {
        await within.alerts.record(from(t.worker), 'FAM-0001', message);
        throw new Error('the write after the alert failed');
      });
      await expect(failing).rejects.toThrow('the write after the alert failed');
      expect(await t.db.selectFrom('notifications').selectAll().execute()).toEqual([]);
      expect(await t.db.selectFrom('entries').select('kind').where('kind', '=', 'alert').execute()).toEqual(
        [],
      );
      expect(mail.received).toEqual([]);
    } finally {
      await mail.close();
    }
  });
});

describe('an alert whose mail server is down', () => {
  it('is recorded all the same, its email left owed and sent by a later delivery', async () => {
    const down = await aMailServer();
    await down.close();
    const failing = emailOutbox(t.db, { mailer: smtpMailer({ smtpUrl: down.url, from: from_ }), link, log });
    const entry = await alertService(t.db, failing).record(from(t.worker), 'FAM-0001', {
      to: ['hv'],
      message: 'Mother refused entry',
    });
    expect(entry.kind).toBe('alert');
    expect(await emailState()).toMatchObject({ email_pending: 1, email_attempts: 1, emailed_at: null });
    expect(errors).toHaveLength(1);

    const mail = await aMailServer();
    try {
      const scheduler = emailOutbox(t.db, {
        mailer: smtpMailer({ smtpUrl: mail.url, from: from_ }),
        link,
        log,
      });
      // It waits a minute after a failure before the next try.
      expect(await scheduler.deliver()).toEqual({ sent: 0, failed: 0 });
      const later = new Date(Date.now() + 2 * 60_000);
      expect(await scheduler.deliver({ now: later })).toEqual({ sent: 1, failed: 0 });
      expect(mail.received.map((email) => email.to)).toEqual([[t.worker2.email]]);
      expect(await emailState()).toMatchObject({
        email_pending: 0,
        email_attempts: 2,
        emailed_at: expect.any(String),
      });
      // Sent once: another delivery finds nothing owed.
      expect(await scheduler.deliver({ now: new Date(later.getTime() + 60 * 60_000) })).toEqual({
        sent: 0,
        failed: 0,
      });
    } finally {
      await mail.close();
    }
  });
});

describe('without SMTP_URL', () => {
  it('sends nothing and leaves the email owed', async () => {
    const outbox = emailOutbox(t.db, { mailer: null, log });
    await alertService(t.db, outbox).record(from(t.worker), 'FAM-0001', { message: 'Hello' });
    expect(await outbox.deliver()).toEqual({ sent: 0, failed: 0 });
    expect(await emailState()).toMatchObject({ email_pending: 1, email_attempts: 0 });
  });
});
