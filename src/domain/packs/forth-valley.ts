// Forth Valley (Scotland): when services find it hard to engage, with its flowchart.
// Cited by section heading or flowchart box; Scottish terms (GIRFEC, the Reporter, compulsory measures).
import { assemblePack } from './assemble.js';
import { behaviourGuidance, commonThresholds } from './common.js';
import { forthValleyChecklists, forthValleyStrategies } from './forth-valley-checklists.js';
import { forthValleyFindings } from './forth-valley-findings.js';
import { cite, decisionStep } from './guidance.js';
import { forthValleyGuide } from './guides/forth-valley.js';
import type { Pack } from './types.js';

const best = 'FV "Best Practice"';
const reporterBox = 'FV "Inform Reporter if child is already subject to compulsory measures"';

export const forthValley: Pack = assemblePack({
  id: 'forth-valley',
  name: 'Forth Valley: when services find it hard to engage',
  source: 'FV',
  nation: 'scotland',
  terms: {
    girfec: cite('GIRFEC National Practice Model', 'FV "Risk to children"', 'FV "Initial Considerations"'),
    reporter: cite('The Children’s Reporter', best, reporterBox),
    compulsorySupervisionOrder: cite('Compulsory measures of supervision', best, reporterBox),
    childrensHearing: cite('Children’s hearing', best),
    childsPlan: cite('Child’s plan', 'FV "Why parents may be resistant"', best),
    childProtectionPlan: cite('Child protection plan', best),
    childProtectionReferral: cite('Child protection referral', 'FV "Consider"'),
    professionalsMeeting: cite('Professional only meeting', best),
    childProtectionSupervision: cite('Child protection supervision', best),
    writtenContract: cite('Written contract', 'FV "Drawing up a written contract"'),
    adultSupportAndProtection: cite('Adult support and protection', best),
  },
  // FV "Best Practice" asks for more urgent steps where babies and other very young children are
  // involved, and gives no age: the limit is halved under five rather than under one (see the note).
  thresholds: { ...commonThresholds, notSeenHalvedUnderAge: 5 },
  thresholdNotes: [
    cite(
      'Forth Valley asks for more urgent steps where babies and other very young children cannot be seen, not babies alone, and names no age. Stickability reads very young children as those not yet at school, so the limit for a child not seen is halved for children under five rather than under one: before school no professional sees a child every day. A partnership may set another age.',
      best,
    ),
  ],
  meetings: [
    { type: 'professionals-meeting', name: 'Professional only meeting', citations: [best] },
    { type: 'multi-agency', name: 'Multi-agency meeting to agree the child’s plan', citations: [best] },
    { type: 'childrens-hearing', name: 'Children’s hearing', citations: [best, reporterBox] },
  ],
  decisions: [
    {
      decision: 'continue',
      name: 'Change the plan, with specific actions',
      citations: [best, 'FV "Initial Considerations"'],
    },
    {
      decision: 'child-protection',
      name: 'Child protection referral',
      citations: ['FV "Consider"'],
      nextSteps: [
        decisionStep(
          'Child protection referral',
          'Child protection referral',
          { workingDays: 1 },
          'FV "Consider"',
        ),
        decisionStep('Police check', 'Urgent police check on the child', { workingDays: 1 }, 'FV "Consider"'),
      ],
    },
    {
      decision: 'reporter-referral',
      name: 'Inform or refer to the Reporter',
      citations: [best, reporterBox],
      nextSteps: [
        decisionStep(
          'Reporter',
          'Inform the Reporter, or refer the child to the Reporter',
          { workingDays: 1 },
          reporterBox,
          best,
        ),
      ],
    },
  ],
  pathway: [
    { stage: 'engaging', name: 'Initial considerations', citations: ['FV "Initial Considerations"'] },
    { stage: 'concern', name: 'Worried about the child’s wellbeing or safety', citations: ['FV "Start"'] },
    { stage: 'manager-discussed', name: 'Supervision', citations: [best] },
    { stage: 'multi-agency', name: 'Multi-agency plan with specific actions', citations: [best] },
    { stage: 'professionals-meeting', name: 'Professional only meeting', citations: [best] },
    {
      stage: 'continue',
      name: 'Written contract and changed plan',
      citations: ['FV "Initial Considerations"'],
    },
    {
      stage: 'child-protection',
      name: 'Still at risk: joint visits, urgent police check, child protection referral',
      citations: ['FV "Are you worried the child is still at risk"', 'FV "Consider"'],
    },
    { stage: 'reporter-referral', name: 'Reporter informed', citations: [reporterBox, best] },
  ],
  checklists: forthValleyChecklists,
  behaviours: {
    ...behaviourGuidance,
    avoidance: cite(
      'Evades workers: misses appointments, cannot be contacted, or is never in.',
      'FV "Non-engagement"',
    ),
    refusal: cite('Refuses workers access to the home or to the child.', 'FV "Non-engagement"'),
    confrontation: cite(
      'Aggressive or confrontational, often from fear of authority or of losing the children.',
      'FV "Why parents may be resistant"',
    ),
    hostility: cite(
      'Intimidating, physically or emotionally, including through complaints against staff. Record an incident too.',
      'FV "Hostile, threatening behaviour"',
    ),
    violence: cite(
      'Threats or actual aggression. Tell your line manager and warn other agencies as soon as possible.',
      'FV "Hostile, threatening behaviour"',
      'FV "Risk to staff"',
    ),
    denial: cite(
      'Refuses to accept there is a problem; may come from fear, shame or past trauma.',
      'FV "Why parents may be resistant"',
    ),
    'disguised-compliance': cite(
      'Quietly undermines the work without admitting it. Tick the signs you saw below.',
      'FV "Disguised compliance"',
    ),
  },
  indicators: cite(
    'Signs such as agreeing but never attending, saying the right thing, doing just enough, bursts of co-operation, blaming other workers, or turning talk to the parents’ problems.',
    'FV "Disguised compliance"',
  ),
  strategies: forthValleyStrategies,
  guide: forthValleyGuide,
  findings: forthValleyFindings,
});
