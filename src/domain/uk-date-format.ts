// Dates as people in the UK read them, in UK local time whatever the server's zone. A calendar date
// (YYYY-MM-DD) has no zone: it is formatted as itself (midnight UTC read in UTC), never shifted a day.
import { isCalendarDate, toInstant, ukZone } from './time.js';

/** A format date (YYYY-MM-DD), a format time (UK local unless it has an offset) or a Date. */
export type DateLike = string | Date;

/** A formatter for `options` in en-GB: `ukDateFormat({ weekday: 'long' })('2026-03-09')` is "Monday". */
export function ukDateFormat(options: Intl.DateTimeFormatOptions): (value: DateLike) => string {
  const local = new Intl.DateTimeFormat('en-GB', { ...options, timeZone: ukZone });
  const calendar = new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' });
  return (value) => {
    if (value instanceof Date) return local.format(value);
    if (isCalendarDate(value)) return calendar.format(new Date(`${value}T00:00:00Z`));
    return local.format(toInstant(value));
  };
}
