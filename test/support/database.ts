// A real SQLite file per test, with one partnership, three agencies and four users.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Entry } from '../../src/domain/entries.js';
import type { Actor, Role } from '../../src/domain/policy.js';
import type { CaseFile } from '../../src/domain/case-file.js';
import type { ChronologyFilter, ChronologyItem } from '../../src/domain/chronology.js';
import { caseService, type SignedIn } from '../../src/services/cases.js';
import { findCase, loadCaseFile } from '../../src/store/case-records.js';
import { openMigratedDatabase, transaction, type Db } from '../../src/store/database.js';
import type { CaseRow } from '../../src/store/tables.js';

export interface TestDatabase {
  db: Db;
  url: string;
  partnershipId: number;
  worker: Actor;
  manager: Actor;
  /** A practitioner of another agency (health visiting). */
  worker2: Actor;
  /** A practitioner of another partnership. */
  outsider: Actor;
  close(): Promise<void>;
}

export async function aDatabase(): Promise<TestDatabase> {
  const folder = mkdtempSync(join(tmpdir(), 'stickability-test-'));
  const url = `sqlite:${join(folder, 'test.db')}`;
  const db = await openMigratedDatabase(url);
  const now = new Date().toISOString();
  const partnership = async (name: string) =>
    (
      await db
        .insertInto('partnerships')
        .values({ name, pack: 'milton-keynes', created_at: now })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const agency = async (partnershipId: number, ref: string, type: string, name: string) =>
    (
      await db
        .insertInto('agencies')
        .values({ partnership_id: partnershipId, ref, type, name })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const user = async (
    partnershipId: number,
    agencyId: number,
    agencyRef: string,
    workerRef: string,
    role: Role,
    managerId: number | null = null,
  ): Promise<Actor> => {
    const email = `${workerRef}@test.example`;
    const name = `Test ${workerRef}`;
    const { id } = await db
      .insertInto('users')
      .values({
        partnership_id: partnershipId,
        agency_id: agencyId,
        team_id: null,
        email,
        name,
        worker_ref: workerRef,
        role,
        manager_id: managerId,
        password_hash: 'not-used-here',
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return {
      userId: id,
      partnershipId,
      agencyId,
      agencyRef,
      workerRef,
      name,
      email,
      role,
      superviseeAgencyIds: [],
    };
  };

  const partnershipId = await partnership('Test Partnership');
  const csc = await agency(partnershipId, 'csc', 'social-care', "Children's Social Care");
  const hv = await agency(partnershipId, 'hv', 'health-visiting', 'Health Visiting');
  await agency(partnershipId, 'sch', 'school', 'Primary School');
  const manager = await user(partnershipId, csc, 'csc', 'manager', 'manager');
  const worker = await user(partnershipId, csc, 'csc', 'worker', 'practitioner', manager.userId);
  const worker2 = await user(partnershipId, hv, 'hv', 'worker2', 'practitioner');
  const otherPartnership = await partnership('Other Partnership');
  const otherCsc = await agency(otherPartnership, 'csc', 'social-care', "Children's Social Care");
  const outsider = await user(otherPartnership, otherCsc, 'csc', 'outsider', 'practitioner');

  return {
    db,
    url,
    partnershipId,
    worker,
    manager: { ...manager, superviseeAgencyIds: [csc] },
    worker2,
    outsider,
    async close() {
      await db.destroy();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

export const from = (actor: Actor) => ({ actor, address: '127.0.0.1' });

/** How many entries the database holds, across every case: a refused write must leave it unchanged. */
export async function entryCount(db: Db): Promise<number> {
  return (await db.selectFrom('entries').select('id').execute()).length;
}

/** Every entry the database holds, as stored, in the order they were written. */
export async function storedEntries(db: Db): Promise<Entry[]> {
  const rows = await db.selectFrom('entries').select('data').orderBy('seq').execute();
  return rows.map((row) => JSON.parse(row.data) as Entry);
}

/** The stored case `ref` of the partnership, read in a transaction of its own (the store takes a `Tx`). */
export const storedCase = (db: Db, partnershipId: number, ref: string): Promise<CaseRow | undefined> =>
  transaction(db, (tx) => findCase(tx, partnershipId, ref));

/** The whole case file of a stored case, as the store loads it. */
export const storedFile = (db: Db, caseRow: CaseRow): Promise<CaseFile> =>
  transaction(db, (tx) => loadCaseFile(tx, caseRow));

/** A case's chronology as its pages read it (`cases.overview` with its chronology). */
export async function chronologyFor(
  db: Db,
  by: SignedIn,
  ref: string,
  filter: ChronologyFilter = {},
): Promise<ChronologyItem[]> {
  return (await caseService(db).overview(by, ref, new Date(), { chronology: filter })).chronology ?? [];
}
