// Emails owed for notifications, sent after the write that raised them has committed: never inside its
// transaction, where a slow or absent mail server would hold the database (and a rollback could not
// unsend). The service that wrote them delivers them at once; the server's minute scheduler delivers what
// is left, so a mail server that was down gets them later. Each send is claimed first, so two deliveries
// at once (a page and the scheduler, or two app servers) never send the same email twice. Its queries are
// the store's (store/notifications.ts), each in a transaction of its own.
import { transaction, type Db } from '../store/database.js';
import { claimEmail, markEmailSent, owedEmails, retryEmailAt } from '../store/notifications.js';

export interface Email {
  to: string;
  subject: string;
  text: string;
}

/** Sends one email, or throws. */
export interface Mailer {
  send(email: Email): Promise<void>;
}

/** Where failures are reported (Fastify's logger fits). */
export interface DeliveryLog {
  error(details: object, message: string): void;
}

export interface OutboxOptions {
  /** None when SMTP_URL is not set: emails stay owed and nothing is sent. */
  mailer: Mailer | null;
  /** The full address of the notifications page, for the link in each email. */
  link?: string;
  log?: DeliveryLog;
}

export interface DeliveryRequest {
  /** Only these notifications (the ones a write just raised); every due one when absent. */
  ids?: readonly number[];
  now?: Date;
}

/** How long a claim holds while sending, should the process stop half way. */
const claimMinutes = 2;
/** A notification older than this is not emailed: by then it is old news, and the app shows it. */
const staleAfterHours = 48;
const batch = 50;
const minutes = (n: number) => n * 60_000;

export function emailOutbox(db: Db, { mailer, link = '', log = consoleLog }: OutboxOptions) {
  /** Claims one notification for sending; false when it is sent, claimed or waiting. */
  const claim = (id: number, now: Date): Promise<boolean> =>
    transaction(db, (tx) => claimEmail(tx, id, now, new Date(now.getTime() + minutes(claimMinutes))));

  return {
    /** Sends the owed emails that are due; returns how many went and how many failed. Never throws. */
    async deliver({ ids, now = new Date() }: DeliveryRequest = {}): Promise<{
      sent: number;
      failed: number;
    }> {
      const report = { sent: 0, failed: 0 };
      if (!mailer || ids?.length === 0) return report;
      try {
        const since = new Date(now.getTime() - minutes(staleAfterHours * 60));
        // Each step its own transaction: none is held while the mail server is asked.
        const owed = await transaction(db, (tx) => owedEmails(tx, { since, limit: batch, ids }));
        for (const email of owed) {
          if (!(await claim(email.id, now))) continue;
          try {
            await mailer.send(emailFor(email.email, email.summary ?? 'New notification', link));
            await transaction(db, (tx) => markEmailSent(tx, email.id, new Date()));
            report.sent += 1;
          } catch (error) {
            // Left owed: tried again after a wait that grows with each failure, up to an hour.
            const wait = minutes(Math.min(email.attempts + 1, 60));
            await transaction(db, (tx) => retryEmailAt(tx, email.id, new Date(now.getTime() + wait)));
            log.error({ err: error, notification: email.id }, 'email for a notification not sent');
            report.failed += 1;
          }
        }
      } catch (error) {
        log.error({ err: error }, 'owed emails could not be read');
      }
      return report;
    },
  };
}

export type EmailOutbox = ReturnType<typeof emailOutbox>;

/**
 * An outbox for writes inside a larger transaction: it only notes what they owe, and `send` hands that to
 * `outbox` once the transaction has committed (a rollback must not have emailed anyone).
 */
export function heldOutbox(outbox: EmailOutbox) {
  const owed: number[] = [];
  let everything = false;
  return {
    deliver({ ids }: DeliveryRequest = {}): Promise<{ sent: number; failed: number }> {
      if (ids) owed.push(...ids);
      else everything = true;
      return Promise.resolve({ sent: 0, failed: 0 });
    },
    send(): Promise<{ sent: number; failed: number }> {
      return outbox.deliver(everything ? {} : { ids: owed });
    },
  };
}

/** The email: who it is from and that there is something to read, and where to sign in to read it. */
function emailFor(to: string, summary: string, link: string): Email {
  return {
    to,
    subject: summary,
    text: [
      `${summary}.`,
      '',
      `Sign in to Stickability to read it: ${link}`,
      '',
      'For the family’s privacy this email says nothing more about the case: read it in Stickability.',
    ].join('\n'),
  };
}

const consoleLog: DeliveryLog = {
  error: (details, message) => console.error(message, details),
};
