// Supervision of a worker's cases (MK 5.1.9.5, 5.1.9.23; BEF 11.1; R7 "Questions"; SX 1.7.17–20; FV
// "Best Practice"): the questions asked of each case, and the case's findings put beside the questions they
// bear on, so the evidence prompts the reflection. Pure: the pack and the findings are arguments.
import type { Finding } from './assessment/assess.js';
import type { FindingCode } from './assessment/codes.js';
import { addWorkingDays, workingDaysBetween } from './assessment/working-days.js';
import type { Pack, Question } from './packs/types.js';

/** Our own two questions, asked whatever the pack: how the hostility is affecting the worker, and the decision. */
export const workerImpactQuestion: Question = {
  id: 'impact-on-worker',
  text: 'How is any hostility from the family affecting you, and how is it affecting the work with them?',
  citations: ['SX 1.7.18', 'MK 5.1.9.21', 'FV "Key Messages"'],
};

export const decisionQuestion: Question = {
  id: 'decision',
  text: 'What have you decided, and what happens next?',
  citations: ['MK 5.1.9.23', 'BEF 11.1'],
};

export type SupervisionSection = 'reflective' | 'impact-on-child' | 'worker' | 'decision';

export interface SupervisionQuestion extends Question {
  section: SupervisionSection;
}

/** The questions of a supervision discussion of one case, in the order asked. */
export function supervisionQuestions(pack: Pack): SupervisionQuestion[] {
  return [
    ...pack.checklists.reflective.map((q) => ({ ...q, section: 'reflective' as const })),
    ...pack.checklists.impactOnChild.map((q) => ({ ...q, section: 'impact-on-child' as const })),
    { ...workerImpactQuestion, section: 'worker' },
    { ...decisionQuestion, section: 'decision' },
  ];
}

/**
 * The findings each question bears on, by question id across the five packs. Where a pack has no question
 * for a finding, it is shown with the decision (see `supervisionPrompts`), so no finding goes undiscussed.
 */
export const questionFindings: Readonly<Record<string, readonly FindingCode[]>> = {
  // Milton Keynes (MK 5.1.9.5, 5.1.9.23, 5.1.9.26, 5.1.9.6)
  'mk-reflect-collusion': ['child-not-seen-alone', 'child-voice-missing'],
  'mk-reflect-minimising': ['optimism-check', 'disguised-compliance', 'sporadic-compliance'],
  'mk-reflect-holding-back': ['written-agreement-breached', 'communication-needs-unmet'],
  'mk-reflect-sharing': ['selective-engagement', 'incident-not-escalated', 'manager-discussion-due'],
  'mk-reflect-relief': ['door-not-answered', 'repeated-failed-contacts', 'no-contingency-plan'],
  'mk-reflect-over-challenging': ['refusal', 'avoidance'],
  'mk-reflect-adult-focus': ['child-not-seen', 'child-voice-missing', 'stage-strategy-mismatch'],
  'mk-reflect-assessment': [
    'start-again',
    'concerns-accumulating',
    'significant-adult-unseen',
    'drift',
    'staff-churn',
  ],
  'mk-reflect-evidence': ['ambivalence', 'professional-cancellations'],
  'mk-reflect-manager-visit': ['safety-plan-missing', 'visit-overdue'],
  'mk-child-observed': ['child-not-seen', 'poor-attendance', 'health-appointments-missed'],
  'mk-child-around-parents': ['child-not-seen-alone'],
  'mk-child-if-scared': ['hostility-to-staff'],
  // Barnsley (BEF 5.0, 7.0, 8.2–8.3, 9.2, 10.0, 11.0–11.2)
  'bef-reflect-what-failed': ['repeated-failed-contacts', 'door-not-answered', 'drift', 'start-again'],
  'bef-reflect-skills': ['hostility-to-staff'],
  'bef-reflect-pressure': ['stage-strategy-mismatch'],
  'bef-reflect-optimism': ['optimism-check', 'disguised-compliance', 'sporadic-compliance'],
  'bef-reflect-stage': ['stage-strategy-mismatch', 'ambivalence'],
  'bef-reflect-meetings': ['communication-needs-unmet', 'end-of-contact-summary-missing'],
  'bef-reflect-supervision': ['supervision-overdue', 'manager-discussion-due'],
  'bef-child-voice': ['child-voice-missing'],
  'bef-child-asked-early': ['child-voice-missing'],
  'bef-child-dynamics': ['child-not-seen-alone', 'significant-adult-unseen'],
  'bef-child-impact': ['child-not-seen', 'poor-attendance', 'health-appointments-missed'],
  'bef-child-unprotected': ['everyone-withdrawing', 'selective-engagement'],
  // Rochdale (R7 "Questions", "What to do", "Background", "Why it matters")
  'r7-reflect-child-focus': ['child-not-seen', 'child-voice-missing'],
  'r7-reflect-start-again': ['start-again', 'concerns-accumulating', 'staff-churn'],
  'r7-reflect-updated': ['drift', 'mobility'],
  'r7-reflect-men': ['significant-adult-unseen'],
  'r7-reflect-optimism': ['optimism-check', 'disguised-compliance', 'sporadic-compliance'],
  'r7-reflect-referral': ['everyone-withdrawing', 'police-welfare-check-consider'],
  'r7-reflect-challenge': ['supervision-overdue'],
  'r7-reflect-our-part': ['professional-cancellations', 'communication-needs-unmet'],
  'r7-child-seen-heard': ['child-not-seen', 'child-not-seen-alone', 'child-voice-missing'],
  'r7-child-household': ['significant-adult-unseen', 'mobility'],
  // Sussex (SX 1.7.10–12, 1.7.18–24)
  'sx-reflect-colluding': ['child-not-seen-alone', 'selective-engagement'],
  'sx-reflect-filtering': ['optimism-check', 'disguised-compliance'],
  'sx-reflect-optimism': ['optimism-check', 'sporadic-compliance'],
  'sx-reflect-keeping-quiet': ['incident-not-escalated', 'manager-discussion-due'],
  'sx-reflect-impact': ['hostility-to-staff', 'debrief-due'],
  'sx-reflect-thresholds': ['selective-engagement', 'everyone-withdrawing'],
  'sx-reflect-why': ['refusal', 'avoidance', 'ambivalence', 'start-again'],
  'sx-reflect-respect': ['professional-cancellations', 'communication-needs-unmet'],
  'sx-child-door-closes': ['door-not-answered', 'child-not-seen'],
  'sx-child-keeping-safe': ['child-voice-missing'],
  'sx-child-household': ['significant-adult-unseen'],
  'sx-child-seen-alone': ['child-not-seen-alone'],
  // Forth Valley ("Best Practice", "Key Messages", "Risk to children", "Disguised compliance")
  'fv-reflect-our-part': ['professional-cancellations'],
  'fv-reflect-understanding': ['communication-needs-unmet'],
  'fv-reflect-evidence': ['optimism-check', 'disguised-compliance', 'sporadic-compliance'],
  'fv-reflect-capacity': ['written-agreement-breached', 'drift'],
  'fv-reflect-circle': ['everyone-withdrawing', 'selective-engagement'],
  'fv-reflect-men': ['significant-adult-unseen'],
  'fv-reflect-trauma': ['refusal', 'avoidance', 'start-again'],
  'fv-reflect-stress': ['mobility', 'poor-attendance'],
  'fv-child-too-frightened': ['child-not-seen-alone', 'child-voice-missing'],
  'fv-child-chronology': ['hostility-to-staff', 'incident-not-escalated'],
  // Ours, in every pack (SX 1.7.18; MK 5.1.9.21–25; FV "Keeping Staff Safe")
  [workerImpactQuestion.id]: ['hostility-to-staff', 'incident-not-escalated', 'debrief-due', 'visit-overdue'],
  [decisionQuestion.id]: [
    'supervision-overdue',
    'manager-discussion-due',
    'multi-agency-meeting-due',
    'professionals-meeting-due',
    'closure-blocked',
    'reporter-notification-due',
    'reporter-referral-consider',
    'police-welfare-check-consider',
    'everyone-withdrawing',
  ],
};

