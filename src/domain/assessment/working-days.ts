// Working days exclude weekends and the bank holidays of the pack's nation (FINDINGS.md). The bank
// holidays come from date-holidays (maintained, with the UK's one-off days such as coronations);
// a year is read once and kept.
import Holidays from 'date-holidays';
import type { Nation } from '../packs/types.js';
import { dayText } from '../time.js';

const region: Record<Nation, string> = { 'england-and-wales': 'ENG', scotland: 'SCT' };
const cache = new Map<string, ReadonlySet<string>>();
// One calendar per nation: making one reads the whole country's rules (milliseconds), and its holidays of
// a year are the same whichever instance is asked.
const calendars = new Map<Nation, Holidays>();

function bankHolidays(nation: Nation, year: number): ReadonlySet<string> {
  const key = `${nation}:${year}`;
  let days = cache.get(key);
  if (!days) {
    let calendar = calendars.get(nation);
    if (!calendar) {
      calendar = new Holidays('GB', region[nation]);
      calendars.set(nation, calendar);
    }
    days = new Set(
      calendar
        .getHolidays(year)
        .filter((holiday) => holiday.type === 'public' || holiday.type === 'bank')
        .map((holiday) => holiday.date.slice(0, 10)),
    );
    cache.set(key, days);
  }
  return days;
}

/** A calendar day as YYYY-MM-DD; day arithmetic is done in UTC, where every day has 24 hours. */
export type Day = string;

// Inside, a day is a day number (days since 1970-01-01, in UTC) and the YYYY-MM-DD text is made only at
// the edges. The rules count working days for every sighting of every child; stepping through the days
// as text (a Date and an ISO string per step) was once most of the time an assessment took.
const dayMs = 86_400_000;

// Day numbers of day texts, kept (up to a bound): most day texts the rules pass here are the same few
// thousand strings, and a lookup is quicker than reading three numbers out of one.
const dayNumbers = new Map<Day, number>();

/** The day number of a day. */
export function dayNumberOf(day: Day): number {
  let n = dayNumbers.get(day);
  if (n === undefined) {
    n = Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / dayMs;
    if (dayNumbers.size < 100_000) dayNumbers.set(day, n);
  }
  return n;
}

// Days from 1900 to 2199 have their working-day flag kept once known: one byte a day per nation,
// 0 not yet known, 1 a working day, 2 a weekend or bank holiday. Days outside are worked out each time.
const keptFrom = Date.UTC(1900, 0, 1) / dayMs;
const keptUntil = Date.UTC(2200, 0, 1) / dayMs;
const kept = (n: number) => n >= keptFrom && n < keptUntil;
const flags: Record<Nation, Uint8Array> = {
  'england-and-wales': new Uint8Array(keptUntil - keptFrom),
  scotland: new Uint8Array(keptUntil - keptFrom),
};

/** Whether the day of a day number is a working day in the nation. */
export function isWorkingDayNumber(n: number, nation: Nation): boolean {
  if (!kept(n)) return workingDay(n, nation);
  const known = flags[nation];
  let flag = known[n - keptFrom] as number;
  if (flag === 0) {
    flag = workingDay(n, nation) ? 1 : 2;
    known[n - keptFrom] = flag;
  }
  return flag === 1;
}

function workingDay(n: number, nation: Nation): boolean {
  const weekday = new Date(n * dayMs).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  const day = dayText(n);
  return !bankHolidays(nation, Number(day.slice(0, 4))).has(day);
}

// "n working days after" in one step instead of a walk: over a span of whole years the working days are
// listed in order, with how many fall before each day, so the answer is a lookup. The span grows (and is
// listed again) when a day outside it is asked about; days outside 1900–2199 are walked to.
interface Span {
  from: number;
  until: number;
  /** The working days of the span, in order. */
  working: Int32Array;
  /** before[i]: how many working days fall in [from, from + i). */
  before: Int32Array;
}
const spans = new Map<Nation, Span>();
const yearOf = (n: number) => new Date(n * dayMs).getUTCFullYear();

function spanCovering(nation: Nation, first: number, last: number): Span | null {
  if (!kept(first) || !kept(last)) return null;
  const span = spans.get(nation);
  if (span && first >= span.from && last < span.until) return span;
  // A few years either side of what is asked, so a partnership's days are listed once or twice.
  const from = Math.max(
    keptFrom,
    Date.UTC(Math.min(yearOf(first) - 2, span ? yearOf(span.from) : Infinity), 0, 1) / dayMs,
  );
  const until = Math.min(
    keptUntil,
    Date.UTC(Math.max(yearOf(last) + 3, span ? yearOf(span.until - 1) + 1 : -Infinity), 0, 1) / dayMs,
  );
  const before = new Int32Array(until - from + 1);
  const working: number[] = [];
  for (let n = from; n < until; n += 1) {
    before[n - from] = working.length;
    if (isWorkingDayNumber(n, nation)) working.push(n);
  }
  before[until - from] = working.length;
  const listed = { from, until, working: Int32Array.from(working), before };
  spans.set(nation, listed);
  return listed;
}

/** The day number `count` working days after day number `n` (n itself when count < 1). */
export function addWorkingDayNumbers(n: number, count: number, nation: Nation): number {
  if (count < 1) return n;
  // Generous: a working week is at least one day in seven, and a span reaches whole years past it.
  const span = spanCovering(nation, n, n + 7 * count + 14);
  if (span) {
    const after = span.before[n - span.from + 1] as number; // working days up to and including n
    const found = span.working[after + count - 1];
    if (found !== undefined) return found;
  }
  let current = n;
  for (let counted = 0; counted < count;) {
    current += 1;
    if (isWorkingDayNumber(current, nation)) counted += 1;
  }
  return current;
}

export function addDays(day: Day, days: number): Day {
  return dayText(dayNumberOf(day) + days);
}

export function isWorkingDay(day: Day, nation: Nation): boolean {
  return isWorkingDayNumber(dayNumberOf(day), nation);
}

/** The day `n` working days after `day` (n ≥ 1), skipping weekends and bank holidays. */
export function addWorkingDays(day: Day, n: number, nation: Nation): Day {
  if (n < 1) return day;
  return dayText(addWorkingDayNumbers(dayNumberOf(day), n, nation));
}

/** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysBetween(from: Day, to: Day, nation: Nation): number {
  return workingDayNumbersBetween(dayNumberOf(from), dayNumberOf(to), nation);
}

/** `workingDaysBetween` for days given as day numbers. */
export function workingDayNumbersBetween(first: number, last: number, nation: Nation): number {
  if (!(last > first)) return 0;
  const span = spanCovering(nation, first, last);
  if (span)
    return (span.before[last - span.from + 1] as number) - (span.before[first - span.from + 1] as number);
  let count = 0;
  for (let n = first + 1; n <= last; n += 1) {
    if (isWorkingDayNumber(n, nation)) count += 1;
  }
  return count;
}

/** The first working day on or after `day`. */
export function workingDayFrom(day: Day, nation: Nation): Day {
  if (isWorkingDay(day, nation)) return day;
  let n = dayNumberOf(day);
  while (!isWorkingDayNumber(n, nation)) n += 1;
  return dayText(n);
}
