// Whether the signed-in worker is out on a visit now: while they are, every page shows where to check in
// (layout.njk), so "I'm back safe" is one tap away whatever they opened since (MK 5.1.9.24).
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { VisitService } from '../../services/visits.js';

async function outOnVisitPlugin(app: FastifyInstance, { visits }: { visits: VisitService }): Promise<void> {
  app.addHook('onRequest', async (request, reply) => {
    if (request.actor) reply.locals.outOnVisit = await visits.outNow(request.actor);
  });
}

export const outOnVisit = fp(outOnVisitPlugin, {
  name: 'out-on-visit',
  dependencies: ['current-user', 'views'],
});
