// assess(caseFile, pack, now): what the local procedure says is wrong with a case and what is due.
// Pure: the clock and the pack are arguments. Entries after `now` are ignored, so a chronology can be
// replayed as it stood on any day; amended entries are assessed as amended.
import type { CaseFile } from '../case-file.js';
import type { Pack } from '../packs/types.js';
import { toUkLocalDateTime } from '../time.js';
import type { FindingCode, Severity, Stage } from './codes.js';
import { Found, severityRank, sinceOf, type Detector, type Spell } from './detector.js';
import * as childInFocus from './findings/child-in-focus.js';
import * as escalation from './findings/escalation.js';
import * as nonEngagement from './findings/non-engagement.js';
import * as pathway from './findings/pathway.js';
import * as practice from './findings/practice.js';
import * as staffSafety from './findings/staff-safety.js';
import { stageOf } from './stage.js';
import { dayStart, timelineOf } from './timeline.js';
import { addDays } from './working-days.js';

export interface Finding {
  code: FindingCode;
  severity: Severity;
  subject?: string;
  since: string;
  evidence: string[];
  citations: string[];
  nextSteps: string[];
  explanation: string;
}

export interface Assessment {
  stage: Stage;
  findings: Finding[];
  /** The earliest moment the result can change without a new entry (UTC, ISO 8601), or null. */
  reassessAt: string | null;
}

/** In dependency order: later detectors read what earlier ones found (non-engagement, severity, stage). */
const detectors: Detector[] = [
  childInFocus.childNotSeen,
  childInFocus.childNotSeenAlone,
  childInFocus.childVoiceMissing,
  childInFocus.poorAttendance,
  childInFocus.healthAppointmentsMissed,
  nonEngagement.repeatedFailedContacts,
  nonEngagement.doorNotAnswered,
  nonEngagement.refusal,
  nonEngagement.ambivalence,
  nonEngagement.avoidance,
  nonEngagement.disguisedCompliance,
  nonEngagement.sporadicCompliance,
  nonEngagement.selectiveEngagement,
  nonEngagement.mobility,
  nonEngagement.writtenAgreementBreached,
  pathway.everyoneWithdrawing,
  staffSafety.hostilityToStaff,
  staffSafety.incidentNotEscalated,
  staffSafety.safetyPlanMissing,
  staffSafety.visitOverdue,
  staffSafety.debriefDue,
  practice.staffChurn,
  practice.professionalCancellations,
  practice.concernsAccumulating,
  practice.startAgain,
  practice.significantAdultUnseen,
  practice.drift,
  practice.communicationNeedsUnmet,
  escalation.policeWelfareCheck,
  escalation.reporter,
  pathway.managerDiscussionDue,
  pathway.multiAgencyMeetingDue,
  pathway.professionalsMeetingDue,
  pathway.noContingencyPlan,
  pathway.closureBlocked,
  practice.endOfContactSummaryMissing,
  practice.optimismCheck,
  practice.stageStrategyMismatch,
  pathway.supervisionOverdue,
];

export function assess(file: CaseFile, pack: Pack, now: Date): Assessment {
  const t = timelineOf(file, pack, now);
  const found = new Found();
  for (const detect of detectors) found.add(detect(t, found));

  // The spells holding now, by code and subject, in the order they were found: one finding each.
  const groups = new Map<string, Spell[]>();
  for (const spell of found.spells) {
    if (!(spell.from <= t.now && t.now < spell.to)) continue;
    const key = spell.subject === undefined ? spell.code : `${spell.code}\u0000${spell.subject}`;
    const group = groups.get(key);
    if (group) group.push(spell);
    else groups.set(key, [spell]);
  }
  const findings: Finding[] = [];
  for (const group of groups.values()) {
    // The most severe spell (the first of them) is the finding; the condition began at the earliest start.
    let spell = group[0] as Spell;
    let since = Infinity; // Math.min of each in turn is Math.min of them all (NaN and -0 included)
    for (const s of group) {
      if (severityRank[s.severity] > severityRank[spell.severity]) spell = s;
      since = Math.min(since, sinceOf(s));
    }
    const guidance = pack.findings[spell.code];
    // Built a key at a time rather than with spreads: on Node 20 a spread followed by properties,
    // `{ ...a, b }`, measured about half a microsecond per property, against nanoseconds for a literal.
    const finding = { code: spell.code, severity: spell.severity } as Finding;
    if (spell.subject) finding.subject = spell.subject;
    finding.since = toUkLocalDateTime(new Date(since));
    const description = found.describe(spell);
    finding.evidence = description.evidence.slice(); // its own, as evidence is added to it below
    finding.explanation = description.explanation;
    // Several spells of one code and subject can hold at once (two incidents not escalated): the finding
    // is made true by all of them, so its evidence is theirs together (FINDINGS.md: "the entries that make it true").
    for (const other of group) {
      if (other === spell) continue;
      for (const id of found.describe(other).evidence)
        if (!finding.evidence.includes(id)) finding.evidence.push(id);
    }
    finding.citations = guidance.citations;
    finding.nextSteps = guidance.nextSteps.map((step) => step.text);
    findings.push(finding);
  }
  findings.sort(
    (a, b) =>
      severityRank[b.severity] - severityRank[a.severity] ||
      a.since.localeCompare(b.since) ||
      a.code.localeCompare(b.code),
  );

  // The next change: the earliest spell edge after now (a loop: spreading thousands of edges into
  // Math.min is slow, and past about a hundred thousand would overflow the stack).
  let next = Infinity;
  for (const spell of found.spells) {
    if (spell.from > t.now && spell.from < next) next = spell.from;
    if (spell.to > t.now && spell.to < next) next = spell.to;
  }
  // Explanations count days up to today ("not seen for 12 working days"): while any finding holds, the
  // result changes at the next UK midnight even where no spell does, and a stored one must not go stale.
  if (findings.length > 0) next = Math.min(next, dayStart(addDays(t.today, 1)));
  return {
    stage: stageOf(t, found).stage,
    findings,
    reassessAt: Number.isFinite(next) ? new Date(next).toISOString() : null,
  };
}
