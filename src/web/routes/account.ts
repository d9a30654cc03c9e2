// The user's account page: their personal API tokens, created (shown once) and revoked.
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
