// How the vocabularies read to a practitioner: a label for every value and, where it helps someone
// choosing on a doorstep, a hint. Written in our own words from the procedures they cite.
import type * as v from './vocabularies.js';

type Labels<T extends string> = Record<T, string>;

export const planLabels: Labels<v.Plan> = {
  'early-help': 'Early help',
  'child-in-need': 'Child in need',
  'child-protection': 'Child protection',
  'looked-after': 'Looked after',
  'compulsory-supervision': 'Compulsory supervision order',
};

export const personRoleLabels: Labels<v.PersonRole> = {
  child: 'Child',
  parent: 'Parent',
  carer: 'Carer',
  'significant-adult': 'Significant adult (for example a partner)',
  'sibling-adult': 'Adult sibling',
  relative: 'Relative',
};

export const contactModeLabels: Labels<v.ContactMode> = {
  'home-visit': 'Home visit',
  office: 'Office',
  school: 'At school',
  clinic: 'Clinic',
  phone: 'Phone call',
  text: 'Text message',
  letter: 'Letter',
  email: 'Email',
  video: 'Video call',
  meeting: 'Meeting',
  'health-appointment': 'Health appointment',
  other: 'Other',
};

export const outcomeLabels: Labels<v.ContactOutcome> = {
  completed: 'Completed',
  'completed-late': 'Completed, but the family was late or it started late',
  'cut-short': 'Cut short by the family',
  'no-answer-not-in': 'No answer – nobody seemed to be in',
  'no-answer-believed-in': 'No answer – someone seemed to be in',
  'refused-entry': 'Refused entry',
  refused: 'Refused the contact',
  'cancelled-by-family': 'Cancelled by the family',
  'rescheduled-by-family': 'Rescheduled by the family',
  'did-not-attend': 'Did not attend',
  'not-brought': 'Child not brought',
  'no-reply': 'No reply',
  'cancelled-by-professional': 'Cancelled by us or another professional',
  'rescheduled-by-professional': 'Rescheduled by us or another professional',
};

export const outcomeHints: Partial<Labels<v.ContactOutcome>> = {
  'cut-short': 'For example, the family left or ended it for another activity',
  'no-answer-believed-in': 'Lights, voices, television or movement inside, but nobody came to the door',
  'refused-entry': 'You spoke to someone at the door but were not let in',
  'not-brought': 'A child’s appointment the parent or carer did not bring them to',
  'no-reply': 'A call, text, letter or email that was not answered',
};

export const behaviourLabels: Labels<v.Behaviour> = {
  ambivalence: 'Ambivalence',
  avoidance: 'Avoidance',
  confrontation: 'Confrontation',
  refusal: 'Refusal',
  hostility: 'Hostility',
  violence: 'Violence, threatened or actual',
  denial: 'Denial',
  'disguised-compliance': 'Disguised compliance',
};

export const indicatorLabels: Labels<v.Indicator> = {
  'agrees-but-no-change': 'Agrees with us but makes little effort to change',
  'change-by-others-only': 'Change only happens because of other agencies’ work',
  'no-change-at-review': 'No real change at review despite a lot of support',
  'partial-change': 'Change in one area is not matched in others',
  'selective-plan-engagement': 'Engages with some parts of the plan only',
  'aligns-with-some-professionals': 'Sides with some professionals against others',
  'child-account-conflicts': 'The child’s account differs from the parent’s',
  'blocks-entry': 'Blocked the way into the home',
  'stage-managed-visit': 'Visit stage-managed: sight of or contact with the child restricted',
  'controls-space': 'Furniture, pets or objects used to control where people sit or move',
  'injuries-hidden': 'Clothing or other means used that could hide injuries',
  'child-coached': 'Child seemed coached to say all is well',
  'deterrent-conditions': 'Conditions used to put the worker off approaching the child',
  'hidden-areas': 'Parts of the home kept out of sight',
  'deflects-to-workers': 'Turns the discussion onto the workers',
  'controls-discussion': 'Controls or steers the discussion away from concerns',
  'sporadic-compliance': 'Co-operates only around reviews or hearings',
};

