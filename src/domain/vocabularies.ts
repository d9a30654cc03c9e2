// The controlled vocabularies of the case-file exchange format (FORMAT.md, "Vocabularies").
// Each list is the single source for the zod schemas, the JSON Schema, the forms and their labels.

export const packIds = ['milton-keynes', 'barnsley', 'rochdale', 'sussex', 'forth-valley'] as const;

export const plans = [
  'early-help',
  'child-in-need',
  'child-protection',
  'looked-after',
  'compulsory-supervision',
] as const;

export const agencyTypes = [
  'social-care',
  'early-help',
  'health-visiting',
  'midwifery',
  'school',
  'nursery',
  'gp',
  'hospital',
  'police',
  'housing',
  'adult-mental-health',
  'substance-misuse',
  'youth-justice',
  'voluntary',
  'other',
] as const;

export const personRoles = [
  'child',
  'parent',
  'carer',
  'significant-adult',
  'sibling-adult',
  'relative',
] as const;

export const contactModes = [
  'home-visit',
  'office',
  'school',
  'clinic',
  'phone',
  'text',
  'letter',
  'email',
  'video',
  'meeting',
  'health-appointment',
  'other',
] as const;

export const contactOutcomes = [
  'completed',
  'completed-late',
  'cut-short',
  'no-answer-not-in',
  'no-answer-believed-in',
  'refused-entry',
  'refused',
  'cancelled-by-family',
  'rescheduled-by-family',
  'did-not-attend',
  'not-brought',
  'no-reply',
  'cancelled-by-professional',
  'rescheduled-by-professional',
] as const;

/** FINDINGS.md: the outcomes that make a planned or attempted contact a failed one. */
export const failedOutcomes = [
  'no-answer-not-in',
  'no-answer-believed-in',
  'refused-entry',
  'refused',
  'cancelled-by-family',
  'rescheduled-by-family',
  'did-not-attend',
  'not-brought',
  'no-reply',
] as const satisfies readonly ContactOutcome[];

export const behaviours = [
  'ambivalence',
  'avoidance',
  'confrontation',
  'refusal',
  'hostility',
  'violence',
  'denial',
  'disguised-compliance',
] as const;

export const disguisedComplianceIndicators = [
  'agrees-but-no-change',
  'change-by-others-only',
  'no-change-at-review',
  'partial-change',
  'selective-plan-engagement',
  'aligns-with-some-professionals',
  'child-account-conflicts',
  'blocks-entry',
  'stage-managed-visit',
  'controls-space',
  'injuries-hidden',
  'child-coached',
  'deterrent-conditions',
  'hidden-areas',
  'deflects-to-workers',
  'controls-discussion',
  'sporadic-compliance',
] as const;

export const threats = [
  'bombarding-contact',
  'domineering-body-language',
  'intimidating-language',
  'swearing',
  'shouting',
  'threat-of-violence',
  'physical-violence',
  'discriminatory-remarks',
  'complaints-as-intimidation',
  'covert-threat',
] as const;

export const meetingTypes = [
  'team-around-family',
  'multi-agency',
  'core-group',
  'strategy-discussion',
  'professionals-meeting',
  'child-protection-consultation',
  'initial-child-protection-conference',
  'review-child-protection-conference',
  'legal-planning',
  'family-group-conference',
  'childrens-hearing',
] as const;

export const meetingDecisions = [
  'continue',
  'close',
  'step-down',
  'child-protection',
  'legal',
  'reporter-referral',
] as const;

export const urgencies = ['immediate', 'within-days', 'routine'] as const;

export const agreementTypes = [
  'written-agreement',
  'contract-of-expectation',
  'written-undertaking',
  'behaviour-contract',
] as const;

export const familyAccounts = ['kept', 'not-kept', 'none'] as const;

export const stagesOfChange = [
  'pre-contemplation',
  'contemplation',
  'determination',
  'action',
  'maintenance',
  'relapse',
] as const;

export const progressLevels = ['none', 'some', 'good'] as const;
export const concernLevels = ['low', 'medium', 'high'] as const;
export const allocationRoles = ['lead', 'other'] as const;
export const literacyLevels = ['low', 'typical'] as const;

export const entryKinds = [
  'contact',
  'incident',
  'debrief',
  'meeting',
  'manager-discussion',
  'supervision',
  'visit-plan',
  'check-out',
  'check-in',
  'agreement',
  'agreement-review',
  'stage-of-change',
  'goal',
  'plan-review',
  'plan-change',
  'concern-level',
  'allocation',
  'referral',
  'assessment',
  'closure',
  'reopening',
  'involvement-end',
  'address-change',
  'gp-change',
  'hospital-attendance',
  'attendance',
  'reporter-informed',
  // Stickability's additions to version 1 (docs/format-extensions.md).
  'alert',
  'meeting-scheduled',
  'action-update',
  'engagement-concern',
  'safety-decision',
] as const;

/** What a manager may require so work with a hostile family continues safely (SX 1.7.35–36; FV; MK 5.1.9.24). */
export const safetyMeasures = [
  'joint-visits-only',
  'office-or-neutral-venue',
  'police-accompaniment',
] as const;

export type PackId = (typeof packIds)[number];
export type Plan = (typeof plans)[number];
export type AgencyType = (typeof agencyTypes)[number];
export type PersonRole = (typeof personRoles)[number];
export type ContactMode = (typeof contactModes)[number];
export type ContactOutcome = (typeof contactOutcomes)[number];
export type Behaviour = (typeof behaviours)[number];
export type Indicator = (typeof disguisedComplianceIndicators)[number];
export type Threat = (typeof threats)[number];
export type MeetingType = (typeof meetingTypes)[number];
export type MeetingDecision = (typeof meetingDecisions)[number];
export type EntryKind = (typeof entryKinds)[number];
export type SafetyMeasure = (typeof safetyMeasures)[number];
