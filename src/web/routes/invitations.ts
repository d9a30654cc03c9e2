// A new user's first page: the one-time invitation link, where they choose their password. Signed out
// (they have no password yet); an unknown, used or expired link is "Page not found".
import type { FastifyInstance, FastifyReply } from 'fastify';
import { InvalidInput, type Problem } from '../../services/errors.js';
import { setFlash } from '../flash.js';
import { formErrors } from '../forms/errors.js';
import { paths } from '../paths.js';
import type { RouteOptions } from './index.js';

type WithToken = { Params: { token: string } };

export async function invitationRoutes(app: FastifyInstance, { services }: RouteOptions): Promise<void> {
  const page = async (reply: FastifyReply, token: string, problems?: Problem[]) => {
    const invited = await services.invitations.find(token);
    return reply
      .code(problems ? 400 : 200)
      .header('referrer-policy', 'no-referrer')
      .view('invitations/accept.njk', { ...invited, errors: problems && formErrors(problems) });
  };

  app.get<WithToken>('/:token', (request, reply) => page(reply, request.params.token));

  app.post<WithToken & { Body: Record<string, unknown> | undefined }>('/:token', async (request, reply) => {
    const { token } = request.params;
    const field = (name: string) => {
      const value = request.body?.[name];
      return typeof value === 'string' ? value : '';
    };
    try {
      await services.invitations.accept(token, field('password'), field('confirmation'), request.ip);
    } catch (error) {
      if (error instanceof InvalidInput) return page(reply, token, error.problems);
      throw error;
    }
    setFlash(request, { type: 'success', text: 'Your password is saved: sign in with it' });
    return reply.redirect(paths.signIn, 303);
  });
}
