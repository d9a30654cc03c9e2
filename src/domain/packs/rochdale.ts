// Rochdale Borough Safeguarding Children Board: seven-minute briefing on hard to engage families.
// A briefing, not a procedure: it names no meetings or timescales, so the common core fills the gaps.
import { assemblePack } from './assemble.js';
import { behaviourGuidance, commonThresholds, indicatorGuidance } from './common.js';
import { ask, cite, decisionStep, finding } from './guidance.js';
import { rochdaleGuide } from './guides/rochdale.js';
import type { Pack } from './types.js';

const resistance = 'R7 "Working with resistance"';

export const rochdale: Pack = assemblePack({
  id: 'rochdale',
  name: 'Rochdale: hard to engage families briefing',
  source: 'R7',
  nation: 'england-and-wales',
  terms: {
    childrensSocialCare: cite('Children’s Social Care', 'R7 "Questions"'),
    nonEngagementProcedure: cite(
      'Greater Manchester procedure on persistent non-engagement',
      'R7 "What to do"',
    ),
    startAgainSyndrome: cite('Start again syndrome', 'R7 "Questions"'),
    ruleOfOptimism: cite('Rule of optimism', 'R7 "Questions"'),
    disguisedCompliance: cite('Unresponsiveness (disguised compliance)', 'R7 "Information"'),
    stickability: cite('Practitioner stickability', resistance),
  },
  thresholds: commonThresholds,
  thresholdNotes: [
    cite(
      'The briefing names no timescales or counts, so every number is the common core’s.',
      'R7 "What to do"',
    ),
  ],
  meetings: [],
  decisions: [
    { decision: 'continue', name: 'Keep going: be persistent', citations: [resistance] },
    {
      decision: 'child-protection',
      name: 'Refer or re-refer to Children’s Social Care',
      citations: ['R7 "Questions"'],
      nextSteps: [
        decisionStep(
          'Referral to Children’s Social Care',
          'Referral to Children’s Social Care: refer the child, or refer them again',
          { workingDays: 1 },
          'R7 "Questions"',
        ),
      ],
    },
  ],
  pathway: [
    { stage: 'engaging', name: 'Working with resistance', citations: [resistance] },
    { stage: 'concern', name: 'Challenge recognised', citations: ['R7 "Information"'] },
    { stage: 'manager-discussed', name: 'Reflective supervision', citations: ['R7 "What to do"'] },
    { stage: 'continue', name: 'Persist', citations: [resistance] },
    { stage: 'child-protection', name: 'Referral to Children’s Social Care', citations: ['R7 "Questions"'] },
  ],
  checklists: {
    reflective: [
      ask('r7-reflect-child-focus', 'Is the work focused on the child?', 'R7 "Questions"'),
      ask(
        'r7-reflect-start-again',
        'Do assessments look at the child’s whole life, or treat each incident on its own?',
        'R7 "Questions"',
      ),
      ask(
        'r7-reflect-updated',
        'Have assessments been updated with new information and risks?',
        'R7 "Questions"',
      ),
      ask('r7-reflect-men', 'Do assessments include men who do not live in the home?', 'R7 "Questions"'),
      ask('r7-reflect-optimism', 'Is there any sign of the rule of optimism?', 'R7 "Questions"'),
      ask(
        'r7-reflect-advice',
        'Do we need advice from adult services, such as substance misuse or mental health?',
        'R7 "Questions"',
      ),
      ask(
        'r7-reflect-referral',
        'Should the case be referred, or referred again, to Children’s Social Care?',
        'R7 "Questions"',
      ),
      ask(
        'r7-reflect-challenge',
        'Have I been ready to challenge, and to be challenged, in supervision?',
        'R7 "What to do"',
      ),
      ask(
        'r7-reflect-our-part',
        'How might our own behaviour be adding to the resistance?',
        'R7 "Background"',
      ),
    ],
    impactOnChild: [
      ask(
        'r7-child-seen-heard',
        'Has the child been seen and heard, or has the focus been steered away from them?',
        'R7 "Why it matters"',
      ),
      ask(
        'r7-child-household',
        'Who actually lives with the child, and who has contact with them?',
        resistance,
      ),
      ask('r7-child-welfare', 'What does the child’s welfare need from us now?', resistance),
    ],
    preVisitSafety: [
      ask(
        'r7-safety-fear',
        'Am I frightened to visit, and have I said so in supervision?',
        'R7 "Why it matters"',
        'R7 "What to do"',
      ),
      ask(
        'r7-safety-men',
        'Are any violent or hostile men known to be in the household?',
        'R7 "Why it matters"',
      ),
      ask(
        'r7-safety-intimidation',
        'Am I ready to say clearly that intimidation will not be accepted?',
        resistance,
      ),
    ],
    hostileResponses: [],
  },
  behaviours: {
    ...behaviourGuidance,
    ambivalence: cite('Not sure there is any need to change, or stuck at one point.', 'R7 "Information"'),
    avoidance: cite('Keeps away from practitioners on purpose.', 'R7 "Information"'),
    denial: cite('Will not acknowledge the abuse or the problem.', 'R7 "Information"'),
    'disguised-compliance': cite(
      'Unresponsive: no real improvement in good time despite seeming to co-operate. Tick the signs you saw below.',
      'R7 "Information"',
    ),
    hostility: cite(
      'Hostile towards practitioners. Record an incident too if anyone was threatened.',
      'R7 "Information"',
    ),
    violence: cite(
      'Violence threatened or used: the most serious resistance. Tell your manager today.',
      'R7 "Information"',
    ),
  },
  indicators: indicatorGuidance,
  strategies: {
    ambivalence: [
      cite('Involve the family in planning, setting and reviewing goals.', resistance),
      cite('Communicate openly and honestly.', resistance),
    ],
    avoidance: [
      cite('Be reliable and available.', resistance),
      cite('Keep going: persistence changes outcomes.', resistance),
    ],
    confrontation: [
      cite('Say plainly that intimidation is not accepted.', resistance),
      cite('Communicate openly and honestly.', resistance),
    ],
    refusal: [
      cite('Keep going: persistence changes outcomes.', resistance),
      cite('Keep the child’s welfare at the centre.', resistance),
    ],
    hostility: [
      cite('Say plainly that intimidation is not accepted.', resistance),
      cite('Share information and work with the other agencies.', resistance),
    ],
    violence: [
      cite('Say plainly that intimidation is not accepted.', resistance),
      cite('Use supervision to reflect and to be challenged.', 'R7 "What to do"'),
    ],
    denial: [cite('Question comments, decisions or inconsistencies that leave you uneasy.', resistance)],
    'disguised-compliance': [
      cite('Question comments, decisions or inconsistencies that leave you uneasy.', resistance),
      cite('Share information and work with the other agencies.', resistance),
    ],
  },
  guide: rochdaleGuide,
  findings: {
    'concerns-accumulating': finding(
      'Concerns accumulating',
      ['R7 "Questions"', 'CSPRP 2022'],
      cite(
        'Ask whether each referral has been treated on its own, and read them as one history.',
        'R7 "Questions"',
        'CSPRP 2022',
      ),
      cite(
        'Update the assessment with what the referrals add, rather than starting afresh.',
        'R7 "Questions"',
      ),
      cite('Speak to the people who referred and record what worries them.', 'CSPRP 2022'),
      cite(
        'Take it to supervision and look again at the risk with your manager.',
        'R7 "What to do"',
        'CSPRP 2022',
      ),
    ),
    'start-again': finding(
      'Start again syndrome',
      ['R7 "Questions"', 'R7 "Why it matters"', 'SX 1.7.15'],
      cite('Look at the child’s whole history, not each incident on its own.', 'R7 "Questions"'),
      cite('Update the assessment with what is new, rather than starting a fresh one.', 'R7 "Questions"'),
      cite('Consider referring, or referring again, to Children’s Social Care.', 'R7 "Questions"'),
    ),
    'optimism-check': finding(
      'Rule of optimism?',
      ['R7 "Questions"', 'BEF 7.0', 'SX 1.7.12'],
      cite(
        'In supervision, ask whether the lower concern rests on evidence or on optimism.',
        'R7 "Questions"',
        'R7 "What to do"',
      ),
      cite('Question whatever in the family’s account leaves you uneasy.', resistance),
    ),
    drift: finding(
      'Drift',
      ['R7 "Why it matters"', 'BEF 7.0', 'FV "Key Messages"'],
      cite('Ask whether apparent co-operation is hiding how serious the harm is.', 'R7 "Why it matters"'),
      cite('Set goals with the family and review them.', resistance),
      cite('Take the case to supervision and be ready to be challenged.', 'R7 "What to do"'),
    ),
    'significant-adult-unseen': finding(
      'Significant adult not seen',
      ['R7 "Questions"', resistance, 'BEF 9.2', 'FV "Risk to children"', 'SX 1.7.11'],
      cite('Find out who actually lives with the child and who has contact.', resistance),
      cite('Include men who do not live in the home in the assessment.', 'R7 "Questions"'),
    ),
    'disguised-compliance': finding(
      'Unresponsiveness (possible disguised compliance)',
      ['R7 "Information"', 'R7 "Why it matters"', 'BEF 7.0', 'SX 1.7.1'],
      cite('Look for real improvement in good time, not co-operation alone.', 'R7 "Information"'),
      cite('Question inconsistencies that cause you unease.', resistance),
      cite('Discuss it in supervision.', 'R7 "What to do"'),
    ),
  },
});
