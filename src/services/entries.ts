// Recording what happened on a case: any entry kind, and corrections of earlier entries.
import type { CaseFile } from '../domain/case-file.js';
import { attributionDefaults, attributionProblems } from '../domain/attribution.js';
import { entrySchema, type Entry } from '../domain/entries.js';
import { keptActionProblems } from '../domain/meetings.js';
import { recordingAction } from '../domain/policy.js';
import { chronologyOf, type ChronologyFilter, type ChronologyItem } from '../domain/chronology.js';
import { readingOf } from '../domain/restrictions.js';
import { isTooFarAhead, tooFarAheadMessage } from '../domain/recorded-time.js';
import { caseFileReferenceProblems } from '../domain/references.js';
import { toUkLocalDateTime } from '../domain/time.js';
import { transaction, type Db, type Tx } from '../store/database.js';
import type { CaseRow } from '../store/tables.js';
import { addCaseWorker, insertEntry, loadCaseFile } from '../store/case-records.js';
import { entryKindOn, recordedTimes } from '../store/entries.js';
import { refreshAssessment } from './assessments.js';
import { audit } from './audit.js';
import type { EmailOutbox } from './email-outbox.js';
import { raiseNotifications, withTellingTimes } from './entry-notifications.js';
import { entryPage, type EntryPage, type PageRequest } from './entry-pages.js';
import { openCase } from './case-access.js';
import type { SignedIn } from './cases.js';
import { InvalidInput, NotFound, problemsOf } from './errors.js';
import { followVisitEntry } from './whereabouts.js';

/** An entry of the chronology, withheld where the reader may not read it (domain/restrictions.ts). */
export type { ChronologyFilter, ChronologyItem } from '../domain/chronology.js';

/**
 * A case or an agency's involvement ends through the closure (services/closures.ts), which refuses while
 * the family is not engaging unless a multi-agency meeting decided it (MK 5.1.19) and takes the agency off
 * the case: a bare entry would do neither.
 */
const closedHere = {
  path: 'kind',
  message: 'close a case, or end an agency’s involvement, through the closure (POST /cases/{ref}/closure)',
};

/** `outbox` sends the emails an entry's notifications owe once it has committed (entry-notifications.ts). */
export function entryService(db: Db, outbox?: EmailOutbox) {
  return {
    /**
     * Appends one entry. `id` is assigned when absent; `at` defaults to now; `agency` and `worker` are the
     * signed-in user's (prepareEntry). References must resolve against the case.
     */
    async record(by: SignedIn, ref: string, input: Record<string, unknown>): Promise<Entry> {
      if (input.kind === 'closure' || input.kind === 'involvement-end') throw new InvalidInput([closedHere]);
      const { entry, notified } = await transaction(db, async (trx) => {
        const caseRow = await openCase(trx, by.actor, ref, recordingAction(input.kind));
        const file = await loadCaseFile(trx, caseRow);
        const prepared = prepareEntry(by, file, await withTellingTimes(trx, by, caseRow, file, input));
        const notified = await appendEntry(trx, by, caseRow, file, prepared);
        return { entry: prepared.entry, notified };
      });
      await outbox?.deliver({ ids: notified });
      return entry;
    },

    /** Corrects an entry: a new entry of the same kind that amends it. The original stays as it was. */
    async amend(by: SignedIn, ref: string, entryId: string, input: Record<string, unknown>): Promise<Entry> {
      const kind = await transaction(db, (trx) => entryKindOn(trx, by.actor.partnershipId, ref, entryId));
      if (!kind) throw new NotFound(`entry ${entryId}`);
      return this.record(by, ref, { ...input, id: undefined, kind, amends: entryId });
    },

    /** One page of the entries, newest first (the API); reading it is audited. */
    page(by: SignedIn, ref: string, request: PageRequest): Promise<EntryPage> {
      return entryPage(db, by, ref, request);
    },

    /** Every entry, newest first, each beside its corrections; reading it is audited. */
    async chronology(by: SignedIn, ref: string, filter: ChronologyFilter = {}): Promise<ChronologyItem[]> {
      return transaction(db, async (trx) => {
        const caseRow = await openCase(trx, by.actor, ref, 'read');
        await audit(trx, by, 'read-chronology', caseRow.id);
        const file = await loadCaseFile(trx, caseRow);
        return chronologyOf(file, await recordedTimes(trx, caseRow.id), by.actor, filter);
      });
    },
  };
}

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

/**
 * Writes a prepared entry, reassesses the case, raises the notifications the entry calls for and audits
 * it, inside the caller's transaction. Returns the ids of the notifications raised: once the transaction
 * has committed, the caller hands them to the email outbox (`outbox.deliver({ ids })`).
 */
export async function appendEntry(
  trx: Tx,
  by: SignedIn,
  caseRow: CaseRow,
  file: CaseFile,
  { entry, workers }: PreparedEntry,
): Promise<number[]> {
  if (workers !== file.workers) {
    const worker = workers.at(-1);
    if (worker) await addCaseWorker(trx, caseRow.id, by.actor.partnershipId, worker);
  }
  await insertEntry(trx, caseRow.id, entry, by.actor.userId);
  await followVisitEntry(trx, by, caseRow, { ...file, workers }, entry);
  await refreshAssessment(trx, caseRow, { ...file, workers, entries: [...file.entries, entry] });
  const notified = await raiseNotifications(trx, by, caseRow, { ...file, workers }, entry);
  await audit(
    trx,
    by,
    entry.amends ? 'amend-entry' : 'record-entry',
    caseRow.id,
    `${entry.kind} ${entry.id}`,
  );
  return notified;
}
