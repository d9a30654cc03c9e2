// Case pages, mounted at /cases behind sign-in (see routes/index.ts). For now only a placeholder list.
import type { FastifyInstance } from 'fastify';
import type { RouteOptions } from './index.js';

export async function caseRoutes(app: FastifyInstance, _options: RouteOptions): Promise<void> {
  app.get('/', async (_request, reply) => reply.view('cases/list.njk'));
}
