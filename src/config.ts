// Reads the environment once. Development defaults keep `npm start` a single command; the session
// secret, when not given, is generated once and kept beside the database (never in the repository).
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { sqlitePath } from './store/database.js';

export interface Config {
  databaseUrl: string;
  port: number;
  host: string;
  sessionSecret: string;
  /** Cookies marked Secure: on unless COOKIE_SECURE=false (plain-HTTP localhost development and tests). */
  secureCookies: boolean;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.DATABASE_URL || 'sqlite:data/stickability.db';
  const port = Number(env.PORT || 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not "${env.PORT}"`);
  return {
    databaseUrl,
    port,
    host: env.HOST || '127.0.0.1',
    sessionSecret: env.SESSION_SECRET || keptSessionSecret(dataFolder(databaseUrl)),
    secureCookies: env.COOKIE_SECURE !== 'false',
  };
}

function dataFolder(databaseUrl: string): string {
  const path = sqlitePath(databaseUrl);
  return path === ':memory:' ? 'data' : dirname(path);
}

function keptSessionSecret(folder: string): string {
  const file = join(folder, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(folder, { recursive: true });
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
