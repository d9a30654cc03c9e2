// The email outbox as the app and the server's scheduler build it from the configuration: through SMTP
// when SMTP_URL is set (else emails stay owed and none is sent), each linking to the notifications page.
import type { Config } from '../config.js';
import { emailOutbox, type DeliveryLog, type EmailOutbox } from '../services/email-outbox.js';
import { smtpMailer } from '../services/smtp-mailer.js';
import type { Db } from '../store/database.js';
import { paths } from './paths.js';

export function outboxFor(
  db: Db,
  { mail, publicUrl }: Pick<Config, 'mail' | 'publicUrl'>,
  log: DeliveryLog,
): EmailOutbox {
  if (!mail) return emailOutbox(db, { mailer: null, log });
  return emailOutbox(db, {
    mailer: smtpMailer(mail),
    link: new URL(paths.notifications.list, publicUrl).toString(),
    log,
  });
}
