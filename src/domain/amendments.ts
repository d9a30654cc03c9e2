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

/**
 * `asAmended`, for the rules engine, which reads every case this way on every assessment: the same
 * entries (the file's own array when nothing is corrected; the caller must not change it). Where every
 * id is distinct, as in any valid case file, one map of ids (to their place in the file) stands in for
 * the two maps of every entry `asAmended` makes; otherwise `asAmended` answers.
 */
export function amendedEntries(entries: readonly Entry[]): readonly Entry[] {
  const n = entries.length;
  let corrections = 0;
  for (let i = 0; i < n; i += 1) if ((entries[i] as Entry).amends !== undefined) corrections += 1;
  if (corrections === 0) return entries;
  const index = new Map<string, number>();
  for (let i = 0; i < n; i += 1) index.set((entries[i] as Entry).id, i);
  if (index.size !== n) return asAmended(entries);
  // original[i]: the place of the entry that entry i ultimately corrects (i itself when it corrects
  // nothing, or names no earlier entry); latest[i]: the place of the last correction of entry i.
  const original = new Array<number>(n).fill(0);
  const latest = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i += 1) {
    const amends = (entries[i] as Entry).amends;
    const target = amends === undefined ? undefined : index.get(amends);
    const first = target !== undefined && target < i ? (original[target] as number) : i;
    original[i] = first;
    latest[first] = i;
  }
  const out: Entry[] = [];
  for (let i = 0; i < n; i += 1) {
    if (original[i] !== i) continue;
    const entry = entries[i] as Entry;
    const current = entries[latest[i] as number] as Entry;
    if (current === entry) out.push(entry);
    else {
      const { amends: _amends, ...content } = current;
      out.push({ ...content, id: entry.id } as Entry);
    }
  }
  return out;
}
