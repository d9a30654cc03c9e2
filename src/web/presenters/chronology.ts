// The chronology as the timeline shows it: newest first, each entry with its corrections beside it
// (a correction is not listed again on its own unless the entry it corrects is filtered out).
import type { CaseFile } from '../../domain/case-file.js';
import type { Entry } from '../../domain/entries.js';
import { isWithheld, type ReadableEntry } from '../../domain/restrictions.js';
import type { ChronologyItem } from '../../services/entries.js';
import { paths } from '../paths.js';
import { ukDateTime } from '../uk-dates.js';
import { fieldLabel, presentEntry, type EntryView } from './entries.js';

export interface TimelineItem extends EntryView {
  corrections: { view: EntryView; recordedAt: string; changed: string[] }[];
  amendHref: string | null;
  /** A contact's end-of-contact summary for the family (SX 1.7.28; BEF 11.1). */
  summaryHref: string | null;
}

/** Kinds a practitioner corrects from the chronology (issue 3 has a form for contacts). */
const correctable = new Set(['contact']);

export function presentChronology(items: ChronologyItem[], file: CaseFile): TimelineItem[] {
  const shown = new Set(items.map((item) => item.entry.id));
  const recorded = new Map(items.map((item) => [item.entry.id, item.recordedAt]));
  const view = (entry: ReadableEntry) => presentEntry(entry, file, ukDateTime);
  return items
    .filter((item) => !item.entry.amends || !shown.has(item.entry.amends))
    .map(({ entry, amendedBy }) => {
      const latest = amendedBy.at(-1);
      return {
        ...view(entry),
        corrections: amendedBy.map((correction, index) => ({
          view: view(correction),
          recordedAt: recorded.get(correction.id) ?? correction.at,
          changed: changedFields(index === 0 ? entry : (amendedBy[index - 1] ?? entry), correction),
        })),
        // Nobody corrects, or gives the family the summary of, an entry they may not read.
        amendHref:
          correctable.has(entry.kind) && !isWithheld(entry) && !(latest && isWithheld(latest))
            ? paths.case(file.case.ref).amend(latest?.id ?? entry.id)
            : null,
        summaryHref:
          entry.kind === 'contact' && !isWithheld(entry)
            ? paths.case(file.case.ref).contactSummary(entry.id)
            : null,
      };
    });
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
