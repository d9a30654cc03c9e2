// When the signed-in user's session ends if they do nothing more: every request renews it (rolling
// sessions, plugins/sessions.ts), so a page shows the moment its own request set. The layout says it in
// words on every signed-in page, and app.js warns a few minutes before it and offers to stay signed in.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { toUkDate } from '../../domain/time.js';
import { ukDate, ukTime } from '../uk-dates.js';
import { sessionIdleMs } from './sessions.js';

export interface SessionEnds {
  at: Date;
  /** How long until then, for app.js: the browser's clock may not be the server's. */
  inMs: number;
  /** In UK time: "17:45", or "01:30 on 6 January 2026" when that is another day. */
  text: string;
}

async function sessionTimeoutPlugin(app: FastifyInstance): Promise<void> {
  app.addHook('onRequest', async (request, reply) => {
    if (request.actor) reply.locals.sessionEnds = sessionEndsOf(request.session.cookie.expires);
  });
}

/** The session's end, given its cookie's expiry (set afresh by each request). */
export function sessionEndsOf(expires: Date | null | undefined, now = new Date()): SessionEnds {
  const at = expires ?? new Date(now.getTime() + sessionIdleMs);
  const sameDay = toUkDate(at) === toUkDate(now);
  return {
    at,
    inMs: Math.max(0, at.getTime() - now.getTime()),
    text: sameDay ? ukTime(at) : `${ukTime(at)} on ${ukDate(at)}`,
  };
}

export const sessionTimeout = fp(sessionTimeoutPlugin, {
  name: 'session-timeout',
  dependencies: ['current-user', 'views'],
});
