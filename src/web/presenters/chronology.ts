// The chronology as the timeline shows it: newest first, each entry with its corrections beside it
// (a correction is not listed again on its own unless the entry it corrects is filtered out).
import type { CaseFile } from '../../domain/case-file.js';
import type { Entry } from '../../domain/entries.js';
import type { EntryKind } from '../../domain/vocabularies.js';
import { isWithheld, type ReadableEntry } from '../../domain/restrictions.js';
import type { ChronologyItem } from '../../domain/chronology.js';
import { paths } from '../paths.js';
import { ukDateTime } from '../uk-dates.js';
import { fieldLabel, presentEntry, type EntryView } from './entries.js';

export interface TimelineItem extends EntryView {
  corrections: { view: EntryView; recordedAt: string; changed: string[] }[];
  amendHref: string | null;
  /** A contact's end-of-contact summary for the family (SX 1.7.28; BEF 11.1). */
  summaryHref: string | null;
}

/** How each kind corrected from the chronology is corrected: the page of its form in correction mode. */
const correctionPages: Partial<Record<EntryKind, (ref: string, entryId: string) => string>> = {
  contact: (ref, entryId) => paths.case(ref).amend(entryId),
  'manager-discussion': (ref, entryId) => paths.case(ref).correctManagerDiscussion(entryId),
  meeting: (ref, entryId) => paths.case(ref).correctMeeting(entryId),
  incident: (ref, entryId) => paths.case(ref).correctIncident(entryId),
};

/** What anyone who may write to the case corrects from the chronology: contacts (issue 3), meetings, incidents. */
const correctableByAnyone: ReadonlySet<EntryKind> = new Set(['contact', 'meeting', 'incident']);
const correctableByManagers: ReadonlySet<EntryKind> = new Set([...correctableByAnyone, 'manager-discussion']);

/** The kinds a reader corrects: a manager discussion only by someone who may record one on the case. */
export const correctableKinds = (mayRecordManagerDiscussions: boolean): ReadonlySet<EntryKind> =>
  mayRecordManagerDiscussions ? correctableByManagers : correctableByAnyone;

/** An entry listed in its own right in the chronology, with every correction of it (shown beside it). */
export interface Listed {
  item: ChronologyItem;
  /** In the order they were recorded; `recordedAt` where the chronology knows it. */
  corrections: { entry: ReadableEntry; recordedAt: string | undefined }[];
}

/**
 * The entries the chronology lists in their own right, in the order of `items`: a correction shows beside
 * the entry it corrects, or beside the entry that one corrects, and so on, and is listed on its own only
 * when none of them is in `items` (a filter left them out).
 */
export function listedEntries(items: readonly ChronologyItem[]): Listed[] {
  const itemOf = new Map(items.map((item) => [item.entry.id, item]));
  const correctsShown = (entry: ReadableEntry): boolean => {
    for (let at = entry.amends; at !== undefined; at = itemOf.get(at)?.entry.amends)
      if (itemOf.has(at)) return true;
    return false;
  };
  return items
    .filter((item) => !correctsShown(item.entry))
    .map((item) => ({
      item,
      corrections: correctionsOf(item.amendedBy, itemOf).map((entry) => ({
        entry,
        recordedAt: itemOf.get(entry.id)?.recordedAt,
      })),
    }));
}

/**
 * The timeline of `items`. `correctable`: the kinds this reader may correct, each offered a "Correct this
 * entry" link where they may read the entry (a manager of the case adds `manager-discussion`).
 */
export function presentChronology(
  items: ChronologyItem[],
  file: CaseFile,
  correctable: ReadonlySet<EntryKind> = correctableByAnyone,
): TimelineItem[] {
  return presentListed(listedEntries(items), file, correctable);
}

/**
 * Some of the listed entries as the timeline shows them, `correctable` as for `presentChronology`: a page
 * of a long chronology, or the overview's latest few, without making a view of every other entry.
 */
