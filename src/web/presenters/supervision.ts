// A supervision as its pages show it: each case's progress, and each question with the findings that bear on
// it (titles in the case pack's words) as the prompt under the question.
import type { Finding } from '../../domain/assessment/assess.js';
import { packFor } from '../../domain/packs/index.js';
import type { CaseFile } from '../../domain/case-file.js';
import type { Entry } from '../../domain/entries.js';
import { decisionQuestion, supervisionQuestions, type SupervisionSection } from '../../domain/supervision.js';
import type { SupervisionCase, SupervisionRecord } from '../../services/supervision.js';
import { severityTags } from './findings.js';

export const sectionHeadings: Record<SupervisionSection, string> = {
  reflective: 'Reflecting on the work',
  'impact-on-child': 'The child’s experience',
  worker: 'The impact on you',
  decision: 'Decision',
};

/** A question's form field: the textarea's name and id. */
export const answerField = (questionId: string) => `answer-${questionId}`;

export interface PromptView {
  title: string;
  explanation: string;
  tag: { text: string; classes: string };
}

export interface QuestionView {
  id: string;
  field: string;
  text: string;
  citations: string;
  answer: string;
  prompts: PromptView[];
}

export interface CaseProgress {
  ref: string;
  children: string;
  answered: number;
  questions: number;
  decided: boolean;
  findings: number;
  entryId: string | null;
}

export function caseProgress(record: SupervisionRecord): CaseProgress[] {
  return record.cases.map((c) => ({
    ref: c.ref,
    children: c.children.join(', ') || 'No children recorded',
    answered: c.questions.filter((q) => c.answers[q.id]?.trim()).length,
    questions: c.questions.length,
    decided: Boolean(c.answers.decision?.trim()),
    findings: c.findings.length,
    entryId: c.entryId,
  }));
}

/** The case's questions by section, in the order asked; `typed` overrides the saved answers (a refused form). */
export function questionSections(
  c: SupervisionCase,
  typed?: Readonly<Record<string, string>>,
): { heading: string; questions: QuestionView[] }[] {
  const pack = packFor(c.pack);
  const prompt = (f: Finding): PromptView => ({
    title: pack.findings[f.code].title,
    explanation: f.explanation,
    tag: severityTags[f.severity],
  });
  const sections = Object.keys(sectionHeadings) as SupervisionSection[];
  return sections
    .map((section) => ({
      heading: sectionHeadings[section],
      questions: c.questions
        .filter((q) => q.section === section)
        .map((q) => ({
          id: q.id,
          field: answerField(q.id),
          text: q.text,
          citations: q.citations.join('; '),
          answer: typed?.[q.id] ?? c.answers[q.id] ?? '',
          prompts: (c.prompts[q.id] ?? []).map(prompt),
        })),
    }))
    .filter((s) => s.questions.length > 0);
}

type SupervisionEntry = Extract<Entry, { kind: 'supervision' }>;

/** The fields of a supervision entry the chronology words itself (`supervisionLines`). */
export const supervisionFields: ReadonlySet<string> = new Set([
  'supervisor',
  'reflections',
  'decision',
  'answers',
]);

/**
 * One field of a supervision entry as the chronology shows it: the supervisor and the worker supervised by
 * name, the questions in the case pack's words, each answer once under its question, and the decision once.
 */
export function supervisionLines(
  entry: SupervisionEntry,
  field: string,
  file: Pick<CaseFile, 'case' | 'workers'>,
): { label: string; value: string }[] {
  const questions = supervisionQuestions(packFor(file.case.pack));
  const question = (id: string) => questions.find((q) => q.id === id)?.text ?? id;
  const workerName = (ref: string) => file.workers.find((w) => w.ref === ref)?.name ?? ref;
  switch (field) {
    case 'supervisor':
      return [
        { label: 'Supervisor', value: workerName(entry.supervisor ?? '') },
        ...(entry.worker ? [{ label: 'Worker supervised', value: workerName(entry.worker) }] : []),
      ];
    case 'reflections':
      // With the answers, each question answered is shown with what was said.
      return entry.answers || !entry.reflections?.length
        ? []
        : [{ label: 'Reflective questions answered', value: entry.reflections.map(question).join('; ') }];
    case 'decision':
      return entry.decision ? [{ label: 'Decision', value: entry.decision }] : [];
    case 'answers':
      return Object.entries(entry.answers ?? {})
        .filter(([id]) => !(id === decisionQuestion.id && entry.decision))
        .map(([id, answer]) => ({ label: question(id), value: answer }));
    default:
      return [];
  }
}
