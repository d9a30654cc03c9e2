// Meetings held under the case's pack: the types and decisions it names, what a recorded meeting must
// say, and every action the meetings agreed, with whether it is overdue.
import { asAmended, originalIds } from './amendments.js';
import type { Entry, Meeting } from './entries.js';
import { meetingTypeLabels } from './labels.js';
import type { Pack } from './packs/types.js';
import { inTimeOrder } from './entry-order.js';
import { toInstant } from './time.js';
import { meetingTypes, type MeetingDecision, type MeetingType } from './vocabularies.js';

/**
 * The meeting types a worker may record, by the pack's names. R7 names none of its own (it points to the
 * Greater Manchester procedure), so a pack without meetings falls back to every type, by our labels.
 */
export function meetingTypesOf(pack: Pack): { type: MeetingType; name: string }[] {
  if (pack.meetings.length > 0) return pack.meetings.map(({ type, name }) => ({ type, name }));
  return meetingTypes.map((type) => ({ type, name: meetingTypeLabels[type] }));
}

/** The decisions the pack names for its decision meeting (MK 5.1.23–26; FV adds the Reporter). */
export function decisionsOf(pack: Pack): { decision: MeetingDecision; name: string }[] {
  return pack.decisions.map(({ decision, name }) => ({ decision, name }));
}

export interface MeetingProblem {
  path: string;
  message: string;
}

/**
 * What stops a meeting being recorded under the pack: a type or decision the pack does not name, parents
 * excluded without a reason (SX 1.7.21), an action without an owner on the case or a due date, or due
 * before `today` (a UK date; `pastDueProblems`). `owners` are the refs of the case's workers and agencies;
 * `amended` is the version a correction amends.
 */
export function meetingProblems(
  meeting: Meeting,
  pack: Pack,
  owners: ReadonlySet<string>,
  today: string,
  amended?: Meeting,
): MeetingProblem[] {
  const problems: MeetingProblem[] = [];
  if (!meetingTypesOf(pack).some((named) => named.type === meeting.type))
    problems.push({ path: 'type', message: `The ${pack.name} procedure names no meeting of this type` });
  if (meeting.parentsExcluded && !meeting.reason?.trim())
    problems.push({ path: 'reason', message: 'Enter why the parents were excluded from the meeting' });
  if (meeting.decision && !pack.decisions.some((named) => named.decision === meeting.decision))
    problems.push({ path: 'decision', message: `The ${pack.name} procedure names no such decision` });
  (meeting.actions ?? []).forEach((action, index) => {
    if (!action.owner)
      problems.push({ path: `actions[${index}].owner`, message: 'Select who owns the action' });
    else if (!owners.has(action.owner))
      problems.push({
        path: `actions[${index}].owner`,
        message: 'The owner must be a worker or an agency on the case',
      });
    if (!action.due)
      problems.push({ path: `actions[${index}].due`, message: 'Enter the date the action is due' });
  });
  return [...problems, ...pastDueProblems(meeting, today, amended)];
}

/** The message for an action whose due date is already past; `number` counts from 1. */
export const pastDueMessage = (number: number) =>
  `The date action ${number} is due must be today or in the future`;

/**
 * An action agreed is due today or later (UK): one dated in the past would be overdue before anyone could
 * act on it. A correction keeps the dates its actions had: an action of the amended version, in its place,
 * may keep a date that has passed since.
 */
export function pastDueProblems(meeting: Meeting, today: string, amended?: Meeting): MeetingProblem[] {
  return (meeting.actions ?? []).flatMap((action, index) =>
    action.due !== undefined && action.due < today && action.due !== amended?.actions?.[index]?.due
      ? [{ path: `actions[${index}].due`, message: pastDueMessage(index + 1) }]
      : [],
  );
}

