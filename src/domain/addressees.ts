// Whom an entry is addressed to beyond the worker who records it: the agencies an alert goes to, the other
// agencies an incident is told to (MK 5.1.16), the agencies invited to a meeting, the owners of a meeting's
// actions. The notifications an entry raises reach the people here for each of them; a confirmation names
// who that was and each one nobody here could receive it for (services/told.ts).
import type { CaseFile } from './case-file.js';
import type { Entry, MeetingAction } from './entries.js';

export interface Addressees {
  /** Agency refs of the case. */
  agencies: string[];
  /** Worker refs of the case (a meeting action's owner). */
  workers: string[];
}

const none: Addressees = { agencies: [], workers: [] };

export function addresseesOf(entry: Entry, file: CaseFile): Addressees {
  switch (entry.kind) {
    case 'alert':
      return { agencies: [...new Set(entry.to)], workers: [] };
    case 'incident':
      return {
        agencies: file.agencies.map((agency) => agency.ref).filter((ref) => ref !== entry.agency),
        workers: [],
      };
    case 'meeting-scheduled':
      return { agencies: [...new Set(entry.invited ?? [])], workers: [] };
    case 'meeting': {
      const owners = new Set(toldActions(entry, file).map((action) => action.owner));
      return {
        agencies: file.agencies.map((agency) => agency.ref).filter((ref) => owners.has(ref)),
        workers: file.workers.map((worker) => worker.ref).filter((ref) => owners.has(ref)),
      };
    }
    default:
      return none;
  }
}

/**
 * The actions of a meeting whose owners are told of them: those that are new, or changed from the version
 * a correction amends (it tells nobody of what it leaves as it was), owned by someone but the recorder.
 * An owner is a worker or an agency.
 */
export function toldActions(
  entry: Extract<Entry, { kind: 'meeting' }>,
  file: CaseFile,
): (MeetingAction & { owner: string })[] {
  const amended = entry.amends ? file.entries.find((earlier) => earlier.id === entry.amends) : undefined;
  const before = amended?.kind === 'meeting' ? (amended.actions ?? []) : [];
  return (entry.actions ?? []).filter(
    (action, index): action is MeetingAction & { owner: string } =>
      Boolean(action.owner) &&
      action.owner !== entry.worker &&
      JSON.stringify(action) !== JSON.stringify(before[index]),
  );
}
