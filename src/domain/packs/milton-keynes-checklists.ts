// Milton Keynes: reflective, impact-on-child, safety and hostile-response questions, and the
// strategies MK 5.1.9.7–21 and 5.1.12 suggest for each behaviour.
import type { Behaviour } from '../vocabularies.js';
import { ask, cite } from './guidance.js';
import type { Guidance, Pack } from './types.js';

export const miltonKeynesChecklists: Pack['checklists'] = {
  reflective: [
    ask(
      'mk-reflect-collusion',
      'Am I avoiding conflict by sticking to easier subjects instead of asking to see the child alone?',
      'MK 5.1.9.5',
    ),
    ask('mk-reflect-minimising', 'Am I playing down bad news so as not to provoke a reaction?', 'MK 5.1.9.5'),
    ask(
      'mk-reflect-holding-back',
      'Am I holding back my concerns from the family to avoid a confrontation?',
      'MK 5.1.9.5',
    ),
    ask(
      'mk-reflect-sharing',
      'Have I shared my worries with my manager and the other agencies?',
      'MK 5.1.9.5',
      'MK 5.1.9.4',
    ),
    ask('mk-reflect-relief', 'Was I relieved when nobody came to the door?', 'MK 5.1.9.5'),
    ask(
      'mk-reflect-over-challenging',
      'Am I treating every meeting as a threat and challenging too hard?',
      'MK 5.1.9.5',
    ),
    ask('mk-reflect-adult-focus', 'Are the adults’ needs crowding out the child’s?', 'MK 5.1.9.5'),
    ask(
      'mk-reflect-assessment',
      'How far is the lack of engagement holding up the assessment, and does that put the child at more risk?',
      'MK 5.1.9.23',
    ),
    ask(
      'mk-reflect-evidence',
      'Is my concern higher only because they will not engage, or do I have evidence the risk has grown?',
      'MK 5.1.9.26',
    ),
    ask(
      'mk-reflect-manager-visit',
      'Have I asked my line manager to come with me on a visit?',
      'MK 5.1.9.20',
    ),
  ],
  impactOnChild: [
    ask('mk-child-desensitised', 'Has the child become numb to what goes on around them?', 'MK 5.1.9.6'),
    ask('mk-child-observed', 'What have professionals seen when the family was together?', 'MK 5.1.9.6'),
    ask(
      'mk-child-around-parents',
      'Around the parents, is the child unusually compliant, or afraid?',
      'MK 5.1.9.6',
    ),
    ask('mk-child-protecting', 'Could the child be shielding a parent out of fear?', 'MK 5.1.9.6'),
    ask(
      'mk-child-if-scared',
      'If I feel afraid in this home, what is it like for the child who lives here?',
      'MK 5.1.8',
    ),
  ],
  preVisitSafety: [
    ask('mk-safety-whereabouts', 'Is my whereabouts written down at the office?', 'MK 5.1.9.24'),
    ask('mk-safety-warning', 'Has any agency warned that someone in the household is violent?', 'MK 5.1.16'),
    ask(
      'mk-safety-joint',
      'Should a colleague, another agency or the police come with me?',
      'MK 5.1.12',
      'MK 5.1.9.20',
    ),
    ask(
      'mk-safety-procedure',
      'Have I followed my agency’s health and safety procedure and talked to my manager?',
      'MK 5.1.9.24',
    ),
    ask('mk-safety-contingency', 'Do I know what I will do if the visit fails?', 'MK 5.1.9.23'),
  ],
  hostileResponses: [
    ask('mk-hostile-deliberate', 'Is the person setting out to threaten, obstruct or hurt?', 'MK 5.1.9.26'),
    ask(
      'mk-hostile-usual',
      'Is this how the person usually behaves? It is still not acceptable.',
      'MK 5.1.9.26',
    ),
    ask('mk-hostile-aware', 'Does the person realise the effect they are having on me?', 'MK 5.1.9.26'),
    ask(
      'mk-hostile-used-to-it',
      'Is aggression so normal for them that they do not see how it affects others?',
      'MK 5.1.9.26',
    ),
    ask(
      'mk-hostile-proportion',
      'Is my discomfort out of proportion to what was said or done?',
      'MK 5.1.9.26',
    ),
    ask('mk-hostile-complaint', 'Do they have a fair complaint to make?', 'MK 5.1.9.26'),
    ask('mk-hostile-frustration', 'Is this frustration, about us or about something else?', 'MK 5.1.9.26'),
  ],
};

export const miltonKeynesStrategies: Partial<Record<Behaviour, Guidance[]>> = {
  ambivalence: [
    cite('Be flexible about times and places and look for a way to meet half way.', 'MK 5.1.9.12'),
    cite('Agree in writing what each side can expect of the other.', 'MK 5.1.9.17'),
    cite('Be on time and avoid cancelling or moving appointments.', 'MK 5.1.9.18'),
    cite('Keep cultural and religious events in mind when arranging visits.', 'MK 5.1.9.19'),
  ],
  avoidance: [
    cite('Go with a relative or professional the family already trusts.', 'MK 5.1.9.11'),
    cite('Talk openly about why contact keeps failing and what it means for the children.', 'MK 5.1.9.13'),
    cite('Thank the family for their time, especially after earlier refusals.', 'MK 5.1.9.15'),
  ],
  confrontation: [
    cite('Be clear about your role and that you are there to support the family.', 'MK 5.1.6'),
    cite(
      'Stay consistent, formal and supportive, even when the response is negative.',
      'MK 5.1.9.10',
      'MK 5.1.9.14',
    ),
    cite('Challenge the behaviour safely so the family sees you will not give up.', 'MK 5.1.6'),
    cite('Lean on your manager and colleagues; try not to take it personally.', 'MK 5.1.9.21'),
  ],
  refusal: [
    cite('Find out what the parent fears and offer a trusted adult to sit in with the child.', 'MK 5.1.9.16'),
    cite('Be courteous but plain about the concerns and the work that must happen.', 'MK 5.1.9.9'),
    cite('Explore engaging relatives who are not hostile, if that adds no risk.', 'MK 5.1.12'),
  ],
  hostility: [
    cite('Follow your agency’s health and safety procedures, with your manager’s support.', 'MK 5.1.9.24'),
    cite('Visit jointly, with the police if there is a physical risk.', 'MK 5.1.12'),
    cite('Ask your line manager to come on a visit.', 'MK 5.1.9.20'),
  ],
  violence: [
    cite('Report threats or violence to your first line manager at once.', 'MK 5.1.13'),
    cite('Warn the other agencies that the carer is violent.', 'MK 5.1.16'),
    cite('Use the incident as evidence in the assessment of the child.', 'MK 5.1.15'),
    cite('Be realistic about how far the adult can change, and take legal advice.', 'MK 5.1.8'),
  ],
  denial: [
    cite('Be clear and courteous about the concerns and what has to change.', 'MK 5.1.9.9'),
    cite('Open a discussion about why things are not working for the children.', 'MK 5.1.9.13'),
  ],
  'disguised-compliance': [
    cite('Keep assessing the parents’ capacity to act in the children’s interests.', 'MK 5.1.9.23'),
    cite('Use a two-way written agreement and check it item by item.', 'MK 5.1.9.17'),
    cite('Keep sharing with agencies the family avoids, so no one is drawn into collusion.', 'MK 5.1.21'),
  ],
};
