// Sussex: record what is hard to assess and why, keep the child in view, make sure the parents understand,
// use supervision and alert the other agencies (SX 1.7.8, 1.7.10–11, 1.7.28, 1.7.17–18, 1.7.16).
import { cite } from '../guidance.js';
import type { Guide } from '../types.js';
import { coreQuestions, inCoreOrder, question } from './common.js';

const core = coreQuestions(
  'sx',
  {
    manager: ['SX 1.7.17', 'SX 1.7.18'],
    recorded: ['SX 1.7.8'],
    urgency: ['SX 1.7.22', 'MK 5.1.9.3'],
    inform: ['SX 1.7.16', 'SX 1.7.15'],
  },
  { manager: 'Do you want to discuss this in supervision with your line manager?' },
);

export const sussexGuide: Guide = {
  intro: cite(
    'When a family is not co-operating, Sussex asks you to record what you cannot assess and why, to keep the child in view, to use supervision and to share the risks with the other agencies.',
    'SX 1.7.8',
    'SX 1.7.17',
    'SX 1.7.16',
  ),
  questions: [
    question(
      'sx-difficult',
      'text',
      'Which parts of the assessment are hard to achieve, and why?',
      ['SX 1.7.8', 'SX 1.7.7'],
      { hint: 'For example, seeing the child alone or at home, or hearing from others in the family.' },
    ),
    question('sx-child', 'text', 'What might the child be feeling when the door closes behind you?', [
      'SX 1.7.10',
      'SX 1.7.11',
    ]),
    question(
      'sx-understood',
      'yes-no',
      'Are you sure the parents understand what is expected of them, and what happens if it is not done?',
      ['SX 1.7.28'],
      {
        hint: 'Think about their reading, their understanding, and whether they need an interpreter.',
        steps: {
          no: [
            cite(
              'Explain again in a way that suits them: spoken and easy written words, an interpreter, and a summary at the end of each contact.',
              'SX 1.7.28',
            ),
          ],
        },
      },
    ),
    ...inCoreOrder(core),
  ],
  steps: [
    cite('Consider a meeting of the agencies involved to share concerns and agree a work plan.', 'SX 1.7.21'),
  ],
};