export const threatLabels: Labels<v.Threat> = {
  'bombarding-contact': 'Bombarding with calls or messages',
  'domineering-body-language': 'Domineering body language',
  'intimidating-language': 'Intimidating language',
  swearing: 'Swearing',
  shouting: 'Shouting',
  'threat-of-violence': 'Threat of violence',
  'physical-violence': 'Physical violence',
  'discriminatory-remarks': 'Discriminatory remarks',
  'complaints-as-intimidation': 'Complaints used to intimidate',
  'covert-threat': 'Veiled or covert threat',
};

export const agencyTypeLabels: Labels<v.AgencyType> = {
  'social-care': 'Children’s social care',
  'early-help': 'Early help',
  'health-visiting': 'Health visiting',
  midwifery: 'Midwifery',
  school: 'School',
  nursery: 'Nursery',
  gp: 'GP',
  hospital: 'Hospital',
  police: 'Police',
  housing: 'Housing',
  'adult-mental-health': 'Adult mental health',
  'substance-misuse': 'Substance misuse',
  'youth-justice': 'Youth justice',
  voluntary: 'Voluntary sector',
  other: 'Other',
};

export const meetingTypeLabels: Labels<v.MeetingType> = {
  'team-around-family': 'Team around the family',
  'multi-agency': 'Multi-agency meeting',
  'core-group': 'Core group',
  'strategy-discussion': 'Strategy discussion',
  'professionals-meeting': 'Hard to engage professionals meeting',
  'child-protection-consultation': 'Child protection consultation',
  'initial-child-protection-conference': 'Initial child protection conference',
  'review-child-protection-conference': 'Review child protection conference',
  'legal-planning': 'Legal planning meeting',
  'family-group-conference': 'Family group conference',
  'childrens-hearing': 'Children’s hearing',
};

export const entryKindLabels: Labels<v.EntryKind> = {
  contact: 'Contact',
  incident: 'Incident',
  debrief: 'Debrief',
  meeting: 'Meeting',
  'manager-discussion': 'Manager discussion',
  supervision: 'Supervision',
  'visit-plan': 'Visit plan',
  'check-out': 'Checked out to a visit',
  'check-in': 'Checked in from a visit',
  agreement: 'Agreement',
  'agreement-review': 'Agreement review',
  'stage-of-change': 'Stage of change',
  goal: 'Goal',
  'plan-review': 'Plan review',
  'plan-change': 'Plan change',
  'concern-level': 'Level of concern',
  allocation: 'Allocation',
  referral: 'Referral',
  assessment: 'Assessment',
  closure: 'Closure',
  reopening: 'Reopening',
  'involvement-end': 'Agency involvement ended',
  'address-change': 'Change of address',
  'gp-change': 'Change of GP',
  'hospital-attendance': 'Hospital attendance',
  attendance: 'School or nursery attendance',
  'reporter-informed': 'Reporter informed',
  alert: 'Alert to the other agencies',
  'meeting-scheduled': 'Meeting arranged',
  'action-update': 'Meeting action updated',
  'engagement-concern': 'Worried about engagement',
  'safety-decision': 'Safety decision',
};

export const safetyMeasureLabels: Labels<v.SafetyMeasure> = {
  'joint-visits-only': 'Joint visits only',
  'office-or-neutral-venue': 'Meet at the office or a neutral venue',
  'police-accompaniment': 'Police to accompany visits',
};

/** Our names for the decisions; a pack's own names come first where it has them (pack.decisions). */
export const meetingDecisionLabels: Labels<v.MeetingDecision> = {
  continue: 'Continue',
  close: 'Close',
  'step-down': 'Step down',
  'child-protection': 'Child protection',
  legal: 'Legal',
  'reporter-referral': 'Refer to the Reporter',
};
