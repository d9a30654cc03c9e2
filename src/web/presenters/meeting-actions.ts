// Meetings' actions as the case overview and the meeting pack list them (owner by name, due date, an
// overdue tag), and the choices the meeting form offers, by the pack's names.
import type { CaseFile } from '../../domain/case-file.js';
import type { ActionItem, ScheduledMeeting } from '../../domain/meetings.js';
import { decisionSteps } from '../../domain/decisions.js';
import { decisionsOf, meetingTypesOf } from '../../domain/meetings.js';
import type { DecisionStep } from '../../domain/packs/types.js';
import type { Pack } from '../../domain/packs/types.js';
import type { Actor } from '../../domain/policy.js';
import type { MeetingChoices } from '../forms/meeting.js';
import { paths } from '../paths.js';
import { ukDate, ukDateTime } from '../uk-dates.js';
import { nameByRef } from './names.js';

export interface ActionView {
  what: string;
  owner: string;
  due: string;
  overdue: boolean;
  /** The UK date it was marked done, while it is done. */
  doneOn: string | null;
  meeting: string;
  meetingDate: string;
  meetingHref: string;
  /** Where to post to mark it done or reopen it. */
  updateHref: string;
}

/** Who an owner ref names: a worker (with their agency) or an agency on the case. */
export function ownerName(file: CaseFile, ref: string | undefined): string {
  if (!ref) return 'No owner';
  const worker = file.workers.find((w) => w.ref === ref);
  const agencyName = (agencyRef: string) => file.agencies.find((a) => a.ref === agencyRef)?.name;
  if (worker) return [worker.name, agencyName(worker.agency)].filter(Boolean).join(', ');
  return agencyName(ref) ?? ref;
}

export function meetingTypeName(pack: Pack, type: string): string {
  return meetingTypesOf(pack).find((named) => named.type === type)?.name ?? type;
}

export function presentActions(actions: readonly ActionItem[], file: CaseFile, pack: Pack): ActionView[] {
  return actions.map((action) => ({
    what: action.what,
    owner: ownerName(file, action.owner),
    due: action.due ? ukDate(action.due) : 'No date',
    overdue: action.overdue,
    doneOn: action.doneAt && ukDate(action.doneAt),
    meeting: meetingTypeName(pack, action.meetingType),
    meetingDate: ukDate(action.meetingAt),
    meetingHref: paths.case(file.case.ref).entry(action.meeting),
    updateHref: paths.case(file.case.ref).updateAction(action.meeting, action.index),
  }));
}

export interface ArrangedMeetingView {
  type: string;
  when: string;
  place: string | null;
  invited: string;
  /** Its time has passed and nothing has been recorded for it yet. */
  awaitingRecord: boolean;
  recordHref: string;
}

/** The meetings arranged and not yet recorded, soonest first. */
export function presentArrangedMeetings(
  meetings: readonly ScheduledMeeting[],
  file: CaseFile,
  pack: Pack,
): ArrangedMeetingView[] {
  const agencyName = (ref: string) => nameByRef(file.agencies, ref);
  return meetings
    .filter((meeting) => meeting.heldAs === null)
    .map((meeting) => ({
      type: meetingTypeName(pack, meeting.type),
      when: ukDateTime(meeting.due),
      place: meeting.place ?? null,
      invited: meeting.invited.map(agencyName).join(', '),
      awaitingRecord: meeting.awaitingRecord,
      recordHref: paths.case(file.case.ref).recordArrangedMeeting(meeting.id),
    }));
}

export interface MeetingFormChoices {
  types: { value: string; text: string }[];
  /** Each with a hint naming the next steps it adds, where the pack names any. */
  decisions: { value: string; text: string; hint: string | null }[];
  agencies: { value: string; text: string }[];
  owners: { value: string; text: string }[];
}

/**
 * What the form offers: the pack's meeting types and decisions, the case's agencies, and as owners the
 * case's workers (the recording worker among them, whom recording adds to the case) and its agencies.
 */
export function meetingFormChoices(file: CaseFile, pack: Pack, actor: Actor): MeetingFormChoices {
  const workers = file.workers.some((w) => w.ref === actor.workerRef)
    ? file.workers
    : [...file.workers, { ref: actor.workerRef, agency: actor.agencyRef, name: actor.name }];
  const withActor = { ...file, workers };
  return {
    types: meetingTypesOf(pack).map(({ type, name }) => ({ value: type, text: name })),
    decisions: decisionsOf(pack).map(({ decision, name }) => ({
      value: decision,
      text: name,
      hint: stepsHint(decisionSteps(pack, decision)),
    })),
    agencies: file.agencies.map((agency) => ({ value: agency.ref, text: agency.name })),
    owners: [
      ...workers.map((worker) => ({ value: worker.ref, text: ownerName(withActor, worker.ref) })),
      ...file.agencies.map((agency) => ({ value: agency.ref, text: `${agency.name} (the agency)` })),
    ],
  };
}

/** The choices as sets of values, for reading the form. */
export function choiceSets(choices: MeetingFormChoices): MeetingChoices {
  const values = (items: { value: string }[]) => new Set(items.map((item) => item.value));
  return {
    types: values(choices.types),
    decisions: values(choices.decisions),
    agencies: values(choices.agencies),
    owners: values(choices.owners),
  };
}

/** "Adds as your actions: Strategy discussion (next working day), Legal planning meeting (within 5 working days)". */
function stepsHint(steps: DecisionStep[]): string | null {
  if (steps.length === 0) return null;
  const due = (days: number) => (days === 1 ? 'next working day' : `within ${days} working days`);
  const named = (step: DecisionStep) => step.text.split(':')[0] ?? step.text;
  return `Adds as your actions: ${steps.map((step) => `${named(step)} (${due(step.workingDays)})`).join('; ')}`;
}
