// Nothing typed is lost to a session ending (services/kept-forms.ts). Three parts:
// - While signed in, each response renews a signed cookie naming the user, which outlives the session by
//   the time a form is kept: once the session (and perhaps its row) has gone, it still says who was
//   signed in here. Signing out clears it, so nothing is kept for someone who signed out on purpose.
// - A form posted signed out to a route marked `keptIfSignedOut` is kept for that user and this browser
//   (a random key in a second cookie), and the browser goes to sign in, then back to the form's page.
// - That page's GET asks for it with keptFormOf, which fills the form in once, under a banner saying it
//   is not saved yet. Nothing is written to the case until the user presses Save.
import { randomBytes } from 'node:crypto';
import { Signer } from '@fastify/cookie';
import type { CookieSerializeOptions } from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../../config.js';
import { keptFormMs, type KeptFields, type KeptFormService } from '../../services/kept-forms.js';
import { setFlash } from '../flash.js';
import { safeReturnTo, signInPath } from '../paths.js';
import { sessionIdleMs } from './sessions.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A form's POST whose page shows it again from a kept copy (keptFormOf) when posted signed out. */
    keptIfSignedOut?: boolean;
  }
  interface FastifyInstance {
    /** The form kept for the signed-in user on the requested page in this browser, removed as it is taken. */
    takeKeptForm(request: FastifyRequest): Promise<KeptFields | undefined>;
  }
}

/** Route options for a form's POST whose GET page calls keptFormOf. */
export const keptIfSignedOut = { config: { keptIfSignedOut: true } };

const browserKeyPattern = /^[A-Za-z0-9_-]{43}$/;

async function keptFormsPlugin(
  app: FastifyInstance,
  { service, config }: { service: KeptFormService; config: Config },
): Promise<void> {
  const signer = new Signer(config.sessionSecret);
  // As the session cookie is named (plugins/sessions.ts): __Host- only when every request is HTTPS.
  const prefix = config.secureCookies === true ? '__Host-' : '';
  const userCookie = `${prefix}stickability-user`;
  const keyCookie = `${prefix}stickability-kept`;
  const base: CookieSerializeOptions = { httpOnly: true, secure: config.secureCookies, path: '/' };

  app.addHook('onSend', async (request, reply, payload) => {
    const userId = request.session?.userId;
    // Strict: a page on another site cannot post a form that is then kept for this user.
    if (typeof userId === 'number')
      reply.setCookie(userCookie, signer.sign(String(userId)), {
        ...base,
        sameSite: 'strict',
        maxAge: (sessionIdleMs + keptFormMs) / 1000,
      });
    // Signed in when the request began, not now: they signed out.
    else if (request.actor) reply.clearCookie(userCookie, { ...base, sameSite: 'strict' });
    return payload;
  });

  // Before the CSRF check (a preHandler): the old session's token cannot pass it, and is never kept.
  app.addHook('preValidation', async (request, reply) => {
    if (request.actor || request.method !== 'POST' || !request.routeOptions.config.keptIfSignedOut) return;
    const userId = signedInAs(request);
    if (userId === undefined || !fromThisSite(request)) return reply.redirect(signInPath(), 303);
    const key = browserKeyOf(request) ?? randomBytes(32).toString('base64url');
    await service.keep(userId, key, pathOf(request.url), request.body);
    reply.setCookie(keyCookie, key, { ...base, sameSite: 'lax', maxAge: keptFormMs / 1000 });
    setFlash(request, {
      text: `You were signed out before your form was saved. What you typed has been kept for ${keptFormMs / 60_000} minutes, not saved: sign in to see it again and save it.`,
    });
    return reply.redirect(signInPath(safeReturnTo(request.url)), 303);
  });

  function signedInAs(request: FastifyRequest): number | undefined {
    const cookie = request.cookies[userCookie];
    const unsigned = cookie ? signer.unsign(cookie) : undefined;
    if (!unsigned?.valid || !/^\d{1,12}$/.test(unsigned.value)) return undefined;
    return Number(unsigned.value);
  }

  /** The browser's own word on where the post came from; older browsers send none and rely on the cookie. */
  function fromThisSite(request: FastifyRequest): boolean {
    const site = request.headers['sec-fetch-site'];
    return site === undefined || site === 'same-origin';
  }

  function browserKeyOf(request: FastifyRequest): string | undefined {
    const key = request.cookies[keyCookie];
    return key && browserKeyPattern.test(key) ? key : undefined;
  }

  app.decorate('takeKeptForm', async (request: FastifyRequest) => {
    const key = browserKeyOf(request);
    if (!request.actor || !key) return undefined;
    return service.take(request.actor.userId, key, pathOf(request.url));
  });
}

const pathOf = (url: string) => url.split('?')[0] ?? url;

/**
 * For a form page's GET: the form as the signed-in user typed it on this page before their session ended
 * (read from the kept fields with the POST handler's own reader), once, or null. The page then says what
 * happens to a form posted after the session ends, and, when one was kept, that it is not saved yet.
 */
export async function keptFormOf<Form>(
  request: FastifyRequest,
  reply: FastifyReply,
  read: (fields: KeptFields) => Form,
): Promise<Form | null> {
  reply.locals.keptForMinutes = keptFormMs / 60_000;
  const fields = await request.server.takeKeptForm(request);
  if (!fields) return null;
  reply.locals.restoredForm = true;
  return read(fields);
}

export const keptForms = fp(keptFormsPlugin, {
  name: 'kept-forms',
  dependencies: ['sessions', 'current-user', 'views'],
});
