// The "Worried about engagement?" guide (FV flowchart; MK 5.1.9.1–4; BEF 11.2): given the answers so far,
// which question comes next or whether the guide is finished; and, once it is, the entries its answers
// imply (always an engagement-concern; an alert when agencies were chosen) and what is due next.
import type { Finding } from './assessment/assess.js';
import type { Guidance, Guide, GuideQuestion, Pack } from './packs/index.js';
import { urgencies } from './vocabularies.js';

/** Question id → answer, as saved. An agencies answer is the chosen refs joined by commas. */
export type GuideAnswers = Readonly<Record<string, string>>;

export interface GuideContext {
  /** The agencies the worker may alert: the case's agencies other than their own, by ref. */
  agencies: readonly string[];
}

export interface GuideStep {
  question: GuideQuestion;
  answer: string;
}

export interface GuidePath {
  /** The questions asked so far on the way the answers lead, each with its answer. */
  answered: GuideStep[];
  /** The question to ask now, or null when the guide is finished. */
  next: GuideQuestion | null;
}

/** A step due next: from the guide's answers, from the guide itself, or from a finding on the case. */
export interface DueStep extends Guidance {
  /** The finding's title in the pack's words, when the step comes from a finding. */
  finding?: string;
}

export interface GuideOutcome {
  /** Drafts of the entries to record, for the entry service (`prepareEntry`). */
  entries: Record<string, unknown>[];
  due: DueStep[];
}

export const agencyList = (answer: string | undefined): string[] => (answer ?? '').split(',').filter(Boolean);

/** Whether the guide passes over a question: nobody to alert, or no agency chosen to send a message to. */
function skipped(question: GuideQuestion, asked: GuideStep[], context: GuideContext): boolean {
  if (question.kind === 'agencies') return context.agencies.length === 0;
  if (question.role === 'message') {
    const inform = asked.filter((step) => step.question.role === 'inform').at(-1);
    return agencyList(inform?.answer).length === 0;
  }
  return false;
}

/**
 * Follows the answers from the first question: each answer leads where its question's `next` says, else to
 * the following question. Answers to questions off that way (an earlier answer changed) are left out.
 */
export function guidePath(guide: Guide, answers: GuideAnswers, context: GuideContext): GuidePath {
  const answered: GuideStep[] = [];
  const seen = new Set<string>();
  let index = 0;
  while (index < guide.questions.length) {
    const question = guide.questions[index] as GuideQuestion;
    if (seen.has(question.id)) break; // a pack whose answers lead in a circle ends there
    seen.add(question.id);
    let answer = '';
    if (!skipped(question, answered, context)) {
      const given = answers[question.id];
      if (given === undefined || answerProblem(question, given, context)) return { answered, next: question };
      answer = given;
      answered.push({ question, answer });
    }
    const target = question.next?.[answer];
    if (target === 'end') break;
    index = target ? guide.questions.findIndex((q) => q.id === target) : index + 1;
    if (index < 0) break;
  }
  return { answered, next: null };
}

/** The question to ask now, or null when every question on the way has its answer. */
export const nextQuestion = (guide: Guide, answers: GuideAnswers, context: GuideContext) =>
  guidePath(guide, answers, context).next;

/** The question asked just before `id` on the way the answers lead, if there is one (the Back link). */
export function previousQuestion(
  guide: Guide,
  answers: GuideAnswers,
  context: GuideContext,
  id: string,
): GuideQuestion | undefined {
  const asked = guidePath(guide, answers, context).answered.map((step) => step.question);
  const at = asked.findIndex((question) => question.id === id);
  return at === -1 ? asked.at(-1) : asked[at - 1];
}

/** Whether `id` may be answered now: asked already on the way the answers lead, or the next question. */
export function isReachable(guide: Guide, answers: GuideAnswers, context: GuideContext, id: string): boolean {
  const { answered, next } = guidePath(guide, answers, context);
  return next?.id === id || answered.some((step) => step.question.id === id);
}

/** What is wrong with an answer, in the words the page shows; undefined when it will do. */
export function answerProblem(
  question: GuideQuestion,
  answer: string,
  context: GuideContext,
): string | undefined {
  switch (question.kind) {
    case 'yes-no':
      return answer === 'yes' || answer === 'no' ? undefined : 'Select yes or no';
    case 'choice':
      return question.options?.some((option) => option.value === answer) ? undefined : 'Select an answer';
    case 'text':
      if (!answer.trim()) return 'Enter your answer';
      return answer.length > 10_000 ? 'Your answer must be 10,000 characters or fewer' : undefined;
    case 'agencies':
      return agencyList(answer).every((ref) => context.agencies.includes(ref))
        ? undefined
        : 'Select the agencies from the list';
  }
}

const urgencyOf = (answer: string | undefined) =>
  (urgencies as readonly string[]).includes(answer ?? '') ? answer : undefined;

/**
 * The entries a finished guide records and what is due next: the steps its answers made due, the guide's
 * own steps, then the next steps of the case's current findings, each once. A RangeError if unfinished.
 */
export function guideOutcome(
  pack: Pack,
  answers: GuideAnswers,
  context: GuideContext & { findings: readonly Finding[] },
): GuideOutcome {
  const { answered, next } = guidePath(pack.guide, answers, context);
  if (next) throw new RangeError(`the guide is not finished: "${next.id}" has no answer`);
  const byRole = (role: GuideQuestion['role']) =>
    answered.filter((step) => step.question.role === role).at(-1)?.answer;
  const urgency = urgencyOf(byRole('urgency'));
  const to = agencyList(byRole('inform'));
  const entries: Record<string, unknown>[] = [
    {
      kind: 'engagement-concern',
      answers: Object.fromEntries(answered.map((step) => [step.question.id, step.answer])),
      ...(urgency ? { urgency } : {}),
      managerAsked: byRole('manager') === 'yes',
    },
  ];
  const codes = [...new Set(context.findings.map((finding) => finding.code))];
  const message = byRole('message');
  if (to.length > 0 && message)
    entries.push({ kind: 'alert', to, ...(codes.length > 0 ? { about: codes } : {}), message });

  const fromAnswers = answered.flatMap((step) => step.question.steps?.[step.answer] ?? []);
  const fromFindings = context.findings.flatMap((finding) =>
    finding.nextSteps.map((text): DueStep => ({
      text,
      citations: pack.findings[finding.code].nextSteps.find((step) => step.text === text)?.citations ?? [],
      finding: pack.findings[finding.code].title,
    })),
  );
  const seen = new Set<string>();
  const due = [...fromAnswers, ...pack.guide.steps, ...fromFindings].filter(
    (step) => !seen.has(step.text) && Boolean(seen.add(step.text)),
  );
  return { entries, due };
}
