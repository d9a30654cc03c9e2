// Times in the exchange format: ISO 8601, and a time without an offset is Europe/London (FORMAT.md).
import { TZDate } from '@date-fns/tz';

export const ukZone = 'Europe/London';

export const calendarDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
export const dateTimePattern =
  /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?$/;

export function isCalendarDate(value: string): boolean {
  // Read by position, as the pattern and Date.UTC would judge it: the rules engine asks this of dates of
  // birth at every assessment, and the pattern and a Date each time showed in profiles.
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  let year = 0;
  for (let i = 0; i < 4; i += 1) {
    const digit = value.charCodeAt(i) - 48;
    if (digit >>> 0 > 9) return false;
    year = year * 10 + digit;
  }
  const m0 = value.charCodeAt(5) - 48;
  const m1 = value.charCodeAt(6) - 48;
  const d0 = value.charCodeAt(8) - 48;
  const d1 = value.charCodeAt(9) - 48;
  if (m0 >>> 0 > 9 || m1 >>> 0 > 9 || d0 >>> 0 > 9 || d1 >>> 0 > 9) return false;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  // Date.UTC reads years 0 to 99 as 1900 to 1999, so the year read back never matches for those.
  if (year < 100 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 ? (leap ? 29 : 28) : (daysInMonth[month - 1] as number));
}

const daysInMonth = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isLocalOrOffsetDateTime(value: string): boolean {
  const match = dateTimePattern.exec(value);
  if (!match || !isCalendarDate(match[1] ?? '')) return false;
  const [hours, minutes, seconds] = [match[2], match[3], match[4] ?? '0'].map(Number) as [
    number,
    number,
    number,
  ];
  return hours < 24 && minutes < 60 && seconds < 60 && isOffset(match[5]);
}

// An offset such as +25:00 matches the pattern but names no clock, and would make toInstant an Invalid Date.
function isOffset(offset: string | undefined): boolean {
  if (offset === undefined || offset === 'Z') return true;
  const [hours, minutes] = offset.slice(1).split(':').map(Number) as [number, number];
  return hours < 24 && minutes < 60;
}

/** The instant a format time stands for; a time without an offset is read as UK local time. */
export function toInstant(value: string): Date {
  return new Date(toInstantMs(value));
}

/** `toInstant` as milliseconds, without the Date: the rules engine reads every entry's time with it. */
export function toInstantMs(value: string): number {
  // Most times are written YYYY-MM-DDTHH:MM, as forms write them: read those by position. The rules
  // read every entry's time on every assessment, and this is several times quicker than the pattern.
  if (value.length === 16) {
    const ms = localMinuteMs(value);
    if (ms !== null) return ms;
  }
  const match = dateTimePattern.exec(value);
  if (!match) throw new RangeError(`not a date and time: ${value}`);
  if (match[5]) return new Date(value).getTime();
  const date = match[1] as string;
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  const [hours, minutes, seconds] = [Number(match[2]), Number(match[3]), Number(match[4] ?? '0')];
  return ukLocalToMs(year, month, day, hours, minutes, seconds);
}

/**
 * A 16-character value written YYYY-MM-DDTHH:MM, exactly as `dateTimePattern` would match it, as its
 * instant; null when it is not written so. Within the rule's years the wall-clock time comes from a
 * table of month starts (what Date.UTC gives, without the call); otherwise `ukLocalToMs` answers.
 */
function localMinuteMs(value: string): number | null {
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return null; // -
  if (value.charCodeAt(10) !== 84 || value.charCodeAt(13) !== 58) return null; // T, :
  const y0 = value.charCodeAt(0) - 48;
  const y1 = value.charCodeAt(1) - 48;
  const y2 = value.charCodeAt(2) - 48;
  const y3 = value.charCodeAt(3) - 48;
  const m0 = value.charCodeAt(5) - 48;
  const m1 = value.charCodeAt(6) - 48;
  const d0 = value.charCodeAt(8) - 48;
  const d1 = value.charCodeAt(9) - 48;
  const h0 = value.charCodeAt(11) - 48;
  const h1 = value.charCodeAt(12) - 48;
  const n0 = value.charCodeAt(14) - 48;
  const n1 = value.charCodeAt(15) - 48;
  // Every one a digit: 0 to 9 as unsigned numbers (a character below '0' wraps round to a large one).
  if (
    y0 >>> 0 > 9 ||
    y1 >>> 0 > 9 ||
    y2 >>> 0 > 9 ||
    y3 >>> 0 > 9 ||
    m0 >>> 0 > 9 ||
    m1 >>> 0 > 9 ||
    d0 >>> 0 > 9 ||
    d1 >>> 0 > 9 ||
    h0 >>> 0 > 9 ||
    h1 >>> 0 > 9 ||
    n0 >>> 0 > 9 ||
    n1 >>> 0 > 9
  )
    return null;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  const hours = h0 * 10 + h1;
  const minutes = n0 * 10 + n1;
  if (year >= ruleFrom && year < ruleUntil && month >= 1 && month <= 12) {
    const wall =
      ((monthStarts[(year - ruleFrom) * 12 + month - 1] as number) + day - 1) * dayMs +
      hours * hourMs +
      minutes * 60_000;
    const ms = ukWallToMs(wall);
    if (ms !== null) return ms;
  }
  return ukLocalToMs(year, month, day, hours, minutes, 0);
}

