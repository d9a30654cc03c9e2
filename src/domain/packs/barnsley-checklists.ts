// Barnsley: reflective, impact-on-child and safety questions, and the strategies of sections 9.2,
// 10.0 and 11.1 for each behaviour. The toolkit has no questions for making sense of hostility.
import type { Behaviour } from '../vocabularies.js';
import { ask, cite } from './guidance.js';
import type { Guidance, Pack } from './types.js';

export const barnsleyChecklists: Pack['checklists'] = {
  reflective: [
    ask('bef-reflect-what-failed', 'What has not worked so far, and what might work next time?', 'BEF 11.1'),
    ask(
      'bef-reflect-skills',
      'Do I have the skills and time to deal with this family’s defensiveness and worries?',
      'BEF 5.0',
    ),
    ask('bef-reflect-values', 'Are my own values and beliefs clashing with the family’s?', 'BEF 5.0'),
    ask(
      'bef-reflect-pressure',
      'Is pressure for quick change getting in the way of the relationship?',
      'BEF 5.0',
    ),
    ask(
      'bef-reflect-optimism',
      'Am I reluctant to judge the parents negatively (the rule of optimism)?',
      'BEF 7.0',
    ),
    ask(
      'bef-reflect-stage',
      'Where is each parent on the cycle of change, and does my plan fit that stage?',
      'BEF 10.0',
    ),
    ask(
      'bef-reflect-meetings',
      'Are our meetings small and clear enough for the family, and can they read what we send?',
      'BEF 8.3',
    ),
    ask(
      'bef-reflect-supervision',
      'Have I discussed progress, or the lack of engagement, in supervision?',
      'BEF 11.1',
    ),
  ],
  impactOnChild: [
    ask('bef-child-voice', 'What would the child change, if they could?', 'BEF 9.2'),
    ask(
      'bef-child-asked-early',
      'Was the child asked how they feel well before decisions were made?',
      'BEF 8.2',
    ),
    ask(
      'bef-child-dynamics',
      'What have I seen of how the parents actually care for the child, as opposed to what they tell me?',
      'BEF 9.2',
    ),
    ask(
      'bef-child-impact',
      'How is the lack of engagement affecting the child’s wellbeing and safety?',
      'BEF 11.2',
    ),
    ask(
      'bef-child-unprotected',
      'If every agency stepped back, who would still be looking out for the child?',
      'BEF 11.0',
    ),
  ],
  preVisitSafety: [
    ask('bef-safety-threats', 'Has violence been threatened or used by anyone I may meet?', 'BEF 11.1'),
    ask('bef-safety-not-alone', 'Is this a dangerous situation where I must not go alone?', 'BEF 11.1'),
    ask('bef-safety-policy', 'Have I followed my agency’s health and safety policy?', 'BEF 11.1'),
    ask('bef-safety-trusted-person', 'Could someone the family trusts come with me?', 'BEF 9.2', 'BEF 11.1'),
  ],
  hostileResponses: [],
};

export const barnsleyStrategies: Partial<Record<Behaviour, Guidance[]>> = {
  ambivalence: [
    cite('Weigh up with the parent the pros and cons of staying the same and of changing.', 'BEF 10.0'),
    cite('Let the family choose times and places that suit them.', 'BEF 9.2'),
    cite(
      'Phone or text to arrange visits rather than sending official letters, and help them remember.',
      'BEF 9.2',
    ),
    cite('Be on time and avoid cancelling or moving appointments.', 'BEF 9.2'),
  ],
  avoidance: [
    cite('Build on small signs of engagement, with flexible times and venues.', 'BEF 11.1'),
    cite('Make contact jointly with someone the family has confidence in.', 'BEF 11.1', 'BEF 9.2'),
    cite('Keep telling the family, again and again, that you are there to help.', 'BEF 9.2'),
  ],
  confrontation: [
    cite('Set clear ground rules and boundaries from the start.', 'BEF 9.2'),
    cite(
      'Be clear about your role, and challenge non-co-operation safely so the family knows you will stay.',
      'BEF 11.1',
    ),
    cite('Listen and show you have understood what the family is saying.', 'BEF 11.1'),
  ],
  refusal: [
    cite(
      'Be open and honest about why support will help, and state your professional or legal authority where needed.',
      'BEF 11.1',
    ),
    cite('Talk through the concerns with the child and family and look for solutions together.', 'BEF 11.1'),
    cite('Gather information from other services that know the family.', 'BEF 11.2'),
  ],
  hostility: [
    cite(
      'Work authoritatively: contain anxiety, stay clear on what cannot be negotiated, keep the child in focus.',
      'BEF 11.1',
    ),
    cite('Challenge threats and do not work alone where there is danger.', 'BEF 11.1'),
  ],
  violence: [
    cite('Keep the child’s welfare paramount and follow your health and safety policy.', 'BEF 11.1'),
    cite('Be realistic about how far the adult can change, and take legal advice where needed.', 'BEF 11.1'),
    cite('Do not visit alone.', 'BEF 11.1'),
  ],
  denial: [
    cite(
      'Build trust first, raise awareness of the problem and affirm strengths; avoid lecturing or confrontation.',
      'BEF 10.0',
    ),
    cite(
      'Use motivational interviewing so the family can believe change is possible.',
      'BEF 10.0',
      'BEF 11.1',
    ),
  ],
  'disguised-compliance': [
    cite('Keep respectful uncertainty and healthy scepticism about convincing accounts.', 'BEF 7.0'),
    cite(
      'Check progress with other professionals and do not count on change that has not lasted.',
      'BEF 11.1',
    ),
    cite('Watch how parents and children actually get on, not just what parents describe.', 'BEF 9.2'),
  ],
};
