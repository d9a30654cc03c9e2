// Builds one demo case file an entry at a time: ids e1, e2, … in the order entries are added, which must
// be time order; the workers list is taken from the staff the entries name.
import { formatVersion, type CaseFile, type Needs, type Person } from '../../domain/case-file.js';
import type { Entry, EntryOfKind } from '../../domain/entries.js';
import type { ContactMode, ContactOutcome, EntryKind, PersonRole, Plan } from '../../domain/vocabularies.js';
import { demoAgencies, demoStaff, type DemoAgencyRef } from './staff.js';

export type EntryFields<K extends EntryKind> = Omit<EntryOfKind<K>, 'id' | 'kind' | 'at'>;

/** Who recorded an entry: one of the constants in staff.ts. */
export interface RecordedBy {
  agency: string;
  worker: string;
}

export interface CaseOutline {
  ref: string;
  plan: Plan;
  openedOn: string;
  nextReviewOn: string;
  agencies: readonly DemoAgencyRef[];
  people: Person[];
}

export function child(ref: string, name: string, dateOfBirth: string, needs?: Needs): Person {
  return { ref, role: 'child', name, dateOfBirth, ...(needs ? { needs } : {}) };
}

export function adult(
  ref: string,
  role: Exclude<PersonRole, 'child'>,
  name: string,
  links: Pick<Person, 'livesWithChildren' | 'hasContactWith' | 'needs' | 'dateOfBirth'> = {},
): Person {
  return { ref, role, name, ...links };
}

export function demoCase(outline: CaseOutline) {
  const entries: Entry[] = [];

  function add<K extends EntryKind>(kind: K, at: string, fields: EntryFields<K>): string {
    const id = `e${entries.length + 1}`;
    entries.push({ id, kind, at, ...fields } as unknown as Entry);
    return id;
  }

  return {
    add,
    /** A contact by `by`, planned and announced unless `fields` says otherwise. */
    contact: (
      at: string,
      by: RecordedBy,
      mode: ContactMode,
      outcome: ContactOutcome,
      fields: Omit<EntryFields<'contact'>, 'mode' | 'outcome'> = {},
    ) => add('contact', at, { ...by, mode, planned: true, announced: true, outcome, ...fields }),
    /** A lead allocation to `worker`, recorded by social care. */
    allocate: (at: string, worker: string, note?: string) =>
      add('allocation', at, { agency: 'csc', worker, role: 'lead', ...(note ? { note } : {}) }),
    build: (): CaseFile => ({
      format: formatVersion,
      case: {
        ref: outline.ref,
        pack: 'milton-keynes',
        plan: outline.plan,
        openedOn: outline.openedOn,
        nextReviewOn: outline.nextReviewOn,
      },
      agencies: outline.agencies.map((ref) => ({
        ref,
        type: demoAgencies[ref].type,
        name: demoAgencies[ref].name,
      })),
      workers: workersNamed(outline, entries),
      people: outline.people,
      entries: inTimeOrder(outline.ref, entries),
    }),
  };
}

function inTimeOrder(caseRef: string, entries: Entry[]): Entry[] {
  entries.forEach((entry, index) => {
    const before = entries[index - 1];
    if (before && entry.at < before.at) {
      throw new Error(`${caseRef}: ${entry.id} (${entry.at}) is earlier than ${before.id} (${before.at})`);
    }
  });
  return entries;
}

function workersNamed(outline: CaseOutline, entries: Entry[]) {
  const refs = new Set(entries.flatMap(staffRefsOf));
  return Object.entries(demoStaff)
    .filter(([ref]) => refs.has(ref))
    .map(([ref, { agency, name }]) => {
      if (!outline.agencies.includes(agency))
        throw new Error(`${outline.ref}: ${ref} works for ${agency}, not on the case`);
      return { ref, agency, name };
    });
}

function staffRefsOf(entry: Entry): string[] {
  const refs = entry.worker ? [entry.worker] : [];
  if (entry.kind === 'manager-discussion' && entry.manager) refs.push(entry.manager);
  if (entry.kind === 'supervision' && entry.supervisor) refs.push(entry.supervisor);
  if (entry.kind === 'incident' && entry.against) refs.push(entry.against);
  if (entry.kind === 'visit-plan' && entry.managerAgreedLone) refs.push(entry.managerAgreedLone);
  if (entry.kind === 'meeting') refs.push(...(entry.actions ?? []).flatMap((action) => action.owner ?? []));
  const unknown = refs.find((ref) => !(ref in demoStaff) && !(ref in demoAgencies));
  if (unknown) throw new Error(`entry ${entry.id} names ${unknown}, who is not on the demo staff`);
  return refs.filter((ref) => ref in demoStaff);
}
