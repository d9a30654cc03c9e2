// `stickability serve`: migrate, then listen until told to stop, doing the System's minute of background
// work (system.ts: due reassessments, overdue-visit alerts, the emails still owed) every minute.
import type { Config } from '../config.js';
import { openMigratedDatabase } from '../store/database.js';
import { buildServer } from '../web/app.js';

export async function serve(config: Config): Promise<void> {
  const db = await openMigratedDatabase(config.databaseUrl);
  const { app, system } = await buildServer({ db, config, logger: true });
  // Every case with a finding falls due at UK midnight (explanations count days to today), so one sweep
  // can outlast the minute: the next tick then waits for the following one rather than starting another.
  // The sweep lets requests through between cases, so the server listens before the first one, and a
  // stop ends it between cases.
  const stopping = new AbortController();
  let running: Promise<void> | undefined;
  const tick = () => {
    if (running || stopping.signal.aborted) return;
    running = system.everyMinute(stopping.signal).finally(() => {
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
