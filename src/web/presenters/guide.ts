// The guide's pages in the GOV.UK macros' terms: one question per page (radios, checkboxes or a text
// area), the "Check your answers" rows with their change links, what finishing will record, and what it
// did record. Templates only place what these return.
import type { CaseFile } from '../../domain/case-file.js';
import type { Entry } from '../../domain/entries.js';
import { agencyList, type DueStep } from '../../domain/guide.js';
import { packFor, type GuideQuestion } from '../../domain/packs/index.js';
import { listText } from '../../domain/assessment/explain.js';
import type { GuideState } from '../../services/guide.js';
import type { Told } from '../../services/told.js';
import { paths } from '../paths.js';
import { nameByRef } from './names.js';
import { receivedBy, tellThemYourself } from './told.js';

/** The value an agencies question posts for "none of them" (saved as an empty answer). */
export const noAgency = 'none';

type Item =
  | { value: string; text: string; hint?: { text: string }; checked: boolean; behaviour?: 'exclusive' }
  | { divider: string };

export interface QuestionPage {
  id: string;
  kind: GuideQuestion['kind'];
  heading: string;
  hint: string;
  /** For radios and checkboxes. */
  items: Item[];
  /** For a text answer. */
  value: string;
  action: string;
  back: string;
}

const cited = (text: string | undefined, citations: string[]) =>
  [text, `(${citations.join('; ')})`].filter(Boolean).join(' ');

/** The page for `question`, showing `value` (the saved answer, or what was just posted). */
export function questionPage(
  ref: string,
  state: GuideState,
  question: GuideQuestion,
  value: string,
  back: string,
): QuestionPage {
  const links = paths.case(ref);
  const chosen = question.kind === 'agencies' ? agencyList(value) : [value];
  const items: Item[] =
    question.kind === 'yes-no'
      ? [
          { value: 'yes', text: 'Yes', checked: value === 'yes' },
          { value: 'no', text: 'No', checked: value === 'no' },
        ]
      : question.kind === 'choice'
        ? (question.options ?? []).map((option) => ({
            value: option.value,
            text: option.text,
            ...(option.hint ? { hint: { text: option.hint } } : {}),
            checked: value === option.value,
          }))
        : question.kind === 'agencies'
          ? [
              ...state.agencies.map((agency) => ({
                value: agency.ref,
                text: agency.name,
                checked: chosen.includes(agency.ref),
              })),
              { divider: 'or' },
              {
                value: noAgency,
                text: 'None of them',
                checked: value === noAgency,
                behaviour: 'exclusive' as const,
              },
            ]
          : [];
  return {
    id: question.id,
    kind: question.kind,
    heading: question.text,
    hint: cited(
      question.kind === 'agencies' ? `Select all that apply. ${question.hint ?? ''}` : question.hint,
      question.citations,
    ),
    items,
    value: question.kind === 'text' ? value : '',
    action: links.guideQuestion(question.id),
    back,
  };
}

/** An answer as a person reads it: Yes, the option's words, the agencies' names, or the text. */
export function answerText(
  question: GuideQuestion,
  answer: string,
  agencies: readonly { ref: string; name: string }[],
): string {
  switch (question.kind) {
    case 'yes-no':
      return answer === 'yes' ? 'Yes' : answer === 'no' ? 'No' : answer;
    case 'choice':
      return question.options?.find((option) => option.value === answer)?.text ?? answer;
    case 'agencies': {
      const names = agencyList(answer).map((ref) => nameByRef(agencies, ref));
      return names.length > 0 ? names.join(', ') : 'None of them';
    }
    case 'text':
      return answer;
  }
}

/** A recorded engagement-concern's answers for the chronology: one line per question, in its words. */
export function guideAnswerLines(file: CaseFile, answers: Record<string, string>) {
  const { guide } = packFor(file.case.pack);
  return Object.entries(answers).map(([id, answer]) => {
    const question = guide.questions.find((q) => q.id === id);
    return question
      ? { label: question.text, value: answerText(question, answer, file.agencies) }
      : { label: id, value: answer };
  });
}

/** The rows of "Check your answers", each with a change link to its question. */
export function checkRows(ref: string, state: GuideState) {
  return state.path.answered.map(({ question, answer }) => ({
    key: { text: question.text },
    value: { text: answerText(question, answer, state.agencies) },
    actions: {
      items: [
        {
          href: paths.case(ref).guideQuestion(question.id),
          text: 'Change',
          visuallyHiddenText: question.text.replace(/\?$/, '').toLowerCase(),
        },
      ],
    },
  }));
}

/** What recording the answers will add to the case, in plain words. */
export function willRecord(state: GuideState): string[] {
  const byRole = (role: GuideQuestion['role']) =>
    state.path.answered.filter((step) => step.question.role === role).at(-1);
  const inform = byRole('inform');
  const lines = ['Your answers, as a “Worried about engagement” entry in the chronology'];
  if (byRole('manager')?.answer === 'yes') lines.push('A request to your line manager to discuss the case');
  if (inform && agencyList(inform.answer).length > 0)
    lines.push(
      `An alert to ${answerText(inform.question, inform.answer, state.agencies)}, with your message`,
    );
  return lines;
}

const entryTitles: Record<string, string> = {
  'engagement-concern': 'Worried about engagement: your answers',
  alert: 'Alert to the other agencies',
};

/**
 * Each entry recorded, linking to it in the chronology, with whom it reached (services/told.ts) and, for
 * anyone nobody here could receive it for, what to do instead.
 */
export function recordedEntries(ref: string, entries: Entry[], told: Record<string, Told>) {
  return entries.map((entry) => {
    const reached = told[entry.id];
    const item = { id: entry.id, href: paths.case(ref).entry(entry.id) };
    if (entry.kind === 'alert') {
      const received = reached ? receivedBy(reached) : [];
      return {
        ...item,
        text:
          received.length > 0
            ? `${entryTitles.alert}, received by ${listText(received)}`
            : `${entryTitles.alert}, received by nobody in Stickability`,
        warning: reached ? tellThemYourself(reached, 'your alert') : null,
      };
    }
    if (entry.kind === 'engagement-concern' && entry.managerAsked) {
      const manager = reached?.manager;
      return {
        ...item,
        text: `${entryTitles[entry.kind]}, and your request to your line manager${manager ? ` (${manager})` : ''} to discuss the case`,
        warning: manager
          ? null
          : 'You have no line manager in Stickability to receive your request: ask your manager yourself (MK 5.1.9.1).',
      };
    }
    return { ...item, text: entryTitles[entry.kind] ?? entry.kind, warning: null };
  });
}

/** What is due next, each with its citations and, for a finding's step, the finding. */
export const dueSteps = (due: DueStep[]) =>
  due.map((step) => ({
    text: step.text,
    citations: step.citations.join('; '),
    finding: step.finding ?? null,
  }));
