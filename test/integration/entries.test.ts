import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caseService } from '../../src/services/cases.js';
import { entryService } from '../../src/services/entries.js';
import { InvalidInput, NotFound } from '../../src/services/errors.js';
import { aDatabase, chronologyFor, from, type TestDatabase } from '../support/database.js';

let t: TestDatabase;
let entries: ReturnType<typeof entryService>;
beforeEach(async () => {
  t = await aDatabase();
  entries = entryService(t.db);
  const cases = caseService(t.db);
  await cases.create(from(t.worker), {
    ref: 'FAM-0001',
    plan: 'child-protection',
    openedOn: '2026-01-05',
    agencies: ['hv'],
  });
  await cases.addPerson(from(t.worker), 'FAM-0001', { role: 'parent', name: 'Parent One' });
  await cases.addPerson(
    from(t.worker),
    'FAM-0001',
    { role: 'child', name: 'Baby One', dateOfBirth: '2025-12-01' },
    ['p1'],
  );
});
afterEach(() => t.close());

const noAccessVisit = {
  kind: 'contact',
  at: '2026-02-16T10:00',
  mode: 'home-visit',
  planned: true,
  announced: true,
  outcome: 'no-answer-believed-in',
  seen: [],
  seenAlone: [],
  behaviours: ['confrontation'],
  contingency: 'Unannounced visit within 3 days',
};

describe('recording an entry', () => {
  it("assigns the next id and the worker's agency and ref", async () => {
    const entry = await entries.record(from(t.worker), 'FAM-0001', noAccessVisit);
    expect(entry).toMatchObject({
      id: 'e2',
      agency: 'csc',
      worker: 'worker',
      outcome: 'no-answer-believed-in',
    });
  });

  it('adds a worker of another agency to the case the first time they record', async () => {
    await entries.record(from(t.worker2), 'FAM-0001', {
      ...noAccessVisit,
      mode: 'health-appointment',
      outcome: 'not-brought',
    });
    const workers = await t.db
      .selectFrom('case_workers')
      .select(['ref', 'agency_ref', 'user_id'])
      .orderBy('id')
      .execute();
    expect(workers).toEqual([
      { ref: 'worker', agency_ref: 'csc', user_id: t.worker.userId },
      { ref: 'worker2', agency_ref: 'hv', user_id: t.worker2.userId },
    ]);
  });

  it('names each invalid field by its path and writes nothing', async () => {
    const error = await entries
      .record(from(t.worker), 'FAM-0001', {
        ...noAccessVisit,
        outcome: 'went-badly',
        behaviours: ['sulking'],
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInput);
    expect((error as InvalidInput).problems.map((p) => p.path).sort()).toEqual(['behaviours[0]', 'outcome']);
    expect(await t.db.selectFrom('entries').select('id').execute()).toHaveLength(1);
  });

  it('refuses a child seen alone who is not a child of the case', async () => {
    const error = await entries
      .record(from(t.worker), 'FAM-0001', {
        ...noAccessVisit,
        outcome: 'completed',
        seen: ['p1'],
        seenAlone: ['p1'],
      })
      .catch((e: unknown) => e);
    expect((error as InvalidInput).problems).toEqual([
      { path: 'seenAlone[0]', message: 'no child with ref "p1"' },
    ]);
  });

  it('is refused, with the reason, to a manager whose own agency is not on the case (the export would name an agency it lacks)', async () => {
    const schoolManager = {
      ...t.manager,
      agencyRef: 'sch',
      agencyId: t.worker2.agencyId + 1,
      superviseeAgencyIds: [t.worker.agencyId],
    };
    const error = await entries
      .record(from(schoolManager), 'FAM-0001', noAccessVisit)
      .catch((e: unknown) => e);
    expect((error as InvalidInput).problems).toEqual([
      {
        path: 'agency',
        message: 'Your agency is not on this case: add it to the agencies working with the family first',
      },
    ]);
  });

  it('is refused when the recorder’s worker reference already names someone of another agency', async () => {
    await entries.record(from(t.worker2), 'FAM-0001', noAccessVisit);
    const clash = { ...t.worker, workerRef: 'worker2' };
    const error = await entries.record(from(clash), 'FAM-0001', noAccessVisit).catch((e: unknown) => e);
    expect((error as InvalidInput).problems[0]?.path).toBe('worker');
  });

  it('is refused to a user who cannot see the case', async () => {
    await expect(entries.record(from(t.outsider), 'FAM-0001', noAccessVisit)).rejects.toBeInstanceOf(
      NotFound,
    );
  });
});

describe('amending an entry', () => {
  it('adds a correction beside the original, which stays as it was', async () => {
    await entries.record(from(t.worker), 'FAM-0001', noAccessVisit);
    const correction = await entries.amend(from(t.worker), 'FAM-0001', 'e2', {
      ...noAccessVisit,
      outcome: 'refused-entry',
      seen: ['p1'],
    });
    expect(correction).toMatchObject({ id: 'e3', kind: 'contact', amends: 'e2', outcome: 'refused-entry' });
    const chronology = await chronologyFor(t.db, from(t.worker), 'FAM-0001');
    const original = chronology.find((item) => item.entry.id === 'e2');
    expect(original?.entry).toMatchObject({ outcome: 'no-answer-believed-in' });
    expect(original?.amendedBy.map((e) => e.id)).toEqual(['e3']);
    expect(chronology.find((item) => item.entry.id === 'e3')?.amends?.id).toBe('e2');
  });

  it('refuses to amend an entry that does not exist', async () => {
    await expect(entries.amend(from(t.worker), 'FAM-0001', 'e99', noAccessVisit)).rejects.toBeInstanceOf(
      NotFound,
    );
  });
});

describe('the chronology', () => {
  it('lists entries newest first and filters by agency and kind', async () => {
    await entries.record(from(t.worker), 'FAM-0001', { ...noAccessVisit, at: '2026-02-16T10:00' });
    await entries.record(from(t.worker2), 'FAM-0001', {
      ...noAccessVisit,
      at: '2026-03-01T09:00',
      outcome: 'completed',
      seen: ['p1', 'c1'],
    });
    await entries.record(from(t.worker), 'FAM-0001', { ...noAccessVisit, at: '2026-02-20T10:00' });
    const all = await chronologyFor(t.db, from(t.worker), 'FAM-0001');
    const contacts = all.filter((item) => item.entry.kind === 'contact').map((item) => item.entry.at);
    expect(contacts).toEqual(['2026-03-01T09:00', '2026-02-20T10:00', '2026-02-16T10:00']);
    expect(
      (await chronologyFor(t.db, from(t.worker), 'FAM-0001', { agency: 'hv' })).map((i) => i.entry.id),
    ).toEqual(['e3']);
    expect(
      (await chronologyFor(t.db, from(t.worker), 'FAM-0001', { kind: 'allocation' })).map((i) => i.entry.id),
    ).toEqual(['e1']);
  });
});

describe('entries are facts', () => {
  it('cannot be updated or deleted, even by hand in SQL', async () => {
    await entries.record(from(t.worker), 'FAM-0001', noAccessVisit);
    await expect(sql`update entries set data = '{}'`.execute(t.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from entries`.execute(t.db)).rejects.toThrow(/append-only/);
    expect(await t.db.selectFrom('entries').select('id').execute()).toHaveLength(2);
  });

  it('and neither can the audit log', async () => {
    await expect(sql`delete from audit_log`.execute(t.db)).rejects.toThrow(/append-only/);
    await expect(sql`update audit_log set action = 'x'`.execute(t.db)).rejects.toThrow(/append-only/);
  });
});
