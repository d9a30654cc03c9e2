// The common core the five packs share until their own text says otherwise: FINDINGS.md's default
// numbers, each finding's title, sources and next steps, and the hints beside the behaviour checkboxes.
import type { FindingCode } from '../assessment/codes.js';
import type { Behaviour } from '../vocabularies.js';
import { childAndEngagementFindings } from './common-findings.js';
import { practiceFindings } from './common-findings-practice.js';
import { staffSafetyFindings } from './common-findings-safety.js';
import { cite } from './guidance.js';
import type { FindingGuidance, Guidance, Thresholds } from './types.js';

export type { Guidance } from './types.js';

/** FINDINGS.md's defaults; a pack changes one only where its own text gives another number. */
export const commonThresholds: Thresholds = {
  notSeenWorkingDays: {
    'child-protection': 10,
    'compulsory-supervision': 10,
    'looked-after': 20,
    'child-in-need': 20,
    'early-help': 30,
  },
  notSeenHalvedUnderAge: 1,
  failedContacts: { count: 3, days: 28 },
  doorNotAnsweredDays: 28,
  refusalDays: 28,
  ambivalence: { count: 3, days: 60 },
  avoidance: { count: 2, days: 60 },
  disguisedCompliance: { indicators: 2, days: 90 },
  sporadicCompliance: { completedContacts: 3, daysBeforeReview: 21, failingDays: 28 },
  selectiveEngagementDays: 60,
  everyoneWithdrawingDays: 28,
  mobility: { count: 2, days: 365 },
  hostilityDays: 365,
  debriefWorkingDays: 5,
  visitGraceMinutes: 15,
  managerDiscussionWorkingDays: 2,
  supervisionWorkingDays: 20,
  multiAgencyMeetingWorkingDays: 10,
  professionalsMeetingWorkingDays: 20,
  childVoiceDays: 60,
  seenAloneFromAge: 4,
  attendanceBelowPercent: 90,
  healthAppointments: { count: 2, days: 180 },
  staffChurn: { leads: 3, days: 365 },
  professionalCancellations: { count: 2, days: 60 },
  concernsAccumulating: { referrals: 3, days: 90 },
  startAgain: { closures: 2, assessments: 3, days: 365 },
  significantAdultDays: 90,
  communicationDays: 60,
  summaryDays: 28,
  jointVisitsWhenWarning: true,
};

/** Every finding's title, the paragraphs FINDINGS.md names as its sources, and plain next steps. */
export const commonFindings: Record<FindingCode, FindingGuidance> = {
  ...childAndEngagementFindings,
  ...staffSafetyFindings,
  ...practiceFindings,
};

/** What each behaviour looks like, for the hint beside its checkbox. */
export const behaviourGuidance: Record<Behaviour, Guidance> = {
  ambivalence: cite(
    'Often late, always a reason to miss a visit, changes the subject when concerns come up. Common, and may mean expectations are unclear.',
    'MK 5.1.4',
    'BEF 7.0',
  ),
  avoidance: cite(
    'Cuts visits short or finds something more pressing to do, often from anxiety about our involvement.',
    'MK 5.1.5',
    'BEF 7.0',
  ),
  confrontation: cite(
    'Provokes arguments, or avoids us to the extreme, such as not answering the door.',
    'MK 5.1.6',
    'BEF 7.0',
  ),
  refusal: cite('Will not meet us, or will not let a child be seen on their own.', 'MK 5.1.7', 'BEF 7.0'),
  hostility: cite(
    'Angry, intimidating or threatening towards workers. Record an incident too if anyone was threatened.',
    'MK 5.1.3',
    'SX 1.7.29',
  ),
  violence: cite(
    'Violence threatened or used. Keep the child’s welfare first, follow safety procedures and tell your manager today.',
    'MK 5.1.8',
    'BEF 7.0',
  ),
  denial: cite('Denies there is a problem or that any change is needed.', 'BEF 10.0'),
  'disguised-compliance': cite(
    'Appears to co-operate while little changes for the child. Tick the signs you saw below.',
    'BEF 7.0',
    'SX 1.7.1',
  ),
};

export const indicatorGuidance: Guidance = cite(
  'Signs that apparent co-operation may be hiding a lack of change or keeping us from the child.',
  'BEF 7.0',
);
