// The chronology of a case as one reader may have it: every entry, newest first, each beside the entry it
// corrects and its own corrections, filterable by agency and kind. Pure: built from the file the page has
// already read, so a case page reads its entries once (issue 18, item 3).
import type { CaseFile } from './case-file.js';
import { readingOf, type ReadableEntry, type Reader } from './restrictions.js';
import { toInstantMs } from './time.js';

export interface ChronologyItem {
  entry: ReadableEntry;
  recordedAt: string;
  /** The earlier entry this one corrects. */
  amends: ReadableEntry | null;
  /** Later entries that correct this one, oldest first. */
  amendedBy: ReadableEntry[];
}

export interface ChronologyFilter {
  agency?: string | undefined;
  kind?: string | undefined;
}

/**
 * `file` is the whole case, its entries in the order recorded; `recordedAt` when each entry was recorded,
 * by id. An `agency` that is not on the case narrows nothing.
 */
export function chronologyOf(
  file: CaseFile,
  recordedAt: ReadonlyMap<string, string>,
  reader: Reader,
  filter: ChronologyFilter = {},
): ChronologyItem[] {
  const reading = readingOf(file, reader);
  const agency = file.agencies.some((a) => a.ref === filter.agency) ? filter.agency : undefined;
  const all = file.entries.map((entry, order) => ({
    entry: reading.entry(entry),
    recordedAt: recordedAt.get(entry.id) ?? '',
    order,
    // Each time read once: a sort reads each entry's about 2 log n times.
    ms: toInstantMs(entry.at),
  }));
  const byId = new Map(all.map((item) => [item.entry.id, item.entry]));
  // Each entry's corrections, oldest first, found in one pass: a filter per entry made a long case's
  // chronology grow with the square of its entries.
  const corrections = new Map<string, ReadableEntry[]>();
  for (const { entry } of all) {
    if (!entry.amends) continue;
    const earlier = corrections.get(entry.amends);
    if (earlier) earlier.push(entry);
    else corrections.set(entry.amends, [entry]);
  }
  return all
    .filter(
      ({ entry }) => (!agency || entry.agency === agency) && (!filter.kind || entry.kind === filter.kind),
    )
    .sort((a, b) => b.ms - a.ms || b.order - a.order)
    .map(({ entry, recordedAt: at }) => ({
      entry,
      recordedAt: at,
      amends: entry.amends ? (byId.get(entry.amends) ?? null) : null,
      amendedBy: corrections.get(entry.id) ?? [],
    }));
}
