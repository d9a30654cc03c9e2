// Whom a write reached, as the API answers it (schemas.ts receivedSchema): each agency addressed with the
// names of the people here who received it, none when nobody here can receive it for the agency, and its
// safeguarding contact when one is recorded.
import type { Entry, EntryOfKind } from '../domain/entries.js';
import type { EntryKind } from '../domain/vocabularies.js';
import type { Told } from '../services/told.js';

export const receivedOf = (told: Told) => ({
  agencies: told.agencies.map(({ ref, name, people, contact }) => ({
    ref,
    name,
    people,
    ...(contact ? { contact } : {}),
  })),
});

/** The entry a service recorded, as the kind it records (anything else is a bug, not a request's fault). */
export function asKind<K extends EntryKind>(entry: Entry, kind: K): EntryOfKind<K> {
  if (entry.kind !== kind) throw new Error(`expected a ${kind} entry, recorded a ${entry.kind}`);
  return entry as EntryOfKind<K>;
}
