// The "plan a visit" form (MK 5.1.9.23–25; FV "Keeping Staff Safe"): the date and time of the visit, the
// time back (that day, or the next for a visit that ends after midnight), joint or lone, the pack's safety
// questions (yes or no), the manager who agreed to a lone visit, and what the worker will do if there is
// no access. Quick on a phone: the date starts as today and each question is one tap.
import type { Question } from '../../domain/packs/types.js';
import { isLocalOrOffsetDateTime, toUkLocalDateTime } from '../../domain/time.js';
import { expectedBackAfter } from '../../domain/visits.js';
import type { Problem } from '../../services/errors.js';
import type { VisitPlanInput } from '../../services/visit-plans.js';
import { clockOf, datePartsFrom, datePartsOf, type DateTimeParts } from './dates.js';
import { textOf } from './fields.js';

/** The `due` date boxes and `due-time`, then the rest. */
export interface VisitPlanForm extends DateTimeParts {
  backTime: string;
  lone: string;
  answers: Record<string, string>;
  managerAgreedLone: string;
  contingency: string;
  note: string;
}

/** A new plan for today. */
export function newVisitPlanForm(now: Date): VisitPlanForm {
  return {
    ...datePartsOf(toUkLocalDateTime(now).slice(0, 10)),
    time: '',
    backTime: '',
    lone: '',
    answers: {},
    managerAgreedLone: '',
    contingency: '',
    note: '',
  };
}

export function visitPlanFormFrom(
  body: Record<string, unknown>,
  questions: readonly Question[],
): VisitPlanForm {
  return {
    ...datePartsFrom(body, 'due'),
    time: textOf(body['due-time']),
    backTime: textOf(body['back-time']),
    lone: textOf(body.lone),
    answers: Object.fromEntries(questions.map((q) => [q.id, textOf(body[`answer-${q.id}`])])),
    managerAgreedLone: textOf(body.managerAgreedLone),
    contingency: textOf(body.contingency),
    note: textOf(body.note),
  };
}

const pad = (n: string) => n.padStart(2, '0');

/**
 * The plan the form describes, for the visit-plan service (which checks the rest), and the form's own
 * problems: a plan with problems here lacks its times, so the service refuses it too, naming the rest.
 */
export function visitPlanFrom(form: VisitPlanForm): { input: VisitPlanInput; problems: Problem[] } {
  const problems: Problem[] = [];
  const date = `${form.year}-${pad(form.month)}-${pad(form.day)}`;
  const onTheDay = (clock: string | undefined) => {
    const value = clock === undefined ? '' : `${date}T${clock}`;
    return isLocalOrOffsetDateTime(value) ? value : undefined;
  };
  const due = onTheDay(clockOf(form.time));
  const back = clockOf(form.backTime);
  if (!form.day || !form.month || !/^\d{4}$/.test(form.year) || !isLocalOrOffsetDateTime(`${date}T00:00`))
    problems.push({ path: 'due', message: 'Enter the date of the visit, like 27 3 2026' });
  else if (!due) problems.push({ path: 'due-time', message: 'Enter the time of the visit, like 14:30' });
  if (!back)
    problems.push({ path: 'expectedBack', message: 'Enter the time you expect to be back, like 15:30' });
  const lone = form.lone === 'lone' ? true : form.lone === 'joint' ? false : undefined;
  return {
    problems,
    input: {
      due,
      // A time back earlier than the visit's is after midnight, within reason (expectedBackAfter).
      expectedBack: due && back ? expectedBackAfter(due, back) : onTheDay(back),
      ...(lone === undefined ? {} : { lone }),
      answers: form.answers,
      ...(lone && form.managerAgreedLone ? { managerAgreedLone: form.managerAgreedLone } : {}),
      contingency: form.contingency,
      note: form.note,
    },
  };
}

/** Where each of the service's problems shows on the form. */
export function visitPlanField(path: string): string {
  if (path === 'expectedBack') return 'back-time';
  if (path.startsWith('answers.')) return `answer-${path.slice('answers.'.length)}`;
  return path;
}
