// Reading and writing the parts of one case. Entries are only ever inserted.
import type { Agency, CaseFile, Person, Worker } from '../domain/case-file.js';
import { formatVersion } from '../domain/case-file.js';
import type { Entry } from '../domain/entries.js';
import { toInstant } from '../domain/time.js';
import type { Tx } from './database.js';
import type { CaseRow, Database } from './tables.js';
import { sql, type Insertable } from 'kysely';

export function findCase(db: Tx, partnershipId: number, ref: string): Promise<CaseRow | undefined> {
  return db
    .selectFrom('cases')
    .selectAll()
    .where('partnership_id', '=', partnershipId)
    .where('ref', '=', ref)
    .executeTakeFirst();
}

/** A new case of the partnership: its row as stored. */
export function insertCase(
  db: Tx,
  details: {
    partnershipId: number;
    ref: string;
    pack: string;
    plan: string;
    openedOn: string;
    nextReviewOn: string | null;
    createdBy: number | null;
  },
): Promise<CaseRow> {
  return db
    .insertInto('cases')
    .values({
      partnership_id: details.partnershipId,
      ref: details.ref,
      pack: details.pack,
      plan: details.plan,
      opened_on: details.openedOn,
      next_review_on: details.nextReviewOn,
      created_at: new Date().toISOString(),
      created_by: details.createdBy,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The partnership's agencies with any of these refs (those it has). */
export function agenciesWithRefs(
  db: Tx,
  partnershipId: number,
  refs: readonly string[],
): Promise<{ id: number; ref: string }[]> {
  return db
    .selectFrom('agencies')
    .select(['id', 'ref'])
    .where('partnership_id', '=', partnershipId)
    .where('ref', 'in', refs.length > 0 ? [...refs] : [''])
    .execute();
}

/**
 * Every agency that has been on the case, in the order they first joined (with why the system put it
 * there, when it did), and every time an agency joined through the page, in order.
 */
export async function caseAgencyHistory(db: Tx, caseId: number) {
  const [agencies, joins] = await Promise.all([
    db
      .selectFrom('case_agencies')
      .innerJoin('agencies', 'agencies.id', 'case_agencies.agency_id')
      .select([
        'agencies.id',
        'agencies.ref',
        'agencies.name',
        'case_agencies.added_at',
        'case_agencies.reason',
      ])
      .where('case_agencies.case_id', '=', caseId)
      .orderBy('case_agencies.id')
      .execute(),
    db
      .selectFrom('case_agency_changes')
      .select(['agency_id', 'at', 'requested_by', 'reason'])
      .where('case_id', '=', caseId)
      .where('change', '=', 'joined')
      .orderBy('id')
      .execute(),
  ]);
  return { agencies, joins };
}

export function findCaseById(db: Tx, id: number): Promise<CaseRow> {
  return db.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

/**
 * The agencies on the case now: every agency that joined, less those whose involvement has ended since
 * (their latest change is `left`). Access follows this list (policy.ts: "while their agency is on it").
 */
export async function caseAgencyIds(db: Tx, caseId: number): Promise<number[]> {
  return (await agencyIdsOfCases(db, [caseId])).get(caseId) ?? [];
}

/** The agencies on each of the cases now, as caseAgencyIds reads them for one, in one query. */
export async function agencyIdsOfCases(tx: Tx, caseIds: readonly number[]): Promise<Map<number, number[]>> {
  const byCase = new Map<number, number[]>(caseIds.map((id) => [id, []]));
  for (const ids of chunksOf(caseIds)) {
    const rows = await tx
      .selectFrom('case_agencies as ca')
      .select(['ca.case_id', 'ca.agency_id'])
      .where('ca.case_id', 'in', [...ids])
      .where(
        sql<boolean>`not exists (select 1 from case_agency_changes ch where ch.case_id = ca.case_id
        and ch.agency_id = ca.agency_id and ch.change = 'left'
        and not exists (select 1 from case_agency_changes later where later.case_id = ch.case_id
          and later.agency_id = ch.agency_id and later.id > ch.id))`,
      )
      .orderBy('ca.id')
      .execute();
    for (const row of rows) byCase.get(row.case_id)?.push(row.agency_id);
  }
  return byCase;
}

/**
 * Where the agency of `case_agencies as ca` is on its case now: every agency that joined is, unless its
 * latest change is `left` (access follows this: policy.ts, "while their agency is on it").
 */
export const stillOnCase = sql<boolean>`not exists (select 1 from case_agency_changes ch where ch.case_id = ca.case_id
  and ch.agency_id = ca.agency_id and ch.change = 'left'
  and not exists (select 1 from case_agency_changes later where later.case_id = ch.case_id
    and later.agency_id = ch.agency_id and later.id > ch.id))`;

/** Ids a few thousand at a time: well inside SQLite's limit on a statement's parameters. */
export function* chunksOf(ids: readonly number[], size = 5000): Generator<readonly number[]> {
  for (let at = 0; at < ids.length; at += size) yield ids.slice(at, at + size);
}

/** Records an agency joining or leaving the case's team around the family (append-only). */
export async function recordCaseAgencyChange(
  db: Tx,
  change: {
    caseId: number;
    agencyId: number;
    change: 'joined' | 'left';
    by: number | null;
    requestedBy?: string | null;
    reason: string | null;
  },
): Promise<void> {
  await db
    .insertInto('case_agency_changes')
    .values({
      case_id: change.caseId,
      agency_id: change.agencyId,
      change: change.change,
      at: new Date().toISOString(),
      by: change.by,
      requested_by: change.requestedBy ?? null,
      reason: change.reason,
    })
    .execute();
}

/** The id of the partnership's agency with this ref, if it has one. */
export async function findAgencyId(db: Tx, partnershipId: number, ref: string): Promise<number | undefined> {
  const existing = await db
    .selectFrom('agencies')
    .select('id')
    .where('partnership_id', '=', partnershipId)
    .where('ref', '=', ref)
    .executeTakeFirst();
  return existing?.id;
}

/** The partnership's agency with this ref, created from the given type and name when there is none. */
export async function agencyIdFor(db: Tx, partnershipId: number, agency: Agency): Promise<number> {
  const existing = await findAgencyId(db, partnershipId, agency.ref);
  if (existing !== undefined) return existing;
  const created = await db
    .insertInto('agencies')
    .values({ partnership_id: partnershipId, ref: agency.ref, type: agency.type, name: agency.name })
    .returning('id')
    .executeTakeFirstOrThrow();
  return created.id;
}

/** The partnership's agencies with these refs, in the same order, each created as agencyIdFor does when missing. */
export async function agencyIdsFor(
  db: Tx,
  partnershipId: number,
  agencies: readonly Agency[],
): Promise<number[]> {
  if (agencies.length === 0) return [];
  const existing = await db
    .selectFrom('agencies')
    .select(['id', 'ref'])
    .where('partnership_id', '=', partnershipId)
    .where(
      'ref',
      'in',
      agencies.map((agency) => agency.ref),
    )
    .execute();
  const ids = new Map(existing.map((row) => [row.ref, row.id]));
  const found: number[] = [];
  for (const agency of agencies) {
    let id = ids.get(agency.ref);
    if (id === undefined) ids.set(agency.ref, (id = await agencyIdFor(db, partnershipId, agency)));
    found.push(id);
  }
  return found;
}

export function addCaseAgency(
  db: Tx,
  caseId: number,
  agencyId: number,
  addedBy: number | null,
  reason: string | null,
): Promise<void> {
  return addCaseAgencies(db, caseId, [agencyId], addedBy, reason);
}

/** Puts these agencies on the case, in this order (an agency on it already stays as it was). */
export async function addCaseAgencies(
  db: Tx,
  caseId: number,
  agencyIds: readonly number[],
  addedBy: number | null,
  reason: string | null,
): Promise<void> {
  if (agencyIds.length === 0) return;
  const addedAt = new Date().toISOString();
  for (const batch of batches(agencyIds, 5))
    await db
      .insertInto('case_agencies')
      .values(
        batch.map((agencyId) => ({
          case_id: caseId,
          agency_id: agencyId,
          added_at: addedAt,
          added_by: addedBy,
          reason,
        })),
      )
      .onConflict((oc) => oc.columns(['case_id', 'agency_id']).doNothing())
      .execute();
}

/** Names a worker on the case, linked to the partnership's user of that agency and worker ref where there is one. */
export function addCaseWorker(db: Tx, caseId: number, partnershipId: number, worker: Worker): Promise<void> {
  return addCaseWorkers(db, caseId, partnershipId, [worker]);
}

/**
 * Names workers on the case, as addCaseWorker does each (a ref on it already stays as it was): their
 * users found in one query (the first made, should two share an agency and worker ref), the workers
 * written in the given order in multi-row INSERTs.
 */
export async function addCaseWorkers(
  db: Tx,
  caseId: number,
  partnershipId: number,
  workers: readonly Worker[],
): Promise<void> {
  if (workers.length === 0) return;
  const users = await db
    .selectFrom('users')
    .innerJoin('agencies', 'agencies.id', 'users.agency_id')
    .select(['users.id', 'users.worker_ref', 'agencies.ref as agency_ref'])
    .where('users.partnership_id', '=', partnershipId)
    .where(
      'users.worker_ref',
      'in',
      workers.map((worker) => worker.ref),
    )
    .orderBy('users.id')
    .execute();
  const userOf = new Map<string, number>();
  for (const user of users) {
    const key = `${user.worker_ref}\u0000${user.agency_ref}`;
    if (!userOf.has(key)) userOf.set(key, user.id);
  }
  for (const batch of batches(workers, 5))
    await db
      .insertInto('case_workers')
      .values(
        batch.map((worker) => ({
          case_id: caseId,
          ref: worker.ref,
          agency_ref: worker.agency,
          name: worker.name,
          user_id: userOf.get(`${worker.ref}\u0000${worker.agency}`) ?? null,
        })),
      )
      .onConflict((oc) => oc.columns(['case_id', 'ref']).doNothing())
      .execute();
}

const personRow = (caseId: number, person: Person): Insertable<Database['people']> => ({
  case_id: caseId,
  ref: person.ref,
  role: person.role,
  name: person.name,
  data: JSON.stringify(person),
});

export function insertPerson(db: Tx, caseId: number, person: Person): Promise<void> {
  return insertPeople(db, caseId, [person]);
}

/** People of the case, in their order, in multi-row INSERTs. */
export async function insertPeople(db: Tx, caseId: number, people: readonly Person[]): Promise<void> {
  for (const batch of batches(people, 5))
    await db
      .insertInto('people')
      .values(batch.map((person) => personRow(caseId, person)))
      .execute();
}

const entryRow = (
  caseId: number,
  entry: Entry,
  recordedAt: string,
  recordedBy: number | null,
): Insertable<Database['entries']> => ({
  case_id: caseId,
  id: entry.id,
  kind: entry.kind,
  at: entry.at,
  at_utc: toInstant(entry.at).toISOString(),
  agency_ref: entry.agency ?? null,
  worker_ref: entry.worker ?? null,
  amends: entry.amends ?? null,
  data: JSON.stringify(entry),
  recorded_at: recordedAt,
  recorded_by: recordedBy,
});

export function insertEntry(db: Tx, caseId: number, entry: Entry, recordedBy: number | null): Promise<void> {
  return insertEntries(db, caseId, [entry], recordedBy);
}

/**
 * A case's entries, in their order (their `seq`), in multi-row INSERTs: an import writes thousands, and
 * one statement a row spent more time in the driver than in SQLite. `afterBatch` runs after each batch
 * (the import lets the event loop run between them).
 */
export async function insertEntries(
  db: Tx,
  caseId: number,
  entries: readonly Entry[],
  recordedBy: number | null,
  afterBatch?: () => Promise<void>,
): Promise<void> {
  const recordedAt = new Date().toISOString();
  for (const batch of batches(entries, 11)) {
    await db
      .insertInto('entries')
      .values(batch.map((entry) => entryRow(caseId, entry, recordedAt, recordedBy)))
      .execute();
    await afterBatch?.();
  }
}

/**
 * Rows in batches for multi-row INSERTs of `columns` columns each: as many as SQLite's 32,766 bound
 * parameters allow, up to 256, a power of two; the rest in the powers of two it adds up to (100 rows go
 * as 64, 32 and 4). So a table's inserts take at most nine statements' SQL, each prepared once
 * (store/database.ts), whatever the number of rows.
 */
export function* batches<T>(rows: readonly T[], columns: number): Generator<readonly T[]> {
  let size = 256;
  while (size * columns > 32_766) size /= 2;
  for (let start = 0; start < rows.length;) {
    while (size > rows.length - start) size /= 2;
    yield rows.slice(start, start + size);
    start += size;
  }
}

/** The whole case as an exchange-format file: parts in the order they were added, entries in the order recorded. */
export async function loadCaseFile(db: Tx, caseRow: CaseRow): Promise<CaseFile> {
  const [agencies, workers, people, entries] = await Promise.all([
    db
      .selectFrom('case_agencies')
      .innerJoin('agencies', 'agencies.id', 'case_agencies.agency_id')
      .select(['agencies.ref', 'agencies.type', 'agencies.name'])
      .where('case_agencies.case_id', '=', caseRow.id)
      .orderBy('case_agencies.id')
      .execute(),
    db
      .selectFrom('case_workers')
      .select(['ref', 'agency_ref', 'name'])
      .where('case_id', '=', caseRow.id)
      .orderBy('id')
      .execute(),
    db.selectFrom('people').select('data').where('case_id', '=', caseRow.id).orderBy('id').execute(),
    db.selectFrom('entries').select('data').where('case_id', '=', caseRow.id).orderBy('seq').execute(),
  ]);
  return {
    format: formatVersion,
    case: {
      ref: caseRow.ref,
      pack: caseRow.pack as CaseFile['case']['pack'],
      plan: caseRow.plan as CaseFile['case']['plan'],
      openedOn: caseRow.opened_on,
      ...(caseRow.next_review_on ? { nextReviewOn: caseRow.next_review_on } : {}),
    },
    agencies: agencies.map((a) => ({ ref: a.ref, type: a.type as Agency['type'], name: a.name })),
    workers: workers.map((w) => ({ ref: w.ref, agency: w.agency_ref, name: w.name })),
    people: people.map((p) => JSON.parse(p.data) as Person),
    entries: entries.map((e) => JSON.parse(e.data) as Entry),
  };
}
