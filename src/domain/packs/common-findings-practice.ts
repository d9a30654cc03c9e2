// The common core's guidance for the practice-and-process and pack-specific findings (FINDINGS.md).
import type { FindingCode } from '../assessment/codes.js';
import { cite, finding } from './guidance.js';
import type { FindingGuidance } from './types.js';

const reporterBox = 'FV "Inform Reporter if child is already subject to compulsory measures"';

export const practiceFindings = {
  'manager-discussion-due': finding(
    'Talk to your line manager',
    ['MK 5.1.9.1', 'BEF 11.2', 'SX 1.7.17'],
    cite('Discuss the case with your line manager and record what you decide.', 'MK 5.1.9.1', 'MK 5.1.9.2'),
    cite('Decide together how urgent the response must be.', 'MK 5.1.9.3', 'BEF 11.2'),
    cite('Agree which other agencies need to know.', 'MK 5.1.9.4'),
  ),
  'supervision-overdue': finding(
    'Supervision overdue',
    ['MK 5.1.9.23', 'BEF 11.1', 'R7 "What to do"', 'SX 1.7.17', 'SX 1.7.18', 'FV "Best Practice"'],
    cite('Book a supervision discussion about this family.', 'BEF 11.1', 'SX 1.7.17'),
    cite(
      'Use the reflective questions: are we colluding, minimising or keeping worries to ourselves?',
      'MK 5.1.9.5',
      'SX 1.7.12',
    ),
    cite(
      'Talk about how the family’s response, including any hostility, is affecting the worker and the work.',
      'SX 1.7.18',
    ),
  ),
  'multi-agency-meeting-due': finding(
    'Multi-agency meeting due',
    ['MK 5.1.10', 'MK 5.1.11', 'BEF 11.2', 'FV "Best Practice"'],
    cite(
      'Call a multi-agency meeting: team around the family, core group or an early review.',
      'MK 5.1.10',
      'MK 5.1.11',
      'BEF 11.2',
    ),
    cite(
      'Look at the lack of co-operation against the child’s plan and agree specific actions.',
      'MK 5.1.11',
      'FV "Best Practice"',
    ),
    cite('Agree who tells the family what was decided, and how.', 'SX 1.7.21', 'FV "Best Practice"'),
  ),
  'professionals-meeting-due': finding(
    'Professionals meeting due',
    ['MK 5.1.17', 'MK 5.1.18', 'MK 5.1.19', 'MK 5.1.20', 'MK 5.1.21', 'FV "Best Practice"'],
    cite('Consider a child protection consultation.', 'MK 5.1.17'),
    cite(
      'Call a meeting of the professionals only, to share what each knows and agree a plan.',
      'MK 5.1.17',
      'MK 5.1.20',
      'FV "Best Practice"',
    ),
    cite(
      'Decide the outcome: close, continue, child protection or legal action.',
      'MK 5.1.22',
      'MK 5.1.23',
      'MK 5.1.26',
    ),
  ),
  'no-contingency-plan': finding(
    'No contingency plan',
    ['MK 5.1.9.23'],
    cite(
      'Before the contact, write down what you will do if it fails: in the visit plan, or on the contact.',
      'MK 5.1.9.23',
    ),
    cite(
      'Agree that plan with your line manager when the child may be at risk.',
      'MK 5.1.9.23',
      'MK 5.1.9.1',
    ),
  ),
  'closure-blocked': finding(
    'Closure needs a multi-agency decision',
    ['MK 5.1.19'],
    cite('Consult every agency working with the family before closing.', 'MK 5.1.19'),
    cite('Hold a meeting, or a conference where one is due, and record its decision.', 'MK 5.1.19'),
    cite('If the case closes, agree who keeps an eye on the child and when to refer back.', 'MK 5.1.23'),
  ),
  'staff-churn': finding(
    'Many changes of lead worker',
    ['SX 1.7.5', 'BEF 6.0'],
    cite('Give the family one named lead worker and keep them if you can.', 'BEF 9.2'),
    cite(
      'Talk with the family about the changes; they may feel them as another loss.',
      'SX 1.7.5',
      'BEF 6.0',
      'SX 1.7.4',
    ),
  ),
  'professional-cancellations': finding(
    'Professionals cancelling contacts',
    ['MK 5.1.9.18', 'BEF 9.2', 'FV "Introduction"', 'FV "Best Practice"'],
    cite('Keep appointments and arrive on time; avoid moving them.', 'MK 5.1.9.18', 'BEF 9.2'),
    cite(
      'Ask in supervision whether we are adding to the difficulty.',
      'FV "Best Practice"',
      'FV "Introduction"',
    ),
  ),
  // Not from a seed (FINDINGS.md): the national review of the deaths of Arthur and Star (CSPRP 2022).
  'concerns-accumulating': finding(
    'Concerns accumulating',
    ['CSPRP 2022'],
    cite(
      'Read all the referrals together, who made each and why, not one at a time.',
      'CSPRP 2022',
      'R7 "Questions"',
    ),
    cite(
      'Keep one chronology across closures and reopenings, so each new referral is read with the last.',
      'FV "Key Messages"',
      'CSPRP 2022',
    ),
    cite(
      'Speak to the people who referred, relatives and neighbours too, and record what worries them.',
      'CSPRP 2022',
    ),
    cite(
      'With your line manager, look again at the risk to the child in the light of them all.',
      'CSPRP 2022',
    ),
  ),
  'start-again': finding(
    'Starting again',
    ['R7 "Questions"', 'R7 "Why it matters"', 'SX 1.7.15'],
    cite(
      'Read the whole history before a fresh assessment; do not treat incidents one by one.',
      'R7 "Questions"',
    ),
    cite('Keep one chronology across closures and referrals.', 'FV "Key Messages"'),
    cite(
      'With your manager, decide whether a multi-agency meeting or a social care referral is needed.',
      'R7 "Questions"',
    ),
  ),
  'significant-adult-unseen': finding(
    'Significant adult not seen',
    ['R7 "Questions"', 'R7 "Working with resistance"', 'BEF 9.2', 'FV "Risk to children"', 'SX 1.7.11'],
    cite(
      'Find out who lives with the child and who else has contact with them.',
      'R7 "Working with resistance"',
      'SX 1.7.11',
    ),
    cite(
      'Meet them and include them in the assessment and the plan.',
      'BEF 9.2',
      'FV "Risk to children"',
      'R7 "Questions"',
    ),
    cite('Ask the other agencies what they know about them.', 'BEF 11.2'),
  ),
  drift: finding(
    'Drift',
    ['BEF 7.0', 'FV "Key Messages"', 'R7 "Why it matters"'],
    cite(
      'Review the plan: what has changed for the child since the last review?',
      'FV "Key Messages"',
      'BEF 7.0',
    ),
    cite(
      'Bring the review forward and agree specific actions with dates.',
      'MK 5.1.11',
      'FV "Best Practice"',
    ),
    cite('In supervision, ask whether optimism is hiding the lack of progress.', 'BEF 7.0'),
  ),
  'communication-needs-unmet': finding(
    'Communication needs not met',
    ['SX 1.7.28', 'FV "Initial Considerations"', 'BEF 9.2'],
    cite(
      'Book an interpreter for every contact with this person.',
      'SX 1.7.28',
      'FV "Initial Considerations"',
    ),
    cite('Phone or text rather than write, and check they can read what you send.', 'BEF 9.2'),
    cite('Ask them to say back what was agreed, to check it was understood.', 'BEF 9.2'),
  ),
  'end-of-contact-summary-missing': finding(
    'End-of-contact summary missing',
    ['SX 1.7.28', 'BEF 11.1'],
    cite('Give a summary: why you came, what happened, and who does what by when.', 'SX 1.7.28', 'BEF 11.1'),
    cite('Use a form the person can read and keep.', 'SX 1.7.28'),
  ),
  'optimism-check': finding(
    'Concern lowered while non-engagement continues',
    ['BEF 7.0', 'R7 "Questions"', 'SX 1.7.12'],
    cite(
      'Name the evidence of change for the child that justifies the lower concern.',
      'FV "Key Messages"',
      'BEF 7.0',
    ),
    cite(
      'Discuss it with your manager and ask whether the rule of optimism is at work.',
      'R7 "Questions"',
      'SX 1.7.12',
    ),
  ),
  'stage-strategy-mismatch': finding(
    'Tasks do not fit the parent’s stage of change',
    ['BEF 10.0'],
    cite(
      'Match the work to the stage: build trust and awareness before setting tasks for action.',
      'BEF 10.0',
    ),
    cite('Use motivational interviewing to weigh up the pros and cons of change.', 'BEF 10.0', 'BEF 11.1'),
    cite('Set goals together, for example with the GROW questions.', 'BEF 10.1'),
  ),
  'reporter-notification-due': finding(
    'Reporter must be informed',
    ['FV "Best Practice"', reporterBox],
    cite(
      'Inform the Children’s Reporter that services cannot gain access to the child.',
      'FV "Best Practice"',
      reporterBox,
    ),
    cite('Take more urgent steps if a baby or very young child is involved.', 'FV "Best Practice"'),
    cite('Consider joint visits, an urgent police check or a child protection referral.', 'FV "Consider"'),
  ),
  'reporter-referral-consider': finding(
    'Consider a referral to the Reporter',
    ['FV "Best Practice"'],
    cite('Consider with your manager a referral to the Children’s Reporter.', 'FV "Best Practice"'),
    cite(
      'Consider a child protection referral if you are still worried the child is at risk.',
      'FV "Consider"',
      'FV "Are you worried the child is still at risk"',
    ),
  ),
  'police-welfare-check-consider': finding(
    'Consider an urgent police welfare check',
    ['MK 5.1.9.22', 'MK 5.1.9.23', 'FV "Consider"'],
    cite('Ask the police for an urgent check on the child.', 'MK 5.1.9.23', 'FV "Consider"'),
    cite('Tell your line manager now.', 'MK 5.1.9.1', 'MK 5.1.9.3'),
    cite('Consider a child protection referral or a strategy discussion.', 'FV "Consider"', 'MK 5.1.9.23'),
  ),
} satisfies Partial<Record<FindingCode, FindingGuidance>>;
