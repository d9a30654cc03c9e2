// The common core of the "Worried about engagement?" guide: the four steps MK 5.1.9.1–4 and BEF 11.2 share
// (talk to the line manager, record, decide how urgent, decide whom to tell), worded once. A pack asks
// them in its own order, with its own citations where its text has them.
import { cite } from '../guidance.js';
import type { Citation, Guidance, GuideQuestion } from '../types.js';

type Extra = Partial<Pick<GuideQuestion, 'hint' | 'options' | 'role' | 'next' | 'steps'>>;

/** A question of the guide: its id, kind, wording, the paragraphs it comes from, and what its answers do. */
export const question = (
  id: string,
  kind: GuideQuestion['kind'],
  text: string,
  citations: Citation[],
  extra: Extra = {},
): GuideQuestion => ({ id, kind, text, citations, ...extra });

export interface CoreCitations {
  manager: Citation[];
  recorded: Citation[];
  urgency: Citation[];
  inform: Citation[];
}

export interface CoreWording {
  /** The question asking whether to take it to the line manager, in the pack's words. */
  manager?: string;
  managerHint?: string;
  /** Steps due when the worker judges the child may be in danger today. */
  immediate?: Guidance[];
}

/** The common core's questions, with `prefix` on their ids (`mk-manager`), for a pack to put in order. */
export function coreQuestions(prefix: string, cites: CoreCitations, wording: CoreWording = {}) {
  const immediate = wording.immediate ?? [
    cite('Act today: if the child may be in danger now, ask the police to check on them.', 'MK 5.1.9.23'),
  ];
  return {
    manager: question(
      `${prefix}-manager`,
      'yes-no',
      wording.manager ?? 'Do you want to ask your line manager to discuss the case with you?',
      cites.manager,
      {
        role: 'manager',
        hint:
          wording.managerHint ??
          'Talk it through promptly. If you answer yes, your line manager is told you asked.',
      },
    ),
    recorded: question(
      `${prefix}-recorded`,
      'yes-no',
      'Is every attempt to engage, and every discussion about it, recorded on the case?',
      cites.recorded,
      {
        steps: {
          no: [
            cite('Record the missing attempts and discussions in the chronology today.', ...cites.recorded),
          ],
        },
      },
    ),
    urgency: urgencyQuestion(prefix, cites.urgency, immediate, {
      hint: 'Decide whether anything must be done straight away.',
    }),
    inform: question(
      `${prefix}-inform`,
      'agencies',
      'Which other agencies need to know about the difficulty in engaging?',
      cites.inform,
      { role: 'inform', hint: 'Each agency you choose is sent an alert with your message.' },
    ),
    message: messageQuestion(prefix, cites.inform),
  };
}

type CoreQuestions = ReturnType<typeof coreQuestions>;

/** The common core in its usual order, after a pack's own questions: manager, record, urgency, whom to tell. */
export const inCoreOrder = (core: CoreQuestions): GuideQuestion[] => [
  core.manager,
  core.recorded,
  core.urgency,
  core.inform,
  core.message,
];

/** How quickly something must happen; `immediate` are the steps due when it must be today. */
export const urgencyQuestion = (
  prefix: string,
  citations: Citation[],
  immediate: Guidance[],
  extra: Extra = {},
): GuideQuestion =>
  question(`${prefix}-urgency`, 'choice', 'How quickly must something happen?', citations, {
    role: 'urgency',
    ...extra,
    options: [
      { value: 'immediate', text: 'Today', hint: 'The child may be in danger now.' },
      {
        value: 'within-days',
        text: 'Within a few working days',
        hint: 'Worry is growing, but nobody is in danger today.',
      },
      {
        value: 'routine',
        text: 'At the next planned contact or supervision',
        hint: 'Keep to the plan and look at it again then.',
      },
    ],
    steps: { immediate },
  });

/** What the agencies chosen to be told need to know: the message their alert carries. */
export const messageQuestion = (prefix: string, citations: Citation[]): GuideQuestion =>
  question(`${prefix}-message`, 'text', 'What do the other agencies need to know?', citations, {
    role: 'message',
    hint: 'What has happened, what worries you, and what you are asking them to do or tell you.',
  });
