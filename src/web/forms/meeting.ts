// The "record a meeting" form: what it shows first, how a submitted form becomes a meeting entry, and its
// rows of actions. Rows work without JavaScript: three blank ones, and "Add another action" posts the form
// back to be shown again with one more.
import type { Meeting } from '../../domain/entries.js';
import { pastDueMessage } from '../../domain/meetings.js';
import { toInstant, toUkDate } from '../../domain/time.js';
import type { Problem } from '../../services/errors.js';
import {
  dateFrom,
  datePartsFrom,
  datePartsOf,
  dateTimeFrom,
  dateTimePartsFrom,
  dateTimePartsOf,
  type DateParts,
  type DateTimeParts,
} from './dates.js';
import { textOf, listOf, yesNoOf } from './fields.js';

export interface ActionRow extends DateParts {
  what: string;
  owner: string;
}

export interface MeetingForm extends DateTimeParts {
  type: string;
  attendees: string[];
  parentsExcluded: string;
  reason: string;
  decision: string;
  actions: ActionRow[];
  shareWithFamily: string;
  note: string;
  /** The roles or agencies the meeting is restricted to; empty for everyone on the case (restrictions.ts). */
  restricted: string[];
}

/** What the case offers to choose from: the pack's types and decisions, its agencies, who may own an action. */
export interface MeetingChoices {
  types: ReadonlySet<string>;
  decisions: ReadonlySet<string>;
  agencies: ReadonlySet<string>;
  owners: ReadonlySet<string>;
}

const blankRows = 3;
/** Enough for any meeting; a bound so a crafted form cannot ask for a page of a million rows. */
const mostRows = 30;

const blankRow = (): ActionRow => ({ what: '', owner: '', day: '', month: '', year: '' });
const isBlank = (row: ActionRow) => !row.what && !row.owner && !row.day && !row.month && !row.year;

/** A blank form dated now, in UK time, with three blank actions. */
export function newMeetingForm(now: Date): MeetingForm {
  return {
    ...dateTimePartsOf(now),
    type: '',
    attendees: [],
    parentsExcluded: '',
    reason: '',
    decision: '',
    actions: Array.from({ length: blankRows }, blankRow),
    shareWithFamily: '',
    note: '',
    restricted: [],
  };
}

/**
 * The form filled in as an earlier meeting was recorded, for correcting it: its actions in their rows, in
 * their order (an action update names an action by its place), then the usual blank rows.
 */
export function meetingFormOf(entry: Meeting): MeetingForm {
  return {
    ...dateTimePartsOf(toInstant(entry.at)),
    type: entry.type,
    attendees: entry.attendees ?? [],
    parentsExcluded: yesNoOf(entry.parentsExcluded),
    reason: entry.reason ?? '',
    decision: entry.decision ?? '',
    actions: [
      ...(entry.actions ?? []).map((action) => ({
        what: action.what,
        owner: action.owner ?? '',
        ...datePartsOf(action.due),
      })),
      ...Array.from({ length: blankRows }, blankRow),
    ],
    shareWithFamily: entry.shareWithFamily ?? '',
    note: entry.note ?? '',
    restricted: entry.restricted ?? [],
  };
}

export function meetingFormFrom(body: Record<string, unknown>): MeetingForm {
  const rowNumbers = Object.keys(body)
    .flatMap((key) => /^actions-(\d+)-/.exec(key)?.[1] ?? [])
    .map(Number);
  const rows = Math.min(mostRows, Math.max(blankRows, ...rowNumbers.map((n) => n + 1)));
  return {
    ...dateTimePartsFrom(body),
    type: textOf(body.type),
    attendees: listOf(body.attendees),
    parentsExcluded: textOf(body.parentsExcluded),
    reason: textOf(body.reason),
    decision: textOf(body.decision),
    actions: Array.from({ length: rows }, (_, i) => ({
      what: textOf(body[`actions-${i}-what`]),
      owner: textOf(body[`actions-${i}-owner`]),
      ...datePartsFrom(body, `actions-${i}-due`),
    })),
    shareWithFamily: textOf(body.shareWithFamily),
    note: textOf(body.note),
    restricted: listOf(body.restricted),
  };
}

