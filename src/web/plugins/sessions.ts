// Server-side sessions: the browser holds only a signed, random id in an httpOnly cookie; what the
// session says (who is signed in, the CSRF secret) stays in the `sessions` table.
import fastifyCookie from '@fastify/cookie';
import fastifySession from '@fastify/session';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../../config.js';
import type { Db } from '../../store/database.js';
import { sessionTableStore } from '../../store/session-store.js';

/** A session lapses after 8 hours without a request: a working day, not a week on a shared computer. */
export const sessionIdleMs = 8 * 60 * 60 * 1000;

declare module 'fastify' {
  interface Session {
    /** The signed-in user; absent before sign-in. */
    userId?: number;
  }
}

async function sessionsPlugin(
  app: FastifyInstance,
  { db, config }: { db: Db; config: Config },
): Promise<void> {
  await app.register(fastifyCookie);
  await app.register(fastifySession, {
    secret: config.sessionSecret,
    // The __Host- prefix makes browsers refuse the cookie unless it is Secure, host-only and for path /:
    // only when every request is HTTPS.
    cookieName: config.secureCookies === true ? '__Host-stickability' : 'stickability',
    cookie: {
      httpOnly: true,
      sameSite: 'lax',
      secure: config.secureCookies,
      path: '/',
      maxAge: sessionIdleMs,
    },
    // Each request pushes the expiry on, so the 8 hours count from the last request (idle expiry).
    rolling: true,
    // No row for a visitor until there is something to keep (a CSRF secret, a signed-in user).
    saveUninitialized: false,
    store: sessionTableStore(db, { fallbackLifetimeMs: sessionIdleMs }),
  });
}

export const sessions = fp(sessionsPlugin, { name: 'sessions' });
