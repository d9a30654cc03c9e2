// Who is asking: the Actor for the session's user, on `request.actor` (null when signed out), loaded
// fresh on each request so a changed role or manager takes effect at once.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Actor } from '../../domain/policy.js';
import type { SignedIn } from '../../services/cases.js';
import type { AccountService } from '../../services/accounts.js';
import { safeReturnTo, signInPath } from '../paths.js';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
}

async function currentUserPlugin(
  app: FastifyInstance,
  { accounts }: { accounts: AccountService },
): Promise<void> {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request, reply) => {
    const userId = request.session?.userId;
    if (userId === undefined) return;
    const actor = await accounts.actorFor(userId);
    // The account has gone since sign-in: the session no longer speaks for anyone.
    if (!actor) delete request.session.userId;
    request.actor = actor;
    reply.locals.actor = actor;
  });
}

export const currentUser = fp(currentUserPlugin, {
  name: 'current-user',
  dependencies: ['sessions', 'views'],
});

/**
 * An onRequest hook for a scope of pages that need a signed-in user: anyone else goes to sign in, and
 * comes back to the page they asked for (GET only: a form posted from an expired session is never
 * replayed). A form whose route is marked keptIfSignedOut waits for its body instead: plugins/kept-forms.ts
 * keeps it, then sends them to sign in and back to its page.
 */
export async function requireSignIn(
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<FastifyReply | undefined> {
  if (request.actor) return undefined;
  if (request.method === 'POST' && request.routeOptions.config.keptIfSignedOut) return undefined;
  const returnTo = request.method === 'GET' ? safeReturnTo(request.url) : undefined;
  return reply.redirect(signInPath(returnTo), 303);
}

/** The actor on a page behind requireSignIn. */
export function signedInActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new Error('signedInActor used on a route without requireSignIn');
  return request.actor;
}

/** The signed-in user and the address they ask from, as the services take them. */
export function signedIn(request: FastifyRequest): SignedIn {
  return { actor: signedInActor(request), address: request.ip };
}
