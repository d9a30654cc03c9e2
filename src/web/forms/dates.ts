// GOV.UK date inputs post three boxes (`openedOn-day`, `-month`, `-year`); these read them as YYYY-MM-DD.
import { isCalendarDate, isLocalOrOffsetDateTime, toInstant, toUkLocalDateTime } from '../../domain/time.js';
import type { Problem } from '../../services/errors.js';
import { textOf } from './fields.js';

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export function datePartsFrom(body: Record<string, unknown>, name: string): DateParts {
  const part = (suffix: string) => textOf(body[`${name}-${suffix}`]);
  return { day: part('day'), month: part('month'), year: part('year') };
}

export function datePartsOf(date: string | undefined): DateParts {
  if (!date) return { day: '', month: '', year: '' };
  return {
    day: String(Number(date.slice(8, 10))),
    month: String(Number(date.slice(5, 7))),
    year: date.slice(0, 4),
  };
}

/**
 * The date the boxes hold, undefined when all are empty, or a problem for the field. `what` names the
 * date in messages: "Enter the date the case opened".
 */
export function dateFrom(
  parts: DateParts,
  name: string,
  what: string,
  problems: Problem[],
): string | undefined {
  const { day, month, year } = parts;
  if (!day && !month && !year) return undefined;
  const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  if (!day || !month || !year) {
    problems.push({ path: name, message: `${capitalise(what)} must include a day, month and year` });
  } else if (!/^\d{4}$/.test(year) || !isCalendarDate(date)) {
    problems.push({ path: name, message: `${capitalise(what)} must be a real date` });
  } else {
    return date;
  }
  return undefined;
}

/**
 * A time typed in a time box ("9:05", "14.30", "00:30") as `HH:MM`, or undefined when it names no time of
 * day on a 24-hour clock.
 */
export function clockOf(typed: string): string | undefined {
  const parts = /^(\d{1,2})[:.](\d{2})$/.exec(typed);
  if (!parts || Number(parts[1]) > 23 || Number(parts[2]) > 59) return undefined;
  return `${(parts[1] ?? '').padStart(2, '0')}:${parts[2]}`;
}

/** A form's date boxes (`at-day`, `-month`, `-year`) and its time box (`at-time`), as read from the body. */
export interface DateTimeParts extends DateParts {
  time: string;
}

/** The `at` date and time boxes showing an instant in UK time (a new form starts at now). */
export function dateTimePartsOf(instant: Date): DateTimeParts {
  const local = toUkLocalDateTime(instant);
  return { ...datePartsOf(local.slice(0, 10)), time: local.slice(11, 16) };
}

/** The `at` date and time boxes as posted. */
export function dateTimePartsFrom(body: Record<string, unknown>): DateTimeParts {
  return { ...datePartsFrom(body, 'at'), time: textOf(body['at-time']) };
}

/**
 * When something happened, as the format's UK local date and time, or null with a problem for `at` or
 * `at-time`. `what` names it in messages ("Enter the date of the contact"); a time in the future is refused,
 * or for something still to come (`when: 'future'`, a meeting being arranged) a time already past.
 */
export function dateTimeFrom(
  form: DateTimeParts,
  now: Date,
  what: string,
  problems: Problem[],
  when: 'past' | 'future' = 'past',
): string | null {
  if (!form.day || !form.month || !form.year) {
    problems.push({ path: 'at', message: `Enter the date of ${what}` });
    return null;
  }
  const time = clockOf(form.time);
  if (!time) {
    problems.push({ path: 'at-time', message: `Enter the time of ${what}, like 14:30` });
    return null;
  }
  const pad = (n: string) => n.padStart(2, '0');
  const at = `${form.year}-${pad(form.month)}-${pad(form.day)}T${time}`;
  if (!/^\d{4}$/.test(form.year) || !isLocalOrOffsetDateTime(at)) {
    problems.push({ path: 'at', message: `The date of ${what} must be a real date` });
    return null;
  }
  if (when === 'future') {
    if (toInstant(at).getTime() > now.getTime()) return at;
    problems.push({ path: 'at', message: `The date of ${what} must be in the future` });
    return null;
  }
  if (toInstant(at).getTime() > now.getTime() + 5 * 60_000) {
    problems.push({ path: 'at', message: `The date of ${what} must be today or in the past` });
    return null;
  }
  return at;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
