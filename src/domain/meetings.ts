// Meetings held under the case's pack: the types and decisions it names, what a recorded meeting must
// say, and every action the meetings agreed, with whether it is overdue.
import { asAmended } from './amendments.js';
import type { Entry, Meeting } from './entries.js';
import { meetingTypeLabels } from './labels.js';
import type { Pack } from './packs/types.js';
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
 * excluded without a reason (SX 1.7.21), an action without an owner on the case or a due date.
 * `owners` are the refs of the case's workers and agencies.
 */
export function meetingProblems(meeting: Meeting, pack: Pack, owners: ReadonlySet<string>): MeetingProblem[] {
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
  return problems;
}

export interface ActionItem {
  /** The id of the meeting that agreed it. */
  meeting: string;
  meetingAt: string;
  meetingType: MeetingType;
  what: string;
  owner?: string | undefined;
  due?: string | undefined;
  overdue: boolean;
}

/** An action is overdue once its due date has passed: on the day itself it is still in time. */
export function isOverdue(due: string | undefined, today: string): boolean {
  return due !== undefined && due < today;
}

/** Every action of every meeting, as corrected, newest meeting first; `today` is a UK date. */
export function meetingActions(entries: readonly Entry[], today: string): ActionItem[] {
  return asAmended(entries)
    .filter((entry): entry is Meeting => entry.kind === 'meeting')
    .map((meeting, order) => ({ meeting, order, ms: toInstant(meeting.at).getTime() }))
    .sort((a, b) => b.ms - a.ms || b.order - a.order)
    .flatMap(({ meeting }) =>
      (meeting.actions ?? []).map((action) => ({
        meeting: meeting.id,
        meetingAt: meeting.at,
        meetingType: meeting.type,
        what: action.what,
        owner: action.owner,
        due: action.due,
        overdue: isOverdue(action.due, today),
      })),
    );
}
