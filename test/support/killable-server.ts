// The real app in a process of its own, for tests that stop it hard: `node --import tsx
// test/support/killable-server.ts DATABASE_URL` listens on a free loopback port and prints it. With
// KILL_BEFORE_REPLY=1 it kills itself (SIGKILL, no clean-up) the moment the first answer to a POST with
// an Idempotency-Key is about to be written: after the write's transaction has committed, before the
// client hears anything.
import { ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../../src/config.js';
import { openMigratedDatabase } from '../../src/store/database.js';
import { buildApp } from '../../src/web/app.js';

const [databaseUrl = ''] = process.argv.slice(2);

if (process.env.KILL_BEFORE_REPLY === '1') {
  const writeHead = ServerResponse.prototype.writeHead;
  ServerResponse.prototype.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    if (this.req.method === 'POST' && this.req.headers['idempotency-key'])
      process.kill(process.pid, 'SIGKILL');
    return (writeHead as (...a: unknown[]) => ServerResponse).apply(this, args);
  } as typeof writeHead;
}

const config = loadConfig({
  DATABASE_URL: databaseUrl,
  PORT: '0',
  SESSION_SECRET: 'a-session-secret-for-the-killable-test-server',
});
const db = await openMigratedDatabase(config.databaseUrl);
const app = await buildApp({ db, config });
await app.listen({ host: '127.0.0.1', port: 0 });
process.stdout.write(`${(app.server.address() as AddressInfo).port}\n`);
