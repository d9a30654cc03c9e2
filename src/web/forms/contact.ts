// The "record a contact" form: what it shows first, and how a submitted form becomes a contact entry.
// Messages follow the GOV.UK pattern (say what to do, not what went wrong).
import * as v from '../../domain/vocabularies.js';
import { toInstant } from '../../domain/time.js';
import { dateTimeFrom, dateTimePartsFrom, dateTimePartsOf, type DateTimeParts } from './dates.js';
import type { Problem } from '../../services/errors.js';
import type { Contact } from '../../domain/entries.js';
import { textOf, listOf, yesNoOf } from './fields.js';

export interface ContactForm extends DateTimeParts {
  mode: string;
  planned: string;
  announced: string;
  outcome: string;
  seen: string[];
  seenAlone: string[];
  childViews: string[];
  behaviours: string[];
  indicators: string[];
  contingency: string;
  reason: string;
  note: string;
  /** The roles or agencies the contact is restricted to; empty for everyone on the case (restrictions.ts). */
  restricted: string[];
}

/** A blank form dated now, in UK time. */
export function newContactForm(now: Date): ContactForm {
  return {
    ...dateTimePartsOf(now),
    mode: 'home-visit',
    planned: 'yes',
    announced: '',
    outcome: '',
    seen: [],
    seenAlone: [],
    childViews: [],
    behaviours: [],
    indicators: [],
    contingency: '',
    reason: '',
    note: '',
    restricted: [],
  };
}

export function contactFormFrom(body: Record<string, unknown>): ContactForm {
  return {
    ...dateTimePartsFrom(body),
    mode: textOf(body.mode),
    planned: textOf(body.planned),
    announced: textOf(body.announced),
    outcome: textOf(body.outcome),
    seen: listOf(body.seen),
    seenAlone: listOf(body.seenAlone),
    childViews: listOf(body.childViews),
    behaviours: listOf(body.behaviours),
    indicators: listOf(body.indicators),
    contingency: textOf(body.contingency),
    reason: textOf(body.reason),
    note: textOf(body.note),
    restricted: listOf(body.restricted),
  };
}

/**
 * The contact the form describes, or the problems that stop it, keyed by field name. A child seen
 * alone was seen, so is counted as seen too.
 */
export function contactFrom(
  form: ContactForm,
  now: Date,
): { entry: Record<string, unknown> } | { problems: Problem[] } {
  const problems: Problem[] = [];
  const at = dateTimeFrom(form, now, 'the contact', problems);
  if (!(v.contactModes as readonly string[]).includes(form.mode))
    problems.push({ path: 'mode', message: 'Select how the contact was made' });
  if (!['yes', 'no'].includes(form.planned))
    problems.push({ path: 'planned', message: 'Select yes if the contact was planned' });
  if (!(v.contactOutcomes as readonly string[]).includes(form.outcome))
    problems.push({ path: 'outcome', message: 'Select what happened' });
  if (problems.length > 0 || !at) return { problems };
  const seen = [...new Set([...form.seen, ...form.seenAlone])];
  const entry: Record<string, unknown> = {
    kind: 'contact',
    at,
    mode: form.mode,
    planned: form.planned === 'yes',
    ...(form.announced ? { announced: form.announced === 'yes' } : {}),
    outcome: form.outcome,
    seen,
    seenAlone: form.seenAlone,
    ...(form.childViews.length ? { childViews: form.childViews } : {}),
    behaviours: form.behaviours,
    indicators: form.indicators,
    ...(form.contingency ? { contingency: form.contingency } : {}),
    ...(form.reason ? { reason: form.reason } : {}),
    ...(form.note ? { note: form.note } : {}),
    ...(form.restricted.length ? { restricted: form.restricted } : {}),
  };
  return { entry };
}

/** The form filled in as an earlier contact was recorded, for correcting it. */
export function contactFormOf(entry: Contact): ContactForm {
  return {
    ...dateTimePartsOf(toInstant(entry.at)),
    mode: entry.mode,
    planned: yesNoOf(entry.planned),
    announced: yesNoOf(entry.announced),
    outcome: entry.outcome,
    seen: entry.seen ?? [],
    seenAlone: entry.seenAlone ?? [],
    childViews: entry.childViews ?? [],
    behaviours: entry.behaviours ?? [],
    indicators: entry.indicators ?? [],
    contingency: entry.contingency ?? '',
    reason: entry.reason ?? '',
    note: entry.note ?? '',
    restricted: entry.restricted ?? [],
  };
}
