// Entries never change; a correction is a later entry of the same kind that `amends` an earlier one
// (or an earlier correction). The case is read as amended: each entry as its latest correction says.
import type { Entry } from './entries.js';

/** The id of the entry each entry ultimately corrects (its own id when it corrects nothing). */
export function originalIds(entries: readonly Entry[]): Map<string, string> {
  const original = new Map<string, string>();
  for (const entry of entries) {
    const target = entry.amends ? original.get(entry.amends) : undefined;
    original.set(entry.id, target ?? entry.id);
  }
  return original;
}

/**
 * The entries as amended: one per original entry, in the original's place and under its id (so other
 * entries' references still hold), carrying the content of its latest correction.
 */
export function asAmended(entries: readonly Entry[]): Entry[] {
  // Most cases have no corrections at all: then the case as amended is the case (the rules ask every time).
  if (!entries.some((entry) => entry.amends !== undefined)) return [...entries];
  const original = originalIds(entries);
  const latest = new Map<string, Entry>();
  for (const entry of entries) latest.set(original.get(entry.id) ?? entry.id, entry);
  return entries
    .filter((entry) => original.get(entry.id) === entry.id)
    .map((entry) => {
      const current = latest.get(entry.id) ?? entry;
      if (current === entry) return entry;
      const { amends: _amends, ...content } = current;
      return { ...content, id: entry.id } as Entry;
    });
}
