// All the pages, grouped by journey. Pages that need a signed-in user are registered inside the
// `signedIn` scope, whose hook sends anyone else to sign in first.
import type { FastifyInstance } from 'fastify';
import { paths } from '../paths.js';
import { requireSignIn } from '../plugins/current-user.js';
import type { Services } from '../../services/index.js';
import { accountRoutes } from './account.js';
import { caseRoutes } from './cases.js';
import { chronologyRoutes } from './chronology.js';
import { closureRoutes } from './closures.js';
import { contactRoutes } from './contacts.js';
import { managerDiscussionRoutes } from './manager-discussions.js';
import { meetingRoutes } from './meetings.js';
import { peopleRoutes } from './people.js';
import { signInRoutes } from './sign-in.js';
import { taskRoutes } from './tasks.js';
import { teamRoutes } from './team.js';

export interface RouteOptions {
  services: Services;
}

export async function routes(app: FastifyInstance, options: RouteOptions): Promise<void> {
  app.get(paths.home, async (request, reply) =>
    reply.redirect(request.actor ? paths.cases.list : paths.signIn, 303),
  );
  await app.register(signInRoutes, options);

  await app.register(async (signedIn) => {
    signedIn.addHook('onRequest', requireSignIn);
    for (const journey of [caseRoutes, peopleRoutes, chronologyRoutes, contactRoutes]) {
      await signedIn.register(journey, { ...options, prefix: paths.cases.list });
    }
    await signedIn.register(managerDiscussionRoutes, { ...options, prefix: paths.cases.list });
    await signedIn.register(closureRoutes, { ...options, prefix: paths.cases.list });
    await signedIn.register(meetingRoutes, { ...options, prefix: paths.cases.list });
    await signedIn.register(teamRoutes, { ...options, prefix: paths.team });
    await signedIn.register(accountRoutes, { ...options, prefix: paths.account });
    await signedIn.register(taskRoutes, { ...options, prefix: paths.tasks });
  });
}
