// The finding codes of FINDINGS.md: stable, because exports, tests and other systems rely on them.

export const severities = ['info', 'warning', 'serious', 'critical'] as const;
export type Severity = (typeof severities)[number];

export const findingCodes = [
  // Child in focus
  'child-not-seen',
  'child-not-seen-alone',
  'child-voice-missing',
  'poor-attendance',
  'health-appointments-missed',
  // Patterns of non-engagement
  'repeated-failed-contacts',
  'door-not-answered',
  'refusal',
  'ambivalence',
  'avoidance',
  'disguised-compliance',
  'sporadic-compliance',
  'selective-engagement',
  'everyone-withdrawing',
  'mobility',
  'written-agreement-breached',
  // Hostility and staff safety
  'hostility-to-staff',
  'incident-not-escalated',
  'safety-plan-missing',
  'visit-overdue',
  'debrief-due',
  // Practice and process
  'manager-discussion-due',
  'supervision-overdue',
  'multi-agency-meeting-due',
  'professionals-meeting-due',
  'no-contingency-plan',
  'closure-blocked',
  'staff-churn',
  'professional-cancellations',
  'concerns-accumulating',
  'start-again',
  'significant-adult-unseen',
  'drift',
  'communication-needs-unmet',
  'end-of-contact-summary-missing',
  'optimism-check',
  'stage-strategy-mismatch',
  // Pack-specific
  'reporter-notification-due',
  'reporter-referral-consider',
  'police-welfare-check-consider',
] as const;
export type FindingCode = (typeof findingCodes)[number];

/**
 * The non-engagement findings: the "Patterns of non-engagement" table plus the two child-not-seen
 * findings. They open an episode of the pathway, block a closure, and make a contact one "on a case
 * with an active non-engagement finding".
 */
export const nonEngagementCodes: ReadonlySet<FindingCode> = new Set<FindingCode>([
  'child-not-seen',
  'child-not-seen-alone',
  'repeated-failed-contacts',
  'door-not-answered',
  'refusal',
  'ambivalence',
  'avoidance',
  'disguised-compliance',
  'sporadic-compliance',
  'selective-engagement',
  'everyone-withdrawing',
  'mobility',
  'written-agreement-breached',
]);

export const stages = [
  'engaging',
  'concern',
  'manager-discussed',
  'multi-agency',
  'professionals-meeting',
  'continue',
  'child-protection',
  'legal',
  'reporter-referral',
  'step-down',
  'closed',
] as const;
export type Stage = (typeof stages)[number];
