// Email through an SMTP server (SMTP_URL, as `smtp://user:password@mail.example:587` or `smtps://…`),
// with nodemailer. Short timeouts: a write waits for its emails after it commits, and a mail server that
// does not answer should cost the user seconds, not minutes (the scheduler tries again).
import nodemailer from 'nodemailer';
import type { MailConfig } from '../config.js';
import type { Email, Mailer } from './email-outbox.js';

export function smtpMailer({ smtpUrl, from }: Pick<MailConfig, 'smtpUrl' | 'from'>): Mailer {
  const url = new URL(smtpUrl);
  const transport = nodemailer.createTransport({
    host: url.hostname,
    port: url.port ? Number(url.port) : url.protocol === 'smtps:' ? 465 : 587,
    secure: url.protocol === 'smtps:',
    ...(url.username
      ? { auth: { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } }
      : {}),
    connectionTimeout: 5_000,
    greetingTimeout: 5_000,
    socketTimeout: 10_000,
  });
  return {
    async send(email: Email) {
      await transport.sendMail({ from, ...email });
    },
  };
}