/**
 * The case's findings beside the questions they bear on, by question id, worst first as given. A finding
 * that bears on none of these questions goes beside the decision, so every active finding is in front of
 * the manager and the worker somewhere.
 */
export function supervisionPrompts(
  questions: readonly Question[],
  findings: readonly Finding[],
): Record<string, Finding[]> {
  const prompts: Record<string, Finding[]> = Object.fromEntries(questions.map((q) => [q.id, []]));
  for (const found of findings) {
    const beside = questions.filter((q) => questionFindings[q.id]?.includes(found.code));
    const placed = beside.length > 0 ? beside : questions.filter((q) => q.id === decisionQuestion.id);
    for (const q of placed) prompts[q.id]?.push(found);
  }
  return prompts;
}

/** The ids of the pack's questions (not our own two) that have an answer: the entry's `reflections`. */
export function reflectionsAnswered(
  questions: readonly SupervisionQuestion[],
  answers: Readonly<Record<string, string>>,
): string[] {
  return questions
    .filter((q) => (q.section === 'reflective' || q.section === 'impact-on-child') && answers[q.id]?.trim())
    .map((q) => q.id);
}

export type SupervisionStatus = 'overdue' | 'due' | 'in-time';

/** Working days ahead within which supervision counts as due (a week's notice to book it). */
export const supervisionDueWithinWorkingDays = 5;

/**
 * When a worker's next supervision falls due: the pack's supervision interval in working days after the
 * last one (or after `since`, the day their oldest case opened, when there has been none). Overdue once
 * that day has passed, due within a working week of it (MK 5.1.9.23; BEF 11.1; SX 1.7.17).
 */
export function supervisionDue(
  lastOn: string | null,
  since: string,
  pack: Pick<Pack, 'nation' | 'thresholds'>,
  today: string,
): { dueOn: string; status: SupervisionStatus } {
  const dueOn = addWorkingDays(lastOn ?? since, pack.thresholds.supervisionWorkingDays, pack.nation);
  if (today > dueOn) return { dueOn, status: 'overdue' };
  const left = workingDaysBetween(today, dueOn, pack.nation);
  return { dueOn, status: left <= supervisionDueWithinWorkingDays ? 'due' : 'in-time' };
}

/** What a supervision count runs from: the last supervision (or `since`, when none) and the pack counting it. */
export interface SupervisionCount {
  lastOn: string | null;
  since: string;
  pack: Pick<Pack, 'nation' | 'thresholds'>;
}

/**
 * A worker's next supervision as Your team and My week show it: the earliest of their own count (from their
 * last supervision on any case) and the counts of the cases `supervision-overdue` holds on, each with the
 * pack that case is assessed with. The status is read from that same day, so a day still to come is never
 * called overdue (MK 5.1.9.23; BEF 11.1; SX 1.7.17).
 */
export function nextSupervision(
  worker: SupervisionCount,
  overdueCases: readonly SupervisionCount[],
  today: string,
): { dueOn: string; status: SupervisionStatus } {
  return [worker, ...overdueCases]
    .map((c) => supervisionDue(c.lastOn, c.since, c.pack, today))
    .reduce((earliest, due) => (due.dueOn < earliest.dueOn ? due : earliest));
}
