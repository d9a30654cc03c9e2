// A case laid out in time for the rules: entries as amended, up to `now`, in time order, with the
// instants and UK calendar days the rules count with.
import { amendedEntries } from '../amendments.js';
import type { CaseFile, Person } from '../case-file.js';
import type { Contact, Entry, EntryOfKind } from '../entries.js';
import type { Pack } from '../packs/types.js';
import { dayText, toInstantMs, toUkDate, ukDayNumber, ukDayStartMs, ukDayStartOf } from '../time.js';
import { failedOutcomes, type EntryKind, type Plan } from '../vocabularies.js';
import { addWorkingDayNumbers, addWorkingDays, type Day } from './working-days.js';

export interface Timed<E extends Entry = Entry> {
  entry: E;
  ms: number;
}

/** Entries by id (as amended: an entry's corrections answer under its id). */
export interface EntriesById {
  get(id: string): Timed | undefined;
}

export interface CaseTimeline {
  file: CaseFile;
  pack: Pack;
  now: number;
  today: Day;
  opened: number;
  entries: Timed[];
  contacts: Timed<Contact>[];
  byId: EntriesById;
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
  const amended = amendedEntries(file.entries);
  const entries: Timed[] = [];
  let ordered = true;
  let last = -Infinity;
  for (let i = 0; i < amended.length; i += 1) {
    const entry = amended[i] as Entry;
    const ms = toInstantMs(entry.at);
    if (ms <= nowMs) {
      if (!(ms >= last)) ordered = false;
      last = ms;
      entries.push({ entry, ms });
    }
  }
  // Array sort is stable, so entries at the same moment stay in the order of the file. Files are mostly
  // written in time order already: then there is nothing to sort.
  if (!ordered) sortByTime(entries);
  const contacts: Timed<Contact>[] = [];
  // Grouped once by kind: detectors ask for the entries of a kind dozens of times per assessment.
  const kinds = new Map<EntryKind, Timed[]>();
  const contactGroup: Timed[] = [];
  // Per person, the contacts that saw them and those meant for them, listed in the same pass: the
  // detectors about children and adults asked for these by filtering every contact, per person, per spell.
  const sightings = new Map<string, Timed<Contact>[]>();
  const meantForPerson = new Map<string, Timed<Contact>[]>();
  const children = file.people.filter((p) => p.role === 'child');
  // A contact with no `for` is meant for every child: it goes on each child's list directly (the lists
  // found once here), not through a lookup per child per contact, which showed in long cases' profiles.
  const childLists: Timed<Contact>[][] = [];
  for (const child of children) {
    let list = meantForPerson.get(child.ref);
    if (!list) meantForPerson.set(child.ref, (list = []));
    childLists.push(list);
  }
  for (const timed of entries) {
    if (timed.entry.kind === 'contact') {
      const contact = timed as Timed<Contact>;
      contacts.push(contact);
      const { seen, seenAlone } = contact.entry;
      if (seen) for (const ref of seen) listUnder(sightings, ref, contact);
      if (seenAlone) for (const ref of seenAlone) listUnder(sightings, ref, contact);
      const meant = contact.entry.for;
      if (meant) for (const ref of meant) listUnder(meantForPerson, ref, contact);
      else {
        for (const list of childLists) if (list[list.length - 1] !== contact) list.push(contact);
      }
    }
    // Contacts, most entries, are grouped without the lookup (their group goes in the map below).
    if (timed.entry.kind === 'contact') contactGroup.push(timed);
    else {
      const group = kinds.get(timed.entry.kind);
      if (group) group.push(timed);
      else kinds.set(timed.entry.kind, [timed]);
    }
  }
  if (contactGroup.length > 0) kinds.set('contact', contactGroup);
  return {
    file,
    pack,
    now: nowMs,
    today: ukDay(nowMs),
    opened: dayStart(file.case.openedOn),
    entries,
    contacts,
    byId: new ById(entries),
    children,
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

/**
 * Sorts by time, stably, as `items.sort((a, b) => a.ms - b.ms)` does. Out of order, entries mostly are
 * so only where a correction moved one: each is moved back into place, which is quick while few are
 * out of place; past a bound the array sort finishes the job (both stable, so the order is the same).
 */
function sortByTime(items: Timed[]): void {
  let moves = 0;
  const bound = 8 * items.length + 64;
  for (let i = 1; i < items.length; i += 1) {
    const item = items[i] as Timed;
    let j = i - 1;
    while (j >= 0 && (items[j] as Timed).ms > item.ms) {
      items[j + 1] = items[j] as Timed;
      j -= 1;
      moves += 1;
    }
    items[j + 1] = item;
    if (moves > bound) {
      items.sort((a, b) => a.ms - b.ms);
      return;
    }
  }
}

/**
 * Entries by id, answered as a map of every entry in time order would (a later entry with the same id
 * replacing an earlier one): only two detectors ask (a visit's plan, a reviewed agreement), most cases
 * never, and a few questions are answered quicker by reading back from the latest entry than by making
 * the map, which is made only past them.
 */
class ById implements EntriesById {
  private map: Map<string, Timed> | undefined;
  private asked = 0;

  constructor(private readonly entries: readonly Timed[]) {}

  get(id: string): Timed | undefined {
    // The first few are found by reading back from the latest entry (the one the map would hold).
    if (!this.map && this.asked < 4) {
      this.asked += 1;
      const entries = this.entries;
      for (let i = entries.length - 1; i >= 0; i -= 1) {
        if ((entries[i] as Timed).entry.id === id) return entries[i];
      }
      return undefined;
    }
    if (!this.map) {
      this.map = new Map();
      for (const timed of this.entries) this.map.set(timed.entry.id, timed);
    }
    return this.map.get(id);
  }
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
  // Most days are YYYY-MM-DD within the UK rule: worked out there and then, quicker than the lookup.
  const start = ukDayStartOf(day);
  if (start !== null) return start;
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

/**
 * `workingDaysAfter` for two counts from the same moment (when a child's limit is passed, and twice it),
 * reading the moment's day once.
 */
export function workingDaysAfterBoth(t: CaseTimeline, ms: number, n: number, m: number): [number, number] {
  const day = ukDayNumber(ms);
  if (day === null) return [workingDaysAfter(t, ms, n), workingDaysAfter(t, ms, m)];
  const nation = t.pack.nation;
  return [
    ukDayStartMs(addWorkingDayNumbers(day, n, nation)),
    ukDayStartMs(addWorkingDayNumbers(day, m, nation)),
  ];
}

/**
 * `planAt` for moments asked in time order (never going back): a cursor over the plan changes instead
 * of reading them from the first at each moment, which made long cases quadratic.
 */
export function planCursor(t: CaseTimeline): (ms: number) => Plan {
  let plan = t.file.case.plan;
  let i = 0;
  const changes = t.planChanges;
  return (ms) => {
    while (i < changes.length && (changes[i] as Timed<EntryOfKind<'plan-change'>>).ms <= ms) {
      plan = (changes[i] as Timed<EntryOfKind<'plan-change'>>).entry.plan;
      i += 1;
    }
    return plan;
  };
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
