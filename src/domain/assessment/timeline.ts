// A case laid out in time for the rules: entries as amended, up to `now`, in time order, with the
// instants and UK calendar days the rules count with.
import { asAmended } from '../amendments.js';
import type { CaseFile, Person } from '../case-file.js';
import type { Contact, Entry, EntryOfKind } from '../entries.js';
import type { Pack } from '../packs/types.js';
import { toInstant, toUkDate } from '../time.js';
import { failedOutcomes, type EntryKind, type Plan } from '../vocabularies.js';
import { addWorkingDays, type Day } from './working-days.js';

export interface Timed<E extends Entry = Entry> {
  entry: E;
  ms: number;
  day: Day;
}

export interface CaseTimeline {
  file: CaseFile;
  pack: Pack;
  now: number;
  today: Day;
  opened: number;
  entries: Timed[];
  contacts: Timed<Contact>[];
  byId: ReadonlyMap<string, Timed>;
  children: Person[];
  /** Adults recorded as living with or seeing a child. */
  adultsAround: Person[];
  people: ReadonlyMap<string, Person>;
}

const failed: ReadonlySet<string> = new Set(failedOutcomes);
export const isFailedContact = (contact: Contact): boolean => failed.has(contact.outcome);

export function timelineOf(file: CaseFile, pack: Pack, now: Date): CaseTimeline {
  const nowMs = now.getTime();
  const entries = asAmended(file.entries)
    .map((entry, order) => ({ entry, ms: toInstant(entry.at).getTime(), order }))
    .filter((timed) => timed.ms <= nowMs)
    .sort((a, b) => a.ms - b.ms || a.order - b.order)
    .map(({ entry, ms }) => ({ entry, ms, day: ukDay(ms) }));
  return {
    file,
    pack,
    now: nowMs,
    today: ukDay(nowMs),
    opened: dayStart(file.case.openedOn),
    entries,
    contacts: entries.filter((t): t is Timed<Contact> => t.entry.kind === 'contact'),
    byId: new Map(entries.map((t) => [t.entry.id, t])),
    children: file.people.filter((p) => p.role === 'child'),
    adultsAround: file.people.filter(
      (p) =>
        p.role !== 'child' && ((p.livesWithChildren?.length ?? 0) > 0 || (p.hasContactWith?.length ?? 0) > 0),
    ),
    people: new Map(file.people.map((p) => [p.ref, p])),
  };
}

export function ofKind<K extends EntryKind>(t: CaseTimeline, kind: K): Timed<EntryOfKind<K>>[] {
  return t.entries.filter((timed): timed is Timed<EntryOfKind<K>> => timed.entry.kind === kind);
}

export const ukDay = (ms: number): Day => toUkDate(new Date(ms));
/** UK midnight at the start of a calendar day. */
export const dayStart = (day: Day): number => toInstant(`${day}T00:00`).getTime();
export const daysMs = (days: number) => days * 86_400_000;

/** The start of the day `n` working days after the day of `ms`: when "more than n-1 working days" begins. */
export function workingDaysAfter(t: CaseTimeline, ms: number, n: number): number {
  return dayStart(addWorkingDays(ukDay(ms), n, t.pack.nation));
}

/** The plan at a moment: the case's plan, as changed by plan-change entries up to then. */
export function planAt(t: CaseTimeline, ms: number): Plan {
  let plan = t.file.case.plan;
  for (const timed of t.entries) {
    if (timed.ms > ms) break;
    if (timed.entry.kind === 'plan-change') plan = timed.entry.plan;
  }
  return plan;
}

/** Whom a contact was meant for: its `for`, or every child on the case. */
export function meantFor(t: CaseTimeline, contact: Contact): string[] {
  return contact.for ?? t.children.map((child) => child.ref);
}

export const seenIn = (contact: Contact, ref: string): boolean =>
  Boolean(contact.seen?.includes(ref) || contact.seenAlone?.includes(ref));

export const nameOf = (t: CaseTimeline, ref: string): string => t.people.get(ref)?.name ?? ref;
