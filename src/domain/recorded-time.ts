// An entry's `at` is when it happened, or was agreed or decided: never later than a day after the moment it is
// recorded or imported (issue 17). A day allows for a device's clock set wrong and a time typed in another
// zone; beyond that a case would hold tomorrow's visit as done, and findings would count from a day to come.
// What is planned ahead has a field of its own, never `at`: a visit plan's and an arranged meeting's `due`,
// a goal's `due`, a plan review's `nextReviewOn`, a meeting action's `due`, a check-out's `expectedBack`.
import type { CaseFile } from './case-file.js';
import { toInstantMs, toUkLocalDateTime } from './time.js';

const aheadAllowanceMs = 24 * 60 * 60_000;

/** The latest `at` an entry recorded at `now` may have. */
export const latestAt = (now: Date): Date => new Date(now.getTime() + aheadAllowanceMs);

/** Whether `at` is more than a day after `now`. */
export const isTooFarAhead = (at: string, now: Date): boolean => toInstantMs(at) > latestAt(now).getTime();

/** The message for an `at` more than a day ahead of `now`. */
export const tooFarAheadMessage = (now: Date): string =>
  `must be no later than a day from now (${toUkLocalDateTime(latestAt(now))}): a planned time goes in its own field, as a visit plan's or an arranged meeting's "due"`;

/** Each entry of a case file dated more than a day after `now`, as `entries[3].at: …`. */
export function caseFileTimeProblems(file: Pick<CaseFile, 'entries'>, now: Date): string[] {
  return file.entries.flatMap((entry, index) =>
    isTooFarAhead(entry.at, now) ? [`entries[${index}].at: ${tooFarAheadMessage(now)}`] : [],
  );
}
