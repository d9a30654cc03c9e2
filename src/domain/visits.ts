// Visits and staff safety, without I/O (MK 5.1.9.23–25; FV "Keeping Staff Safe"; SX 1.7.35–36): the
// pre-visit safety check, when a lone visit needs a manager's agreement, extending a check-out, and which
// escalation step an overdue worker's alert has reached.
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { addDays } from './assessment/working-days.js';
import type { Question } from './packs/types.js';
import { toInstantMs, ukZone } from './time.js';

/** How often an overdue alert is raised again until someone acknowledges it. */
export const overdueRepeatMinutes = 15;
/** What "extend" adds to the expected return. */
export const extensionMinutes = 30;

const minuteMs = 60_000;

/**
 * How far after setting out a time back may fall on the next day: far enough for a late visit that ends
 * after midnight, not so far that a time already gone (14:00 typed at 15:00) is read as tomorrow's and
 * leaves the worker without anyone expecting them for most of a day.
 */
export const pastMidnightHours = 8;

/**
 * The expected return a worker means by a clock time `HH:MM`, given when they set out (`from`, UK local
 * `YYYY-MM-DDTHH:MM`: the visit's time when planning, now when checking out). That time on the same UK
 * day; or, where that is not after `from`, on the next day, if that is within `pastMidnightHours` (out at
 * 23:00, back at 00:30). Otherwise the same day's, which the callers refuse as not after `from`.
 */
export function expectedBackAfter(from: string, clock: string): string {
  const sameDay = `${from.slice(0, 10)}T${clock}`;
  const start = toInstantMs(from);
  if (toInstantMs(sameDay) > start) return sameDay;
  const nextDay = `${addDays(from.slice(0, 10), 1)}T${clock}`;
  const back = toInstantMs(nextDay);
  return back > start && back - start <= pastMidnightHours * 60 * minuteMs ? nextDay : sameDay;
}

/** The pack's safety check as answered: complete only when every question has an answer. */
export function safetyCheckOf(
  questions: readonly Question[],
  answers: Readonly<Record<string, string>>,
): { complete: boolean; answers: Record<string, string> } {
  const given = Object.fromEntries(
    questions.flatMap((q) => (answers[q.id]?.trim() ? [[q.id, answers[q.id]?.trim() ?? '']] : [])),
  );
  return { complete: questions.every((q) => q.id in given), answers: given };
}

/**
 * A lone visit to a family with a risk-to-staff warning goes ahead only with a manager's agreement, where
 * the pack asks for joint visits then (FINDINGS.md `safety-plan-missing`; SX 1.7.35–36; FV).
 */
export function loneVisitNeedsAgreement(
  lone: boolean,
  warning: boolean,
  jointVisitsWhenWarning: boolean,
): boolean {
  return lone && warning && jointVisitsWhenWarning;
}

/**
 * The new expected return when a worker extends: `minutes` after the later of the old one and now, so a
 * worker who extends when already late gets the full time from now.
 */
export function extendedReturn(expectedBack: Date, now: Date, minutes = extensionMinutes): Date {
  return new Date(Math.max(expectedBack.getTime(), now.getTime()) + minutes * minuteMs);
}

/**
 * The escalation step an overdue worker's alert has reached at `now`, or null while they are not overdue:
 * step 0 once the grace after the expected return has passed, then one more every `repeatMinutes`.
 */
export function escalationStep(
  expectedBack: Date,
  graceMinutes: number,
  now: Date,
  repeatMinutes = overdueRepeatMinutes,
): number | null {
  const late = now.getTime() - (expectedBack.getTime() + graceMinutes * minuteMs);
  if (late < 0) return null;
  return Math.floor(late / (repeatMinutes * minuteMs));
}

/** When the worker counts as overdue: the expected return plus the grace. */
export function overdueFrom(expectedBack: Date, graceMinutes: number): Date {
  return new Date(expectedBack.getTime() + graceMinutes * minuteMs);
}

/** "3 June at 14:00" in UK time, for notifications and emails about a visit. */
export function visitTimeText(instant: Date): string {
  return format(new TZDate(instant.getTime(), ukZone), "d MMMM 'at' HH:mm");
}

/** "14:00" in UK time. */
export function clockText(instant: Date): string {
  return format(new TZDate(instant.getTime(), ukZone), 'HH:mm');
}
