// Pages are Nunjucks templates rendered with `reply.view('page.njk', { ... })`. Every page also gets the
// request's locals below, which the layout uses: the CSP nonce, the current path (for the navigation),
// the signed-in actor, a CSRF token for its forms and any flash message.
import fastifyView from '@fastify/view';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import nunjucks from 'nunjucks';
import type { Actor } from '../../domain/policy.js';
import { takeFlash, type Flash } from '../flash.js';
import type { SessionEnds } from './session-timeout.js';
import { configureNunjucks, nunjucksOptions, templatePaths } from '../nunjucks.js';

export interface PageLocals {
  /** Printed by govuk/template.njk on its one inline script. */
  cspNonce?: string;
  currentPath: string;
  /** Set by the current-user plugin. */
  actor: Actor | null;
  /**
   * A CSRF token for a form's hidden `_csrf` field. A function, so a page without a form stores no
   * CSRF secret and an anonymous visitor to such a page gets no session row.
   */
  csrfToken: () => string;
  /** The flash message, taken (and so removed) only by the page that shows it. */
  takeFlash: () => Flash | undefined;
  /** The signed-in user's unread notifications (plugins/unread-notifications.ts). */
  unreadNotifications?: number;
  /** The visit the signed-in worker is out on now, if any (plugins/out-on-visit.ts). */
  outOnVisit?: { case: string; visit: string; expectedBack: Date } | null;
  /** When the signed-in user's session ends if they do nothing more (plugins/session-timeout.ts). */
  sessionEnds?: SessionEnds;
  /** For how many minutes the page's form is kept if it is posted after the session ended (plugins/kept-forms.ts). */
  keptForMinutes?: number;
  /** The form is filled in from such a kept copy, not saved yet. */
  restoredForm?: boolean;
}

declare module 'fastify' {
  interface FastifyReply {
    /** Merged into every template's context by @fastify/view. */
    locals: PageLocals;
  }
}

async function viewsPlugin(app: FastifyInstance, { root }: { root: string }): Promise<void> {
  await app.register(fastifyView, {
    engine: { nunjucks },
    templates: templatePaths(root),
    options: { ...nunjucksOptions, onConfigure: configureNunjucks },
  });

  // After @fastify/view's own onRequest hook, which resets reply.locals to {}.
  app.addHook('onRequest', async (request, reply) => {
    let token: string | undefined;
    reply.locals = {
      cspNonce: reply.cspNonce?.script,
      currentPath: request.url.split('?')[0] ?? '/',
      actor: null,
      csrfToken: () => (token ??= reply.generateCsrf()),
      takeFlash: () => takeFlash(request),
    };
  });
}

export const views = fp(viewsPlugin, { name: 'views', dependencies: ['security-headers', 'sessions'] });
