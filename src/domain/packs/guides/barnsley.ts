// Barnsley: the lead professional's responsibility when engagement is difficult (BEF 11.2).
import { cite } from '../guidance.js';
import type { Guide } from '../types.js';
import { coreQuestions, question } from './common.js';

const core = coreQuestions(
  'bef',
  { manager: ['BEF 11.2'], recorded: ['BEF 11.2'], urgency: ['BEF 11.2'], inform: ['BEF 11.2'] },
  {
    immediate: [
      cite(
        'Act today: where you fear serious harm, follow the LSCB child protection procedures.',
        'BEF 11.2',
      ),
    ],
  },
);

export const barnsleyGuide: Guide = {
  intro: cite(
    'When engagement is stopping you from working with the family, Barnsley asks the lead professional to say what is hard and why, then to act promptly: talk to the line manager, record, gather and share information, and judge how urgent it is.',
    'BEF 11.2',
  ),
  questions: [
    question(
      'bef-difficult',
      'text',
      'Which part of engaging the family is hard to achieve, and why?',
      ['BEF 11.2'],
      { hint: 'For example, appointments missed, visits cut short, one parent never there.' },
    ),
    question(
      'bef-impact',
      'text',
      'How is this affecting the Early Help Assessment, the action plan and the child?',
      ['BEF 11.2'],
      { hint: 'Think about the child’s wellbeing and safety as well as the work itself.' },
    ),
    core.manager,
    core.recorded,
    question(
      'bef-gathered',
      'yes-no',
      'Have you asked the other services that know the family what they see?',
      ['BEF 11.2'],
      {
        steps: {
          no: [cite('Gather information from the other services that know the family.', 'BEF 11.2')],
        },
      },
    ),
    core.urgency,
    core.inform,
    core.message,
  ],
  steps: [
    cite(
      'Meet as a team around the family to talk about the barriers to engagement and agree an action plan.',
      'BEF 11.2',
    ),
  ],
};
