// Reads the environment once. Development defaults keep `npm start` a single command; the session
// secret, when not given, is generated once and kept beside the database (never in the repository).
import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { sqlitePath } from './store/database.js';
import { paths } from './web/paths.js';

export interface Config {
  databaseUrl: string;
  port: number;
  host: string;
  sessionSecret: string;
  /**
   * Whether cookies are marked Secure: `auto` (the default) marks them on HTTPS requests, so `npm start`
   * works over plain HTTP on localhost; COOKIE_SECURE=true insists on HTTPS, false never marks them.
   */
  secureCookies: boolean | 'auto';
  /**
   * TRUST_PROXY: the load balancers in front, by address or subnet, whose X-Forwarded-For and
   * X-Forwarded-Proto are believed for the client's address (sign-in's limits, the audit log) and
   * protocol; false (unset) believes nobody's, and then the balancer's address is everyone's.
   */
  trustProxy: false | string[];
  /**
   * PUBLIC_URL: the address users reach the service at (its origin, as `https://stickability.council.example`),
   * for every link made to be followed from outside a page: invitations, emails, the sign-in callback.
   * Never the request's Host header, which whoever sends the request chooses.
   */
  publicUrl: string;
  /** Email for notifications; absent when SMTP_URL is not set, and then no email is sent. */
  mail?: MailConfig;
  /** Sign-in through the partnership's identity provider, beside local passwords; absent without OIDC_ISSUER. */
  oidc?: OidcConfig;
}

export interface OidcConfig {
  /** OIDC_ISSUER: the provider's issuer URL (its discovery document is under /.well-known/). */
  issuer: string;
  /** OIDC_CLIENT_ID and OIDC_CLIENT_SECRET: this service as registered with the provider. */
  clientId: string;
  clientSecret: string;
  /** Where the provider sends users back: PUBLIC_URL + /sign-in/oidc/callback, registered with it. */
  redirectUri: string;
}

export interface MailConfig {
  /** SMTP_URL: `smtp://host:port`, `smtps://…`, with `user:password@` when the server asks for it. */
  smtpUrl: string;
  /** MAIL_FROM: the sender of every email. */
  from: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.DATABASE_URL || 'sqlite:data/stickability.db';
  sqlitePath(databaseUrl); // fails at start-up, naming what it expects
  const port = Number(env.PORT || 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, not "${env.PORT}"`);
  const publicUrl = publicOrigin(env.PUBLIC_URL || `http://localhost:${port}`);
  return {
    databaseUrl,
    port,
    host: env.HOST || '127.0.0.1',
    sessionSecret: env.SESSION_SECRET || keptSessionSecret(dataFolder(databaseUrl)),
    secureCookies: env.COOKIE_SECURE === 'true' ? true : env.COOKIE_SECURE === 'false' ? false : 'auto',
    trustProxy: trustedProxies(env.TRUST_PROXY),
    publicUrl,
    ...(env.SMTP_URL ? { mail: mailConfig(env) } : {}),
    ...(env.OIDC_ISSUER ? { oidc: oidcConfig(env, publicUrl) } : {}),
  };
}

/** proxy-addr's names (as Fastify reads them) for the addresses a load balancer inside a network has. */
const proxyRanges = ['loopback', 'linklocal', 'uniquelocal'];

function trustedProxies(value: string | undefined): false | string[] {
  if (!value || value === 'false') return false;
  // `true` believes every hop, so the first X-Forwarded-For entry, which the client writes itself, would be
  // its address: anyone could choose theirs, and the per-address sign-in limit would count nothing.
  if (value === 'true')
    throw new Error(
      "TRUST_PROXY=true would believe whatever address a client writes: set the load balancer's address or subnet instead, like TRUST_PROXY=10.0.0.0/8",
    );
  const proxies = value.split(',').map((one) => one.trim());
  for (const proxy of proxies) {
    const [address = '', prefix, ...rest] = proxy.split('/');
    const bits = isIP(address) === 4 ? 32 : isIP(address) === 6 ? 128 : 0;
    const prefixFits = prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= bits);
    if (!proxyRanges.includes(proxy) && (bits === 0 || !prefixFits || rest.length > 0))
      throw new Error(
        `TRUST_PROXY must list the load balancers' addresses or subnets (like 10.0.0.5 or 10.0.0.0/8, comma-separated), not "${proxy}"`,
      );
  }
  return proxies;
}

/** The service's origin: the pages are served from its root, so a path would only break every link. */
function publicOrigin(value: string): string {
  const url = URL.canParse(value) ? new URL(value) : null;
  if (!url || !['http:', 'https:'].includes(url.protocol) || url.pathname !== '/' || url.search || url.hash)
    throw new Error(
      `PUBLIC_URL must be the address the service is reached at, like https://stickability.council.example, not "${value}"`,
    );
  return url.origin;
}

function oidcConfig(env: NodeJS.ProcessEnv, publicUrl: string): OidcConfig {
  const issuer = env.OIDC_ISSUER ?? '';
  if (!URL.canParse(issuer)) throw new Error(`OIDC_ISSUER must be a URL, not "${issuer}"`);
  if (!env.OIDC_CLIENT_ID || !env.OIDC_CLIENT_SECRET)
    throw new Error('OIDC_ISSUER is set: set OIDC_CLIENT_ID and OIDC_CLIENT_SECRET too');
  return {
    issuer,
    clientId: env.OIDC_CLIENT_ID,
    clientSecret: env.OIDC_CLIENT_SECRET,
    redirectUri: new URL(paths.oidc.callback, publicUrl).href,
  };
}

function mailConfig(env: NodeJS.ProcessEnv): MailConfig {
  const smtpUrl = env.SMTP_URL ?? '';
  if (!/^smtps?:\/\/[^/]+/.test(smtpUrl))
    throw new Error(
      `SMTP_URL must be smtp://host:port or smtps://host:port, not "${smtpUrl.split('@').at(-1)}"`,
    );
  return {
    smtpUrl,
    from: env.MAIL_FROM || 'Stickability <no-reply@localhost>',
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
