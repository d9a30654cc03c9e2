// An import writes a case's people and entries in multi-row batches (store/case-records.ts), and a long
// file lets the event loop run while it imports. What it writes is what one INSERT a row wrote: every
// entry in the file's order, attributed to the importer, workers linked to their users, agencies in order.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseFile } from '../../src/domain/case-file.js';
import { syntheticCase } from '../../src/domain/synthetic/case.js';
import { toInstant } from '../../src/domain/time.js';
import { exportCaseFile, importCaseFiles } from '../../src/services/case-files.js';
import { batches } from '../../src/store/case-records.js';
import { addAgenciesOf } from '../support/agencies.js';
import { aDatabase, type TestDatabase } from '../support/database.js';

let t: TestDatabase;
beforeEach(async () => {
  t = await aDatabase();
});
afterEach(() => t.close());

// Generated histories end around this moment; importing at it keeps every entry within a day of now.
const historyEnds = new Date('2026-06-01T11:00:00Z');
const longCase = (entries: number): CaseFile => {
  const file = syntheticCase({ index: 1, entries, now: historyEnds });
  // Two of the workers are the test partnership's users, as an import from another system names them.
  const workers = file.workers.map((worker, i) =>
    i === 0 ? { ...worker, ref: 'worker', agency: 'csc' } : worker,
  );
  return {
    ...file,
    workers,
    entries: file.entries.map((entry) =>
      entry.worker === file.workers[0]?.ref ? { ...entry, worker: 'worker', agency: 'csc' } : entry,
    ),
  };
};

describe('rows in batches', () => {
  it('fills batches of up to 256 rows, and splits the rest into powers of two', () => {
    const sizes = (count: number, columns: number) =>
      [
        ...batches(
          Array.from({ length: count }, (_, i) => i),
          columns,
        ),
      ].map((batch) => batch.length);
    expect(sizes(0, 11)).toEqual([]);
    expect(sizes(1, 11)).toEqual([1]);
    expect(sizes(100, 11)).toEqual([64, 32, 4]);
    expect(sizes(600, 11)).toEqual([256, 256, 64, 16, 8]);
    // SQLite binds at most 32,766 parameters: a wide row makes a smaller batch.
    expect(sizes(600, 200)).toEqual([128, 128, 128, 128, 64, 16, 8]);
    const rows = Array.from({ length: 1000 }, (_, i) => i);
    expect([...batches(rows, 11)].flat()).toEqual(rows);
  });
});

describe('importing a long case in batches', () => {
  it('stores every entry in the file’s order, attributed to the importer, and exports the file again', async () => {
    const file = longCase(1_500);
    await addAgenciesOf(t, file);
    await importCaseFiles(t.db, [file], {
      partnershipId: t.partnershipId,
      actor: t.manager,
      now: historyEnds,
    });

    const stored = await t.db
      .selectFrom('entries')
      .select(['seq', 'id', 'recorded_by', 'recorded_at', 'at_utc', 'agency_ref', 'worker_ref', 'amends'])
      .orderBy('seq')
      .execute();
    expect(stored.map((row) => row.id)).toEqual(file.entries.map((entry) => entry.id));
    expect(new Set(stored.map((row) => row.recorded_by))).toEqual(new Set([t.manager.userId]));
    expect(stored.every((row) => row.recorded_at === stored[0]?.recorded_at)).toBe(true);
    expect(
      stored.map(({ at_utc, agency_ref, worker_ref, amends }) => ({
        at_utc,
        agency_ref,
        worker_ref,
        amends,
      })),
    ).toEqual(
      file.entries.map((entry) => ({
        at_utc: toInstant(entry.at).toISOString(),
        agency_ref: entry.agency ?? null,
        worker_ref: entry.worker ?? null,
        amends: entry.amends ?? null,
      })),
    );

    const exported = await exportCaseFile(
      t.db,
      { actor: null, address: 'cli' },
      t.partnershipId,
      file.case.ref,
    );
    expect(exported).toEqual(file);
  });

  it('links the workers to the partnership’s users and keeps the agencies in the file’s order', async () => {
    const file = longCase(300);
    await importCaseFiles(t.db, [file], { partnershipId: t.partnershipId, actor: null, now: historyEnds });
    const workers = await t.db.selectFrom('case_workers').select(['ref', 'user_id']).orderBy('id').execute();
    expect(workers.map((worker) => worker.ref)).toEqual(file.workers.map((worker) => worker.ref));
    expect(workers.find((worker) => worker.ref === 'worker')?.user_id).toBe(t.worker.userId);
    expect(workers.filter((worker) => worker.user_id !== null)).toHaveLength(1);
    const agencies = await t.db
      .selectFrom('case_agencies')
      .innerJoin('agencies', 'agencies.id', 'case_agencies.agency_id')
      .select(['agencies.ref', 'case_agencies.reason'])
      .orderBy('case_agencies.id')
      .execute();
    expect(agencies).toEqual(file.agencies.map((agency) => ({ ref: agency.ref, reason: 'imported' })));
  });

  it('lets the event loop run while it imports thousands of entries', async () => {
    const file = longCase(4_000);
    let ticks = 0;
    const ticker = setInterval(() => (ticks += 1), 1);
    try {
      await importCaseFiles(t.db, [file], { partnershipId: t.partnershipId, actor: null, now: historyEnds });
    } finally {
      clearInterval(ticker);
    }
    expect(ticks).toBeGreaterThan(0);
  });
});
