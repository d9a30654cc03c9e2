// The services the pages, the API and the command line share, built once from the database.
// Add each new service here; routes receive them as plugin options and never see the database.
import { transaction, type Db } from '../store/database.js';
import { accountService } from './accounts.js';
import { activeAccountsOnly } from './active-accounts.js';
import { administrationService } from './administration.js';
import { agreementService } from './agreements.js';
import { alertService } from './alerts.js';
import { assessmentService } from './assessments.js';
import { auditService } from './audit.js';
import { caseFileService } from './case-files.js';
import { caseService } from './cases.js';
import { closureService } from './closures.js';
import { contactSummaryService } from './contact-summaries.js';
import { emailOutbox, heldOutbox, type EmailOutbox } from './email-outbox.js';
import { entryService } from './entries.js';
import { familyWorkService } from './family-work.js';
import { guideService } from './guide.js';
import { idempotencyService } from './idempotency.js';
import { incidentService } from './incidents.js';
import { invitationService } from './invitations.js';
import { keptFormService } from './kept-forms.js';
import { localThresholdService } from './local-thresholds.js';
import { meetingService } from './meetings.js';
import { managerDiscussionService } from './manager-discussions.js';
import { notificationService } from './notifications.js';
import type { OidcSignIn } from './oidc-sign-in.js';
import { personService } from './people.js';
import { procedureService } from './procedure.js';
import { taskService } from './tasks.js';
import { teamWhereaboutsService } from './team-whereabouts.js';
import { supervisionService } from './supervision.js';
import { teamViewService } from './team-view.js';
import { myWeekService } from './my-week.js';
import { tokenService } from './tokens.js';
import { toldService } from './told.js';
import { visitPlanService } from './visit-plans.js';
import { visitService } from './visits.js';

export interface ServiceOptions {
  /** Sends the emails notifications owe after each write commits; by default none is sent. */
  outbox?: EmailOutbox;
  /** Sign-in through the partnership's identity provider; none when it has none (OIDC_ISSUER unset). */
  oidc?: OidcSignIn | null;
}

export type Services = ReturnType<typeof useCases> & {
  /**
   * Runs `work` with services whose writes all go in one transaction: they commit together or not at all
   * (an API write and the answer kept for its Idempotency-Key). The emails they owe go once it commits.
   */
  inOneTransaction<T>(work: (services: Services) => Promise<T>): Promise<T>;
};

export function createServices(db: Db, options: ServiceOptions = {}): Services {
  return {
    ...useCases(db, options),
    async inOneTransaction(work) {
      const held = heldOutbox(options.outbox ?? emailOutbox(db, { mailer: null }));
      const result = await transaction(db, (trx) => work(createServices(trx, { ...options, outbox: held })));
      await held.send();
      return result;
    },
  };
}

function useCases(db: Db, { outbox = emailOutbox(db, { mailer: null }), oidc = null }: ServiceOptions) {
  // A deactivated user's session or token speaks for nobody (active-accounts.ts).
  const accounts = activeAccountsOnly(db, accountService(db));
  const whereabouts = teamWhereaboutsService(db);
  const tasks = taskService(db);
  return {
    accounts,
    administration: administrationService(db),
    invitations: invitationService(db),
    keptForms: keptFormService(db),
    localThresholds: localThresholdService(db),
    procedure: procedureService(db),
    alerts: alertService(db, outbox),
    agreements: agreementService(db, outbox),
    outbox,
    cases: caseService(db),
    entries: entryService(db, outbox),
    guide: guideService(db, outbox),
    closures: closureService(db, outbox),
    managerDiscussions: managerDiscussionService(db, outbox),
    notifications: notificationService(db),
    told: toldService(db),
    oidc,
    tokens: tokenService(db, accounts),
    tasks,
    assessments: assessmentService(db),
    audit: auditService(db),
    caseFiles: caseFileService(db),
    idempotency: idempotencyService(db),
    meetings: meetingService(db, outbox),
    visitPlans: visitPlanService(db, outbox),
    visits: visitService(db, outbox),
    whereabouts,
    incidents: incidentService(db, outbox),
    people: personService(db),
    familyWork: familyWorkService(db, outbox),
    contactSummaries: contactSummaryService(db, outbox),
    supervision: supervisionService(db, outbox),
    team: teamViewService(db, whereabouts),
    myWeek: myWeekService(db, tasks),
  };
}
