// The services the pages, the API and the command line share, built once from the database.
// Add each new service here; routes receive them as plugin options and never see the database.
import type { Db } from '../store/database.js';
import { accountService } from './accounts.js';
import { alertService } from './alerts.js';
import { assessmentService } from './assessments.js';
import { caseFileService } from './case-files.js';
import { caseService } from './cases.js';
import { closureService } from './closures.js';
import { emailOutbox, type EmailOutbox } from './email-outbox.js';
import { entryService } from './entries.js';
import { guideService } from './guide.js';
import { idempotencyService } from './idempotency.js';
import { incidentService } from './incidents.js';
import { meetingService } from './meetings.js';
import { managerDiscussionService } from './manager-discussions.js';
import { notificationService } from './notifications.js';
import { taskService } from './tasks.js';
import { teamWhereaboutsService } from './team-whereabouts.js';
import { tokenService } from './tokens.js';
import { visitPlanService } from './visit-plans.js';
import { visitService } from './visits.js';

export interface ServiceOptions {
  /** Sends the emails notifications owe after each write commits; by default none is sent. */
  outbox?: EmailOutbox;
}

export function createServices(db: Db, { outbox = emailOutbox(db, { mailer: null }) }: ServiceOptions = {}) {
  const accounts = accountService(db);
  return {
    accounts,
    alerts: alertService(db, outbox),
    outbox,
    cases: caseService(db),
    entries: entryService(db, outbox),
    guide: guideService(db, outbox),
    closures: closureService(db),
    managerDiscussions: managerDiscussionService(db),
    notifications: notificationService(db),
    tokens: tokenService(db, accounts),
    tasks: taskService(db),
    assessments: assessmentService(db),
    caseFiles: caseFileService(db),
    idempotency: idempotencyService(db),
    meetings: meetingService(db),
    visitPlans: visitPlanService(db, outbox),
    visits: visitService(db),
    whereabouts: teamWhereaboutsService(db),
    incidents: incidentService(db, outbox),
  };
}

export type Services = ReturnType<typeof createServices>;
