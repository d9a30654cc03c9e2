import type { Migration } from 'kysely';
import * as initial from './0001-initial.js';
import * as caseAssessments from './0002-case-assessments.js';
import * as tokensAndNotifications from './0003-tokens-and-notifications.js';
import * as notificationEmails from './0004-notification-emails.js';
import * as guideAnswers from './0005-guide-answers.js';
import * as whereabouts from './0006-whereabouts.js';
import * as agreementDrafts from './0007-agreement-drafts.js';
import * as personVersions from './0008-person-versions.js';
import * as supervision from './0009-supervision.js';
import * as partnershipAdministration from './0010-partnership-administration.js';
import * as auditSearch from './0011-audit-search.js';
import * as whereaboutsByUser from './0012-whereabouts-by-user.js';
import * as idempotencyAnswersOnly from './0013-idempotency-answers-only.js';
import * as auditByAddress from './0014-audit-by-address.js';
import * as keptForms from './0015-kept-forms.js';
import * as agencyContacts from './0016-agency-contacts.js';
import * as caseSummaries from './0017-case-summaries.js';

/** Every migration, by name; names sort in the order they run. */
export const migrations: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-case-assessments': caseAssessments,
  '0003-tokens-and-notifications': tokensAndNotifications,
  '0004-notification-emails': notificationEmails,
  '0005-guide-answers': guideAnswers,
  '0006-whereabouts': whereabouts,
  '0007-agreement-drafts': agreementDrafts,
  '0008-person-versions': personVersions,
  '0009-supervision': supervision,
  '0010-partnership-administration': partnershipAdministration,
  '0011-audit-search': auditSearch,
  '0012-whereabouts-by-user': whereaboutsByUser,
  '0013-idempotency-answers-only': idempotencyAnswersOnly,
  '0014-audit-by-address': auditByAddress,
  '0015-kept-forms': keptForms,
  '0016-agency-contacts': agencyContacts,
  '0017-case-summaries': caseSummaries,
};
