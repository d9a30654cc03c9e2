// Informing the other agencies (MK 5.1.9.4, 5.1.16; SX 1.7.16; BEF 11.2): one action records an `alert`
// entry addressed to agencies on the case (recording.ts), which raises a notification for each of their
// users (entry-notifications.ts); the emails owed go once it has committed. The entry keeps which of them
// nobody here could receive it for (`unreached`); services/told.ts says whom it reached. Writing on the
// case is the policy's `write`: a case the user may not write on is not found.
import type { Agency } from '../domain/case-file.js';
import type { Entry } from '../domain/entries.js';
import { transaction, type Db } from '../store/database.js';
import { loadCaseFile } from '../store/case-records.js';
import { openCase } from './case-access.js';
import type { SignedIn } from './cases.js';
import type { EmailOutbox } from './email-outbox.js';
import { InvalidInput } from './errors.js';
import { recordOnCase } from './recording.js';

/** An agency on the case the alert may go to; `own` is the user's agency (not addressed unless chosen). */
export interface AddressableAgency extends Agency {
  own: boolean;
}

export function alertService(db: Db, outbox?: EmailOutbox) {
  return {
    /** The agencies on the case, the user's own first: a case the user may not write on is not found. */
    async agencies(by: SignedIn, ref: string): Promise<AddressableAgency[]> {
      const file = await transaction(db, async (trx) =>
        loadCaseFile(trx, await openCase(trx, by.actor, ref, 'write')),
      );
      return file.agencies
        .map((agency) => ({ ...agency, own: agency.ref === by.actor.agencyRef }))
        .sort((a, b) => Number(b.own) - Number(a.own));
    },

    /**
     * Records an alert: `to` (agency refs on the case) defaults to every agency on it other than the
     * user's; `message` is required, `about` (finding codes) optional. Other fields as in a case file.
     */
    record(by: SignedIn, ref: string, input: Record<string, unknown>): Promise<Entry> {
      return recordOnCase(db, outbox, by, ref, 'write', async (recording) => {
        const others = recording.file.agencies.map((a) => a.ref).filter((a) => a !== by.actor.agencyRef);
        const to = input.to ?? others;
        if (Array.isArray(to) && to.length === 0)
          throw new InvalidInput([
            {
              path: 'to',
              message:
                input.to === undefined
                  ? 'No other agency is on this case: add the agencies working with the family first'
                  : 'Select the agencies to inform',
            },
          ]);
        return recording.append(await recording.tellingTimes({ ...input, kind: 'alert', to }));
      });
    },
  };
}

export type AlertService = ReturnType<typeof alertService>;
