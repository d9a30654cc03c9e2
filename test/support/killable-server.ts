// The real app in a process of its own, for tests that stop it hard (SIGKILL): `node --import tsx
// test/support/killable-server.ts DATABASE_URL` listens on a free loopback port and prints it. SMTP_URL,
// when the test sets it, is the mail server it emails through.
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../../src/config.js';
import { openMigratedDatabase } from '../../src/store/database.js';
import { buildApp } from '../../src/web/app.js';

const [databaseUrl = ''] = process.argv.slice(2);

const config = loadConfig({
  DATABASE_URL: databaseUrl,
  PORT: '0',
  SESSION_SECRET: 'a-session-secret-for-the-killable-test-server',
  ...(process.env.SMTP_URL ? { SMTP_URL: process.env.SMTP_URL } : {}),
});
const db = await openMigratedDatabase(config.databaseUrl);
const app = await buildApp({ db, config });
await app.listen({ host: '127.0.0.1', port: 0 });
process.stdout.write(`${(app.server.address() as AddressInfo).port}\n`);
