// Signing in and out: with a local password, or through the partnership's identity provider.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { oidcSignInRoutes } from './oidc-sign-in.js';
import { ukTime } from '../uk-dates.js';
import { setFlash } from '../flash.js';
import { formErrors, readForm } from '../forms/errors.js';
import { homeFor, paths, safeReturnTo } from '../paths.js';
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

// The same words for any email, with an account or not (domain/sign-in-lockout.ts).
const lockedOut = (until: Date) =>
  formErrors([
    {
      path: 'email',
      message: `There have been too many attempts to sign in with this email address. Try again after ${ukTime(until)}`,
    },
  ]);

// Many colleagues share an office's address: this says the address, not the person, is waiting.
const addressRefused = (until: Date) =>
  formErrors([
    {
      path: 'email',
      message: `There have been too many failed attempts to sign in from your network. Try again after ${ukTime(until)}`,
    },
  ]);

/** The link to sign in through the identity provider, coming back to `returnTo`; none without one. */
function oidcStart(configured: boolean, returnTo: string | undefined): string | undefined {
  if (!configured) return undefined;
  return returnTo ? `${paths.oidc.start}?${new URLSearchParams({ returnTo })}` : paths.oidc.start;
}

export async function signInRoutes(app: FastifyInstance, options: RouteOptions): Promise<void> {
  const { services } = options;
  app.get<{ Querystring: { returnTo?: string } }>(paths.signIn, async (request, reply) => {
    const returnTo = safeReturnTo(request.query.returnTo);
    if (request.actor) return reply.redirect(returnTo ?? homeFor(request.actor.role), 303);
    return reply.view('sign-in.njk', { returnTo, oidc: oidcStart(services.oidc !== null, returnTo) });
  });

  // Wrong passwords are limited per email and per address by the account service, from the audit log,
  // so a success never counts and every app server sees the same counts.
  app.post<{ Body: Record<string, unknown> | undefined }>(paths.signIn, async (request, reply) => {
    const returnTo = safeReturnTo(request.body?.returnTo);
    const email = typeof request.body?.email === 'string' ? request.body.email : '';
    const oidc = oidcStart(services.oidc !== null, returnTo);
    const form = readForm(signInForm, request.body);
    if (!form.ok) return reply.code(400).view('sign-in.njk', { errors: form.errors, email, returnTo, oidc });

    const outcome = await services.accounts.signIn(form.value.email, form.value.password, request.ip);
    if ('refused' in outcome) {
      if (outcome.refused === 'address') {
        const seconds = Math.max(1, Math.ceil((outcome.until.getTime() - Date.now()) / 1000));
        return reply
          .code(429)
          .header('retry-after', String(seconds))
          .view('sign-in.njk', { errors: addressRefused(outcome.until), email, returnTo, oidc });
      }
      const errors = outcome.refused === 'locked' ? lockedOut(outcome.until) : wrongCredentials;
      return reply.code(400).view('sign-in.njk', { errors, email, returnTo, oidc });
    }
    const { actor } = outcome;

    // A new session id on sign-in, so an id planted or seen before sign-in is worth nothing after it.
    await request.session.regenerate();
    request.session.userId = actor.userId;
    return reply.redirect(returnTo ?? homeFor(actor.role), 303);
  });

  if (services.oidc) await app.register(oidcSignInRoutes, { ...options, oidc: services.oidc });

  app.post(paths.signOut, async (request, reply) => {
    await services.accounts.signOut(request.actor, request.ip);
    // regenerate() destroys the old session in the store and starts an empty one, which carries the message.
    await request.session.regenerate();
    setFlash(request, { text: 'You have signed out' });
    return reply.redirect(paths.signIn, 303);
  });
}
