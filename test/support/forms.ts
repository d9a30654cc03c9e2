// The date and time boxes of the app's forms (GOV.UK date inputs: day, month, year, and a time box), filled
// in as a test posts them, for moments relative to the real clock. Each call reads the clock, so a form
// filled in a minute later says a minute later: never keep the result in a module-level constant.
import { toUkLocalDateTime } from '../../src/domain/time.js';

/** The UK local date and time (to the minute) `days` from now; before now when negative. */
export function inDays(days: number): string {
  return toUkLocalDateTime(new Date(Date.now() + days * 24 * 60 * 60 * 1000));
}

/** The day, month and year boxes of the date field `name`, for a UK local date or date and time. */
export function dateBoxes(name: string, local: string): Record<string, string> {
  return {
    [`${name}-day`]: local.slice(8, 10),
    [`${name}-month`]: local.slice(5, 7),
    [`${name}-year`]: local.slice(0, 4),
  };
}

/** The day, month, year and time boxes of the field `name`, for a UK local date and time. */
export function dateTimeBoxes(name: string, local: string): Record<string, string> {
  return { ...dateBoxes(name, local), [`${name}-time`]: local.slice(11, 16) };
}
