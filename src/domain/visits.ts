// Visits and staff safety, without I/O (MK 5.1.9.23–25; FV "Keeping Staff Safe"; SX 1.7.35–36): the
// pre-visit safety check, when a lone visit needs a manager's agreement, extending a check-out, and which
// escalation step an overdue worker's alert has reached.
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import type { Question } from './packs/types.js';
import { ukZone } from './time.js';

/** How often an overdue alert is raised again until someone acknowledges it. */
export const overdueRepeatMinutes = 15;
/** What "extend" adds to the expected return. */
export const extensionMinutes = 30;

const minuteMs = 60_000;

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
