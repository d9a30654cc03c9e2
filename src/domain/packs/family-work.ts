// Working with the family (the common core): the cycle of change (BEF 10.0) and the GROW model for
// setting goals (BEF 10.1), paraphrased. Only the Barnsley toolkit sets these out, so every pack shares
// them; a pack with its own model of change gives `familyWork` in its draft instead.
import type { stagesOfChange } from '../vocabularies.js';
import { cite } from './guidance.js';
import type { FamilyWork, Question } from './types.js';

const signs = (stage: (typeof stagesOfChange)[number], ...items: [id: string, text: string][]): Question[] =>
  items.map(([id, text]) => ({ id: `${stage}-${id}`, text, citations: ['BEF 10.0'] }));

export const commonFamilyWork: FamilyWork = {
  stagesOfChange: {
    'pre-contemplation': {
      indicators: signs(
        'pre-contemplation',
        ['denies', 'Says there is no problem and nothing needs to change'],
        ['defensive', 'Defensive, blames others or plays the problem down'],
        ['unaware', 'Seems unaware of the problem or low in mood'],
      ),
      tasks: [
        cite('Put your effort into a relationship the family can trust.', 'BEF 10.0'),
        cite('Help the parent notice the problem and that change is possible.', 'BEF 10.0'),
        cite('Name their strengths as the place to start from.', 'BEF 10.0'),
        cite('Use motivational interviewing: ask questions that raise awareness.', 'BEF 10.0'),
        cite('Do not hand out instructions or argue: avoid confrontation.', 'BEF 10.0'),
      ],
    },
    contemplation: {
      indicators: signs(
        'contemplation',
        ['acknowledges', 'Accepts there is a problem and talks about how to tackle it'],
        ['ambivalent', 'Torn: argues both for and against change, or feels stuck'],
        ['weighing', 'Weighing up what change would cost and what it would bring'],
      ),
      tasks: [
        cite('Go through the pros and cons of staying the same and of changing.', 'BEF 10.0'),
        cite('Say plainly that you believe change is possible and they can do it.', 'BEF 10.0'),
        cite('Explore the ways of changing the family has already thought of.', 'BEF 10.0'),
        cite('Each parent may be at a different stage and need different changes.', 'BEF 10.0'),
        cite('Help tip the balance towards change; do not set action tasks yet.', 'BEF 10.0'),
      ],
    },
    determination: {
      indicators: signs(
        'determination',
        ['decided', 'Has decided to change and wants to act'],
        ['names-effects', 'Can say what the problem does to the child'],
        ['names-goals', 'Can name the changes and goals they want'],
      ),
      tasks: [
        cite('Help the parent choose the best first steps.', 'BEF 10.0'),
        cite('Agree short-term and long-term goals (the GROW questions help).', 'BEF 10.0', 'BEF 10.1'),
        cite('Find the support, inside and outside the family, that will help.', 'BEF 10.0'),
        cite('Agree a realistic family plan, with what happens if change does not come.', 'BEF 10.0'),
      ],
    },
    action: {
      indicators: signs(
        'action',
        ['steps', 'Taking practical steps to change'],
        ['uses-services', 'Using services and their own strengths'],
        ['rehearsing', 'Trying out new ways of thinking, behaving and relating'],
      ),
      tasks: [
        cite('Help them carry out the plan; keep to short-term goals.', 'BEF 10.0'),
        cite('Make sure every appointment is kept, and speak up for them.', 'BEF 10.0'),
        cite('Review progress and what gets in the way; plan for setbacks.', 'BEF 10.0'),
        cite('Keep goals clear and praise any progress, so they are not overwhelmed.', 'BEF 10.0'),
      ],
    },
    maintenance: {
      indicators: signs(
        'maintenance',
        ['sustaining', 'Changes have lasted over time and in different situations'],
        ['coping', 'Using new skills and ways of coping on their own'],
      ),
      tasks: [
        cite('Talk about the risk of slipping back, and what might trigger it.', 'BEF 10.0'),
        cite('Plan ways of coping with those triggers.', 'BEF 10.0'),
        cite('Notice and celebrate what they have achieved.', 'BEF 10.0'),
        cite('Ask what the next goal is.', 'BEF 10.0'),
      ],
    },
    // BEF 10.0's table has five stages and no row for relapse; it is the format's sixth stage (FORMAT.md).
    // What is said of it here rests on what BEF 10.0 does say: its maintenance row is about the risk of
    // relapse, the parent's triggers and ways of coping with them, and its opening asks that the work fit
    // the stage the parent is at now, so a parent who has slipped back is met at that stage.
    relapse: {
      indicators: signs(
        'relapse',
        ['slipped', 'Old patterns have come back after changes had lasted for a time'],
        ['triggered', 'One of the triggers the parent had named came before the slip'],
      ),
      tasks: [
        cite('Work out which stage the parent is at now, and use the tasks for that stage.', 'BEF 10.0'),
        cite('Go back over their triggers and the ways of coping you planned for them.', 'BEF 10.0'),
        cite('Talk about the slip as part of the cycle of change, not as the end of it.', 'BEF 10.0'),
      ],
    },
  },
  grow: [
    {
      part: 'goal',
      name: 'Goal',
      hint: cite('What they want: short-term first, then medium and long-term.', 'BEF 10.1'),
      questions: [
        cite('What do you want to be different?', 'BEF 10.1'),
        cite('What would success look and feel like for you?', 'BEF 10.1'),
        cite('How much of this is in your control?', 'BEF 10.1'),
      ],
    },
    {
      part: 'reality',
      name: 'Reality',
      hint: cite('Where things stand now, in full.', 'BEF 10.1'),
      questions: [
        cite('What happens now?', 'BEF 10.1'),
        cite('What have you tried so far?', 'BEF 10.1'),
        cite('Who is involved, and who else could help?', 'BEF 10.1'),
        cite('What has got in the way?', 'BEF 10.1'),
      ],
    },
    {
      part: 'options',
      name: 'Options',
      hint: cite('The ways forward, with what each would cost and bring.', 'BEF 10.1'),
      questions: [
        cite('What could you do? What else?', 'BEF 10.1'),
        cite('What is good about each choice, and what are the costs or risks?', 'BEF 10.1'),
      ],
    },
    {
      part: 'will',
      name: 'Will',
      hint: cite('What will be done, by whom and when, and how much they want to.', 'BEF 10.1'),
      questions: [
        cite('What will you do, and when?', 'BEF 10.1'),
        cite('Will that get you to your goal?', 'BEF 10.1'),
        cite('Who needs to know, and what is your next step?', 'BEF 10.1'),
        cite('What help do you need, and who will give it?', 'BEF 10.1'),
      ],
    },
  ],
};
