import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caseFileService } from '../../src/services/case-files.js';
import { caseService } from '../../src/services/cases.js';
import { InvalidInput, NotFound } from '../../src/services/errors.js';
import { aDatabase, from, type TestDatabase } from '../support/database.js';

let t: TestDatabase;
let cases: ReturnType<typeof caseService>;
beforeEach(async () => {
  t = await aDatabase();
  cases = caseService(t.db);
});
afterEach(() => t.close());

const newCase = { ref: 'FAM-0001', plan: 'child-protection', openedOn: '2026-01-05' };

async function problemsOf(promise: Promise<unknown>) {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(InvalidInput);
  return (error as InvalidInput).problems;
}

describe('creating a case', () => {
  it("puts the creator's agency on the case, makes them lead worker and audits it", async () => {
    await cases.create(from(t.worker), { ...newCase, agencies: ['hv'] });
    const overview = await cases.overview(from(t.worker), 'FAM-0001');
    expect(overview.file.case).toEqual({ ...newCase, pack: 'milton-keynes' });
    expect(overview.file.agencies.map((a) => a.ref)).toEqual(['csc', 'hv']);
    expect(overview.leadWorker).toBe('Test worker');
    const audit = await t.db.selectFrom('audit_log').select(['action', 'user_id']).orderBy('id').execute();
    expect(audit).toEqual([
      { action: 'create-case', user_id: t.worker.userId },
      { action: 'read-case', user_id: t.worker.userId },
    ]);
  });

  it('refuses a reference already used in the partnership, naming the field', async () => {
    await cases.create(from(t.worker), newCase);
    expect(await problemsOf(cases.create(from(t.worker), newCase))).toEqual([
      { path: 'ref', message: 'A case with this reference already exists' },
    ]);
  });

  it('names every invalid field and writes nothing', async () => {
    const problems = await problemsOf(
      cases.create(from(t.worker), { ref: '', plan: 'nope', openedOn: '2026-02-30' }),
    );
    expect(problems.map((p) => p.path).sort()).toEqual(['openedOn', 'plan', 'ref']);
    expect(await t.db.selectFrom('cases').select('id').execute()).toEqual([]);
  });

  it('refuses an agency that is not in the partnership', async () => {
    expect(
      (await problemsOf(cases.create(from(t.worker), { ...newCase, agencies: ['nowhere'] })))[0]?.path,
    ).toBe('agencies');
  });
});

describe('who sees a case', () => {
  beforeEach(() => cases.create(from(t.worker), newCase));

  it('is hidden from another agency until that agency joins, and then visible', async () => {
    await expect(cases.overview(from(t.worker2), 'FAM-0001')).rejects.toBeInstanceOf(NotFound);
    expect((await cases.mine(t.worker2)).items).toEqual([]);
    await cases.addAgency(from(t.worker), 'FAM-0001', {
      agency: 'hv',
      requestedBy: 'Health visiting team leader',
      reason: 'Baby due for health checks',
    });
    expect((await cases.overview(from(t.worker2), 'FAM-0001')).file.agencies.map((a) => a.ref)).toEqual([
      'csc',
      'hv',
    ]);
    expect((await cases.mine(t.worker2)).items.map((c) => c.ref)).toEqual(['FAM-0001']);
  });

  it('says in words how each agency of the team around the family came to be on the case', async () => {
    await cases.addAgency(from(t.worker), 'FAM-0001', {
      agency: 'hv',
      requestedBy: 'Health visiting team leader',
      reason: 'Baby due for health checks',
    });
    const team = (await cases.overview(from(t.worker), 'FAM-0001')).team;
    expect(team.map(({ ref, requestedBy, reason }) => ({ ref, requestedBy, reason }))).toEqual([
      { ref: 'csc', requestedBy: null, reason: 'Named when the case was created' },
      { ref: 'hv', requestedBy: 'Health visiting team leader', reason: 'Baby due for health checks' },
    ]);

    const files = caseFileService(t.db);
    const file = await files.export(from(t.worker), 'FAM-0001');
    await files.import(from(t.worker), { ...file, case: { ...file.case, ref: 'FAM-0002' } });
    const imported = (await cases.overview(from(t.worker), 'FAM-0002')).team;
    expect(imported.map(({ ref, reason }) => ({ ref, reason }))).toEqual([
      { ref: 'csc', reason: 'Already on the case in the record when it was imported' },
      { ref: 'hv', reason: 'Already on the case in the record when it was imported' },
    ]);
  });

  it('is never shown to a user of another partnership, even with the same agency ref', async () => {
    await expect(cases.overview(from(t.outsider), 'FAM-0001')).rejects.toBeInstanceOf(NotFound);
    expect((await cases.mine(t.outsider)).items).toEqual([]);
  });

  it("lists the worker's allocated cases first", async () => {
    await cases.create(from(t.manager), { ...newCase, ref: 'AAA-0001' });
    const mine = (await cases.mine(t.worker)).items;
    expect(mine.map((c) => [c.ref, c.allocatedToMe])).toEqual([
      ['FAM-0001', true],
      ['AAA-0001', false],
    ]);
  });
});

describe('people on a case', () => {
  beforeEach(() => cases.create(from(t.worker), newCase));

  it('adds a parent, then a child who lives with them, and records both', async () => {
    const parent = await cases.addPerson(from(t.worker), 'FAM-0001', {
      role: 'parent',
      name: 'Parent One',
      needs: { interpreter: 'Polish' },
    });
    const child = await cases.addPerson(
      from(t.worker),
      'FAM-0001',
      { role: 'child', name: 'Child One', dateOfBirth: '2025-09-14' },
      [parent.ref],
    );
    expect([parent.ref, child.ref]).toEqual(['p1', 'c1']);
    const { file, children } = await cases.overview(
      from(t.worker),
      'FAM-0001',
      new Date('2026-09-14T12:00:00Z'),
    );
    expect(file.people.find((p) => p.ref === 'p1')?.livesWithChildren).toEqual(['c1']);
    expect(children).toEqual([{ ref: 'c1', name: 'Child One', dateOfBirth: '2025-09-14', age: '12 months' }]);
    const actions = (await t.db.selectFrom('audit_log').select('action').execute()).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['add-person', 'amend-person']));
    // The parent's record before the child joined them is kept as a version, by whom and when it changed.
    const versions = await t.db
      .selectFrom('person_versions')
      .select(['version', 'data', 'recorded_by'])
      .where('ref', '=', 'p1')
      .orderBy('version')
      .execute();
    expect(
      versions.map((v) => [
        v.version,
        (JSON.parse(v.data) as { livesWithChildren?: string[] }).livesWithChildren,
      ]),
    ).toEqual([
      [1, undefined],
      [2, ['c1']],
    ]);
    expect(versions[1]?.recorded_by).toBe(t.worker.userId);
  });

  it('names the invalid fields of a person', async () => {
    const problems = await problemsOf(
      cases.addPerson(from(t.worker), 'FAM-0001', { role: 'uncle', name: '', dateOfBirth: 'yesterday' }),
    );
    expect(problems.map((p) => p.path).sort()).toEqual(['dateOfBirth', 'name', 'role']);
  });

  it('cannot be changed by a user who cannot see the case', async () => {
    await expect(
      cases.addPerson(from(t.worker2), 'FAM-0001', { role: 'child', name: 'X' }),
    ).rejects.toBeInstanceOf(NotFound);
  });
});
