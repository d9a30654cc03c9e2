// Times in the exchange format: ISO 8601, and a time without an offset is Europe/London (FORMAT.md).
import { TZDate } from '@date-fns/tz';

export const ukZone = 'Europe/London';

export const calendarDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
export const dateTimePattern = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?$/;

export function isCalendarDate(value: string): boolean {
  const match = calendarDatePattern.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function isLocalOrOffsetDateTime(value: string): boolean {
  const match = dateTimePattern.exec(value);
  if (!match || !isCalendarDate(match[1] ?? '')) return false;
  const [hours, minutes, seconds] = [match[2], match[3], match[4] ?? '0'].map(Number) as [number, number, number];
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
  const match = dateTimePattern.exec(value);
  if (!match) throw new RangeError(`not a date and time: ${value}`);
  if (match[5]) return new Date(value);
  const [year, month, day] = (match[1] ?? '').split('-').map(Number) as [number, number, number];
  const [hours, minutes, seconds] = [match[2], match[3], match[4] ?? '0'].map(Number) as [number, number, number];
  return new Date(new TZDate(year, month - 1, day, hours, minutes, seconds, ukZone).getTime());
}

/** A format time (UK local, no offset) for an instant, to the minute: what forms and new entries write. */
export function toUkLocalDateTime(instant: Date): string {
  const local = new TZDate(instant.getTime(), ukZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}T${pad(local.getHours())}:${pad(local.getMinutes())}`;
}

/** The UK calendar date of an instant, as YYYY-MM-DD. */
export function toUkDate(instant: Date): string {
  return toUkLocalDateTime(instant).slice(0, 10);
}

/** Whole years between a date of birth and a moment, as the UK counts a birthday. */
export function ageInYears(dateOfBirth: string, at: Date): number {
  const [year, month, day] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [nowYear, nowMonth, nowDay] = toUkDate(at).split('-').map(Number) as [number, number, number];
  const hadBirthday = nowMonth > month || (nowMonth === month && nowDay >= day);
  return nowYear - year - (hadBirthday ? 0 : 1);
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
