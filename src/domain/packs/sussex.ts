// Sussex Child Protection Procedures 1.7: working with families who are uncooperative (paragraphs 1.7.x).
import { assemblePack } from './assemble.js';
import { behaviourGuidance, commonThresholds, indicatorGuidance } from './common.js';
import { cite, decisionStep, finding } from './guidance.js';
import { sussexChecklists, sussexStrategies } from './sussex-checklists.js';
import { sussexGuide } from './guides/sussex.js';
import type { Pack } from './types.js';

export const sussex: Pack = assemblePack({
  id: 'sussex',
  name: 'Sussex: working with uncooperative families',
  source: 'SX',
  nation: 'england-and-wales',
  terms: {
    contractOfExpectation: cite('Contract of expectation', 'SX 1.7.13'),
    writtenUndertaking: cite('Written undertaking', 'SX 1.7.13'),
    writtenAgreement: cite('Written agreement', 'SX 1.7.13'),
    childrensServices: cite('Children’s Services', 'SX 1.7.13'),
    leadProfessional: cite('Lead Professional', 'SX 1.7.23'),
    commonAssessment: cite('Common assessment framework', 'SX 1.7.23'),
    multiAgencyMeeting: cite('Meeting of the agencies involved', 'SX 1.7.21'),
    childProtection: cite('Child protection processes', 'SX 1.7.16', 'SX 1.7.25'),
    violenceTowardsStaff: cite('Violence Towards Staff Procedure', 'SX 1.7.34'),
  },
  thresholds: commonThresholds,
  thresholdNotes: [
    cite(
      'Sussex asks for debriefs, supervision and a manager’s safety decision but gives no timescales, so the common core’s stand.',
      'SX 1.7.21',
      'SX 1.7.17',
      'SX 1.7.36',
    ),
  ],
  meetings: [
    { type: 'multi-agency', name: 'Meeting of the agencies involved', citations: ['SX 1.7.21', 'SX 1.7.15'] },
    {
      type: 'professionals-meeting',
      name: 'Professionals meeting without the parents',
      citations: ['SX 1.7.21'],
    },
  ],
  decisions: [
    {
      decision: 'continue',
      name: 'Progress the work safely (manager’s recorded decision)',
      citations: ['SX 1.7.36'],
    },
    {
      decision: 'child-protection',
      name: 'Child protection processes',
      citations: ['SX 1.7.16', 'SX 1.7.25'],
      nextSteps: [
        decisionStep(
          'Child protection processes',
          'Child protection processes: refer to Children’s Services and tell the other agencies of any risk',
          { workingDays: 1 },
          'SX 1.7.16',
        ),
      ],
    },
  ],
  pathway: [
    { stage: 'engaging', name: 'Understanding why the family is uncooperative', citations: ['SX 1.7.23'] },
    {
      stage: 'concern',
      name: 'Uncooperative behaviour identified and recorded',
      citations: ['SX 1.7.4', 'SX 1.7.8'],
    },
    { stage: 'manager-discussed', name: 'Supervision and support', citations: ['SX 1.7.17', 'SX 1.7.18'] },
    { stage: 'multi-agency', name: 'Multi-agency meeting', citations: ['SX 1.7.21'] },
    {
      stage: 'professionals-meeting',
      name: 'Professionals meeting without the parents',
      citations: ['SX 1.7.21'],
    },
    { stage: 'continue', name: 'Work progressed safely', citations: ['SX 1.7.36'] },
    { stage: 'child-protection', name: 'Child protection processes', citations: ['SX 1.7.16'] },
  ],
  checklists: sussexChecklists,
  behaviours: {
    ...behaviourGuidance,
    ambivalence: cite(
      'Always late or full of excuses, steers away from uncomfortable subjects. The commonest reaction, and may not be non-co-operation.',
      'SX 1.7.4',
    ),
    avoidance: cite(
      'Misses appointments or meetings, or cuts visits short, often from anxiety about our involvement.',
      'SX 1.7.4',
    ),
    confrontation: cite(
      'Challenges us, picks arguments, or will not open the door while at home; often deep mistrust.',
      'SX 1.7.4',
    ),
    hostility: cite(
      'Angry or hostile, sometimes with hidden or implied threats. Record an incident too if anyone was threatened.',
      'SX 1.7.29',
      'SX 1.7.31',
    ),
    violence: cite(
      'Violence threatened or used. The child stays paramount; tell your manager today.',
      'SX 1.7.4',
      'SX 1.7.2',
    ),
    'disguised-compliance': cite(
      'Seems to co-operate, or to have changed enough, so that we step back. Tick the signs you saw below.',
      'SX 1.7.1',
    ),
  },
  indicators: indicatorGuidance,
  strategies: sussexStrategies,
  guide: sussexGuide,
  findings: {
    'concerns-accumulating': finding(
      'Concerns accumulating',
      ['SX 1.7.23', 'SX 1.7.12', 'CSPRP 2022'],
      cite(
        'Read all the referrals together, with everything already known, before any fresh assessment.',
        'SX 1.7.23',
        'CSPRP 2022',
      ),
      cite('Check that no referral has been filtered out or played down.', 'SX 1.7.12'),
      cite('Speak to the people who referred and record what worries them.', 'CSPRP 2022'),
      cite(
        'With your manager, look again at the risk to the child in the light of them all.',
        'SX 1.7.17',
        'CSPRP 2022',
      ),
    ),
    'child-not-seen-alone': finding(
      'Child not seen alone',
      ['SX 1.7.7', 'SX 1.7.11', 'MK 5.1.7', 'MK 5.1.9.16'],
      cite('Record that the child could not be seen alone, why, and the plan to achieve it.', 'SX 1.7.8'),
      cite(
        'Check whether visits have settled on safe subjects that keep the child out of view.',
        'SX 1.7.11',
      ),
      cite('Consider seeing the child with someone the family trusts.', 'SX 1.7.27'),
      cite('Take it to supervision.', 'SX 1.7.17'),
    ),
    'debrief-due': finding(
      'Debrief due after a frightening incident',
      ['SX 1.7.21', 'SX 1.7.33'],
      cite('Debrief with the other agencies involved.', 'SX 1.7.21'),
      cite(
        'Talk in supervision about the effect on the worker and on their decisions.',
        'SX 1.7.18',
        'SX 1.7.33',
      ),
      cite('Consider a meeting to review the risks to professionals.', 'SX 1.7.21'),
    ),
    'safety-plan-missing': finding(
      'No safety plan for the visit',
      ['SX 1.7.35', 'SX 1.7.36', 'FV "Keeping Staff Safe"'],
      cite('Plan your safety with your line manager before the visit.', 'SX 1.7.35'),
      cite('Arrange a joint visit with a colleague, another agency or the police.', 'SX 1.7.21'),
      cite('Your manager records how the work can go on safely, and why.', 'SX 1.7.36'),
    ),
    'selective-engagement': finding(
      'Engaging with some agencies only',
      ['SX 1.7.14', 'MK 5.1.21', 'FV "Non-engagement"'],
      cite('Find out why the family accepts some agencies and learn from them.', 'SX 1.7.14'),
      cite('Keep the network together: do not let disagreements take the focus off the child.', 'SX 1.7.14'),
    ),
    'written-agreement-breached': finding(
      'Contract of expectation not kept',
      ['SX 1.7.13', 'MK 5.1.9.17', 'FV "Drawing up a written contract"'],
      cite('Act as the contract said you would when an expectation is not met.', 'SX 1.7.13'),
      cite('Tell the other agencies and review the child’s plan.', 'SX 1.7.13'),
    ),
  },
});
