// A case's entries a page at a time, newest first, for the API. A page ends with a cursor naming the
// last entry it held, and the next page starts after that entry: entries recorded while a client pages
// (a new one is the newest, so it would shift every numbered page) never make it skip or repeat one.
import { entriesNewestFirst, type EntryPosition } from '../store/entries.js';
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

export async function entryPage(
  db: Db,
  by: SignedIn,
  ref: string,
  { limit, cursor }: PageRequest,
): Promise<EntryPage> {
  const after = cursor === undefined ? undefined : positionOf(cursor);
  return transaction(db, async (trx) => {
    const caseRow = await openCase(trx, by.actor, ref, 'read');
    const rows = await entriesNewestFirst(trx, caseRow.id, limit + 1, after);
    await audit(trx, by, 'read-chronology', caseRow.id, `${Math.min(rows.length, limit)} entries`);
    const items = rows.slice(0, limit);
    const last = items.at(-1);
    const reading = readingOf(await loadCaseFile(trx, caseRow), by.actor);
    return {
      items: items.map((row) => reading.entry(row.entry)),
      nextCursor: rows.length > limit && last ? cursorOf(last.position) : null,
    };
  });
}

function cursorOf(position: EntryPosition): string {
  return Buffer.from(JSON.stringify([position.at, position.seq])).toString('base64url');
}

function positionOf(cursor: string): EntryPosition {
  try {
    const [at, seq] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof at === 'string' && !Number.isNaN(Date.parse(at)) && Number.isSafeInteger(seq))
      return { at, seq: seq as number };
  } catch {
    // Not base64url JSON: the same answer as any other cursor this service did not write.
  }
  throw new InvalidInput([{ path: 'cursor', message: 'not a cursor from an earlier page' }]);
}
