// Reading and writing the parts of one case. Entries are only ever inserted.
import type { Agency, CaseFile, Person, Worker } from '../domain/case-file.js';
import { formatVersion } from '../domain/case-file.js';
import type { Entry } from '../domain/entries.js';
import { toInstant } from '../domain/time.js';
import type { Db } from './database.js';
import type { CaseRow } from './tables.js';

export function findCase(db: Db, partnershipId: number, ref: string): Promise<CaseRow | undefined> {
  return db
    .selectFrom('cases')
    .selectAll()
    .where('partnership_id', '=', partnershipId)
    .where('ref', '=', ref)
    .executeTakeFirst();
}

export function findCaseById(db: Db, id: number): Promise<CaseRow> {
  return db.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

/**
 * The agencies on the case now: every agency that joined, less those whose involvement has ended since
 * (their latest change is `left`). Access follows this list (policy.ts: "while their agency is on it").
 */
export async function caseAgencyIds(db: Db, caseId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('case_agencies as ca')
    .select('ca.agency_id')
    .where('ca.case_id', '=', caseId)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('case_agency_changes as c')
            .select('c.id')
            .whereRef('c.case_id', '=', 'ca.case_id')
            .whereRef('c.agency_id', '=', 'ca.agency_id')
            .where('c.change', '=', 'left')
            .where((inner) =>
              inner.not(
                inner.exists(
                  inner
                    .selectFrom('case_agency_changes as later')
                    .select('later.id')
                    .whereRef('later.case_id', '=', 'c.case_id')
                    .whereRef('later.agency_id', '=', 'c.agency_id')
                    .whereRef('later.id', '>', 'c.id'),
                ),
              ),
            ),
        ),
      ),
    )
    .orderBy('ca.id')
    .execute();
  return rows.map((row) => row.agency_id);
}

/** Records an agency joining or leaving the case's team around the family (append-only). */
export async function recordCaseAgencyChange(
  db: Db,
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
export async function findAgencyId(db: Db, partnershipId: number, ref: string): Promise<number | undefined> {
  const existing = await db
    .selectFrom('agencies')
    .select('id')
    .where('partnership_id', '=', partnershipId)
    .where('ref', '=', ref)
    .executeTakeFirst();
  return existing?.id;
}

/** The partnership's agency with this ref, created from the given type and name when there is none. */
export async function agencyIdFor(db: Db, partnershipId: number, agency: Agency): Promise<number> {
  const existing = await findAgencyId(db, partnershipId, agency.ref);
  if (existing !== undefined) return existing;
  const created = await db
    .insertInto('agencies')
    .values({ partnership_id: partnershipId, ref: agency.ref, type: agency.type, name: agency.name })
    .returning('id')
    .executeTakeFirstOrThrow();
  return created.id;
}

export async function addCaseAgency(
  db: Db,
  caseId: number,
  agencyId: number,
  addedBy: number | null,
  reason: string | null,
): Promise<void> {
  await db
    .insertInto('case_agencies')
    .values({
      case_id: caseId,
      agency_id: agencyId,
      added_at: new Date().toISOString(),
      added_by: addedBy,
      reason,
    })
    .onConflict((oc) => oc.columns(['case_id', 'agency_id']).doNothing())
    .execute();
}

/** Names a worker on the case, linked to the partnership's user of that agency and worker ref where there is one. */
export async function addCaseWorker(
  db: Db,
  caseId: number,
  partnershipId: number,
  worker: Worker,
): Promise<void> {
  const user = await db
    .selectFrom('users')
    .innerJoin('agencies', 'agencies.id', 'users.agency_id')
    .select('users.id')
    .where('users.partnership_id', '=', partnershipId)
    .where('users.worker_ref', '=', worker.ref)
    .where('agencies.ref', '=', worker.agency)
    .executeTakeFirst();
  await db
    .insertInto('case_workers')
    .values({
      case_id: caseId,
      ref: worker.ref,
      agency_ref: worker.agency,
      name: worker.name,
      user_id: user?.id ?? null,
    })
    .onConflict((oc) => oc.columns(['case_id', 'ref']).doNothing())
    .execute();
}

export async function insertPerson(db: Db, caseId: number, person: Person): Promise<void> {
  await db
    .insertInto('people')
    .values({
      case_id: caseId,
      ref: person.ref,
      role: person.role,
      name: person.name,
      data: JSON.stringify(person),
    })
    .execute();
}

export async function insertEntry(
  db: Db,
  caseId: number,
  entry: Entry,
  recordedBy: number | null,
): Promise<void> {
  await db
    .insertInto('entries')
    .values({
      case_id: caseId,
      id: entry.id,
      kind: entry.kind,
      at: entry.at,
      at_utc: toInstant(entry.at).toISOString(),
      agency_ref: entry.agency ?? null,
      worker_ref: entry.worker ?? null,
      amends: entry.amends ?? null,
      data: JSON.stringify(entry),
      recorded_at: new Date().toISOString(),
      recorded_by: recordedBy,
    })
    .execute();
}

/** The whole case as an exchange-format file: parts in the order they were added, entries in the order recorded. */
export async function loadCaseFile(db: Db, caseRow: CaseRow): Promise<CaseFile> {
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
