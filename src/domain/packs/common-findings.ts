// The common core's guidance for the child-in-focus and non-engagement findings (FINDINGS.md):
// the sources it lists, and next steps in plain words, each citing where the procedures ask for it.
import type { FindingCode } from '../assessment/codes.js';
import { cite, finding } from './guidance.js';
import type { FindingGuidance } from './types.js';

export const childAndEngagementFindings = {
  'child-not-seen': finding(
    'Child not seen',
    ['MK 5.1.9.22', 'R7 "Background"', 'FV "Consider"', 'FV "Best Practice"'],
    cite('Make an unannounced visit with a colleague to see the child.', 'MK 5.1.12', 'FV "Consider"'),
    cite(
      'Tell your line manager today and agree how quickly the child must be seen.',
      'MK 5.1.9.1',
      'MK 5.1.9.3',
    ),
    cite(
      'Ask the other agencies when they last saw the child, and tell them you have not.',
      'MK 5.1.9.4',
      'BEF 11.2',
    ),
    cite(
      'If you fear the child is in danger now, ask the police to check on them urgently.',
      'MK 5.1.9.23',
      'FV "Consider"',
    ),
  ),
  'child-not-seen-alone': finding(
    'Child not seen alone',
    ['MK 5.1.7', 'MK 5.1.9.16', 'SX 1.7.7', 'SX 1.7.11', 'BEF 7.0'],
    cite(
      'Ask to see the child on their own at the next contact, and record the answer.',
      'MK 5.1.7',
      'SX 1.7.7',
    ),
    cite(
      'Find out what the parent is afraid of; offer a teacher or health visitor the child knows to sit in.',
      'MK 5.1.9.16',
    ),
    cite(
      'Check whether visits have drifted onto easier subjects so the child is never seen alone.',
      'SX 1.7.11',
    ),
    cite('Talk to your line manager about whether this changes the level of risk.', 'MK 5.1.9.1'),
  ),
  'child-voice-missing': finding(
    'Child’s wishes and feelings not recorded',
    ['BEF 8.2', 'BEF 9.2'],
    cite(
      'Spend time with the child and record, in their own words, what they think should change.',
      'BEF 9.2',
    ),
    cite('Ask the child well before any meeting, not a few minutes before it starts.', 'BEF 8.2'),
    cite('Think about how the child may feel when the door closes behind you.', 'SX 1.7.10'),
  ),
  'poor-attendance': finding(
    'Poor school or nursery attendance',
    ['FV "Non-engagement"'],
    cite(
      'Ask the school or nursery about the absences and how the child seems.',
      'FV "Non-engagement"',
      'BEF 11.2',
    ),
    cite(
      'Read the absences together with missed appointments and unanswered visits, as one pattern.',
      'FV "Non-engagement"',
      'R7 "Questions"',
    ),
    cite('Raise it at the next team around the family or core group meeting.', 'BEF 11.2', 'MK 5.1.11'),
  ),
  'health-appointments-missed': finding(
    'Health appointments missed',
    ['FV "Non-engagement"'],
    cite(
      'Ask the GP, health visitor or clinic which appointments were missed and why they mattered.',
      'BEF 11.2',
    ),
    cite('Ask the family what gets in the way; offer reminders or help to get there.', 'BEF 9.2'),
    cite(
      'Discuss with your line manager whether missed care is harming the child.',
      'MK 5.1.9.1',
      'FV "Non-engagement"',
    ),
  ),
  'repeated-failed-contacts': finding(
    'Repeated failed contacts',
    ['MK 5.1.9.1', 'MK 5.1.9.2', 'MK 5.1.9.3', 'MK 5.1.9.4', 'BEF 11.2', 'FV "Non-engagement"'],
    cite('Talk to your line manager about the failed contacts promptly.', 'MK 5.1.9.1', 'BEF 11.2'),
    cite('Record every attempt, how it was made and what happened.', 'MK 5.1.9.2', 'FV "Non-engagement"'),
    cite('Decide how quickly you must respond and whether the child needs to be seen now.', 'MK 5.1.9.3'),
    cite('Tell the other agencies on the case and ask what contact they have had.', 'MK 5.1.9.4', 'BEF 11.2'),
  ),
  'door-not-answered': finding(
    'Door not answered when someone seemed to be in',
    ['MK 5.1.6', 'SX 1.7.4'],
    cite('Go back soon, with a colleague if you can, and keep trying.', 'MK 5.1.9.10', 'MK 5.1.12'),
    cite(
      'Tell the family clearly why you are involved and that you will not give up.',
      'MK 5.1.6',
      'SX 1.7.4',
    ),
    cite('Ask yourself honestly whether you were relieved that nobody answered.', 'MK 5.1.9.5'),
    cite('Tell your line manager and agree the next step.', 'MK 5.1.9.1'),
  ),
  refusal: finding(
    'Refusal',
    ['MK 5.1.7', 'BEF 7.0'],
    cite(
      'Tell your line manager today and decide together how urgent the response must be.',
      'MK 5.1.9.1',
      'MK 5.1.9.3',
    ),
    cite(
      'Explain plainly why you need to see them and the child, and what follows if they refuse.',
      'SX 1.7.28',
      'BEF 11.1',
    ),
    cite('Tell the other agencies and ask whether the family sees anyone else.', 'MK 5.1.9.4', 'MK 5.1.21'),
    cite('Consider whether the refusal calls for a strategy discussion.', 'MK 5.1.9.23'),
  ),
  ambivalence: finding(
    'Ambivalence',
    ['MK 5.1.4', 'SX 1.7.4'],
    cite(
      'Check the family knows what is expected of them and why, and write it down for them.',
      'MK 5.1.4',
      'SX 1.7.28',
    ),
    cite('Agree times and places that suit the family.', 'MK 5.1.9.12', 'BEF 9.2'),
    cite('Notice and thank them for any progress, even an appointment kept.', 'MK 5.1.9.15'),
  ),
  avoidance: finding(
    'Avoidance',
    ['MK 5.1.5', 'SX 1.7.4'],
    cite(
      'Name the pattern calmly and talk about why contact is not working for the children.',
      'MK 5.1.9.13',
    ),
    cite(
      'Build on small signs of engagement; consider going with someone the family trusts.',
      'BEF 11.1',
      'MK 5.1.9.11',
    ),
    cite('Keep coming back: many families engage once they see you are determined to help.', 'SX 1.7.4'),
  ),
  'disguised-compliance': finding(
    'Possible disguised compliance',
    ['BEF 7.0', 'FV "Disguised compliance"', 'SX 1.7.1', 'R7 "Information"'],
    cite(
      'Judge progress by change in the child’s life, not by how co-operative the family seems.',
      'FV "Key Messages"',
    ),
    cite('Compare the family’s account with what other agencies and the child say.', 'BEF 11.1', 'BEF 7.0'),
    cite('Keep an open but sceptical mind, and test accounts against what you see.', 'BEF 7.0'),
    cite('Take the signs to supervision.', 'SX 1.7.17'),
  ),
  'sporadic-compliance': finding(
    'Sudden co-operation before a review',
    ['FV "Disguised compliance"'],
    cite('Set the recent contacts beside the months before them in the chronology.', 'FV "Key Messages"'),
    cite(
      'Tell the review, conference or hearing about the whole pattern, not only the last weeks.',
      'FV "Disguised compliance"',
    ),
    cite('Ask what has actually changed for the child.', 'FV "Key Messages"'),
  ),
  'selective-engagement': finding(
    'Engaging with some agencies only',
    ['SX 1.7.14', 'MK 5.1.21', 'BEF 7.0', 'FV "Non-engagement"'],
    cite(
      'Share what each agency sees so that no agency is played off against another.',
      'MK 5.1.21',
      'SX 1.7.14',
    ),
    cite(
      'Ask the agency that is being let in to help, for example with a joint visit.',
      'MK 5.1.9.11',
      'MK 5.1.9.23',
    ),
    cite('Agree at a multi-agency meeting how the child will be monitored.', 'MK 5.1.9.23', 'MK 5.1.18'),
  ),
  'everyone-withdrawing': finding(
    'Every agency losing touch',
    ['MK 5.1.21', 'SX 1.7.15', 'BEF 11.0'],
    cite('Do not close or step back on your own: call a multi-agency meeting now.', 'MK 5.1.19', 'SX 1.7.15'),
    cite('Work out together a new way to engage the family.', 'BEF 11.0'),
    cite('Consider a child protection consultation.', 'MK 5.1.17'),
  ),
  mobility: finding(
    'Frequent moves',
    ['BEF 7.0', 'FV "Non-engagement"'],
    cite('Check with GPs and hospitals which services the children have used.', 'BEF 7.0'),
    cite('Tell the agencies in the new area and make sure they have the history.', 'MK 5.1.9.4'),
    cite(
      'Treat the moves as a possible way of evading us and discuss them with your manager.',
      'FV "Non-engagement"',
      'MK 5.1.9.1',
    ),
  ),
  'written-agreement-breached': finding(
    'Written agreement not kept',
    ['SX 1.7.13', 'FV "Drawing up a written contract"', 'MK 5.1.9.17'],
    cite(
      'Go through the broken item with the family and the consequences agreed.',
      'FV "Drawing up a written contract"',
      'SX 1.7.13',
    ),
    cite('Tell the other agencies, as the agreement says.', 'SX 1.7.13'),
    cite('Include the breach in the assessment of risk to the child.', 'FV "Drawing up a written contract"'),
    cite('Check that our side of the agreement was kept too.', 'MK 5.1.9.17'),
  ),
} satisfies Partial<Record<FindingCode, FindingGuidance>>;
