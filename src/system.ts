// The composition root: the store, then the services on it (the outbox and its mailer, sign-in through
// the identity provider), then what runs them: the app, the server's minute of background work, the
// command line. Each is built from one System, so a command, the scheduler and a request all send email
// through the same outbox and read the same database.
import type { Config } from './config.js';
import { sweepDueAssessments } from './services/assessments.js';
import type { DeliveryLog, EmailOutbox } from './services/email-outbox.js';
import { createServices, type Services } from './services/index.js';
import { oidcSignIn } from './services/oidc-sign-in.js';
import { sweepOverdueVisits } from './services/overdue-visits.js';
import type { Db } from './store/database.js';
import { outboxFor } from './web/outbox.js';

export interface System {
  db: Db;
  outbox: EmailOutbox;
  services: Services;
  /** The time now: what the background work takes as its moment. */
  now(): Date;
  /**
   * The server's work every minute: findings that change with time alone (a child passing the not-seen
   * limit) recomputed as they fall due, workers overdue from a visit raised with their manager and the
   * duty contact (again until one acknowledges), and the emails a mail server could not take tried again.
   * An aborted `signal` (the server stopping) ends it between cases. Errors go to `log`; none stops it.
   */
  everyMinute(signal: AbortSignal): Promise<void>;
}

export function composeSystem(
  db: Db,
  config: Pick<Config, 'mail' | 'publicUrl' | 'oidc'>,
  log: DeliveryLog,
): System {
  const outbox = outboxFor(db, config, log);
  const services = createServices(db, { outbox, oidc: config.oidc ? oidcSignIn(config.oidc) : null });
  const now = () => new Date();
  const logged = (error: unknown) => log.error({ err: error }, 'background work failed');
  return {
    db,
    outbox,
    services,
    now,
    async everyMinute(signal) {
      await sweepDueAssessments(db, now(), signal).catch(logged);
      if (signal.aborted) return;
      await sweepOverdueVisits(db, { outbox, now: now() }).catch(logged);
      await outbox.deliver().catch(logged);
    },
  };
}