export function presentListed(
  listed: readonly Listed[],
  file: CaseFile,
  correctable: ReadonlySet<EntryKind> = correctableByAnyone,
): TimelineItem[] {
  const view = (entry: ReadableEntry) => presentEntry(entry, file, ukDateTime);
  return listed.map(({ item: { entry }, corrections }) => {
    const versions = corrections.map((correction) => correction.entry);
    const latest = versions.at(-1);
    const correctionPage = correctable.has(entry.kind) ? correctionPages[entry.kind] : undefined;
    return {
      ...view(entry),
      corrections: corrections.map((correction, index) => ({
        view: view(correction.entry),
        recordedAt: correction.recordedAt ?? correction.entry.at,
        changed: changedFields(index === 0 ? entry : (versions[index - 1] ?? entry), correction.entry),
      })),
      // Nobody corrects, or gives the family the summary of, an entry they may not read. A correction
      // corrects the latest version.
      amendHref:
        correctionPage && !isWithheld(entry) && !(latest && isWithheld(latest))
          ? correctionPage(file.case.ref, latest?.id ?? entry.id)
          : null,
      summaryHref:
        entry.kind === 'contact' && !isWithheld(entry)
          ? paths.case(file.case.ref).contactSummary(entry.id)
          : null,
    };
  });
}

/**
 * Every correction of an entry, the corrections of its corrections with them, in the order they were
 * recorded: `amendedBy` names only the entries that amend it directly, and a correction made from the
 * chronology amends the latest version, so most are a chain.
 */
function correctionsOf(amendedBy: ReadableEntry[], itemOf: Map<string, ChronologyItem>): ReadableEntry[] {
  const found: ReadableEntry[] = [];
  const seen = new Set<string>();
  const walk = (corrections: ReadableEntry[]) => {
    for (const correction of corrections) {
      if (seen.has(correction.id)) continue;
      seen.add(correction.id);
      found.push(correction);
      walk(itemOf.get(correction.id)?.amendedBy ?? []);
    }
  };
  walk(amendedBy);
  const recordedAt = (entry: ReadableEntry) => itemOf.get(entry.id)?.recordedAt;
  // Stable: corrections recorded at the same moment, or whose time is not known here, keep the walk's order.
  return found.every((entry) => recordedAt(entry) !== undefined)
    ? found.sort((a, b) => {
        const [x = '', y = ''] = [recordedAt(a), recordedAt(b)];
        return x < y ? -1 : x > y ? 1 : 0;
      })
    : found;
}

function changedFields(before: ReadableEntry, after: ReadableEntry): string[] {
  // Which fields a restricted correction changed is part of what it says.
  if (isWithheld(before) || isWithheld(after)) return [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const ignored = new Set(['id', 'amends']);
  const value = (entry: Entry, key: string) => {
    const field = (entry as Record<string, unknown>)[key];
    return JSON.stringify(Array.isArray(field) && field.length === 0 ? null : (field ?? null));
  };
  return [...keys]
    .filter((key) => !ignored.has(key) && value(before, key) !== value(after, key))
    .map(fieldLabel);
}

/** Entries on a page of the chronology: a long case (years of a family known to four agencies) runs to thousands. */
export const chronologyPageSize = 50;

export interface ChronologyPage {
  /** The entries on the page, to present (`presentListed`). */
  listed: Listed[];
  /** This page's number, from 1, and how many there are (at least 1). */
  page: number;
  pages: number;
  /** The place of the page's first and last entry among all of them, from 1 (0 and 0 when there are none). */
  first: number;
  last: number;
  total: number;
}

/**
 * One page of the chronology: the page holding `entry` (an entry's own page, or its correction's, which is
 * shown beside it) where one is named and listed, else page `page` (a number from 1; anything else is the
 * first page, and one past the end the last).
 */
export function chronologyPage(
  listed: readonly Listed[],
  wanted: { page?: string; entry?: string },
  size = chronologyPageSize,
): ChronologyPage {
  const pages = Math.max(1, Math.ceil(listed.length / size));
  const holding = wanted.entry
    ? listed.findIndex(
        ({ item, corrections }) =>
          item.entry.id === wanted.entry || corrections.some((c) => c.entry.id === wanted.entry),
      )
    : -1;
  const asked = /^[1-9][0-9]{0,5}$/.test(wanted.page ?? '') ? Number(wanted.page) : 1;
  const page = holding >= 0 ? Math.floor(holding / size) + 1 : Math.min(asked, pages);
  const start = (page - 1) * size;
  const shown = listed.slice(start, start + size);
  return {
    listed: shown,
    page,
    pages,
    first: shown.length > 0 ? start + 1 : 0,
    last: start + shown.length,
    total: listed.length,
  };
}
