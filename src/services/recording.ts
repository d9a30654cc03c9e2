// Recording entries on a case, the one recipe every use case that writes an entry follows: in one
// transaction, open the case for the use case's action and load its file; the use case checks what it must
// and appends its entries, each prepared against the file as it stands (entry-preparation.ts) and written
// with all that follows from it (appendEntry). The emails its notifications owe go to the outbox once the
// transaction has committed: never inside it, where a slow mail server would hold the database and a
// rollback could not unsend. Inside a larger transaction (Services.inOneTransaction) transaction() runs in
// that one, and the outbox is a held one that sends when it commits.
import type { CaseFile, Worker } from '../domain/case-file.js';
import type { Entry } from '../domain/entries.js';
import type { CaseAction } from '../domain/policy.js';
import { transaction, type Db, type Tx } from '../store/database.js';
import { addCaseWorker, insertEntry, loadCaseFile } from '../store/case-records.js';
import type { CaseRow } from '../store/tables.js';
import { refreshAssessment } from './assessments.js';
import { audit } from './audit.js';
import { openCase } from './case-access.js';
import type { SignedIn } from './cases.js';
import type { EmailOutbox } from './email-outbox.js';
import { raiseNotifications, withTellingTimes } from './entry-notifications.js';
import { prepareEntry, type PreparedEntry } from './entry-preparation.js';
import { followVisitEntry } from './whereabouts.js';

/** What a use case records with on one case, inside the recording's transaction. */
export interface CaseRecording {
  trx: Tx;
  caseRow: CaseRow;
  /**
   * The case file with every entry appended and worker added so far: a copy taken before an append misses
   * that entry, so read it as `recording.file` after one.
   */
  readonly file: CaseFile;
  /** Prepares `input` against the file as it stands and writes it. */
  append(input: Record<string, unknown>): Promise<Entry>;
  /** Checks `input` against the file as it stands (prepareEntry), writing nothing: to check it further. */
  prepare(input: Record<string, unknown>): PreparedEntry;
  /** Writes what `prepare` returned, before anything else is appended. */
  write(prepared: PreparedEntry): Promise<Entry>;
  /** `input` with when it will be told (an incident) or whom it cannot reach (an alert): withTellingTimes. */
  tellingTimes(input: Record<string, unknown>): Promise<Record<string, unknown>>;
  /** Names a worker on the case, so an entry can refer to them (a manager agreeing to a lone visit). */
  addWorker(worker: Worker): Promise<void>;
}

/**
 * Runs `work` on the case `ref`, opened for `action` (or not found), in one transaction; the emails the
 * entries it appends owe are handed to `outbox` once that has committed. Returns what `work` returns.
 */
export function recordOnCase<T>(
  db: Db,
  outbox: EmailOutbox | undefined,
  by: SignedIn,
  ref: string,
  action: CaseAction,
  work: (recording: CaseRecording) => Promise<T>,
): Promise<T> {
  return recordOnCases(db, outbox, by, async (trx, onCase) =>
    work(await onCase(await openCase(trx, by.actor, ref, action))),
  );
}

/**
 * The same recipe for a use case that opens its cases itself (a supervision records on each of its cases,
 * each allowed by its own rule): `onCase` loads a case's file to record on it.
 */
export async function recordOnCases<T>(
  db: Db,
  outbox: EmailOutbox | undefined,
  by: SignedIn,
  work: (trx: Tx, onCase: (caseRow: CaseRow) => Promise<CaseRecording>) => Promise<T>,
): Promise<T> {
  const notified: number[] = [];
  const result = await transaction(db, (trx) =>
    work(trx, async (caseRow) => recordingOn(trx, by, caseRow, await loadCaseFile(trx, caseRow), notified)),
  );
  await outbox?.deliver({ ids: notified });
  return result;
}

function recordingOn(
  trx: Tx,
  by: SignedIn,
  caseRow: CaseRow,
  loaded: CaseFile,
  notified: number[],
): CaseRecording {
  let file = loaded;
  // An entry prepared before the file grew was given an id, and perhaps a new worker, that what was
  // appended since may have taken: only one prepared against the file as it stands is written.
  let fresh = new WeakSet<PreparedEntry>();
  const grow = (grown: CaseFile) => {
    file = grown;
    fresh = new WeakSet();
  };
  const recording: CaseRecording = {
    trx,
    caseRow,
    get file() {
      return file;
    },
    append: (input) => recording.write(recording.prepare(input)),
    prepare(input) {
      const prepared = prepareEntry(by, file, input);
      fresh.add(prepared);
      return prepared;
    },
    async write(prepared) {
      if (!fresh.has(prepared)) throw new Error('an entry prepared before the case file grew is not written');
      notified.push(...(await appendEntry(trx, by, caseRow, file, prepared)));
      grow({ ...file, workers: prepared.workers, entries: [...file.entries, prepared.entry] });
      return prepared.entry;
    },
    tellingTimes: (input) => withTellingTimes(trx, by, caseRow, file, input),
    async addWorker(worker) {
      await addCaseWorker(trx, caseRow.id, by.actor.partnershipId, worker);
      grow({ ...file, workers: [...file.workers, worker] });
    },
  };
  return recording;
}

/**
 * Writes a prepared entry, reassesses the case, raises the notifications the entry calls for and audits
 * it, inside the caller's transaction. Returns the ids of the notifications raised, for the outbox.
 */
async function appendEntry(
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
