// Reading the family plan's forms: a stage of change, a GROW goal, a plan review. Each returns the entry's
// fields or the problems to show; the service checks the rest (references, the pack's signs). A stage or a
// goal being corrected starts as its latest version recorded it (`stageFormOf`, `goalFormOf`).
import type { GoalEntry, StageEntry } from '../../domain/family-work.js';
import type { Pack } from '../../domain/packs/types.js';
import { progressLevels, stagesOfChange } from '../../domain/vocabularies.js';
import type { Problem } from '../../services/errors.js';
import { dateFrom, datePartsFrom, datePartsOf, type DateParts } from './dates.js';
import { listOf, textOf } from './fields.js';

type Body = Record<string, unknown>;
type Read = { entry: Record<string, unknown> } | { problems: Problem[] };

const isOneOf = <T extends string>(values: readonly T[], value: string): value is T =>
  (values as readonly string[]).includes(value);
const optional = (name: string, value: string) => (value ? { [name]: value } : {});

export interface StageForm {
  person: string;
  stage: string;
  indicators: string[];
  note: string;
}

export const stageFormFrom = (body: Body): StageForm => ({
  person: textOf(body.person),
  stage: textOf(body.stage),
  indicators: listOf(body.indicators),
  note: textOf(body.note),
});

/** The form filled in as a stage of change was recorded, for correcting it. */
export const stageFormOf = (entry: StageEntry): StageForm => ({
  person: entry.person,
  stage: entry.stage,
  indicators: entry.indicators ?? [],
  note: entry.note ?? '',
});

/** A sign of a stage other than the one chosen is refused, naming `indicators`. */
export function stageFrom(form: StageForm, pack: Pack): Read {
  const problems: Problem[] = [];
  if (!form.person) problems.push({ path: 'person', message: 'Select the parent or carer' });
  if (!isOneOf(stagesOfChange, form.stage)) {
    problems.push({ path: 'stage', message: 'Select the stage of change' });
    return { problems };
  }
  if (problems.length) return { problems };
  const signs = new Set(pack.familyWork.stagesOfChange[form.stage].indicators.map((sign) => sign.id));
  if (form.indicators.some((id) => !signs.has(id)))
    return { problems: [{ path: 'indicators', message: 'Tick only the signs of the stage you chose' }] };
  const { indicators } = form;
  return {
    entry: {
      person: form.person,
      stage: form.stage,
      ...(indicators.length ? { indicators } : {}),
      ...optional('note', form.note),
    },
  };
}

export interface GoalForm {
  person: string;
  goal: string;
  reality: string;
  options: string;
  will: string;
  due: DateParts;
}

export const goalFormFrom = (body: Body): GoalForm => ({
  person: textOf(body.person),
  goal: textOf(body.goal),
  reality: textOf(body.reality),
  options: textOf(body.options),
  will: textOf(body.will),
  due: datePartsFrom(body, 'due'),
});

/** The form filled in as a goal was set, for correcting it. */
export const goalFormOf = (entry: GoalEntry): GoalForm => ({
  person: entry.person,
  goal: entry.goal,
  reality: entry.reality ?? '',
  options: entry.options ?? '',
  will: entry.will ?? '',
  due: datePartsOf(entry.due),
});

/**
 * The goal's fields, or the problems. A due date may not be before `today`; a correction's (`setOn`, the
 * UK date the goal was set) may not be before the goal was set, so a goal now overdue can still be put right.
 */
export function goalFrom(form: GoalForm, today: string, setOn?: string): Read {
  const problems: Problem[] = [];
  if (!form.person) problems.push({ path: 'person', message: 'Select whose goal it is' });
  if (!form.goal) problems.push({ path: 'goal', message: 'Enter the goal' });
  const due = dateFrom(form.due, 'due', 'due date', problems);
  if (due && setOn === undefined && due < today)
    problems.push({ path: 'due', message: 'The due date must be today or later' });
  if (due && setOn !== undefined && due < setOn)
    problems.push({ path: 'due', message: 'The due date must be on or after the day the goal was set' });
  if (problems.length) return { problems };
  return {
    entry: {
      person: form.person,
      goal: form.goal,
      ...optional('reality', form.reality),
      ...optional('options', form.options),
      ...optional('will', form.will),
      ...optional('due', due ?? ''),
    },
  };
}

export interface PlanReviewForm {
  progress: string;
  goals: Record<string, string>;
  nextReviewOn: DateParts;
  note: string;
}

export const planReviewFormFrom = (body: Body, goalIds: readonly string[]): PlanReviewForm => ({
  progress: textOf(body.progress),
  goals: Object.fromEntries(goalIds.map((id) => [id, textOf(body[`goal-${id}`])])),
  nextReviewOn: datePartsFrom(body, 'nextReviewOn'),
  note: textOf(body.note),
});

export function planReviewFrom(form: PlanReviewForm, today: string): Read {
  const problems: Problem[] = [];
  if (!isOneOf(progressLevels, form.progress))
    problems.push({ path: 'progress', message: 'Select the progress of the plan as a whole' });
  const nextReviewOn = dateFrom(form.nextReviewOn, 'nextReviewOn', 'next review date', problems);
  if (!nextReviewOn && !problems.some((p) => p.path === 'nextReviewOn'))
    problems.push({ path: 'nextReviewOn', message: 'Enter the date of the next review' });
  if (nextReviewOn && nextReviewOn <= today)
    problems.push({ path: 'nextReviewOn', message: 'The next review must be after today' });
  if (problems.length) return { problems };
  const goals = Object.entries(form.goals)
    .filter(([, progress]) => isOneOf(progressLevels, progress))
    .map(([goal, progress]) => ({ goal, progress }));
  return {
    entry: {
      progress: form.progress,
      nextReviewOn,
      ...(goals.length ? { goals } : {}),
      ...optional('note', form.note),
    },
  };
}
