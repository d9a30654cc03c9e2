// Restricted entries (issue 10): an entry restricted to named roles or agencies (a safe address, a
// disclosure) is read only by them and by whoever recorded it. Everyone else on the case sees that it
// exists, when, who recorded it and whom to ask, never what it says. The services that return entries ask
// this module, and only this module, which entries a reader may read (docs/format-extensions.md).
import { z } from 'zod';
import { isAgencyConcerned } from './attribution.js';
import { originalIds } from './amendments.js';
import type { CaseFile } from './case-file.js';
import type { Entry } from './entries.js';
import type { Role } from './policy.js';
import { entryKinds } from './vocabularies.js';

/** The users' roles. A value of `restricted` that is one of them names the role; any other, an agency. */
export const readerRoles = [
  'practitioner',
  'manager',
  'partnership-admin',
  'auditor',
] as const satisfies readonly Role[];

export const isReaderRole = (value: string): value is Role =>
  (readerRoles as readonly string[]).includes(value);

/** Who is reading: an `Actor` is one. */
export interface Reader {
  role: Role;
  agencyRef: string;
  workerRef: string;
}

/** A restricted entry as someone outside its audience receives it (pages, the API). */
export const withheldEntrySchema = z.strictObject({
  id: z.string(),
  kind: z.enum(entryKinds),
  at: z.string(),
  agency: z.string().optional(),
  worker: z.string().optional(),
  amends: z.string().optional(),
  restricted: z.array(z.string()).min(1).describe('the roles and agencies that may read it'),
  withheld: z.literal(true).describe('the content is restricted, and not given to you'),
  ask: z
    .strictObject({
      worker: z.string().nullable().describe('the name of the worker who recorded it'),
      agency: z.string().nullable().describe('the name of their agency'),
      audience: z.array(z.string()).describe('the roles and agencies that may read it, by name'),
    })
    .describe('whom to ask for what it says'),
});
export type WithheldEntry = z.infer<typeof withheldEntrySchema>;

/** An entry as one reader receives it: whole, or withheld. */
export type ReadableEntry = Entry | WithheldEntry;

export const isWithheld = (entry: ReadableEntry): entry is WithheldEntry => 'withheld' in entry;

const roleNames: Record<Role, string> = {
  practitioner: 'practitioners',
  manager: 'managers',
  'partnership-admin': 'partnership administrators',
  auditor: 'auditors',
};

/**
 * The restrictions that hold for each entry. An entry and its corrections are one family, and every
 * restriction recorded on any of them holds for all of them: a correction of a restricted entry is restricted
 * as the entry is (it would otherwise show what the entry said), and a correction that restricts an entry
 * hides the entry, and every other correction of it, from then on. A reader must be in every one.
 */
export function restrictionsOf(entries: readonly Entry[]): Map<string, string[][]> {
  const family = new Map<string, string>();
  const lists = new Map<string, string[][]>();
  for (const entry of entries) {
    const root = entry.amends ? (family.get(entry.amends) ?? entry.amends) : entry.id;
    family.set(entry.id, root);
    if (entry.restricted) lists.set(root, [...(lists.get(root) ?? []), entry.restricted]);
  }
  const byEntry = new Map<string, string[][]>();
  for (const [id, root] of family) {
    const held = lists.get(root);
    if (held) byEntry.set(id, held);
  }
  return byEntry;
}

/** Whether an entry, or any entry of its family, is restricted. */
export function isRestricted(entry: Entry, entries: readonly Entry[]): boolean {
  return Boolean(entry.restricted) || restrictionsOf([...entries, entry]).has(entry.id);
}

// An involvement-end's `agency` is the agency leaving, a referral's the agency referred (attribution.ts):
// not the recorder's.
const recorded = (reader: Reader, entry: Entry) =>
  entry.worker === reader.workerRef &&
  (!entry.agency || isAgencyConcerned(entry.kind) || entry.agency === reader.agencyRef);

const inAudience = (reader: Reader, list: readonly string[]) =>
  list.includes(reader.role) || list.includes(reader.agencyRef);

