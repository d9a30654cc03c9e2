// `stickability serve`: migrate, then listen until told to stop, sweeping due reassessments every minute.
import type { Config } from '../config.js';
import { openMigratedDatabase } from '../store/database.js';
import { sweepDueAssessments } from '../services/assessments.js';
import { buildApp } from '../web/app.js';

export async function serve(config: Config): Promise<void> {
  const db = await openMigratedDatabase(config.databaseUrl);
  const app = await buildApp({ db, config, logger: true });
  // Findings that change with time alone (a child passing the not-seen limit) are recomputed as they fall due.
  const sweep = () => sweepDueAssessments(db).catch((error: unknown) => app.log.error(error));
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
