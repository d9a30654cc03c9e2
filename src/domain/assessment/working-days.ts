// Working days exclude weekends and the bank holidays of the pack's nation (FINDINGS.md). The bank
// holidays come from date-holidays (maintained, with the UK's one-off days such as coronations);
// a year is read once and kept.
import Holidays from 'date-holidays';
import type { Nation } from '../packs/types.js';

const region: Record<Nation, string> = { 'england-and-wales': 'ENG', scotland: 'SCT' };
const cache = new Map<string, ReadonlySet<string>>();

function bankHolidays(nation: Nation, year: number): ReadonlySet<string> {
  const key = `${nation}:${year}`;
  let days = cache.get(key);
  if (!days) {
    const calendar = new Holidays('GB', region[nation]);
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

const dayMs = 86_400_000;
const toDay = (ms: number): Day => new Date(ms).toISOString().slice(0, 10);
const fromDay = (day: Day): number =>
  Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));

export function addDays(day: Day, days: number): Day {
  return toDay(fromDay(day) + days * dayMs);
}

export function isWorkingDay(day: Day, nation: Nation): boolean {
  const weekday = new Date(fromDay(day)).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !bankHolidays(nation, Number(day.slice(0, 4))).has(day);
}

/** The day `n` working days after `day` (n ≥ 1), skipping weekends and bank holidays. */
export function addWorkingDays(day: Day, n: number, nation: Nation): Day {
  let current = day;
  for (let counted = 0; counted < n;) {
    current = addDays(current, 1);
    if (isWorkingDay(current, nation)) counted += 1;
  }
  return current;
}

/** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysBetween(from: Day, to: Day, nation: Nation): number {
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) {
    if (isWorkingDay(day, nation)) count += 1;
  }
  return count;
}

/** The first working day on or after `day`. */
export function workingDayFrom(day: Day, nation: Nation): Day {
  let current = day;
  while (!isWorkingDay(current, nation)) current = addDays(current, 1);
  return current;
}
