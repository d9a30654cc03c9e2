// `stickability serve`: migrate, then listen until told to stop, sweeping due reassessments and sending
// the emails still owed (a mail server that was down) and raising overdue-visit alerts every minute.
import type { Config } from '../config.js';
import { openMigratedDatabase } from '../store/database.js';
import { sweepDueAssessments } from '../services/assessments.js';
import { sweepOverdueVisits } from '../services/overdue-visits.js';
import { buildApp } from '../web/app.js';
import { outboxFor } from '../web/outbox.js';

export async function serve(config: Config): Promise<void> {
  const db = await openMigratedDatabase(config.databaseUrl);
  const app = await buildApp({ db, config, logger: true });
  const outbox = outboxFor(db, config.mail, app.log);
  // Findings that change with time alone (a child passing the not-seen limit) are recomputed as they fall due,
  // and the emails a mail server could not take are tried again.
  // Every case with a finding falls due at UK midnight (explanations count days to today), so one sweep
  // can outlast the minute: the next tick then waits for the following one rather than starting another.
  let sweeping = false;
  const sweep = async () => {
    if (sweeping) return;
    sweeping = true;
    try {
      await sweepDueAssessments(db).catch((error: unknown) => app.log.error(error));
      // Workers overdue from a visit: their manager and the duty contact are told, and told again until one acknowledges.
      await sweepOverdueVisits(db, { outbox }).catch((error: unknown) => app.log.error(error));
      await outbox.deliver();
    } finally {
      sweeping = false;
    }
  };
  const scheduler = setInterval(sweep, 60_000);
  await sweep();
  const stop = async () => {
    clearInterval(scheduler);
    await app.close();
    await db.destroy();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await app.listen({ port: config.port, host: config.host });
  process.stdout.write(`Stickability is serving on http://localhost:${config.port}\n`);
}
