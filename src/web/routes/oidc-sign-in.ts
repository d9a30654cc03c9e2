// Sign-in through the partnership's identity provider (OpenID Connect), registered only when one is
// configured (OIDC_ISSUER). The start page sends the browser to the provider with a fresh PKCE challenge,
// state and nonce, kept in the session; the callback checks them and signs in the partnership's user with
// the email the provider vouches for. Nobody is created here: an email with no account is refused.
import type { FastifyInstance } from 'fastify';
import type { OidcPending, OidcSignIn } from '../../services/oidc-sign-in.js';
import { homeFor, paths, safeReturnTo } from '../paths.js';
import type { RouteOptions } from './index.js';

declare module 'fastify' {
  interface Session {
    /** Between sending the browser to the provider and its return. */
    oidc?: OidcPending;
  }
}

export async function oidcSignInRoutes(
  app: FastifyInstance,
  { services, oidc }: RouteOptions & { oidc: OidcSignIn },
): Promise<void> {
  app.get<{ Querystring: { returnTo?: string } }>(paths.oidc.start, async (request, reply) => {
    const { url, pending } = await oidc.start(safeReturnTo(request.query.returnTo));
    request.session.oidc = pending;
    return reply.redirect(url, 303);
  });

  app.get(paths.oidc.callback, async (request, reply) => {
    const pending = request.session.oidc;
    delete request.session.oidc;
    const query = request.url.slice(request.url.indexOf('?') + 1 || request.url.length);
    const result = pending ? await oidc.finish(pending, query) : { refused: 'no sign-in was started' };
    if ('refused' in result) {
      await services.accounts.oidcRefused(request.ip, oidc.issuer, result.refused);
      return reply.code(400).view('sign-in/oidc-problem.njk', {});
    }
    const actor = await services.accounts.signInConfirmed(result.email, request.ip, oidc.issuer);
    if (!actor) return reply.code(403).view('sign-in/no-account.njk', { email: result.email });

    // A new session id on sign-in, as with a password.
    await request.session.regenerate();
    request.session.userId = actor.userId;
    return reply.redirect(pending?.returnTo ?? homeFor(actor.role), 303);
  });
}
