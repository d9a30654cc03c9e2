// Dates as people in the UK read them, in UK local time whatever the server's zone:
// "6 January 2026" and "6 January 2026 at 10:00".
import { isCalendarDate, toInstant, ukZone } from '../domain/time.js';

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: ukZone,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const timeFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: ukZone,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
// A calendar date has no zone: format it as itself (midnight UTC read in UTC), never shifted a day.
const calendarDateFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** A format date (YYYY-MM-DD), a format time (UK local unless it has an offset) or a Date. */
export type DateLike = string | Date;

export function ukDate(value: DateLike): string {
  if (typeof value === 'string' && isCalendarDate(value))
    return calendarDateFormat.format(new Date(`${value}T00:00:00Z`));
  return dateFormat.format(instantOf(value));
}

export function ukDateTime(value: DateLike): string {
  const instant = instantOf(value);
  return `${dateFormat.format(instant)} at ${timeFormat.format(instant)}`;
}

export function ukTime(value: DateLike): string {
  return timeFormat.format(instantOf(value));
}

function instantOf(value: DateLike): Date {
  if (value instanceof Date) return value;
  // Stored instants (at_utc, recorded_at) are full ISO strings with Z; format times may have no offset.
  return toInstant(value);
}
