// Entries in time order, for the pages' and services' views of a case (the rules engine has its own timeline).
import type { Entry } from './entries.js';
import { toInstant } from './time.js';

/** Entries with their instants, in time order; stable, so entries at the same moment keep the file's order. */
export function inTimeOrder<E extends Entry>(entries: readonly E[]): { entry: E; ms: number }[] {
  return entries.map((entry) => ({ entry, ms: toInstant(entry.at).getTime() })).sort((a, b) => a.ms - b.ms);
}
