// Who an entry reached: the people here its notifications went to, for each agency or worker it was
// addressed to (domain/addressees.ts), and each one nobody here could receive it for, who must be told
// another way. Read from the notifications the entry raised, so a confirmation says what happened, not
// what was meant to ("the other agencies have been told" of an agency nobody here works for). Its queries
// are the store's (store/notifications.ts).
import { addresseesOf } from '../domain/addressees.js';
import type { CaseFile } from '../domain/case-file.js';
import type { Entry } from '../domain/entries.js';
import { readingOf } from '../domain/restrictions.js';
import { transaction, type Db, type Tx } from '../store/database.js';
import { loadCaseFile } from '../store/case-records.js';
import { notifiedOf, recorderOf, safeguardingContacts } from '../store/notifications.js';
import type { CaseRow } from '../store/tables.js';
import { audit } from './audit.js';
import { openCase } from './case-access.js';
import type { SignedIn } from './cases.js';
import { NotFound } from './errors.js';
import { managerOf } from './recipients.js';

/** An agency or worker addressed, and the names of the people here who received it: none, nobody here. */
export interface Reach {
  ref: string;
  name: string;
  people: string[];
}

export interface Told {
  /**
   * The agencies addressed; `own` is the entry's (the recorder's, whose other workers may be told too);
   * `contact`, how to reach its safeguarding lead outside Stickability, when its administrator recorded one.
   */
  agencies: (Reach & { own: boolean; contact: string | null })[];
  /** The workers addressed by name (a meeting action's owner), with their agency's name. */
  workers: (Reach & { agency: string })[];
  /** The recorder's line manager, when the entry told them (an incident, a request to discuss the case). */
  manager: string | null;
}

/** Kinds that tell the recorder's line manager (entry-notifications.ts). */
const toManager: ReadonlySet<Entry['kind']> = new Set(['incident', 'engagement-concern']);

/** Whom `entry`, recorded on the case, reached; inside the caller's transaction (`trx`). */
export function toldOf(trx: Db, caseRow: CaseRow, file: CaseFile, entry: Entry): Promise<Told> {
  return transaction(trx, (tx) => toldIn(tx, caseRow, file, entry));
}

async function toldIn(tx: Tx, caseRow: CaseRow, file: CaseFile, entry: Entry): Promise<Told> {
  const rows = await notifiedOf(tx, caseRow.id, entry.id);
  const people = [...new Map(rows.map((row) => [row.id, row])).values()];
  const managerId = toManager.has(entry.kind) ? await managerOfRecorder(tx, caseRow, entry) : null;
  const manager = people.find((person) => person.id === managerId) ?? null;
  const others = people.filter((person) => person !== manager);
  const agencyName = (ref: string) => file.agencies.find((agency) => agency.ref === ref)?.name ?? ref;
  const { agencies, workers } = addresseesOf(entry, file);
  const contacts = await safeguardingContacts(tx, caseRow.partnership_id, agencies);
  return {
    agencies: agencies.map((ref) => ({
      ref,
      name: agencyName(ref),
      own: ref === entry.agency,
      contact: contacts.get(ref) ?? null,
      people: others.filter((person) => person.agencyRef === ref).map((person) => person.name),
    })),
    workers: workers.map((ref) => {
      const worker = file.workers.find((named) => named.ref === ref);
      return {
        ref,
        name: worker?.name ?? ref,
        agency: agencyName(worker?.agency ?? ''),
        people: others
          .filter((person) => person.workerRef === ref && person.agencyRef === worker?.agency)
          .map((person) => person.name),
      };
    }),
    manager: manager?.name ?? null,
  };
}

/** The line manager of the user who recorded the entry. */
async function managerOfRecorder(tx: Tx, caseRow: CaseRow, entry: Entry): Promise<number | null> {
  const recorder = await recorderOf(tx, caseRow.id, entry.id);
  return recorder ? managerOf(tx, recorder) : null;
}

export function toldService(db: Db) {
  return {
    /**
     * Whom the entry `entryId` reached, for a user who may read it (the confirmation after recording it);
     * audited. Not found when the case has no such entry the user may read.
     */
    async of(by: SignedIn, ref: string, entryId: string): Promise<Told> {
      return transaction(db, async (tx) => {
        const caseRow = await openCase(tx, by.actor, ref, 'read');
        const file = await loadCaseFile(tx, caseRow);
        const entry = file.entries.find((recorded) => recorded.id === entryId);
        if (!entry || !readingOf(file, by.actor).may(entry)) throw new NotFound(`entry ${entryId}`);
        await audit(tx, by, 'read-told', caseRow.id, entryId);
        return toldOf(tx, caseRow, file, entry);
      });
    },
  };
}

export type ToldService = ReturnType<typeof toldService>;
