// Where meeting actions can be: the cases a meeting has been recorded on (only a meeting gives actions,
// so a task list reads no other case's file).
import type { Tx } from './database.js';
import type { CaseRow } from './tables.js';

/** The partnership's cases the agency has joined (whether or not it has left since) that have a meeting. */
export function casesWithMeetingsOf(tx: Tx, partnershipId: number, agencyId: number): Promise<CaseRow[]> {
  return tx
    .selectFrom('cases')
    .innerJoin('case_agencies', 'case_agencies.case_id', 'cases.id')
    .selectAll('cases')
    .where('cases.partnership_id', '=', partnershipId)
    .where('case_agencies.agency_id', '=', agencyId)
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('entries')
          .select('entries.seq')
          .whereRef('entries.case_id', '=', 'cases.id')
          .where('entries.kind', '=', 'meeting'),
      ),
    )
    .execute();
}
