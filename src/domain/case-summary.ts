// What the lists of cases show of one case, derived from its file without I/O (issue 18, item 2). The store
// keeps it beside the cached assessment, rebuilt whenever the assessment is, so a list is one query over
// stored summaries and never loads a case file. Whatever depends on the day (a child's age, days unseen, an
// action overdue, an incident in the last 30 days) is kept as the facts it is computed from.
import { asAmended } from './amendments.js';
import type { CaseFile } from './case-file.js';
import { inTimeOrder } from './entry-order.js';
import { leadWorkerOf } from './household.js';
import { meetingActions } from './meetings.js';
import { restrictionsOf } from './restrictions.js';
import { toInstant, toUkDate } from './time.js';
import type { Threat } from './vocabularies.js';

export interface CaseFacts {
  /** The children, with when a professional last saw each (a contact's `at`; null when none has). */
  children: { ref: string; name: string; dateOfBirth: string | null; lastSeenAt: string | null }[];
  leadWorker: string | null;
  lastEntryAt: string | null;
  /** Workers named by an allocation, each with the agency the case file names them in. */
  allocated: { worker: string; agency: string }[];
  incidents: {
    entry: string;
    at: string;
    threats: Threat[];
    against: string | null;
    managerNotified: boolean;
    frightening: boolean;
  }[];
  /** Meeting actions with a due date and not done. */
  openActions: { meeting: string; what: string; owner: string | null; due: string }[];
  /** Whether any entry is restricted: then what a reader may have of the case is worked out from the file. */
  restricted: boolean;
}

export function caseFactsOf(file: CaseFile): CaseFacts {
  const entries = asAmended(file.entries);
  const workerName = (ref?: string) => file.workers.find((w) => w.ref === ref)?.name ?? ref ?? null;
  const ownerName = (owner?: string) =>
    owner === undefined
      ? null
      : (file.workers.find((w) => w.ref === owner)?.name ??
        file.agencies.find((a) => a.ref === owner)?.name ??
        owner);
  const seen = new Map<string, string>();
  for (const { entry } of inTimeOrder(entries)) {
    if (entry.kind === 'contact') for (const ref of entry.seen ?? []) seen.set(ref, entry.at);
  }
  const allocated = new Map<string, { worker: string; agency: string }>();
  for (const entry of entries) {
    if (entry.kind !== 'allocation') continue;
    for (const w of file.workers.filter((w) => w.ref === entry.worker))
      allocated.set(`${w.agency}\u0000${w.ref}`, { worker: w.ref, agency: w.agency });
  }
  return {
    children: file.people
      .filter((person) => person.role === 'child')
      .map((child) => ({
        ref: child.ref,
        name: child.name,
        dateOfBirth: child.dateOfBirth ?? null,
        lastSeenAt: seen.get(child.ref) ?? null,
      })),
    leadWorker: leadWorkerOf(file),
    lastEntryAt: entries.reduce<string | null>(
      (last, entry) => (!last || toInstant(entry.at) > toInstant(last) ? entry.at : last),
      null,
    ),
    allocated: [...allocated.values()],
    incidents: entries.flatMap((entry) =>
      entry.kind === 'incident'
        ? [
            {
              entry: entry.id,
              at: entry.at,
              threats: entry.threats,
              against: workerName(entry.against ?? entry.worker),
              managerNotified: entry.managerNotifiedAt !== undefined,
              frightening: entry.frightening ?? false,
            },
          ]
        : [],
    ),
    // The day does not matter to which actions are open; whether one is overdue is asked on the day.
    openActions: meetingActions(file.entries, toUkDate(new Date(0))).flatMap((action) =>
      action.doneAt === null && action.due
        ? [{ meeting: action.meeting, what: action.what, owner: ownerName(action.owner), due: action.due }]
        : [],
    ),
    restricted: restrictionsOf(file.entries).size > 0,
  };
}

/** Whether the case names the worker `workerRef` of `agencyRef` in an allocation. */
export const isAllocatedTo = (facts: CaseFacts, agencyRef: string, workerRef: string): boolean =>
  facts.allocated.some((a) => a.worker === workerRef && a.agency === agencyRef);
