// Milton Keynes: what the worker does when access or engagement is poor (MK 5.1.9, 5.1.9.1–4, 5.1.9.6).
import { cite } from '../guidance.js';
import type { Guide } from '../types.js';
import { coreQuestions, inCoreOrder, question } from './common.js';

const core = coreQuestions('mk', {
  manager: ['MK 5.1.9.1'],
  recorded: ['MK 5.1.9.2'],
  urgency: ['MK 5.1.9.3', 'MK 5.1.9.22'],
  inform: ['MK 5.1.9.4'],
});

export const miltonKeynesGuide: Guide = {
  intro: cite(
    'When you cannot reach the child or the family will not engage, say what is getting in the way, then take the four steps Milton Keynes asks for: talk to your line manager, record, decide how urgent it is and decide whom to tell.',
    'MK 5.1.9',
    'MK 5.1.9.1',
  ),
  questions: [
    question('mk-difficult', 'text', 'What is proving hard to do with this family, and why?', ['MK 5.1.9'], {
      hint: 'For example, visits refused, the child never seen alone, appointments missed.',
    }),
    question('mk-child', 'text', 'What might this be doing to the child?', ['MK 5.1.9.6'], {
      hint: 'Think about what you have seen with the family together, and how the child behaves around the parents.',
    }),
    ...inCoreOrder(core),
  ],
  steps: [
    cite('Plan now what you will do if the next contact fails as well.', 'MK 5.1.9.23'),
    cite('Keep every agency working with the family told how access is going.', 'MK 5.1.9.23'),
  ],
};
