// A case's entries beyond the case file itself (case-records.ts loadCaseFile reads those).
import type { Entry } from '../domain/entries.js';
import type { Tx } from './database.js';

/** When each of the case's entries was recorded (UTC, ISO 8601), by entry id. */
export async function recordedTimes(tx: Tx, caseId: number): Promise<Map<string, string>> {
  const rows = await tx
    .selectFrom('entries')
    .select(['id', 'recorded_at'])
    .where('case_id', '=', caseId)
    .execute();
  return new Map(rows.map((row) => [row.id, row.recorded_at]));
}

/** The kind of entry `entryId` of the partnership's case `ref`, if there is one. */
export async function entryKindOn(
  tx: Tx,
  partnershipId: number,
  ref: string,
  entryId: string,
): Promise<string | undefined> {
  const row = await tx
    .selectFrom('entries')
    .innerJoin('cases', 'cases.id', 'entries.case_id')
    .select(['entries.kind'])
    .where('cases.partnership_id', '=', partnershipId)
    .where('cases.ref', '=', ref)
    .where('entries.id', '=', entryId)
    .executeTakeFirst();
  return row?.kind;
}

/** Where a page of entries ended: the entry's moment (UTC) and its place in the order entries were recorded. */
export interface EntryPosition {
  at: string;
  seq: number;
}

/** Up to `limit` of the case's entries, newest first, after `after`; each with its position. */
export async function entriesNewestFirst(
  tx: Tx,
  caseId: number,
  limit: number,
  after?: EntryPosition,
): Promise<{ entry: Entry; position: EntryPosition }[]> {
  let query = tx.selectFrom('entries').select(['seq', 'at_utc', 'data']).where('case_id', '=', caseId);
  if (after) {
    query = query.where((eb) =>
      eb.or([eb('at_utc', '<', after.at), eb.and([eb('at_utc', '=', after.at), eb('seq', '<', after.seq)])]),
    );
  }
  const rows = await query.orderBy('at_utc', 'desc').orderBy('seq', 'desc').limit(limit).execute();
  return rows.map((row) => ({
    entry: JSON.parse(row.data) as Entry,
    position: { at: row.at_utc, seq: row.seq },
  }));
}
