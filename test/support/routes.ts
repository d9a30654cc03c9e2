// Every route the app serves, as `METHOD /path/:param`, read from Fastify's own route tree
// (`printRoutes`), so a route added anywhere is listed without anyone remembering to list it.
import type { FastifyInstance, HTTPMethods } from 'fastify';

/** `GET /cases/:ref`, … sorted; HEAD (Fastify's copy of each GET) left out, `/x/` folded into `/x`. */
export function appRoutes(app: FastifyInstance): string[] {
  const tree = app.printRoutes({ commonPrefix: false });
  const stack: string[] = [];
  const routes = new Set<string>();
  for (const line of tree.split('\n')) {
    const match = /^([\s│]*)[└├]── (\S+)(?: \(([^)]*)\))?/.exec(line);
    if (!match) continue;
    const depth = (match[1] ?? '').length / 4;
    stack.length = depth;
    const path = (stack[depth - 1] ?? '') + (match[2] ?? '');
    stack[depth] = path;
    for (const method of (match[3] ?? '').split(', ').filter(Boolean)) {
      if (method === 'HEAD') continue;
      const url = path.length > 1 ? path.replace(/\/$/, '') : path;
      if (!path.endsWith('*') && !app.hasRoute({ method: method as HTTPMethods, url: path }))
        throw new Error(`read a route Fastify does not have: ${method} ${path}`);
      routes.add(`${method} ${url}`);
    }
  }
  return [...routes].sort();
}
