// What a manager's view of the team derives from one case, without I/O: the children nobody has seen and
// for how long (FINDINGS.md `child-not-seen`; MK 5.1.9.22; FV "babies and other very young children"), and
// the decisions the case is waiting for.
import type { Finding } from './assessment/assess.js';
import type { FindingCode } from './assessment/codes.js';
import type { CaseFacts } from './case-summary.js';
import { toInstant, toUkDate } from './time.js';

export interface ChildNotSeen {
  ref: string;
  name: string;
  /** When a professional last saw the child (the contact's `at`), or null when none has since the case opened. */
  lastSeenAt: string | null;
  /** Calendar days since then (since the case opened, when never seen). */
  days: number;
  severity: Finding['severity'];
}

const dayMs = 86_400_000;

/** The children of the case with an active `child-not-seen` finding, longest unseen first. */
export function childrenNotSeen(
  facts: Pick<CaseFacts, 'children'>,
  openedOn: string,
  findings: readonly Finding[],
  now: Date,
): ChildNotSeen[] {
  const today = Date.parse(`${toUkDate(now)}T00:00:00Z`);
  return findings
    .filter((f) => f.code === 'child-not-seen' && f.subject)
    .map((f) => {
      const ref = f.subject ?? '';
      const child = facts.children.find((c) => c.ref === ref);
      const seenAt = child?.lastSeenAt ?? null;
      const from = seenAt ? toUkDate(toInstant(seenAt)) : openedOn;
      return {
        ref,
        name: child?.name ?? ref,
        lastSeenAt: seenAt,
        days: Math.max(0, Math.round((today - Date.parse(`${from}T00:00:00Z`)) / dayMs)),
        severity: f.severity,
      };
    })
    .sort((a, b) => b.days - a.days);
}

/**
 * The findings that wait on a manager's or the network's decision (FINDINGS.md, "Practice and process";
 * MK 5.1.9.1, 5.1.10–11, 5.1.17–19; SX 1.7.36; FV flowchart): a discussion, a meeting, a referral, a
 * safety decision.
 */
export const decisionCodes: ReadonlySet<FindingCode> = new Set<FindingCode>([
  'manager-discussion-due',
  'multi-agency-meeting-due',
  'professionals-meeting-due',
  'closure-blocked',
  'incident-not-escalated',
  'safety-plan-missing',
  'reporter-notification-due',
  'reporter-referral-consider',
  'police-welfare-check-consider',
]);

export function decisionsWaiting(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => decisionCodes.has(f.code));
}
