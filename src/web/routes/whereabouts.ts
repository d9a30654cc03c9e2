// Team whereabouts: who is out on a visit now, where, when they are due back, and who is overdue, with an
// Acknowledge button (MK 5.1.9.24; FV "Keeping Staff Safe"). For managers and the duty contact; each sees
// only the workers the policy lets them (canOnWhereabouts).
import type { FastifyInstance } from 'fastify';
import { InvalidInput, NotFound } from '../../services/errors.js';
import { setFlash } from '../flash.js';
import { paths } from '../paths.js';
import { signedIn } from '../plugins/current-user.js';
import { ukTime } from '../uk-dates.js';
import type { RouteOptions } from './index.js';

export async function whereaboutsRoutes(app: FastifyInstance, { services }: RouteOptions): Promise<void> {
  app.get('/', async (request, reply) => {
    const by = signedIn(request);
    if (!(await services.whereabouts.watches(by.actor))) throw new NotFound('team whereabouts');
    const out = await services.whereabouts.outNow(by);
    return reply.view('team/whereabouts.njk', {
      out: out.map((o) => ({
        ...o,
        checkedOutAt: ukTime(o.checkedOutAt),
        expectedBack: ukTime(o.expectedBack),
        acknowledged: o.acknowledged && { by: o.acknowledged.by, at: ukTime(o.acknowledged.at) },
        caseLink: paths.case(o.case).overview,
        acknowledgeAction: paths.whereabouts.acknowledge(o.id),
      })),
      overdue: out.filter((o) => o.overdue && !o.acknowledged).length,
    });
  });

  app.post<{ Params: { id: string } }>('/:id/acknowledge', async (request, reply) => {
    const id = Number(request.params.id);
    if (!Number.isSafeInteger(id) || id < 1) return reply.callNotFound();
    try {
      const done = await services.whereabouts.acknowledge(signedIn(request), id);
      setFlash(request, {
        type: 'success',
        text: `Acknowledged: you have taken up the alert for ${done.worker}. No more alerts go out unless they miss a new return time.`,
      });
    } catch (error) {
      if (!(error instanceof InvalidInput)) throw error;
      setFlash(request, { text: error.problems[0]?.message ?? 'Nothing to acknowledge.' });
    }
    return reply.redirect(paths.whereabouts.list, 303);
  });
}
