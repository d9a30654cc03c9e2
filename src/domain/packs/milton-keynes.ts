// Milton Keynes Safeguarding Children Board, Hard to Engage Families (2009): paragraphs 5.1.x.
import { assemblePack } from './assemble.js';
import { behaviourGuidance, commonThresholds, indicatorGuidance } from './common.js';
import { cite, decisionStep, finding } from './guidance.js';
import { miltonKeynesChecklists, miltonKeynesStrategies } from './milton-keynes-checklists.js';
import { miltonKeynesGuide } from './guides/milton-keynes.js';
import type { Pack } from './types.js';

export const miltonKeynes: Pack = assemblePack({
  id: 'milton-keynes',
  name: 'Milton Keynes: hard to engage families',
  source: 'MK',
  nation: 'england-and-wales',
  terms: {
    childProtectionConference: cite(
      'Child protection conference (initial or review)',
      'MK 5.1.11',
      'MK 5.1.25',
    ),
    childProtectionConsultation: cite(
      'Child protection consultation with a child protection coordinator',
      'MK 5.1.17',
    ),
    strategyDiscussion: cite('Strategy discussion', 'MK 5.1.9.23', 'MK 5.1.11'),
    s47Enquiry: cite('Section 47 enquiry', 'MK 5.1.11'),
    coreGroup: cite('Core group', 'MK 5.1.11', 'MK 5.1.18'),
    multiAgencyMeeting: cite('Multi-agency meeting', 'MK 5.1.10'),
    professionalsMeeting: cite('Hard to engage professionals meeting', 'MK 5.1.17'),
    teamAroundTheFamily: cite('Family Support Meeting', 'MK 5.1.18'),
    childsPlan: cite('The child’s written plan', 'MK 5.1.11'),
    commonAssessment: cite('CAF (common assessment)', 'MK 5.1.9.8'),
    leadProfessional: cite('Lead professional', 'MK 5.1.9.8'),
    legalPlanningMeeting: cite('Legal planning meeting', 'MK 5.1.12'),
    familyGroupConference: cite('Family group conference', 'MK 5.1.24'),
    writtenAgreement: cite('Written agreement', 'MK 5.1.9.17'),
    childrensSocialCare: cite('Children’s Social Care', 'MK 5.1.10'),
  },
  thresholds: commonThresholds,
  thresholdNotes: [
    cite(
      'MK asks for a prompt talk with the line manager but names no number of days, so the common core’s 2 working days stand.',
      'MK 5.1.9.1',
    ),
    cite(
      'MK says no single response to an unseen child can be fixed in advance; it gives no limit, so the common core’s limits by plan stand.',
      'MK 5.1.9.22',
    ),
  ],
  meetings: [
    { type: 'multi-agency', name: 'Multi-agency meeting', citations: ['MK 5.1.10', 'MK 5.1.11'] },
    { type: 'team-around-family', name: 'Family Support Meeting', citations: ['MK 5.1.18'] },
    {
      type: 'core-group',
      name: 'Core group (brought forward if needed)',
      citations: ['MK 5.1.11', 'MK 5.1.18'],
    },
    {
      type: 'strategy-discussion',
      name: 'Professional strategy discussion',
      citations: ['MK 5.1.11', 'MK 5.1.9.23'],
    },
    {
      type: 'professionals-meeting',
      name: 'Hard to engage professionals meeting',
      citations: ['MK 5.1.17', 'MK 5.1.20'],
    },
    {
      type: 'child-protection-consultation',
      name: 'Child protection consultation',
      citations: ['MK 5.1.17', 'MK 5.1.25'],
    },
    {
      type: 'initial-child-protection-conference',
      name: 'Initial child protection conference',
      citations: ['MK 5.1.11', 'MK 5.1.25'],
    },
    {
      type: 'review-child-protection-conference',
      name: 'Review child protection conference (brought forward)',
      citations: ['MK 5.1.11', 'MK 5.1.25'],
    },
    { type: 'legal-planning', name: 'Legal planning meeting', citations: ['MK 5.1.12'] },
    { type: 'family-group-conference', name: 'Family group conference', citations: ['MK 5.1.24'] },
  ],
  decisions: [
    { decision: 'close', name: 'Close, with other agencies monitoring', citations: ['MK 5.1.23'] },
    { decision: 'continue', name: 'Continue trying to engage', citations: ['MK 5.1.24'] },
    {
      decision: 'child-protection',
      name: 'Child protection',
      citations: ['MK 5.1.25'],
      nextSteps: [
        decisionStep(
          'Strategy discussion',
          'Strategy discussion: is a section 47 enquiry or an initial child protection conference needed?',
          { workingDays: 1, meeting: 'strategy-discussion' },
          'MK 5.1.11',
          'MK 5.1.25',
        ),
        // 15 working days from the strategy discussion is the national timescale for an initial conference.
        decisionStep(
          'Child protection conference',
          'Child protection conference: an initial conference, or an early review where there is a plan already',
          { workingDays: 16, meeting: 'initial-child-protection-conference' },
          'MK 5.1.25',
          'MK 5.1.11',
        ),
      ],
    },
    {
      decision: 'legal',
      name: 'Legal advice and a legal order',
      citations: ['MK 5.1.26'],
      nextSteps: [
        decisionStep(
          'Legal planning meeting',
          'Legal planning meeting: take legal advice on applying for an order',
          { workingDays: 5, meeting: 'legal-planning' },
          'MK 5.1.26',
          'MK 5.1.12',
        ),
      ],
    },
  ],
  pathway: [
    { stage: 'engaging', name: 'Engaging the family', citations: ['MK 5.1.9.7'] },
    { stage: 'concern', name: 'Poor access or engagement recognised', citations: ['MK 5.1.9', 'MK 5.1.3'] },
    { stage: 'manager-discussed', name: 'Discussed with the line manager', citations: ['MK 5.1.9.1'] },
    { stage: 'multi-agency', name: 'Multi-agency meeting', citations: ['MK 5.1.10', 'MK 5.1.11'] },
    {
      stage: 'professionals-meeting',
      name: 'Hard to engage professionals meeting',
      citations: ['MK 5.1.17'],
    },
    { stage: 'continue', name: 'Continue', citations: ['MK 5.1.24'] },
    { stage: 'child-protection', name: 'Child protection', citations: ['MK 5.1.25'] },
    { stage: 'legal', name: 'Legal', citations: ['MK 5.1.26'] },
    { stage: 'closed', name: 'Close', citations: ['MK 5.1.23'] },
  ],
  checklists: miltonKeynesChecklists,
  behaviours: {
    ...behaviourGuidance,
    ambivalence: cite(
      'Late, full of reasons to miss a visit, changes the subject or looks dismissive when concerns come up. Common, and may only mean expectations are unclear.',
      'MK 5.1.4',
    ),
    avoidance: cite(
      'Cuts a visit short for something that seems urgent, often because our involvement makes them anxious.',
      'MK 5.1.5',
    ),
    confrontation: cite(
      'Picks arguments or avoids us completely, such as not opening the door; often deep mistrust.',
      'MK 5.1.6',
    ),
    refusal: cite('Will not meet us, or will not let a child be seen alone.', 'MK 5.1.7'),
    hostility: cite(
      'Threatening in open or hidden ways: floods of calls, domineering manner, abuse, shouting, discriminatory remarks. Record an incident too.',
      'MK 5.1.9.25',
      'MK 5.1.3',
    ),
    violence: cite(
      'Violence threatened or used. The child’s welfare comes first; tell your line manager at once and follow safety procedures.',
      'MK 5.1.8',
      'MK 5.1.13',
    ),
  },
  indicators: indicatorGuidance,
  strategies: miltonKeynesStrategies,
  guide: miltonKeynesGuide,
  findings: {
    'child-not-seen': finding(
      'Child not seen',
      ['MK 5.1.9.22', 'MK 5.1.9.23', 'R7 "Background"', 'FV "Best Practice"'],
      cite(
        'Tell your line manager today and decide whether the child faces immediate risk.',
        'MK 5.1.9.1',
        'MK 5.1.9.3',
      ),
      cite(
        'Change the visiting plan: go again soon, jointly, with the police if there is physical risk.',
        'MK 5.1.9.23',
        'MK 5.1.12',
      ),
      cite('Ask the other agencies when they last saw the child.', 'MK 5.1.9.4'),
      cite('Consider legal advice, a strategy discussion or a child protection conference.', 'MK 5.1.9.23'),
    ),
    refusal: finding(
      'Refusal',
      ['MK 5.1.7', 'MK 5.1.9.16', 'BEF 7.0'],
      cite(
        'Tell your line manager today and decide how urgent the response must be.',
        'MK 5.1.9.1',
        'MK 5.1.9.3',
      ),
      cite('Find out what the parent fears, and offer a teacher or health visitor to sit in.', 'MK 5.1.9.16'),
      cite('Tell the other agencies and ask whether any of them is getting in.', 'MK 5.1.9.4', 'MK 5.1.9.23'),
      cite('If the concerns are serious, consider a strategy discussion.', 'MK 5.1.9.23'),
    ),
    'hostility-to-staff': finding(
      'Hostility towards staff',
      ['MK 5.1.8', 'MK 5.1.9.24', 'MK 5.1.9.25', 'MK 5.1.15', 'SX 1.7.29'],
      cite(
        'Follow your agency’s health and safety procedures and plan visits with your manager.',
        'MK 5.1.9.24',
      ),
      cite('Warn the other agencies of the risk the carer poses.', 'MK 5.1.16'),
      cite('Use the hostility as evidence in the assessment of the child’s circumstances.', 'MK 5.1.15'),
      cite('If you feel afraid in this home, think what life there must be like for the child.', 'MK 5.1.8'),
    ),
    'professionals-meeting-due': finding(
      'Hard to engage professionals meeting due',
      ['MK 5.1.17', 'MK 5.1.18', 'MK 5.1.19', 'MK 5.1.20', 'MK 5.1.21'],
      cite('Consider a child protection consultation with a child protection coordinator.', 'MK 5.1.17'),
      cite(
        'Convene a hard to engage professionals meeting to share concerns and agree a plan.',
        'MK 5.1.17',
        'MK 5.1.20',
      ),
      cite('Guard against group thinking that inflates the risk.', 'MK 5.1.22'),
      cite(
        'Decide: close, continue, child protection, or legal advice.',
        'MK 5.1.23',
        'MK 5.1.24',
        'MK 5.1.25',
        'MK 5.1.26',
      ),
    ),
    'everyone-withdrawing': finding(
      'Every agency losing touch',
      ['MK 5.1.21', 'MK 5.1.18', 'SX 1.7.15', 'BEF 11.0'],
      cite(
        'Do not withdraw: call a professionals meeting so that agencies own the concerns together.',
        'MK 5.1.18',
        'MK 5.1.21',
      ),
      cite('Consider a child protection consultation.', 'MK 5.1.17'),
      cite('Do not close until every relevant agency has been consulted.', 'MK 5.1.19'),
    ),
  },
});