/** May `reader` read what `entry` says? Its recorder always may; anyone else must be in each restriction. */
export function mayRead(
  reader: Reader,
  entry: Entry,
  restrictions: Map<string, string[][]> = restrictionsOf([entry]),
): boolean {
  const lists = restrictions.get(entry.id);
  return !lists || recorded(reader, entry) || lists.every((list) => inAudience(reader, list));
}

/** The entry without its content: who recorded it and when, and whom to ask. */
export function withhold(
  entry: Entry,
  file: CaseFile,
  restrictions: Map<string, string[][]> = restrictionsOf(file.entries),
): WithheldEntry {
  const named = [...new Set((restrictions.get(entry.id) ?? [entry.restricted ?? []]).flat())];
  const agencyName = (ref: string) => file.agencies.find((agency) => agency.ref === ref)?.name ?? ref;
  return {
    id: entry.id,
    kind: entry.kind,
    at: entry.at,
    ...(entry.agency === undefined ? {} : { agency: entry.agency }),
    ...(entry.worker === undefined ? {} : { worker: entry.worker }),
    ...(entry.amends === undefined ? {} : { amends: entry.amends }),
    restricted: named.length > 0 ? named : ['nobody'],
    withheld: true,
    ask: {
      worker: entry.worker ? (file.workers.find((w) => w.ref === entry.worker)?.name ?? entry.worker) : null,
      agency: entry.agency ? agencyName(entry.agency) : null,
      audience: named.map((ref) => (isReaderRole(ref) ? roleNames[ref] : agencyName(ref))),
    },
  };
}

/** What one reader may have of a case's entries. Build it once per request; ask it per entry. */
export function readingOf(file: CaseFile, reader: Reader) {
  const restrictions = restrictionsOf(file.entries);
  const may = (entry: Entry) => mayRead(reader, entry, restrictions);
  return {
    may,
    /** The entry whole, or withheld. */
    entry: (entry: Entry): ReadableEntry => (may(entry) ? entry : withhold(entry, file, restrictions)),
    /** The case without the entries the reader may not read: what every view built from entries reads. */
    file: (): CaseFile => (file.entries.every(may) ? file : { ...file, entries: file.entries.filter(may) }),
    /** The entries the reader may not read, withheld, in the order they were recorded. */
    withheld: (): WithheldEntry[] =>
      file.entries.filter((entry) => !may(entry)).map((entry) => withhold(entry, file, restrictions)),
  };
}

/** The case as `reader` may read it (entries they may not read left out). */
export const readableFile = (file: CaseFile, reader: Reader): CaseFile => readingOf(file, reader).file();

/** The entries of `file` that `reader` may not read, withheld. */
export const withheldFrom = (file: CaseFile, reader: Reader): WithheldEntry[] =>
  readingOf(file, reader).withheld();

/**
 * The entries `reader` may not read, by the id of the entry each corrects (its family's first entry, the
 * id the assessment reads the family under). A family counts once any of its entries is withheld: the case
 * is assessed as amended, so what a readable entry says may be what a restricted correction of it says.
 */
export function withheldFamilies(file: CaseFile, reader: Reader): Map<string, Entry[]> {
  const restrictions = restrictionsOf(file.entries);
  const families = new Map<string, Entry[]>();
  if (restrictions.size === 0) return families;
  const root = originalIds(file.entries);
  for (const entry of file.entries) {
    if (mayRead(reader, entry, restrictions)) continue;
    const id = root.get(entry.id) ?? entry.id;
    families.set(id, [...(families.get(id) ?? []), entry]);
  }
  return families;
}

/** "Sam Patel (Children's Social Care), or managers": whom to ask about a withheld entry. */
export function askWhom(ask: WithheldEntry['ask']): string {
  const recorder = [ask.worker, ask.agency && `(${ask.agency})`].filter(Boolean).join(' ');
  const audience = ask.audience.join(' or ');
  if (recorder && audience) return `${recorder}, or ${audience}`;
  return recorder || audience || 'your manager';
}