/** A format time (UK local, no offset) for an instant, to the minute: what forms and new entries write. */
export function toUkLocalDateTime(instant: Date): string {
  const ms = instant.getTime();
  const offset = ukOffsetMs(ms);
  if (offset === null) {
    const local = new TZDate(ms, ukZone);
    return `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}T${pad(local.getHours())}:${pad(local.getMinutes())}`;
  }
  const localMs = ms + offset;
  const minuteOfDay = Math.floor((localMs - Math.floor(localMs / dayMs) * dayMs) / 60_000);
  return `${dayText(Math.floor(localMs / dayMs))}T${pad(Math.floor(minuteOfDay / 60))}:${pad(minuteOfDay % 60)}`;
}

/** The UK calendar date of an instant, as YYYY-MM-DD. */
export function toUkDate(instant: Date): string {
  const ms = instant.getTime();
  const offset = ukOffsetMs(ms);
  return offset === null
    ? toUkLocalDateTime(instant).slice(0, 10)
    : dayText(Math.floor((ms + offset) / dayMs));
}

const pad = (n: number) => String(n).padStart(2, '0');

// Europe/London without asking Intl. Reading a time through TZDate costs microseconds (Intl formatting
// per instant), and the rules engine reads several per entry: at two million entries that alone was
// seconds. Since 1996 UK summer time has followed the EU rule: BST (UTC+1) from 01:00 UTC on the last
// Sunday of March to 01:00 UTC on the last Sunday of October. Within the years below the offset comes
// from that rule; outside them (the UK's earlier, varied rules, or a future the tz database may yet
// change) TZDate answers. test/unit/time.test.ts checks the two agree across the years of the rule, the
// change hours included, so a tz database that ever departs from the rule fails a test, not an assessment.
const ruleFrom = 1996;
const ruleUntil = 2100; // exclusive
const hourMs = 3_600_000;
const dayMs = 86_400_000;
const averageYearMs = 365.2425 * dayMs;

/** Each year of the rule: when it starts (UTC) and its BST span [start, end) in UTC milliseconds. */
const years = Array.from({ length: ruleUntil - ruleFrom + 1 }, (_, i) => ({
  starts: Date.UTC(ruleFrom + i, 0, 1),
  bstFrom: lastSundayMs(ruleFrom + i, 2) + hourMs,
  bstTo: lastSundayMs(ruleFrom + i, 9) + hourMs,
}));
const ruleFromMs = (years[0] as (typeof years)[number]).starts;
const ruleUntilMs = (years.at(-1) as (typeof years)[number]).starts;

/** The day number (days since 1970-01-01) of the first of each month in the rule's years, as Date.UTC has it. */
const monthStarts = Int32Array.from(
  { length: (ruleUntil - ruleFrom) * 12 },
  (_, i) => Date.UTC(ruleFrom + Math.floor(i / 12), i % 12, 1) / dayMs,
);

function lastSundayMs(year: number, month: number): number {
  const last = Date.UTC(year, month + 1, 0);
  return last - new Date(last).getUTCDay() * dayMs;
}

/** The UK's offset from UTC at an instant by the rule, or null where the rule is not known to hold. */
export function ukOffsetMs(ms: number): number | null {
  if (!(ms >= ruleFromMs && ms < ruleUntilMs)) return null; // NaN too
  // The year from the average year's length, off by at most one either way near New Year.
  let i = Math.floor((ms - ruleFromMs) / averageYearMs);
  while (ms < (years[i] as (typeof years)[number]).starts) i -= 1;
  while (ms >= (years[i + 1] as (typeof years)[number]).starts) i += 1;
  const year = years[i] as (typeof years)[number];
  return ms >= year.bstFrom && ms < year.bstTo ? hourMs : 0;
}

/**
 * The instant of a UK wall-clock time, as TZDate reads one: a time that happens twice (01:00–01:59 on the
 * last Sunday of October) is read as GMT, the later of the two; a time the clocks skip (01:00–01:59 on the
 * last Sunday of March) is read as GMT too, which is the same time an hour on in BST.
 */
function ukLocalToMs(
  year: number,
  month: number,
  day: number,
  hours: number,
  minutes: number,
  seconds: number,
): number {
  // Years the rule does not cover, and years Date.UTC would read as 19xx, go to TZDate.
  const ms =
    year >= ruleFrom && year < ruleUntil
      ? ukWallToMs(Date.UTC(year, month - 1, day, hours, minutes, seconds))
      : null;
  return ms ?? new TZDate(year, month - 1, day, hours, minutes, seconds, ukZone).getTime();
}

