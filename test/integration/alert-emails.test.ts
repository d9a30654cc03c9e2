// Emails for notifications, through a real SMTP server on 127.0.0.1 (smtp-server, a random port): sent
// after the alert commits, saying only who sent an alert on which case; and when the server is down, left
// owed and sent by a later delivery (the server's minute scheduler).
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { alertService } from '../../src/services/alerts.js';
import { caseService } from '../../src/services/cases.js';
import { emailOutbox, type DeliveryLog } from '../../src/services/email-outbox.js';
import { smtpMailer } from '../../src/services/smtp-mailer.js';
import { aDatabase, from, type TestDatabase } from '../support/database.js';

interface Received {
  from: string;
  to: string[];
  data: string;
}

/** A local SMTP server that keeps every message it is given. */
async function aMailServer(port = 0) {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          data: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.server.address() as AddressInfo;
  return {
    received,
    url: `smtp://127.0.0.1:${address.port}`,
    port: address.port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

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
