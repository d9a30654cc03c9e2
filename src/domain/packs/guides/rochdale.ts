// Rochdale's briefing: reflect in supervision on its questions, and keep going (R7 "What to do",
// "Questions", "Working with resistance"). It names no urgency or whom to tell, so the common core's
// steps follow (MK 5.1.9.2–4; BEF 11.2).
import { cite } from '../guidance.js';
import type { Guide } from '../types.js';
import { coreQuestions, inCoreOrder, question } from './common.js';

const questions = 'R7 "Questions"';

const core = coreQuestions(
  'r7',
  {
    manager: ['R7 "What to do"'],
    recorded: ['MK 5.1.9.2', 'BEF 11.2'],
    urgency: ['MK 5.1.9.3', 'BEF 11.2'],
    inform: ['R7 "Working with resistance"', 'MK 5.1.9.4'],
  },
  {
    manager: 'Do you want to take this to supervision with your line manager?',
    managerHint: 'Be ready to challenge and to be challenged. If you answer yes, your line manager is told.',
  },
);

export const rochdaleGuide: Guide = {
  intro: cite(
    'Rochdale’s briefing asks you to reflect in supervision on a few questions and to keep going with the family. Its questions come first; how urgent it is and whom to tell follow the common steps.',
    'R7 "What to do"',
    questions,
  ),
  questions: [
    question('r7-child', 'text', 'What is life like for the child now, and is the work still about them?', [
      questions,
    ]),
    question(
      'r7-whole-picture',
      'yes-no',
      'Does the assessment take in the child’s whole history, what is new, and men who live elsewhere?',
      [questions],
      {
        steps: {
          no: [
            cite(
              'Update the assessment with what is new, including men who do not live in the home.',
              questions,
            ),
          ],
        },
      },
    ),
    question(
      'r7-optimism',
      'yes-no',
      'Could you be seeing the family more hopefully than the evidence allows?',
      [questions],
      {
        hint: 'This is the rule of optimism.',
        steps: { yes: [cite('Test in supervision whether the evidence supports your view.', questions)] },
      },
    ),
    question(
      'r7-advice',
      'yes-no',
      'Do you need advice from adult services, for example on substance misuse or mental health?',
      [questions],
      { steps: { yes: [cite('Ask adult services for advice.', questions)] } },
    ),
    question(
      'r7-referral',
      'yes-no',
      'Should the child be referred, or referred again, to Children’s Social Care?',
      [questions],
      { steps: { yes: [cite('Refer the child to Children’s Social Care.', questions)] } },
    ),
    ...inCoreOrder(core),
  ],
  steps: [
    cite(
      'Keep going: be reliable, available and persistent with the family.',
      'R7 "Working with resistance"',
    ),
    cite('Read the Greater Manchester procedure on persistent non-engagement.', 'R7 "What to do"'),
  ],
};
