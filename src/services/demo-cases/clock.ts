// Times for the demo cases, counted back from the moment the demo is loaded so it always looks current.
// Entries fall on weekdays (working days before today), written as UK local time without an offset.
import { toInstant, toUkDate, toUkLocalDateTime } from '../../domain/time.js';

export interface DemoClock {
  /** The working day `workingDaysAgo` (1 or more) before today, at a UK local time such as "10:00". */
  at(workingDaysAgo: number, time: string): string;
  /** The calendar date of that working day. */
  day(workingDaysAgo: number): string;
  /** The calendar date `days` calendar days after today. */
  ahead(days: number): string;
  /** A date of birth that makes someone `years` and `months` old today, `days` past that birthday. */
  born(years: number, months?: number, days?: number): string;
}

const dayInMs = 86_400_000;
const calendarDate = (date: Date) => date.toISOString().slice(0, 10);

export function demoClock(now: Date): DemoClock {
  // Today's UK calendar date, held as midnight UTC so that day arithmetic ignores clock changes.
  const today = new Date(`${toUkDate(now)}T00:00:00Z`);

  function workingDay(workingDaysAgo: number): Date {
    if (!Number.isInteger(workingDaysAgo) || workingDaysAgo < 1) {
      throw new RangeError(`a demo entry must be 1 or more working days ago, not ${workingDaysAgo}`);
    }
    let date = today;
    for (let left = workingDaysAgo; left > 0;) {
      date = new Date(date.getTime() - dayInMs);
      if (date.getUTCDay() !== 0 && date.getUTCDay() !== 6) left -= 1;
    }
    return date;
  }

  return {
    at: (workingDaysAgo, time) =>
      toUkLocalDateTime(toInstant(`${calendarDate(workingDay(workingDaysAgo))}T${time}`)),
    day: (workingDaysAgo) => calendarDate(workingDay(workingDaysAgo)),
    ahead: (days) => calendarDate(new Date(today.getTime() + days * dayInMs)),
    born: (years, months = 0, days = 0) =>
      calendarDate(
        new Date(
          Date.UTC(today.getUTCFullYear() - years, today.getUTCMonth() - months, today.getUTCDate() - days),
        ),
      ),
  };
}
