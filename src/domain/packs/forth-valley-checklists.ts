// Forth Valley: its "Keeping Staff Safe" questions, reflective and child questions drawn from its
// sections, questions on hostile behaviour, and the strategies of "Best Practice" for each behaviour.
import type { Behaviour } from '../vocabularies.js';
import { ask, cite } from './guidance.js';
import type { Guidance, Pack } from './types.js';

const safe = 'FV "Keeping Staff Safe"';
const best = 'FV "Best Practice"';
const hostile = 'FV "Hostile, threatening behaviour"';

export const forthValleyChecklists: Pack['checklists'] = {
  reflective: [
    ask(
      'fv-reflect-our-part',
      'Could we be adding to the resistance, and how could we communicate better?',
      best,
    ),
    ask(
      'fv-reflect-understanding',
      'Have the parents had every chance to understand the concerns, allowing for language, disability and culture?',
      'FV "Non-engagement"',
      'FV "Initial Considerations"',
    ),
    ask(
      'fv-reflect-evidence',
      'Is there evidence of change for the child, or only co-operation?',
      'FV "Key Messages"',
    ),
    ask(
      'fv-reflect-capacity',
      'Have the parents’ capacity to understand and ability to change been assessed?',
      'FV "Disguised compliance"',
    ),
    ask(
      'fv-reflect-circle',
      'Have we widened the circle to others who could help keep the child safe?',
      best,
    ),
    ask(
      'fv-reflect-men',
      'Have fathers and the men who matter to the child been included?',
      'FV "Risk to children"',
    ),
    ask(
      'fv-reflect-trauma',
      'Could trauma, past coercion or a child already removed explain the response?',
      'FV "Why parents may be resistant"',
    ),
    ask(
      'fv-reflect-stress',
      'Have we planned for the times of stress when co-operation may break down?',
      'FV "Key Messages"',
    ),
  ],
  impactOnChild: [
    ask('fv-child-desensitised', 'Has the child become used to violence?', 'FV "Risk to children"'),
    ask('fv-child-too-frightened', 'Is the child too frightened to tell?', 'FV "Risk to children"'),
    ask('fv-child-aggressor', 'Does the child identify with the aggressor?', 'FV "Risk to children"'),
    ask(
      'fv-child-appease',
      'Has the child learned to appease and to play things down?',
      'FV "Risk to children"',
    ),
    ask(
      'fv-child-chronology',
      'Does the chronology record every incident of risk to the child or to staff?',
      'FV "Risk to children"',
    ),
  ],
  preVisitSafety: [
    ask(
      'fv-safety-whereabouts',
      'Do colleagues or my manager know where I am and when I will be back?',
      safe,
    ),
    ask('fv-safety-risk-known', 'Do they know this visit may be risky?', safe),
    ask(
      'fv-safety-history',
      'Has anyone linked to this family been hostile, threatening or violent before?',
      safe,
    ),
    ask(
      'fv-safety-circumstances',
      'Could drink, drugs or poor mental health affect anyone I may meet?',
      safe,
    ),
    ask('fv-safety-intimidated', 'Do I feel intimidated by, or afraid of, anyone I may meet?', safe),
    ask('fv-safety-joint', 'Should this be a joint visit?', safe),
    ask('fv-safety-phone', 'Is my phone with me, charged, and will there be a signal?', safe),
    ask(
      'fv-safety-manager-details',
      'Does my manager have my mobile number, car registration and home contact details?',
      safe,
    ),
    ask('fv-safety-venue', 'Could we meet at the office, a clinic or a neutral place instead?', safe),
    ask(
      'fv-safety-necessary',
      'Does this visit need to happen, or should professionals meet without the family?',
      safe,
    ),
  ],
  hostileResponses: [
    ask('fv-hostile-intimidation', 'Is the behaviour intimidating, physically or emotionally?', hostile),
    ask('fv-hostile-complaints', 'Are complaints being used to intimidate staff?', hostile),
    ask(
      'fv-hostile-anticipate',
      'Could this have been foreseen in where and how we meet?',
      'FV "Key Messages"',
    ),
    ask(
      'fv-hostile-withdraw',
      'Is it safer to withdraw for now, with support to keep the child in focus?',
      'FV "Key Messages"',
    ),
  ],
};

export const forthValleyStrategies: Partial<Record<Behaviour, Guidance[]>> = {
  ambivalence: [
    cite(
      'Take time to explain the child’s plan and what the family must do, and why.',
      'FV "Why parents may be resistant"',
    ),
    cite('Offer choices and work out what needs to change together.', best),
  ],
  avoidance: [
    cite(
      'Check for language, disability or cultural barriers, and make chances to explain the concerns.',
      'FV "Initial Considerations"',
    ),
    cite(
      'Record every effort to explain and support, by whatever means suit the family.',
      'FV "Non-engagement"',
    ),
  ],
  confrontation: [
    cite('Use motivational interviewing, keeping the child’s welfare and safety in focus.', best),
    cite(
      'Work in a trauma informed way.',
      'FV "Why parents may be resistant"',
      'FV "Initial Considerations"',
    ),
  ],
  refusal: [
    cite(
      'Agree a multi-agency plan with specific actions, and explore any departure from it in practical terms.',
      best,
    ),
    cite(
      'Inform the Reporter if the child is under compulsory measures; otherwise consider a referral.',
      best,
    ),
  ],
  hostility: [
    cite(
      'Draw up a written contract naming the behaviour that is not acceptable and its consequences.',
      'FV "Drawing up a written contract"',
    ),
    cite('Tell your line manager and the other agencies about the risk.', 'FV "Risk to staff"'),
    cite('Consider a professionals-only meeting that looks at staff safety as well as the child.', best),
  ],
  violence: [
    cite('Tell your line manager and follow the lone worker policy.', 'FV "Risk to staff"'),
    cite('Visit jointly with a suitable mix of workers.', best),
    cite('Withdraw if that is needed to reduce the risk, and get support.', 'FV "Key Messages"'),
  ],
  denial: [
    cite(
      'Seek meeting points: understand the fear, shame or trauma behind the denial.',
      'FV "Why parents may be resistant"',
    ),
    cite('Build hope and set realistic goals together.', 'FV "Key Messages"'),
  ],
  'disguised-compliance': [
    cite('Judge co-operation only by change in the child’s experience.', 'FV "Key Messages"'),
    cite(
      'Assess the parents’ capacity to understand and to change, with other agencies.',
      'FV "Disguised compliance"',
    ),
    cite('Keep careful records and a chronology to guard against drift.', 'FV "Key Messages"'),
  ],
};