export interface ActionItem {
  /** The id of the meeting that agreed it. */
  meeting: string;
  /** Its position in the meeting's actions (what an `action-update` names). */
  index: number;
  meetingAt: string;
  meetingType: MeetingType;
  what: string;
  owner?: string | undefined;
  due?: string | undefined;
  /** The `at` of the update that marked it done, while it stays done. */
  doneAt: string | null;
  overdue: boolean;
}

/** An action is overdue once its due date has passed: on the day itself it is still in time. */
export function isOverdue(due: string | undefined, today: string): boolean {
  return due !== undefined && due < today;
}

/**
 * Every action of every meeting, as corrected, newest meeting first; `today` is a UK date. An action is
 * done while the latest `action-update` for it says so; a done action is never overdue.
 */
export function meetingActions(entries: readonly Entry[], today: string): ActionItem[] {
  const amended = asAmended(entries);
  const original = originalIds(entries);
  const doneAt = new Map<string, string | null>();
  for (const { entry } of inTimeOrder(amended)) {
    if (entry.kind !== 'action-update') continue;
    const meeting = original.get(entry.meeting) ?? entry.meeting;
    doneAt.set(`${meeting}#${entry.action}`, entry.done ? entry.at : null);
  }
  return inTimeOrder(amended.filter((entry): entry is Meeting => entry.kind === 'meeting'))
    .reverse()
    .flatMap(({ entry: meeting }) =>
      (meeting.actions ?? []).map((action, index) => {
        const done = doneAt.get(`${meeting.id}#${index}`) ?? null;
        return {
          meeting: meeting.id,
          index,
          meetingAt: meeting.at,
          meetingType: meeting.type,
          what: action.what,
          owner: action.owner,
          due: action.due,
          doneAt: done,
          overdue: done === null && isOverdue(action.due, today),
        };
      }),
    );
}

/** A meeting arranged (`meeting-scheduled`), and whether a meeting of its type has been recorded since. */
export interface ScheduledMeeting {
  id: string;
  type: MeetingType;
  /** When it is to be held (as written in the entry). */
  due: string;
  invited: string[];
  place?: string | undefined;
  /** The meeting recorded for it: the first of its type recorded at or after it was arranged. */
  heldAs: string | null;
  /** Its time has passed and nothing has been recorded for it. */
  awaitingRecord: boolean;
}

/** Every meeting arranged on the case, soonest first; `now` decides which are waiting to be recorded. */
export function scheduledMeetings(entries: readonly Entry[], now: Date): ScheduledMeeting[] {
  const timed = inTimeOrder(asAmended(entries));
  const meetings = timed.filter(({ entry }) => entry.kind === 'meeting');
  return timed
    .flatMap(({ entry, ms }) => {
      if (entry.kind !== 'meeting-scheduled') return [];
      const held = meetings.find(
        (meeting) => meeting.ms >= ms && (meeting.entry as Meeting).type === entry.type,
      );
      const heldAs = held ? held.entry.id : null;
      return [
        {
          id: entry.id,
          type: entry.type,
          due: entry.due,
          invited: entry.invited ?? [],
          place: entry.place,
          heldAs,
          awaitingRecord: heldAs === null && toInstant(entry.due).getTime() <= now.getTime(),
          dueMs: toInstant(entry.due).getTime(),
        },
      ];
    })
    .sort((a, b) => a.dueMs - b.dueMs)
    .map(({ dueMs: _dueMs, ...meeting }) => meeting);
}

/**
 * A correction of a meeting keeps every action of the version it amends, in its place: an `action-update`
 * names an action by its meeting's (original) id and its index, and the case reads the meeting as
 * corrected. It may change an action's words, owner or due date and add actions after them.
 */
export function keptActionProblems(meeting: Meeting, amended: Meeting): MeetingProblem[] {
  const before = amended.actions?.length ?? 0;
  const after = meeting.actions?.length ?? 0;
  if (after >= before) return [];
  return [
    {
      path: 'actions',
      message: `Keep all ${before} actions of the meeting as recorded: a correction may change an action or add new ones, but not remove one`,
    },
  ];
}
