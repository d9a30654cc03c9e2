// Recording what happened on a case: any entry kind, and corrections of earlier entries.
import type { Entry } from '../domain/entries.js';
import { recordingAction } from '../domain/policy.js';
import { transaction, type Db } from '../store/database.js';
import { entryKindOn } from '../store/entries.js';
import type { EmailOutbox } from './email-outbox.js';
import { entryPage, type EntryPage, type PageRequest } from './entry-pages.js';
import type { SignedIn } from './cases.js';
import { InvalidInput, NotFound } from './errors.js';
import { recordOnCase } from './recording.js';

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
      return recordOnCase(db, outbox, by, ref, recordingAction(input.kind), async (recording) =>
        recording.append(await recording.tellingTimes(input)),
      );
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
  };
}
