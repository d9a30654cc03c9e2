// An entry checked and completed before it is written: the defaults filled in, its shape, its time, who
// it is attributed to and every reference it makes held against the case file it joins. Nothing is written
// here, so a use case may prepare an entry, check it further, then write it (recording.ts) or refuse it.
import type { CaseFile } from '../domain/case-file.js';
import { attributionDefaults, attributionProblems } from '../domain/attribution.js';
import { entrySchema, type Entry } from '../domain/entries.js';
import { keptActionProblems } from '../domain/meetings.js';
import { readingOf } from '../domain/restrictions.js';
import { isTooFarAhead, tooFarAheadMessage } from '../domain/recorded-time.js';
import { caseFileReferenceProblems } from '../domain/references.js';
import { toUkLocalDateTime } from '../domain/time.js';
import type { SignedIn } from './cases.js';
import { InvalidInput, problemsOf } from './errors.js';

/** The next free id of the form eN. */
export function nextEntryId(file: CaseFile): string {
  const numbers = file.entries
    .map((entry) => /^e(\d+)$/.exec(entry.id)?.[1])
    .filter(Boolean)
    .map(Number);
  return `e${Math.max(0, ...numbers) + 1}`;
}

export interface PreparedEntry {
  entry: Entry;
  /** The case's workers, with the recording user added when they are new to the case. */
  workers: CaseFile['workers'];
}

/**
 * Checks an entry for a case before it is written: `id` assigned when absent, `at` defaulting to now and
 * no more than a day after it (domain/recorded-time.ts), `agency` and `worker` the signed-in user's
 * (domain/attribution.ts: another's are refused); its shape and every reference must hold.
 */
export function prepareEntry(
  by: SignedIn,
  file: CaseFile,
  input: Record<string, unknown>,
  now = new Date(),
): PreparedEntry {
  const defaults = attributionDefaults(input.kind, input.worker, by.actor, file.workers);
  const draft = {
    ...input,
    id: input.id || nextEntryId(file),
    at: input.at || toUkLocalDateTime(now),
    agency: input.agency || defaults.agency,
    worker: input.worker || defaults.worker,
  };
  const parsed = entrySchema.safeParse(draft);
  if (!parsed.success) throw new InvalidInput(problemsOf(parsed.error.issues));
  const entry = parsed.data;
  if (isTooFarAhead(entry.at, now))
    throw new InvalidInput([{ path: 'at', message: tooFarAheadMessage(now) }]);
  // Nobody corrects what they may not read: to them the entry is not there (restrictions.ts).
  const amended = entry.amends ? file.entries.find((earlier) => earlier.id === entry.amends) : undefined;
  if (amended && !readingOf(file, by.actor).may(amended))
    throw new InvalidInput([{ path: 'amends', message: `no earlier entry with id "${amended.id}"` }]);
  const misattributed = attributionProblems(entry, by.actor, file.workers, amended);
  if (misattributed.length > 0) throw new InvalidInput(misattributed);
  // However it is corrected (a page, the API's generic entry), a meeting keeps its actions in their places.
  if (entry.kind === 'meeting' && amended?.kind === 'meeting') {
    const problems = keptActionProblems(entry, amended);
    if (problems.length > 0) throw new InvalidInput(problems);
  }
  const worker = { ref: by.actor.workerRef, agency: by.actor.agencyRef, name: by.actor.name };
  // The recorder is named on the case as a worker of their agency, so their agency must be on it (a manager
  // reading a supervisee's case joins it first), and their ref must not already name someone else.
  if (!file.agencies.some((agency) => agency.ref === worker.agency)) {
    throw new InvalidInput([
      {
        path: 'agency',
        message: 'Your agency is not on this case: add it to the agencies working with the family first',
      },
    ]);
  }
  const named = file.workers.find((w) => w.ref === worker.ref);
  if (named && named.agency !== worker.agency) {
    throw new InvalidInput([
      {
        path: 'worker',
        message: `The worker reference "${worker.ref}" already names someone of another agency on this case`,
      },
    ]);
  }
  const workers = named ? file.workers : [...file.workers, worker];
  const index = file.entries.length;
  const problems = caseFileReferenceProblems({ ...file, workers, entries: [...file.entries, entry] })
    .filter((problem) => problem.startsWith(`entries[${index}]`))
    .map((problem) => {
      const [path = '', ...message] = problem
        .slice(`entries[${index}]`.length)
        .replace(/^\./, '')
        .split(': ');
      return { path, message: message.join(': ') };
    });
  if (problems.length > 0) throw new InvalidInput(problems);
  return { entry, workers };
}
