// Signing in and out.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { setFlash } from '../flash.js';
import { formErrors, readForm } from '../forms/errors.js';
import { paths, safeReturnTo } from '../paths.js';
import type { RouteOptions } from './index.js';

const signInForm = z.object({
  email: z
    .string()
    .trim()
    .min(1, 'Enter your email address')
    .refine(
      (email) => email.includes('@'),
      'Enter an email address in the correct format, like name@example.com',
    ),
  password: z.string().min(1, 'Enter your password'),
});

// One message for an unknown email and a wrong password alike: neither says which accounts exist.
const wrongCredentials = formErrors([
  { path: 'email', message: 'Enter a correct email address and password' },
]);

/** Per address: 10 sign-in attempts in 5 minutes, then the "too many attempts" page until the window passes. */
export const signInRateLimit = { max: 10, timeWindow: '5 minutes' };

export async function signInRoutes(app: FastifyInstance, { services }: RouteOptions): Promise<void> {
  app.get<{ Querystring: { returnTo?: string } }>(paths.signIn, async (request, reply) => {
    const returnTo = safeReturnTo(request.query.returnTo);
    if (request.actor) return reply.redirect(returnTo ?? paths.cases.list, 303);
    return reply.view('sign-in.njk', { returnTo });
  });

  app.post<{ Body: Record<string, unknown> | undefined }>(
    paths.signIn,
    { config: { rateLimit: signInRateLimit } },
    async (request, reply) => {
      const returnTo = safeReturnTo(request.body?.returnTo);
      const email = typeof request.body?.email === 'string' ? request.body.email : '';
      const form = readForm(signInForm, request.body);
      if (!form.ok) return reply.code(400).view('sign-in.njk', { errors: form.errors, email, returnTo });

      const actor = await services.accounts.signIn(form.value.email, form.value.password, request.ip);
      if (!actor) return reply.code(400).view('sign-in.njk', { errors: wrongCredentials, email, returnTo });

      // A new session id on sign-in, so an id planted or seen before sign-in is worth nothing after it.
      await request.session.regenerate();
      request.session.userId = actor.userId;
      return reply.redirect(returnTo ?? paths.cases.list, 303);
    },
  );

  app.post(paths.signOut, async (request, reply) => {
    await services.accounts.signOut(request.actor, request.ip);
    // regenerate() destroys the old session in the store and starts an empty one, which carries the message.
    await request.session.regenerate();
    setFlash(request, { text: 'You have signed out' });
    return reply.redirect(paths.signIn, 303);
  });
}
