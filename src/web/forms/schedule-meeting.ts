// The "arrange a meeting" form: which meeting of the pack's, when, where, and which agencies are invited.
import type { Problem } from '../../services/errors.js';
import { dateTimeFrom, dateTimePartsFrom, type DateTimeParts } from './dates.js';
import { listOf, textOf } from './fields.js';

export interface ScheduleMeetingForm extends DateTimeParts {
  type: string;
  invited: string[];
  place: string;
}

/** A blank form: no date yet, every agency on the case invited. */
export function newScheduleMeetingForm(agencies: readonly string[], type = ''): ScheduleMeetingForm {
  return { day: '', month: '', year: '', time: '', type, invited: [...agencies], place: '' };
}

export function scheduleMeetingFormFrom(body: Record<string, unknown>): ScheduleMeetingForm {
  return {
    ...dateTimePartsFrom(body),
    type: textOf(body.type),
    invited: listOf(body.invited),
    place: textOf(body.place),
  };
}

/** The entry the form describes (for `meetings.schedule`), or the problems that stop it. */
export function scheduledMeetingFrom(
  form: ScheduleMeetingForm,
  choices: { types: readonly string[]; agencies: readonly string[] },
  now: Date,
): { entry: Record<string, unknown> } | { problems: Problem[] } {
  const problems: Problem[] = [];
  if (!choices.types.includes(form.type))
    problems.push({ path: 'type', message: 'Select the type of meeting' });
  const due = dateTimeFrom(form, now, 'the meeting', problems, 'future');
  if (form.invited.length === 0 || form.invited.some((agency) => !choices.agencies.includes(agency)))
    problems.push({ path: 'invited', message: 'Select the agencies invited to the meeting' });
  if (problems.length > 0 || !due) return { problems };
  return {
    entry: { type: form.type, due, invited: form.invited, ...(form.place ? { place: form.place } : {}) },
  };
}
