// A case laid out in time for the rules: entries as amended, up to `now`, in time order, with the
// instants and UK calendar days the rules count with.
import { asAmended } from '../amendments.js';
import type { CaseFile, Person } from '../case-file.js';
import type { Contact, Entry, EntryOfKind } from '../entries.js';
import type { Pack } from '../packs/types.js';
import { dayText, toInstantMs, toUkDate, ukDayNumber, ukDayStartMs } from '../time.js';
import { failedOutcomes, type EntryKind, type Plan } from '../vocabularies.js';
import { addWorkingDayNumbers, addWorkingDays, type Day } from './working-days.js';

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
  /** The entries of each kind, in time order (what `ofKind` answers from). */
  kinds: ReadonlyMap<EntryKind, readonly Timed[]>;
  /** The plan-change entries, in time order (what `planAt` answers from). */
  planChanges: readonly Timed<EntryOfKind<'plan-change'>>[];
  /** By person: the contacts that saw them (`seen` or `seenAlone`), in time order (see `sightingsOf`). */
  sightings: ReadonlyMap<string, readonly Timed<Contact>[]>;
  /** By person: the contacts meant for them (`for`, or every child where it is absent), in time order. */
  meantForPerson: ReadonlyMap<string, readonly Timed<Contact>[]>;
}

const failed: ReadonlySet<string> = new Set(failedOutcomes);
export const isFailedContact = (contact: Contact): boolean => failed.has(contact.outcome);

export function timelineOf(file: CaseFile, pack: Pack, now: Date): CaseTimeline {
  const nowMs = now.getTime();
  // One pass to read the times, one (stable) sort, one pass to group: an assessment starts here for every
  // entry of the case. Every time is read, after `now` too, so a file with a bad time fails as it always did.
  const entries: Timed[] = [];
  for (const entry of asAmended(file.entries)) {
    const ms = toInstantMs(entry.at);
    if (ms <= nowMs) entries.push({ entry, ms, day: '' });
  }
  // Array sort is stable, so entries at the same moment stay in the order of the file.
  entries.sort((a, b) => a.ms - b.ms);
  const contacts: Timed<Contact>[] = [];
  const byId = new Map<string, Timed>();
  // Grouped once by kind: detectors ask for the entries of a kind dozens of times per assessment.
  const kinds = new Map<EntryKind, Timed[]>();
  // Per person, the contacts that saw them and those meant for them, listed in the same pass: the
  // detectors about children and adults asked for these by filtering every contact, per person, per spell.
  const sightings = new Map<string, Timed<Contact>[]>();
  const meantForPerson = new Map<string, Timed<Contact>[]>();
  const childRefs = file.people.filter((p) => p.role === 'child').map((p) => p.ref);
  for (const timed of entries) {
    timed.day = ukDay(timed.ms);
    if (timed.entry.kind === 'contact') {
      const contact = timed as Timed<Contact>;
      contacts.push(contact);
      for (const ref of contact.entry.seen ?? []) listUnder(sightings, ref, contact);
      for (const ref of contact.entry.seenAlone ?? []) listUnder(sightings, ref, contact);
      for (const ref of contact.entry.for ?? childRefs) listUnder(meantForPerson, ref, contact);
    }
    byId.set(timed.entry.id, timed);
    const group = kinds.get(timed.entry.kind);
    if (group) group.push(timed);
    else kinds.set(timed.entry.kind, [timed]);
  }
  return {
    file,
    pack,
    now: nowMs,
    today: ukDay(nowMs),
    opened: dayStart(file.case.openedOn),
    entries,
    contacts,
    byId,
    children: file.people.filter((p) => p.role === 'child'),
    adultsAround: file.people.filter(
      (p) =>
        p.role !== 'child' && ((p.livesWithChildren?.length ?? 0) > 0 || (p.hasContactWith?.length ?? 0) > 0),
    ),
    people: new Map(file.people.map((p) => [p.ref, p])),
    kinds,
    planChanges: (kinds.get('plan-change') ?? []) as Timed<EntryOfKind<'plan-change'>>[],
    sightings,
    meantForPerson,
  };
}

/** Adds a contact to a person's list once (a ref named twice on one contact lists it once). */
function listUnder(lists: Map<string, Timed<Contact>[]>, ref: string, contact: Timed<Contact>): void {
  const list = lists.get(ref);
  if (!list) lists.set(ref, [contact]);
  else if (list[list.length - 1] !== contact) list.push(contact);
}

const none: readonly Timed<Contact>[] = [];

/** The contacts that saw a person (`seenIn`), in time order: the same as filtering the contacts. */
export const sightingsOf = (t: CaseTimeline, ref: string): readonly Timed<Contact>[] =>
  t.sightings.get(ref) ?? none;

/** The contacts meant for a person (`meantFor` includes them), in time order: the same as filtering the contacts. */
export const contactsMeantFor = (t: CaseTimeline, ref: string): readonly Timed<Contact>[] =>
  t.meantForPerson.get(ref) ?? none;

/** The entries of a kind, in time order (a new array: callers may change it). */
export function ofKind<K extends EntryKind>(t: CaseTimeline, kind: K): Timed<EntryOfKind<K>>[] {
  return (t.kinds.get(kind)?.slice() ?? []) as Timed<EntryOfKind<K>>[];
}

export function ukDay(ms: number): Day {
  const n = ukDayNumber(ms);
  return n === null ? toUkDate(new Date(ms)) : dayText(n);
}

// Days' starts are kept (up to a bound): detectors ask for the same review or due dates again and again.
const dayStarts = new Map<Day, number>();

/** UK midnight at the start of a calendar day. */
export function dayStart(day: Day): number {
  let ms = dayStarts.get(day);
  if (ms === undefined) {
    ms = toInstantMs(`${day}T00:00`);
    if (dayStarts.size < 100_000) dayStarts.set(day, ms);
  }
  return ms;
}
export const daysMs = (days: number) => days * 86_400_000;

/** The start of the day `n` working days after the day of `ms`: when "more than n-1 working days" begins. */
export function workingDaysAfter(t: CaseTimeline, ms: number, n: number): number {
  // By day numbers, without making the days' text: this is asked for every sighting of every child.
  const day = ukDayNumber(ms);
  if (day === null) return dayStart(addWorkingDays(ukDay(ms), n, t.pack.nation));
  return ukDayStartMs(addWorkingDayNumbers(day, n, t.pack.nation));
}

/** The plan at a moment: the case's plan, as changed by plan-change entries up to then. */
export function planAt(t: CaseTimeline, ms: number): Plan {
  let plan = t.file.case.plan;
  for (const timed of t.planChanges) {
    if (timed.ms > ms) break;
    plan = timed.entry.plan;
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
