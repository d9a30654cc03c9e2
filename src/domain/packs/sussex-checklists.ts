// Sussex 1.7: reflective questions (1.7.12, 1.7.18–24), the child's experience (1.7.10–11), keeping
// professionals safe (1.7.21, 1.7.32–36), making sense of hostile responses (1.7.32), and strategies.
import type { Behaviour } from '../vocabularies.js';
import { ask, cite } from './guidance.js';
import type { Guidance, Pack } from './types.js';

export const sussexChecklists: Pack['checklists'] = {
  reflective: [
    ask('sx-reflect-colluding', 'Am I colluding with the parents to avoid conflict?', 'SX 1.7.12'),
    ask('sx-reflect-filtering', 'Am I screening out or playing down negative information?', 'SX 1.7.12'),
    ask(
      'sx-reflect-optimism',
      'Am I giving too much weight to good news and looking only for it?',
      'SX 1.7.12',
    ),
    ask(
      'sx-reflect-keeping-quiet',
      'Am I keeping worries to myself instead of sharing them with managers and agencies?',
      'SX 1.7.12',
    ),
    ask(
      'sx-reflect-impact',
      'How is the hostility affecting me, and how is it affecting the work?',
      'SX 1.7.18',
    ),
    ask(
      'sx-reflect-thresholds',
      'Do we in the network have different thresholds for concern, and have we said so?',
      'SX 1.7.20',
    ),
    ask('sx-reflect-why', 'Do I understand why this family is uncooperative?', 'SX 1.7.23'),
    ask(
      'sx-reflect-respect',
      'Could the family see us as disrespectful or unreliable, or think we broke a confidence?',
      'SX 1.7.24',
    ),
  ],
  impactOnChild: [
    ask(
      'sx-child-door-closes',
      'What might the child have felt as the door closed behind the professional?',
      'SX 1.7.10',
    ),
    ask(
      'sx-child-keeping-safe',
      'Is the child keeping safe by telling us nothing, or too frightened to tell?',
      'SX 1.7.11',
    ),
    ask(
      'sx-child-appease',
      'Has the child learned to appease, to minimise or to blame themselves?',
      'SX 1.7.11',
    ),
    ask('sx-child-aggressor', 'Does the child side with the aggressor?', 'SX 1.7.11'),
    ask('sx-child-message', 'What does the family learn if we do not challenge the parents?', 'SX 1.7.11'),
    ask('sx-child-household', 'Who else lives in the house, and has anyone spoken to them?', 'SX 1.7.11'),
    ask(
      'sx-child-seen-alone',
      'Are meetings kept to safe subjects, so the child is never seen alone?',
      'SX 1.7.11',
    ),
  ],
  preVisitSafety: [
    ask(
      'sx-safety-prepared',
      'Am I prepared for an angry response, and have I agreed a plan with my manager?',
      'SX 1.7.32',
      'SX 1.7.35',
    ),
    ask(
      'sx-safety-police',
      'Is the threat predictable enough that the first visit should be with the police?',
      'SX 1.7.32',
      'SX 1.7.21',
    ),
    ask('sx-safety-joint', 'Should I visit jointly with a colleague or another agency?', 'SX 1.7.21'),
    ask(
      'sx-safety-manager-decision',
      'If threats have become serious, has my manager recorded how the work can go on safely?',
      'SX 1.7.36',
    ),
    ask('sx-safety-shared', 'Have other agencies been warned of the risks?', 'SX 1.7.16'),
  ],
  hostileResponses: [
    ask(
      'sx-hostile-aggravated',
      'Could my approach have made it worse, for example by seeming patronising or dismissive?',
      'SX 1.7.32',
    ),
    ask(
      'sx-hostile-frustration',
      'Is this frustration, about the visit or about something else?',
      'SX 1.7.32',
    ),
    ask('sx-hostile-complaint', 'Does the parent need to complain, perhaps with good reason?', 'SX 1.7.32'),
    ask(
      'sx-hostile-deliberate',
      'Is the behaviour deliberately threatening, obstructive, abusive or violent?',
      'SX 1.7.32',
    ),
    ask('sx-hostile-aware', 'Does the parent know the effect they are having on me?', 'SX 1.7.32'),
    ask(
      'sx-hostile-used-to-it',
      'Are they so used to aggression that they do not see its effect?',
      'SX 1.7.32',
    ),
    ask('sx-hostile-usual', 'Is this normal for the person? It is still not acceptable.', 'SX 1.7.32'),
    ask('sx-hostile-proportion', 'Is my discomfort out of proportion to what happened?', 'SX 1.7.32'),
    ask('sx-hostile-personal', 'Am I taking personally hostility that is aimed at the agency?', 'SX 1.7.32'),
  ],
};

export const sussexStrategies: Partial<Record<Behaviour, Guidance[]>> = {
  ambivalence: [
    cite(
      'Make sure the family knows why they have been asked to meet and what each agency does.',
      'SX 1.7.25',
    ),
    cite(
      'Check they understand what is required, in their language and at their level of literacy.',
      'SX 1.7.28',
    ),
  ],
  avoidance: [
    cite('Consider contact jointly with someone the family has confidence in.', 'SX 1.7.27'),
    cite('Stay resolute: many families face the contact once they see you will not go away.', 'SX 1.7.4'),
  ],
  confrontation: [
    cite('Be clear about your role and your wish to help; do not expect openness at first.', 'SX 1.7.4'),
    cite('Challenge the lack of co-operation so the family sees you will not give up.', 'SX 1.7.4'),
    cite('Be respectful and reliable, and keep confidences within the agreed limits.', 'SX 1.7.24'),
  ],
  refusal: [
    cite('Explain what is required and what follows if it is not done.', 'SX 1.7.28'),
    cite('Consider a contract of expectation or written undertaking on the specific concern.', 'SX 1.7.13'),
    cite('Explain the statutory role agencies have in protecting children.', 'SX 1.7.25'),
  ],
  hostility: [
    cite('Discuss the likely response with your manager and plan for it beforehand.', 'SX 1.7.32'),
    cite('Hold a meeting to agree a risk reduction plan for professionals.', 'SX 1.7.21'),
    cite('Warn the other agencies, and consider what lies behind the behaviour.', 'SX 1.7.16'),
  ],
  violence: [
    cite('Draw up a safety plan with your line manager.', 'SX 1.7.35'),
    cite('Your manager decides, and records, how the work can continue safely.', 'SX 1.7.36'),
    cite('Include the violence in the assessment of risk to the child.', 'SX 1.7.9'),
    cite('Debrief with the other agencies after a frightening event.', 'SX 1.7.21'),
  ],
  denial: [
    cite('Try to understand why the family resists, using everything already known.', 'SX 1.7.23'),
    cite('Seek expert advice where culture may lie behind the resistance.', 'SX 1.7.26'),
  ],
  'disguised-compliance': [
    cite('Check yourself for the rule of optimism and for screening out bad news.', 'SX 1.7.12'),
    cite('Compare notes with other agencies and learn from any that see a different picture.', 'SX 1.7.14'),
    cite('Put the specific expectation in a contract of expectation.', 'SX 1.7.13'),
  ],
};
