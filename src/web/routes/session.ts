// "Stay signed in", from the warning app.js shows before the session ends: a POST (with the page's CSRF
// token) that needs do nothing, since every request renews the session (rolling sessions). It answers the
// new end for the script, or, posted without it, goes back to the page. Signed out already, it is sent to
// sign in like any other page behind sign-in.
import type { FastifyInstance } from 'fastify';
import { homeFor, paths, safeReturnTo } from '../paths.js';
import { signedInActor } from '../plugins/current-user.js';
import { sessionEndsOf } from '../plugins/session-timeout.js';

export async function sessionRoutes(app: FastifyInstance): Promise<void> {
  app.post<{ Body: Record<string, unknown> | undefined }>(paths.staySignedIn, async (request, reply) => {
    const ends = sessionEndsOf(request.session.cookie.expires);
    if (request.headers.accept?.includes('application/json'))
      return reply.send({ endsInMs: ends.inMs, endsAt: ends.text });
    return reply.redirect(safeReturnTo(request.body?.returnTo) ?? homeFor(signedInActor(request).role), 303);
  });
}
