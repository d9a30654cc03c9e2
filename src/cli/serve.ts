// `stickability serve`: migrate, then listen until told to stop.
import type { Config } from '../config.js';
import { openMigratedDatabase } from '../store/database.js';
import { buildApp } from '../web/app.js';

export async function serve(config: Config): Promise<void> {
  const db = await openMigratedDatabase(config.databaseUrl);
  const app = await buildApp({ db, config, logger: true });
  const stop = async () => {
    await app.close();
    await db.destroy();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await app.listen({ port: config.port, host: config.host });
  process.stdout.write(`Stickability is serving on http://localhost:${config.port}\n`);
}
