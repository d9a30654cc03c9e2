// Every state-changing request must carry the CSRF token of the session that showed the form, in a
// hidden `_csrf` field: a page on another site cannot post a form as a signed-in worker. A missing or
// wrong token is a 403 (FST_CSRF_* errors, rendered as "this form has expired" by the error pages).
import fastifyCsrfProtection from '@fastify/csrf-protection';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { isApiRequest } from '../../api/index.js';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

async function csrfPlugin(app: FastifyInstance): Promise<void> {
  await app.register(fastifyCsrfProtection, { sessionPlugin: '@fastify/session' });
  // One global check rather than one per route, so a new POST route cannot forget it. A preHandler,
  // because the token is in the body, which is parsed after onRequest. Not for the API: it authenticates
  // by bearer token and never sees a cookie, so a forged cross-site request carries no credential there.
  app.addHook('preHandler', (request, reply, done) => {
    if (safeMethods.has(request.method) || isApiRequest(request)) return done();
    app.csrfProtection(request, reply, done);
  });
}

export const csrf = fp(csrfPlugin, { name: 'csrf', dependencies: ['sessions', 'body-parsing'] });
