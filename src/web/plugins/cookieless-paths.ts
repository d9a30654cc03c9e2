// Requests that must never touch a session: the API (bearer tokens only, so a browser's session can
// never speak for it) and static assets (a page's dozen asset requests would each rewrite the session
// row, rolling sessions being saved on every request). Their cookies are dropped before the session
// plugin looks, which is the only reliable way: Fastify applies root hooks to every scope.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { paths } from '../paths.js';

const prefixes = [`${paths.api.base}/`, '/assets/', '/vendor/', '/public/'];

export function isCookieless(url: string): boolean {
  return url === paths.api.base || prefixes.some((prefix) => url.startsWith(prefix));
}

export const cookielessPaths = fp(
  async (app: FastifyInstance) => {
    app.addHook('onRequest', async (request) => {
      if (isCookieless(request.url)) delete request.headers.cookie;
    });
  },
  { name: 'cookieless-paths' },
);
