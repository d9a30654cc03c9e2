// The services the pages, the API and the command line share, built once from the database.
// Add each new service here; routes receive them as plugin options and never see the database.
import type { Db } from '../store/database.js';
import { accountService } from './accounts.js';
import { assessmentService } from './assessments.js';
import { caseFileService } from './case-files.js';
import { caseService } from './cases.js';
import { closureService } from './closures.js';
import { entryService } from './entries.js';
import { idempotencyService } from './idempotency.js';
import { meetingService } from './meetings.js';
import { managerDiscussionService } from './manager-discussions.js';
import { notificationService } from './notifications.js';
import { taskService } from './tasks.js';
import { tokenService } from './tokens.js';

export function createServices(db: Db) {
  const accounts = accountService(db);
  return {
    accounts,
    cases: caseService(db),
    entries: entryService(db),
    closures: closureService(db),
    managerDiscussions: managerDiscussionService(db),
    notifications: notificationService(db),
    tokens: tokenService(db, accounts),
    tasks: taskService(db),
    assessments: assessmentService(db),
    caseFiles: caseFileService(db),
    idempotency: idempotencyService(db),
    meetings: meetingService(db),
  };
}

export type Services = ReturnType<typeof createServices>;
