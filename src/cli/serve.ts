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
  const outbox = outboxFor(db, config, app.log);
  // Findings that change with time alone (a child passing the not-seen limit) are recomputed as they fall due,
  // and the emails a mail server could not take are tried again.
  // Every case with a finding falls due at UK midnight (explanations count days to today), so one sweep
  // can outlast the minute: the next tick then waits for the following one rather than starting another.
  // The sweep lets requests through between cases, so the server listens before the first one, and a
  // stop ends it between cases.
  const stopping = new AbortController();
  const sweep = async () => {
    await sweepDueAssessments(db, new Date(), stopping.signal).catch((error: unknown) =>
      app.log.error(error),
    );
    if (stopping.signal.aborted) return;
    // Workers overdue from a visit: their manager and the duty contact are told, and told again until one acknowledges.
    await sweepOverdueVisits(db, { outbox }).catch((error: unknown) => app.log.error(error));
    await outbox.deliver().catch((error: unknown) => app.log.error(error));
  };
  let running: Promise<void> | undefined;
  const tick = () => {
    if (running || stopping.signal.aborted) return;
    running = sweep().finally(() => {
      running = undefined;
    });
  };
  await app.listen({ port: config.port, host: config.host });
  process.stdout.write(`Stickability is serving on http://localhost:${config.port}\n`);
  const scheduler = setInterval(tick, 60_000);
  tick();
  const stop = async () => {
    stopping.abort();
    clearInterval(scheduler);
    await running;
    await app.close();
    await db.destroy();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
