// The demo partnership's cases (DEMO-001 to DEMO-025): one for each pattern the rules engine recognises
// (FINDINGS.md), and ordinary cases around them, dated back from `now` so the demo always looks current.
import type { CaseFile } from '../../domain/case-file.js';
import { startAgain, professionalCancellations } from './case-history.js';
import { babyNotSeen, notSeenAlone, partnerNeverSeen } from './children-unseen.js';
import { demoClock, type DemoClock } from './clock.js';
import { ambivalence, avoidance, selectiveEngagement } from './engagement-patterns.js';
import { disabledChild, familyEngagingWell, youngParent } from './engaging.js';
import { interpreterNeeded, lettersOnly, mobility } from './family-circumstances.js';
import { correctedRecord, healthAppointmentsMissed, poorAttendance } from './health-and-school.js';
import { domesticAbuseSafeAddress, hostileHousehold } from './hostility.js';
import { kinshipCare, staffChurn } from './looked-after.js';
import { escalation, stepDown } from './pathway.js';
import { disguisedCompliance, drift } from './plans-not-working.js';

const demoCases: ((t: DemoClock) => CaseFile)[] = [
  babyNotSeen,
  familyEngagingWell,
  selectiveEngagement,
  hostileHousehold,
  disguisedCompliance,
  avoidance,
  ambivalence,
  notSeenAlone,
  partnerNeverSeen,
  mobility,
  startAgain,
  staffChurn,
  professionalCancellations,
  escalation,
  drift,
  interpreterNeeded,
  lettersOnly,
  poorAttendance,
  healthAppointmentsMissed,
  correctedRecord,
  domesticAbuseSafeAddress,
  youngParent,
  disabledChild,
  kinshipCare,
  stepDown,
];

/** Every demo case file, its entries dated in the working days before `now`. */
export function demoCaseFiles(now: Date): CaseFile[] {
  const clock = demoClock(now);
  return demoCases.map((demoCase) => demoCase(clock));
}
