// The "record a manager discussion" form: when, with whom, what was decided and how urgently
// (MK 5.1.9.1–4; BEF 11.2). Messages follow the GOV.UK pattern (say what to do).
import type { EntryOfKind } from '../../domain/entries.js';
import { toInstant } from '../../domain/time.js';
import { urgencies } from '../../domain/vocabularies.js';
import type { Problem } from '../../services/errors.js';
import { dateTimeFrom, dateTimePartsFrom, dateTimePartsOf, type DateTimeParts } from './dates.js';
import { listOf, textOf } from './fields.js';

type Urgency = (typeof urgencies)[number];

export interface ManagerDiscussionForm extends DateTimeParts {
  worker: string;
  decision: string;
  urgency: string;
  note: string;
  /** The roles or agencies the discussion is restricted to; empty for everyone on the case (restrictions.ts). */
  restricted: string[];
}

/**
 * Each urgency in plain words, for the radios' hints. MK 5.1.9.3 asks the manager to decide how fast to
 * respond and whether anything must happen at once; MK 5.1.9.4 and BEF 11.2 whom to tell.
 */
export const urgencyChoices: { value: Urgency; text: string; hint: string }[] = [
  {
    value: 'immediate',
    text: 'Immediate',
    hint: 'The child may not be safe now: act today, and tell the other agencies and, if needed, the police straight away (MK 5.1.9.3).',
  },
  {
    value: 'within-days',
    text: 'Within days',
    hint: 'Worry is growing but nobody is in danger today: act within a few working days, for example a joint or unannounced visit, and share what you know (MK 5.1.9.3–4; BEF 11.2).',
  },
  {
    value: 'routine',
    text: 'Routine',
    hint: 'Carry on with the plan and look at it again at the next visit or supervision; say below why nothing faster is needed (MK 5.1.9.2).',
  },
];

/** A blank form dated now, in UK time. */
export function newManagerDiscussionForm(now: Date): ManagerDiscussionForm {
  return {
    ...dateTimePartsOf(now),
    worker: '',
    decision: '',
    urgency: '',
    note: '',
    restricted: [],
  };
}

/** The form filled in as an earlier discussion was recorded, for correcting it. */
export function managerDiscussionFormOf(entry: EntryOfKind<'manager-discussion'>): ManagerDiscussionForm {
  return {
    ...dateTimePartsOf(toInstant(entry.at)),
    worker: entry.worker ?? '',
    decision: entry.decision ?? '',
    urgency: entry.urgency ?? '',
    note: entry.note ?? '',
    restricted: entry.restricted ?? [],
  };
}

export function managerDiscussionFormFrom(body: Record<string, unknown>): ManagerDiscussionForm {
  return {
    ...dateTimePartsFrom(body),
    worker: textOf(body.worker),
    decision: textOf(body.decision),
    urgency: textOf(body.urgency),
    note: textOf(body.note),
    restricted: listOf(body.restricted),
  };
}

/**
 * The entry the form describes (for the manager-discussion service), or the problems that stop it. A
 * restriction is written only when one is chosen.
 */
export function managerDiscussionFrom(
  form: ManagerDiscussionForm,
  workers: readonly string[],
  now: Date,
): { entry: Record<string, unknown> } | { problems: Problem[] } {
  const problems: Problem[] = [];
  const at = dateTimeFrom(form, now, 'the discussion', problems);
  if (!workers.includes(form.worker))
    problems.push({ path: 'worker', message: 'Select the worker you discussed the case with' });
  if (!form.decision) problems.push({ path: 'decision', message: 'Enter what you decided' });
  if (!(urgencies as readonly string[]).includes(form.urgency))
    problems.push({ path: 'urgency', message: 'Select how urgently the decision must be acted on' });
  if (problems.length > 0 || !at) return { problems };
  return {
    entry: {
      at,
      worker: form.worker,
      decision: form.decision,
      urgency: form.urgency,
      ...(form.note ? { note: form.note } : {}),
      // Checked by the service as on any entry: each value a role or one of the case's agencies.
      ...(form.restricted.length ? { restricted: form.restricted } : {}),
    },
  };
}
