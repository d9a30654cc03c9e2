// The user's account page: their password, changed with the current one, and their personal API tokens,
// created (shown once) and revoked.
import type { FastifyInstance } from 'fastify';
import { InvalidInput, NotFound } from '../../services/errors.js';
import { formErrors } from '../forms/errors.js';
import { setFlash } from '../flash.js';
import { paths } from '../paths.js';
import { signedInActor } from '../plugins/current-user.js';
import type { RouteOptions } from './index.js';

export async function accountRoutes(app: FastifyInstance, { services }: RouteOptions): Promise<void> {
  app.get('/', async (request, reply) => {
    const actor = signedInActor(request);
    return reply.view('account/tokens.njk', { tokens: await services.tokens.list(actor.userId) });
  });

  app.get('/password', async (_request, reply) => reply.view('account/password.njk', {}));

  // Wrong current passwords lock this account's changes for a while (accounts.ts changePassword).
  app.post<{ Body: Partial<Record<'current' | 'password' | 'confirmation', unknown>> }>(
    '/password',
    async (request, reply) => {
      const actor = signedInActor(request);
      const typed = (name: 'current' | 'password' | 'confirmation') => {
        const value = request.body?.[name];
        return typeof value === 'string' ? value : '';
      };
      let ended: { sessions: number; tokens: number };
      try {
        ended = await services.accounts.changePassword(
          actor,
          { current: typed('current'), password: typed('password'), confirmation: typed('confirmation') },
          request.ip,
          request.session.sessionId,
        );
      } catch (error) {
        if (!(error instanceof InvalidInput)) throw error;
        // Passwords are never written back into the form.
        return reply.code(400).view('account/password.njk', { errors: formErrors(error.problems) });
      }
      // A new session id too, as at sign-in: whatever saw the old one has nothing now.
      await request.session.regenerate();
      request.session.userId = actor.userId;
      setFlash(request, { type: 'success', text: passwordChanged(ended) });
      return reply.redirect(paths.account, 303);
    },
  );

  app.post<{ Body: { name?: string } }>('/tokens', async (request, reply) => {
    const actor = signedInActor(request);
    try {
      const { token } = await services.tokens.create(actor.userId, request.body?.name ?? '', request.ip);
      // Shown on this response only: the token is stored as a hash and cannot be shown again.
      return reply.view('account/tokens.njk', {
        tokens: await services.tokens.list(actor.userId),
        newToken: token,
      });
    } catch (error) {
      if (!(error instanceof InvalidInput)) throw error;
      return reply.code(400).view('account/tokens.njk', {
        tokens: await services.tokens.list(actor.userId),
        errors: formErrors(error.problems),
        values: request.body ?? {},
      });
    }
  });

  app.post<{ Params: { id: string } }>('/tokens/:id/revoke', async (request, reply) => {
    const id = Number(request.params.id);
    if (!Number.isInteger(id)) throw new NotFound('token');
    await services.tokens.revoke(signedInActor(request), id, request.ip);
    setFlash(request, { type: 'success', text: 'Token revoked: it no longer works' });
    return reply.redirect(paths.account, 303);
  });
}

/** What the change ended, in the words of the banner on "Your account". */
function passwordChanged({ sessions, tokens }: { sessions: number; tokens: number }): string {
  const places = sessions === 1 ? '1 other place' : `${sessions} other places`;
  const signedOut =
    sessions > 0
      ? `Your password is changed, and you are signed out everywhere else (${places})`
      : 'Your password is changed';
  if (tokens === 0) return signedOut;
  const ended = tokens === 1 ? 'Your API token no longer works' : `Your ${tokens} API tokens no longer work`;
  return `${signedOut}. ${ended}: create a new one below if you still need one`;
}
