// A case's entries a page at a time, newest first, for the API. A page ends with a cursor naming the
// last entry it held, and the next page starts after that entry: entries recorded while a client pages
// (a new one is the newest, so it would shift every numbered page) never make it skip or repeat one.
import type { Entry } from '../domain/entries.js';
import { readingOf, type ReadableEntry } from '../domain/restrictions.js';
import { loadCaseFile } from '../store/case-records.js';
import { transaction, type Db } from '../store/database.js';
import { audit } from './audit.js';
import { openCase } from './case-access.js';
import type { SignedIn } from './cases.js';
import { InvalidInput } from './errors.js';

export interface EntryPage {
  /** Withheld where the reader may not read them (domain/restrictions.ts). */
  items: ReadableEntry[];
  /** Where the next page starts; null on the last page. */
  nextCursor: string | null;
}

export interface PageRequest {
  limit: number;
  /** A `nextCursor` from the page before; absent for the newest entries. */
  cursor?: string | undefined;
}

/** Where a page ended: the entry's moment (UTC) and its place in the order entries were recorded. */
interface Position {
  at: string;
  seq: number;
}

export async function entryPage(
  db: Db,
  by: SignedIn,
  ref: string,
  { limit, cursor }: PageRequest,
): Promise<EntryPage> {
  const after = cursor === undefined ? undefined : positionOf(cursor);
  return transaction(db, async (trx) => {
    const caseRow = await openCase(trx, by.actor, ref, 'read');
    let query = trx.selectFrom('entries').select(['seq', 'at_utc', 'data']).where('case_id', '=', caseRow.id);
    if (after) {
      query = query.where((eb) =>
        eb.or([
          eb('at_utc', '<', after.at),
          eb.and([eb('at_utc', '=', after.at), eb('seq', '<', after.seq)]),
        ]),
      );
    }
    const rows = await query
      .orderBy('at_utc', 'desc')
      .orderBy('seq', 'desc')
      .limit(limit + 1)
      .execute();
    await audit(trx, by, 'read-chronology', caseRow.id, `${Math.min(rows.length, limit)} entries`);
    const items = rows.slice(0, limit);
    const last = items.at(-1);
    const reading = readingOf(await loadCaseFile(trx, caseRow), by.actor);
    return {
      items: items.map((row) => reading.entry(JSON.parse(row.data) as Entry)),
      nextCursor: rows.length > limit && last ? cursorOf({ at: last.at_utc, seq: last.seq }) : null,
    };
  });
}

function cursorOf(position: Position): string {
  return Buffer.from(JSON.stringify([position.at, position.seq])).toString('base64url');
}

function positionOf(cursor: string): Position {
  try {
    const [at, seq] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof at === 'string' && !Number.isNaN(Date.parse(at)) && Number.isSafeInteger(seq))
      return { at, seq: seq as number };
  } catch {
    // Not base64url JSON: the same answer as any other cursor this service did not write.
  }
  throw new InvalidInput([{ path: 'cursor', message: 'not a cursor from an earlier page' }]);
}
