// A line manager's discussion of a case with the worker: what was decided and how urgently it must happen
// (MK 5.1.9.1–4; BEF 11.2). Only a manager of the case records one (policy `record-manager-discussion`);
// it answers the `manager-discussion-due` finding and moves the pathway on to "manager discussed". A wrong
// one is put right by a correction (`correct`), a new discussion that `amends` it, recorded by the same rule.
import type { CaseFile } from '../domain/case-file.js';
import type { Entry, EntryOfKind } from '../domain/entries.js';
import type { Actor } from '../domain/policy.js';
import { transaction, type Db } from '../store/database.js';
import { loadCaseFile } from '../store/case-records.js';
import { mayOnCase, openCase } from './case-access.js';
import type { SignedIn } from './cases.js';
import { correctionOf, entryToCorrect } from './corrections.js';
import type { EmailOutbox } from './email-outbox.js';
import { InvalidInput, type Problem } from './errors.js';
import { recordOnCase } from './recording.js';

export type ManagerDiscussion = EntryOfKind<'manager-discussion'>;

/** A worker on the case the manager may have discussed it with. */
export interface DiscussableWorker {
  ref: string;
  name: string;
  agency: string;
}

/** `outbox` sends the emails a discussion owes, once it has committed. */
export function managerDiscussionService(db: Db, outbox?: EmailOutbox) {
  return {
    /** Whether the user may record a manager discussion on the case (the same rule as `record`). */
    mayRecord(actor: Actor, ref: string): Promise<boolean> {
      return mayOnCase(db, actor, ref, 'record-manager-discussion');
    },

    /** The workers on the case, other than the manager: a case nobody may discuss here is not found. */
    async workers(by: SignedIn, ref: string): Promise<DiscussableWorker[]> {
      const file = await transaction(db, async (trx) =>
        loadCaseFile(trx, await openCase(trx, by.actor, ref, 'record-manager-discussion')),
      );
      return discussableWorkers(file, by.actor);
    },

    /**
     * Records the discussion: `worker` (required) is whom it was with, `manager` defaults to the signed-in
     * manager, `agency` to the worker's; `decision` and `urgency` are required. Other fields as in a case file.
     */
    record(by: SignedIn, ref: string, input: Record<string, unknown>): Promise<Entry> {
      return write(db, outbox, by, ref, input);
    },

    /**
     * The latest version of the manager discussion `entryId` (the discussion itself, or its latest
     * correction), for a user who may record one on the case: what a correction starts from. Not found when
     * the entry is no manager discussion on the case, or one the user may not read.
     */
    toCorrect(by: SignedIn, ref: string, entryId: string): Promise<ManagerDiscussion> {
      return entryToCorrect(db, by.actor, ref, 'record-manager-discussion', 'manager-discussion', entryId);
    },

    /**
     * Corrects the manager discussion `entryId`: a new discussion, checked as `record` checks one, that
     * amends its latest version (so a correction of a correction follows on from it, whichever version the
     * id names). `manager` defaults to the discussion's own manager. The discussion stays as it was.
     */
    correct(by: SignedIn, ref: string, entryId: string, input: Record<string, unknown>): Promise<Entry> {
      return write(db, outbox, by, ref, input, entryId);
    },
  };
}

/**
 * Records a discussion, or (with `correcting`) a correction of one, in one transaction: the case opened by
 * the policy's `record-manager-discussion`, the defaults filled in, `missing` asked, the entry prepared and
 * appended as any other.
 */
function write(
  db: Db,
  outbox: EmailOutbox | undefined,
  by: SignedIn,
  ref: string,
  input: Record<string, unknown>,
  correcting?: string,
): Promise<Entry> {
  return recordOnCase(db, outbox, by, ref, 'record-manager-discussion', (recording) => {
    const { file } = recording;
    const { amended, amending } = correctionOf(file, by.actor, 'manager-discussion', correcting);
    const given = typeof input.manager === 'string' && input.manager ? input.manager : undefined;
    const manager = given ?? amended?.manager ?? by.actor.workerRef;
    const worker = file.workers.find((w) => w.ref === input.worker);
    const problems = missing(input, worker, manager);
    if (problems.length > 0) throw new InvalidInput(problems);
    return recording.append({
      ...input,
      ...amending,
      kind: 'manager-discussion',
      manager,
      agency: input.agency || worker?.agency,
    });
  });
}

export type ManagerDiscussionService = ReturnType<typeof managerDiscussionService>;

function discussableWorkers(file: CaseFile, actor: Actor): DiscussableWorker[] {
  return file.workers
    .filter((worker) => worker.ref !== actor.workerRef)
    .map((worker) => ({
      ref: worker.ref,
      name: worker.name,
      agency: file.agencies.find((agency) => agency.ref === worker.agency)?.name ?? worker.agency,
    }));
}

/** What a discussion must say beyond the format's minimum: with whom, the decision, the urgency. */
function missing(
  input: Record<string, unknown>,
  worker: { ref: string } | undefined,
  manager: string,
): Problem[] {
  const problems: Problem[] = [];
  if (!worker) problems.push({ path: 'worker', message: 'Select the worker you discussed the case with' });
  else if (worker.ref === manager)
    problems.push({ path: 'worker', message: 'Select a worker other than the manager' });
  if (typeof input.decision !== 'string' || !input.decision.trim())
    problems.push({ path: 'decision', message: 'Enter what you decided' });
  if (input.urgency === undefined || input.urgency === '')
    problems.push({ path: 'urgency', message: 'Select how urgently the decision must be acted on' });
  return problems;
}