/** The form again with one more blank action ("Add another action"). */
export function withAnotherAction(form: MeetingForm): MeetingForm {
  return form.actions.length >= mostRows ? form : { ...form, actions: [...form.actions, blankRow()] };
}

/**
 * The meeting the form describes, or the problems that stop it, by field name (`actions-1-owner`). Blank
 * action rows are skipped; `rows` says which form row each of the entry's actions came from. `kept`: in a
 * correction, how many actions the meeting had, whose rows must stay filled in (each keeps its place).
 */
export function meetingFrom(
  form: MeetingForm,
  now: Date,
  choices: MeetingChoices,
  kept = 0,
): { entry: Record<string, unknown>; rows: number[] } | { problems: Problem[] } {
  const problems: Problem[] = [];
  const at = dateTimeFrom(form, now, 'the meeting', problems);
  const today = toUkDate(now);
  if (!choices.types.has(form.type)) problems.push({ path: 'type', message: 'Select the type of meeting' });
  if (form.attendees.length === 0 || form.attendees.some((ref) => !choices.agencies.has(ref)))
    problems.push({ path: 'attendees', message: 'Select the agencies that attended' });
  if (!['yes', 'no'].includes(form.parentsExcluded))
    problems.push({
      path: 'parentsExcluded',
      message: 'Select yes if the parents were excluded from the meeting',
    });
  else if (form.parentsExcluded === 'yes' && !form.reason)
    problems.push({ path: 'reason', message: 'Enter why the parents were excluded' });
  if (form.decision && !choices.decisions.has(form.decision))
    problems.push({ path: 'decision', message: 'Select a decision from the list' });
  const rows = form.actions.flatMap((row, index) => (isBlank(row) && index >= kept ? [] : [index]));
  const actions = rows.map((index) => {
    const row = form.actions[index] ?? blankRow();
    if (isBlank(row))
      problems.push({
        path: `actions-${index}-what`,
        message: `Action ${index + 1} was agreed at the meeting: a correction may change it but not remove it`,
      });
    // A new row's date is checked here; an action kept from the amended version, by the service.
    return actionFrom(row, index, choices, isBlank(row) ? [] : problems, index >= kept ? today : undefined);
  });
  if (problems.length > 0 || !at) return { problems };
  const entry: Record<string, unknown> = {
    at,
    type: form.type,
    attendees: form.attendees,
    parentsExcluded: form.parentsExcluded === 'yes',
    ...(form.parentsExcluded === 'yes' ? { reason: form.reason } : {}),
    ...(form.decision ? { decision: form.decision } : {}),
    actions,
    ...(form.shareWithFamily ? { shareWithFamily: form.shareWithFamily } : {}),
    ...(form.note ? { note: form.note } : {}),
    // Checked by the service as on any entry: each value a role or one of the case's agencies.
    ...(form.restricted.length ? { restricted: form.restricted } : {}),
  };
  return { entry, rows };
}

/** One row as an action; with `today`, a new action's due date must not have passed (domain/meetings.ts). */
function actionFrom(
  row: ActionRow,
  index: number,
  choices: MeetingChoices,
  problems: Problem[],
  today?: string,
) {
  const name = `actions-${index}`;
  const number = index + 1;
  if (!row.what)
    problems.push({ path: `${name}-what`, message: `Enter what needs to be done for action ${number}` });
  if (!choices.owners.has(row.owner))
    problems.push({ path: `${name}-owner`, message: `Select who owns action ${number}` });
  const due = dateFrom(row, `${name}-due`, `the date action ${number} is due`, problems);
  if (!due && !problems.some((p) => p.path === `${name}-due`))
    problems.push({ path: `${name}-due`, message: `Enter the date action ${number} is due` });
  else if (due && today && due < today)
    problems.push({ path: `${name}-due`, message: pastDueMessage(number) });
  return { what: row.what, owner: row.owner, due };
}

/** Where a service's problem with a meeting shows on the form: `actions[1].owner` is the owner of row `rows[1]`. */
export function meetingFieldOf(path: string, rows: number[]): string {
  const action = /^actions\[(\d+)\]\.(\w+)$/.exec(path);
  if (action) return `actions-${rows[Number(action[1])] ?? 0}-${action[2]}`;
  return path.replace(/\[\d+\]$/, '');
}
