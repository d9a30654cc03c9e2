// What a correction amends: the latest version of an entry (a correction made from a page amends the
// version the reader last saw, so a chain of corrections stays in order), of the kind the page corrects,
// and one the reader may read. Shared by the pages that correct (manager discussions, the family plan).
import { originalIds } from '../domain/amendments.js';
import type { CaseFile } from '../domain/case-file.js';
import type { Entry, EntryOfKind } from '../domain/entries.js';
import type { Actor, CaseAction } from '../domain/policy.js';
import { readingOf } from '../domain/restrictions.js';
import { transaction, type Db } from '../store/database.js';
import { loadCaseFile } from '../store/case-records.js';
import { openCase } from './case-access.js';
import { NotFound } from './errors.js';

/**
 * The latest version of the entry `entryId` names (itself or an earlier version of it); NotFound when it
 * names no entry of `kind` on the case, or one `actor` may not read (an entry and its corrections are
 * restricted alike: restrictions.ts).
 */
export function latestVersion<K extends Entry['kind']>(
  file: CaseFile,
  actor: Actor,
  kind: K,
  entryId: string,
): EntryOfKind<K> {
  const reading = readingOf(file, actor);
  const isWanted = (entry: Entry | undefined): entry is EntryOfKind<K> =>
    entry?.kind === kind && reading.may(entry);
  const named = file.entries.find((entry) => entry.id === entryId);
  const originals = originalIds(file.entries);
  const original = originals.get(entryId);
  const latest = file.entries.filter((entry) => originals.get(entry.id) === original).at(-1);
  if (!isWanted(named) || !isWanted(latest)) throw new NotFound(`${kind.replaceAll('-', ' ')} ${entryId}`);
  return latest;
}

/**
 * For a page about to correct an entry: its latest version, for a user allowed `action` on the case (the
 * same action the correction's write asks), to fill the form in with.
 */
export async function entryToCorrect<K extends Entry['kind']>(
  db: Db,
  actor: Actor,
  ref: string,
  action: CaseAction,
  kind: K,
  entryId: string,
): Promise<EntryOfKind<K>> {
  const file = await transaction(db, async (trx) =>
    loadCaseFile(trx, await openCase(trx, actor, ref, action)),
  );
  return latestVersion(file, actor, kind, entryId);
}

/**
 * Inside a write that may be a correction: the entry it corrects (`latestVersion`), or undefined when
 * `entryId` is (a new entry), and the fields that make the input a correction of it.
 */
export function correctionOf<K extends Entry['kind']>(
  file: CaseFile,
  actor: Actor,
  kind: K,
  entryId: string | undefined,
): { amended: EntryOfKind<K> | undefined; amending: { id?: undefined; amends?: string } } {
  if (entryId === undefined) return { amended: undefined, amending: {} };
  const amended = latestVersion(file, actor, kind, entryId);
  return { amended, amending: { id: undefined, amends: amended.id } };
}
