// Barnsley Engaging Families Toolkit (after Durham): sections 1.0 to 11.2.
import { assemblePack } from './assemble.js';
import { barnsleyChecklists, barnsleyStrategies } from './barnsley-checklists.js';
import { behaviourGuidance, commonThresholds } from './common.js';
import { cite, decisionStep, finding } from './guidance.js';
import { barnsleyGuide } from './guides/barnsley.js';
import type { Pack } from './types.js';

export const barnsley: Pack = assemblePack({
  id: 'barnsley',
  name: 'Barnsley: engaging families toolkit',
  source: 'BEF',
  nation: 'england-and-wales',
  terms: {
    teamAroundTheFamily: cite('Team around the Family', 'BEF 9.2', 'BEF 11.2'),
    leadProfessional: cite('Lead Professional (named lead worker)', 'BEF 9.2', 'BEF 11.2'),
    earlyHelpAssessment: cite('Early Help Assessment', 'BEF 11.2'),
    earlyHelpOffer: cite('Barnsley Early Help Offer', 'BEF 3.0'),
    actionPlan: cite('Agreed single action plan', 'BEF 9.2'),
    writtenAgreement: cite('Written agreement', 'BEF 9.2'),
    childProtectionProcedures: cite('LSCB child protection procedures', 'BEF 11.2'),
    cycleOfChange: cite('Cycle of change', 'BEF 10.0'),
    grow: cite('GROW model', 'BEF 10.1'),
  },
  thresholds: commonThresholds,
  thresholdNotes: [
    cite(
      'The toolkit asks for a prompt talk with the line manager and a team around the family meeting but names no number of days, so the common core’s timescales stand.',
      'BEF 11.2',
    ),
  ],
  meetings: [
    {
      type: 'team-around-family',
      name: 'Team around the Family meeting',
      citations: ['BEF 11.2', 'BEF 9.2'],
    },
  ],
  decisions: [
    {
      decision: 'continue',
      name: 'Re-evaluate the engagement strategy',
      citations: ['BEF 11.0', 'BEF 11.1'],
    },
    { decision: 'step-down', name: 'Single agency support', citations: ['BEF 9.2'] },
    { decision: 'close', name: 'Planned ending', citations: ['BEF 9.2'] },
    {
      decision: 'child-protection',
      name: 'LSCB child protection procedures',
      citations: ['BEF 11.2'],
      nextSteps: [
        decisionStep(
          'Child protection procedures',
          'Child protection procedures: refer the child to Children’s Social Care',
          { workingDays: 1 },
          'BEF 11.2',
        ),
      ],
    },
  ],
  pathway: [
    { stage: 'engaging', name: 'Engaging the family', citations: ['BEF 4.0'] },
    { stage: 'concern', name: 'Engagement difficult or not working', citations: ['BEF 11.0'] },
    { stage: 'manager-discussed', name: 'Discussed with the Line Manager', citations: ['BEF 11.2'] },
    { stage: 'multi-agency', name: 'Team around the Family meeting', citations: ['BEF 11.2'] },
    { stage: 'continue', name: 'Re-evaluate the engagement strategy', citations: ['BEF 11.0', 'BEF 11.1'] },
    { stage: 'child-protection', name: 'LSCB child protection procedures', citations: ['BEF 11.2'] },
    { stage: 'step-down', name: 'Single agency support', citations: ['BEF 9.2'] },
    { stage: 'closed', name: 'Planned ending', citations: ['BEF 9.2'] },
  ],
  checklists: barnsleyChecklists,
  behaviours: {
    ...behaviourGuidance,
    ambivalence: cite(
      'Late for appointments, always a reason to miss a visit, changes the subject when concerns come up. Common; expectations may be unclear.',
      'BEF 7.0',
    ),
    avoidance: cite('Cuts visits short for something that seems more important.', 'BEF 7.0'),
    confrontation: cite(
      'Provokes arguments, or avoids us to the extreme, such as not opening the door.',
      'BEF 7.0',
    ),
    refusal: cite('Will not meet workers, or will not allow a child to be seen alone.', 'BEF 7.0'),
    hostility: cite(
      'Hostile or threatening towards workers. Record an incident too if anyone was threatened.',
      'BEF 7.0',
    ),
    violence: cite(
      'Violence threatened or used. Keep the child’s welfare first, follow safety policy, never visit alone.',
      'BEF 7.0',
      'BEF 11.1',
    ),
    denial: cite(
      'Denies there is a problem and sees no need to change: often where families start.',
      'BEF 10.0',
    ),
    'disguised-compliance': cite(
      'Seems to co-operate to avoid suspicion while little changes, or quietly undermines change. Tick the signs you saw below.',
      'BEF 7.0',
    ),
  },
  indicators: cite(
    'Signs such as agreeing but not changing, change made only by others, a home arranged to keep you from the child, or a child coached to say all is well.',
    'BEF 7.0',
  ),
  strategies: barnsleyStrategies,
  guide: barnsleyGuide,
  findings: {
    'repeated-failed-contacts': finding(
      'Repeated failed contacts',
      ['BEF 11.2', 'MK 5.1.9.1', 'FV "Non-engagement"'],
      cite('Talk to your Line Manager promptly.', 'BEF 11.2'),
      cite('Record every discussion and attempt to engage.', 'BEF 11.2'),
      cite(
        'Gather information from the other services that know the family, and tell those who need to know.',
        'BEF 11.2',
      ),
      cite('Decide how quickly you must respond and whether immediate action is needed.', 'BEF 11.2'),
    ),
    'multi-agency-meeting-due': finding(
      'Team around the Family meeting due',
      ['BEF 11.2', 'BEF 11.0', 'MK 5.1.10'],
      cite('Hold a team around the family meeting on what is getting in the way of engagement.', 'BEF 11.2'),
      cite('Agree an action plan to overcome them, with the lead professional.', 'BEF 11.2', 'BEF 11.0'),
      cite('Reflect on what has not worked before choosing what to try next.', 'BEF 11.1'),
    ),
    'everyone-withdrawing': finding(
      'Every agency losing touch',
      ['BEF 11.0', 'MK 5.1.21', 'SX 1.7.15'],
      cite(
        'The lead professional and team around the family rethink the engagement strategy together.',
        'BEF 11.0',
      ),
      cite('Make sure withdrawing services is not punishing the family at the child’s expense.', 'BEF 11.0'),
      cite('Where there is risk of serious harm, follow the LSCB child protection procedures.', 'BEF 11.2'),
    ),
    'staff-churn': finding(
      'Many changes of lead worker',
      ['BEF 6.0', 'SX 1.7.5'],
      cite('Give the family one named lead worker as their single point of contact.', 'BEF 9.2'),
      cite('Acknowledge that the family may resent the changes of staff.', 'BEF 6.0'),
    ),
    'significant-adult-unseen': finding(
      'Significant adult not seen',
      ['BEF 9.2', 'R7 "Working with resistance"', 'FV "Risk to children"'],
      cite(
        'Involve fathers, partners, grandparents and other significant adults, not only the mother.',
        'BEF 9.2',
      ),
      cite('Ask the other services what they know about them.', 'BEF 11.2'),
    ),
  },
});
