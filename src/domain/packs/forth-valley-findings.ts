// Forth Valley: findings worded by its flowchart (start, initial considerations, still at risk,
// consider, inform the Reporter) and its sections; the common core covers the rest.
import type { FindingCode } from '../assessment/codes.js';
import { cite, finding } from './guidance.js';
import type { FindingGuidance } from './types.js';

const best = 'FV "Best Practice"';
const consider = 'FV "Consider"';
const initial = 'FV "Initial Considerations"';
const stillAtRisk = 'FV "Are you worried the child is still at risk"';
const reporterBox = 'FV "Inform Reporter if child is already subject to compulsory measures"';

const stillWorried = [
  cite('If you are still worried the child is at risk, consider a joint visit.', stillAtRisk, consider),
  cite('Contact the police for an urgent check on the child.', consider),
  cite('Consider a child protection referral.', consider),
];

export const forthValleyFindings: Partial<Record<FindingCode, FindingGuidance>> = {
  'child-not-seen': finding(
    'Child not seen',
    [consider, reporterBox, best, 'MK 5.1.9.22', 'R7 "Background"'],
    ...stillWorried,
    cite(
      'If the child is under compulsory measures, inform the Reporter; act faster for a baby or very young child.',
      reporterBox,
      best,
    ),
  ),
  refusal: finding(
    'Access refused',
    ['FV "Non-engagement"', reporterBox, best, 'MK 5.1.7'],
    cite(
      'Make sure the parents understand the concerns, allowing for language, disability and culture.',
      initial,
      'FV "Non-engagement"',
    ),
    cite('Record every effort to explain and to support.', 'FV "Non-engagement"'),
    cite(
      'If the child is under compulsory measures, inform the Reporter that access is refused.',
      reporterBox,
      best,
    ),
    cite(
      'If still worried about the child, consider a joint visit, a police check or a child protection referral.',
      stillAtRisk,
      consider,
    ),
  ),
  'repeated-failed-contacts': finding(
    'Repeated failed contacts',
    ['FV "Non-engagement"', 'FV "Introduction"', 'MK 5.1.9.1', 'BEF 11.2'],
    cite(
      'Keep the focus on the child, and challenge the parents about the cancellations.',
      'FV "Introduction"',
    ),
    cite(
      'Work through the initial considerations: language, disability, culture, chances to explain.',
      initial,
    ),
    cite(
      'Consider a written contract, a changed plan with specific actions, and supervision.',
      initial,
      best,
    ),
    cite('Record every effort made and how it was communicated.', 'FV "Non-engagement"'),
  ),
  'reporter-notification-due': finding(
    'Reporter must be informed',
    [reporterBox, best],
    cite('Inform the Children’s Reporter that services cannot gain access to the child.', reporterBox, best),
    cite('Take more urgent steps if a baby or very young child is involved.', best),
    ...stillWorried.slice(1),
  ),
  'reporter-referral-consider': finding(
    'Consider a referral to the Reporter',
    [best, stillAtRisk],
    cite(
      'Consider a referral to the Children’s Reporter, as the child is not under compulsory measures.',
      best,
    ),
    ...stillWorried,
  ),
  'police-welfare-check-consider': finding(
    'Consider an urgent police check',
    [consider, stillAtRisk, 'MK 5.1.9.22', 'MK 5.1.9.23'],
    cite('Contact the police for an urgent check on the child.', consider),
    cite('Consider a child protection referral.', consider),
    cite('Inform the Reporter if the child is under compulsory measures.', reporterBox),
  ),
  'hostility-to-staff': finding(
    'Hostile, threatening behaviour',
    ['FV "Hostile, threatening behaviour"', 'FV "Risk to staff"', 'MK 5.1.9.25', 'SX 1.7.29'],
    cite('Tell your line manager and follow the lone worker policy.', 'FV "Risk to staff"'),
    cite('Let the other agencies know as soon as possible.', 'FV "Risk to staff"'),
    cite('Record the incident in the child’s chronology.', 'FV "Risk to children"'),
    cite(
      'Consider a written contract setting out unacceptable behaviour and its consequences.',
      'FV "Drawing up a written contract"',
    ),
  ),
  'incident-not-escalated': finding(
    'Risk to staff not passed on',
    ['FV "Risk to staff"', 'MK 5.1.13', 'SX 1.7.16'],
    cite('Tell your line manager now.', 'FV "Risk to staff"'),
    cite('Pass the concern to the other agencies as soon as possible.', 'FV "Risk to staff"'),
  ),
  'multi-agency-meeting-due': finding(
    'Multi-agency plan needs changing',
    [best, initial, 'MK 5.1.10'],
    cite('Agree a multi-agency child’s or child protection plan with specific actions.', best, initial),
    cite('Share with the family what was agreed, and decide who tells them and where.', best),
  ),
  'professionals-meeting-due': finding(
    'Professional only meeting due',
    [best, 'MK 5.1.17'],
    cite(
      'Consider a meeting of professionals only, on the child’s needs, the parents’ behaviour and staff safety.',
      best,
    ),
    cite(
      'Decide whether to inform or refer to the Reporter, or make a child protection referral.',
      best,
      consider,
    ),
  ),
  'sporadic-compliance': finding(
    'Sporadic compliance',
    ['FV "Disguised compliance"', 'FV "Key Messages"'],
    cite(
      'Show the review or hearing the whole pattern, not only the recent run of contacts.',
      'FV "Disguised compliance"',
    ),
    cite('Judge by evidence of change in the child’s experience.', 'FV "Key Messages"'),
  ),
  drift: finding(
    'Drift',
    ['FV "Key Messages"', best],
    cite('Use the chronology and a multi-agency assessment to measure progress.', 'FV "Key Messages"'),
    cite('Explore any departure from the child protection plan in detail and in practical terms.', best),
  ),
  'written-agreement-breached': finding(
    'Written contract not kept',
    ['FV "Drawing up a written contract"', 'SX 1.7.13', 'MK 5.1.9.17'],
    cite(
      'Apply the consequences the contract set out, and explain them to the family.',
      'FV "Drawing up a written contract"',
    ),
    cite(
      'Take the breach into account in the risk assessment of the child.',
      'FV "Drawing up a written contract"',
    ),
  ),
  'significant-adult-unseen': finding(
    'Father or significant man not seen',
    ['FV "Risk to children"', 'R7 "Working with resistance"', 'BEF 9.2'],
    cite(
      'Engage the father or the men most significant to the child’s safety, and assess their risks and strengths.',
      'FV "Risk to children"',
    ),
    cite('Widen the circle to others who could be partners in the child’s safety plan.', best),
  ),
};
