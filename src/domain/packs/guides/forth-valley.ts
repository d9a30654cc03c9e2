// Forth Valley follows its flowchart: worried about the child's wellbeing or safety → initial considerations
// (language, disability, culture, chances to explain) → still worried the child is at risk → the actions it
// lists. Not worried at either question ends the guide there.
import { cite } from '../guidance.js';
import type { Guide } from '../types.js';
import { messageQuestion, question, urgencyQuestion } from './common.js';

const start = 'FV "Start"';
const initial = 'FV "Initial Considerations"';
const stillAtRisk = 'FV "Are you worried the child is still at risk"';
const consider = 'FV "Consider"';
const best = 'FV "Best Practice"';
const reporterBox = 'FV "Inform Reporter if child is already subject to compulsory measures"';

export const forthValleyGuide: Guide = {
  intro: cite(
    'Forth Valley’s flowchart: start from your worry about the child, first check what might stop the family understanding the concerns, then decide whether the child is still at risk and what to do.',
    start,
    initial,
    stillAtRisk,
  ),
  questions: [
    question('fv-worried', 'yes-no', 'Are you worried about the child’s wellbeing or safety?', [start], {
      next: { no: 'end' },
    }),
    question(
      'fv-barriers',
      'text',
      'Could language, disability or culture be getting in the way, and what have you done about it?',
      [initial, 'FV "Non-engagement"'],
      {
        hint: 'For example, an interpreter, information in another format, or advice on the family’s culture.',
      },
    ),
    question(
      'fv-explained',
      'text',
      'How have you given the parents or carers the chance to understand the concerns?',
      [initial, 'FV "Non-engagement"'],
      { hint: 'Include what not engaging means for the child, and how you explained it.' },
    ),
    question(
      'fv-still-at-risk',
      'yes-no',
      'Having done that, are you still worried the child is at risk?',
      [stillAtRisk],
      {
        next: { no: 'end' },
        steps: {
          no: [
            cite(
              'Keep recording each effort to explain the concerns, in ways the family can follow.',
              'FV "Non-engagement"',
            ),
          ],
          yes: [
            cite('Consider visiting jointly with another worker.', consider, best),
            cite('Consider a written contract with the family.', 'FV "Drawing up a written contract"'),
            cite('Change the multi-agency or child protection plan, with specific actions.', initial, best),
          ],
        },
      },
    ),
    urgencyQuestion(
      'fv',
      [consider, best],
      [
        cite('Contact the police today for an urgent check on the child.', consider),
        cite('Consider a child protection referral.', consider),
      ],
    ),
    question(
      'fv-compulsory',
      'yes-no',
      'Is the child already subject to compulsory measures of supervision?',
      [reporterBox],
      {
        hint: 'If so, the Reporter must be told when services cannot get access.',
        steps: {
          yes: [cite('Inform the Reporter that services cannot get access to the child.', reporterBox, best)],
          no: [cite('Consider whether to refer the child to the Reporter.', best)],
        },
      },
    ),
    question(
      'fv-manager',
      'yes-no',
      'Do you want your line manager to discuss this with you in supervision?',
      [initial, best],
      {
        role: 'manager',
        hint: 'Supervision, or child protection supervision where that fits. If you answer yes, your line manager is told.',
      },
    ),
    question('fv-inform', 'agencies', 'Which other agencies need to know?', [best, 'FV "Risk to staff"'], {
      role: 'inform',
      hint: 'Each agency you choose is sent an alert with your message.',
    }),
    messageQuestion('fv', [best]),
  ],
  steps: [
    cite(
      'Use the GIRFEC National Practice Model and a trauma informed approach.',
      initial,
      'FV "Risk to children"',
    ),
  ],
};
