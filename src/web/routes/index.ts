// All the pages, grouped by journey. Pages that need a signed-in user are registered inside the
// `signedIn` scope, whose hook sends anyone else to sign in first.
import type { FastifyInstance } from 'fastify';
import { homeFor, paths } from '../paths.js';
import { requireSignIn } from '../plugins/current-user.js';
import type { Services } from '../../services/index.js';
import { accountRoutes } from './account.js';
import { administrationRoutes } from './administration.js';
import { agreementRoutes } from './agreements.js';
import { alertRoutes } from './alerts.js';
import { auditLogRoutes } from './audit-log.js';
import { caseRoutes } from './cases.js';
import { chronologyRoutes } from './chronology.js';
import { closureRoutes } from './closures.js';
import { contactRoutes } from './contacts.js';
import { contactSummaryRoutes } from './contact-summaries.js';
import { familyWorkRoutes } from './family-work.js';
import { guideRoutes } from './guide.js';
import { invitationRoutes } from './invitations.js';
import { managerDiscussionRoutes } from './manager-discussions.js';
import { meetingRoutes } from './meetings.js';
import { notificationRoutes } from './notifications.js';
import { peopleRoutes } from './people.js';
import { personNeedsRoutes } from './person-needs.js';
import { sessionRoutes } from './session.js';
import { signInRoutes } from './sign-in.js';
import { staffSafetyRoutes } from './staff-safety.js';
import { taskRoutes } from './tasks.js';
import { supervisionRoutes } from './supervision.js';
import { teamRoutes } from './team.js';
import { teamAroundTheFamilyRoutes } from './team-around-the-family.js';
import { visitRoutes } from './visits.js';
import { weekRoutes } from './week.js';
import { whereaboutsRoutes } from './whereabouts.js';

export interface RouteOptions {
  services: Services;
  /** PUBLIC_URL: the origin links for outside a page are built from (an invitation), never the Host header. */
  publicUrl: string;
}

export async function routes(app: FastifyInstance, options: RouteOptions): Promise<void> {
  app.get(paths.home, async (request, reply) =>
    reply.redirect(request.actor ? homeFor(request.actor.role) : paths.signIn, 303),
  );
  await app.register(signInRoutes, options);
  await app.register(invitationRoutes, { ...options, prefix: '/invitations' });

  await app.register(async (signedIn) => {
    signedIn.addHook('onRequest', requireSignIn);
    await signedIn.register(sessionRoutes);
    for (const journey of [caseRoutes, peopleRoutes, chronologyRoutes, contactRoutes]) {
      await signedIn.register(journey, { ...options, prefix: paths.cases.list });
    }
    await signedIn.register(managerDiscussionRoutes, { ...options, prefix: paths.cases.list });
    await signedIn.register(guideRoutes, { ...options, prefix: paths.cases.list });
    await signedIn.register(alertRoutes, { ...options, prefix: paths.cases.list });
    await signedIn.register(closureRoutes, { ...options, prefix: paths.cases.list });
    await signedIn.register(meetingRoutes, { ...options, prefix: paths.cases.list });
    await signedIn.register(agreementRoutes, { ...options, prefix: paths.cases.list });
    await signedIn.register(staffSafetyRoutes, { ...options, prefix: paths.cases.list });
    await signedIn.register(visitRoutes, { ...options, prefix: paths.cases.list });
    for (const journey of [
      personNeedsRoutes,
      familyWorkRoutes,
      contactSummaryRoutes,
      teamAroundTheFamilyRoutes,
    ]) {
      await signedIn.register(journey, { ...options, prefix: paths.cases.list });
    }
    await signedIn.register(teamRoutes, { ...options, prefix: paths.team });
    await signedIn.register(whereaboutsRoutes, { ...options, prefix: paths.whereabouts.list });
    await signedIn.register(accountRoutes, { ...options, prefix: paths.account });
    await signedIn.register(taskRoutes, { ...options, prefix: paths.tasks });
    await signedIn.register(notificationRoutes, { ...options, prefix: paths.notifications.list });
    await signedIn.register(supervisionRoutes, { ...options, prefix: '/team/supervision' });
    await signedIn.register(weekRoutes, { ...options, prefix: paths.week });
    await signedIn.register(administrationRoutes, { ...options, prefix: paths.admin.home });
    await signedIn.register(auditLogRoutes, { ...options, prefix: paths.auditLog });
  });
}