/** A wall-clock time written as if it were UTC, to its instant by the rule (null outside the rule). */
function ukWallToMs(wall: number): number | null {
  const asGmt = ukOffsetMs(wall);
  const asBst = ukOffsetMs(wall - hourMs);
  if (asGmt === null || asBst === null) return null;
  // GMT where that reading holds, or where neither does (the skipped hour); BST where only that one holds.
  return asGmt === 0 || asBst === 0 ? wall : wall - hourMs;
}

/**
 * UK midnight at the start of a day written YYYY-MM-DD: what `toInstantMs(`${day}T00:00`)` gives, read by
 * position and without making that text; null where it is not written so, or is outside the rule.
 */
export function ukDayStartOf(day: string): number | null {
  if (day.length !== 10 || day.charCodeAt(4) !== 45 || day.charCodeAt(7) !== 45) return null;
  let year = 0;
  for (let i = 0; i < 4; i += 1) {
    const digit = day.charCodeAt(i) - 48;
    if (digit >>> 0 > 9) return null;
    year = year * 10 + digit;
  }
  const m0 = day.charCodeAt(5) - 48;
  const m1 = day.charCodeAt(6) - 48;
  const d0 = day.charCodeAt(8) - 48;
  const d1 = day.charCodeAt(9) - 48;
  if (m0 >>> 0 > 9 || m1 >>> 0 > 9 || d0 >>> 0 > 9 || d1 >>> 0 > 9) return null;
  const month = m0 * 10 + m1;
  if (!(year >= ruleFrom && year < ruleUntil && month >= 1 && month <= 12)) return null;
  return ukWallToMs(((monthStarts[(year - ruleFrom) * 12 + month - 1] as number) + d0 * 10 + d1 - 1) * dayMs);
}

/** UK midnight at the start of a calendar day given as a day number (days since 1970-01-01, UTC). */
export function ukDayStartMs(dayNumber: number): number {
  const ms = ukWallToMs(dayNumber * dayMs);
  if (ms !== null) return ms;
  const date = new Date(dayNumber * dayMs);
  return new TZDate(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), 0, 0, 0, ukZone).getTime();
}

/** The UK calendar day of an instant as a day number (days since 1970-01-01), or null outside the rule. */
export function ukDayNumber(ms: number): number | null {
  const offset = ukOffsetMs(ms);
  return offset === null ? null : Math.floor((ms + offset) / dayMs);
}

// Day numbers from 1900 to 2199 keep their YYYY-MM-DD once made: the rules name the same few thousand
// days over and over, and making the text (a Date and an ISO string) costs more than looking it up.
const keptFrom = Date.UTC(1900, 0, 1) / dayMs;
const keptUntil = Date.UTC(2200, 0, 1) / dayMs;
const dayTexts: (string | undefined)[] = new Array<string | undefined>(keptUntil - keptFrom);

/** The YYYY-MM-DD of a day number (days since 1970-01-01, UTC). */
export function dayText(dayNumber: number): string {
  const kept = Number.isInteger(dayNumber) && dayNumber >= keptFrom && dayNumber < keptUntil;
  let text = kept ? dayTexts[dayNumber - keptFrom] : undefined;
  if (text === undefined) {
    text = new Date(dayNumber * dayMs).toISOString().slice(0, 10);
    if (kept) dayTexts[dayNumber - keptFrom] = text;
  }
  return text;
}

/** Whole years between a date of birth and a moment, as the UK counts a birthday. */
export function ageInYears(dateOfBirth: string, at: Date): number {
  const [year, month, day] = calendarDatePattern.test(dateOfBirth)
    ? [Number(dateOfBirth.slice(0, 4)), Number(dateOfBirth.slice(5, 7)), Number(dateOfBirth.slice(8, 10))]
    : (dateOfBirth.split('-').map(Number) as [number, number, number]);
  const [nowYear, nowMonth, nowDay] = ukDateParts(at);
  const hadBirthday = nowMonth > month || (nowMonth === month && nowDay >= day);
  return nowYear - year - (hadBirthday ? 0 : 1);
}

/** Year, month and day of the UK date of an instant. */
function ukDateParts(at: Date): [number, number, number] {
  const n = ukDayNumber(at.getTime());
  // Within the rule the date is a four-digit YYYY-MM-DD, read by position: the rules ask for ages at
  // every sighting of every child, and splitting strings there showed in the profile.
  if (n === null) return toUkDate(at).split('-').map(Number) as [number, number, number];
  const text = dayText(n);
  return [Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8, 10))];
}

/** An age as people say it: months for a child under two ("4 months"), years after that ("7"). */
export function ageText(dateOfBirth: string, at: Date): string {
  const years = ageInYears(dateOfBirth, at);
  if (years >= 2) return String(years);
  const [year, month, day] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [nowYear, nowMonth, nowDay] = toUkDate(at).split('-').map(Number) as [number, number, number];
  const months = (nowYear - year) * 12 + (nowMonth - month) - (nowDay < day ? 1 : 0);
  return months === 1 ? '1 month' : `${Math.max(0, months)} months`;
}
