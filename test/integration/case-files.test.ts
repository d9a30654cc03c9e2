import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseFile } from '../../src/domain/case-file.js';
import { parseCaseFile } from '../../src/domain/validation.js';
import { exportCaseFile, importCaseFile, importCaseFiles } from '../../src/services/case-files.js';
import { Conflict, NotFound } from '../../src/services/errors.js';
import { transaction } from '../../src/store/database.js';
import { aDatabase, from, type TestDatabase } from '../support/database.js';
import { sharedDir } from '../unit/shared-docs.js';

const example = (name: string): CaseFile => {
  const parsed = parseCaseFile(JSON.parse(readFileSync(join(sharedDir, 'examples', `${name}.json`), 'utf8')));
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return parsed.value;
};

let t: TestDatabase;
beforeEach(async () => {
  t = await aDatabase();
});
afterEach(() => t.close());

const counts = async () =>
  Object.fromEntries(
    await Promise.all(
      (['cases', 'entries', 'people', 'agencies', 'case_agencies', 'case_workers', 'audit_log'] as const).map(
        async (table) => [
          table,
          (
            await t.db
              .selectFrom(table)
              .select((eb) => eb.fn.countAll().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        ],
      ),
    ),
  );

describe('importing case files', () => {
  it('imports a file whole: its agencies matched by ref, new ones created, workers linked to users', async () => {
    const file = example('no-access-baby');
    await importCaseFiles(t.db, [file], { partnershipId: t.partnershipId, actor: null });
    const agencies = await t.db
      .selectFrom('agencies')
      .select('ref')
      .where('partnership_id', '=', t.partnershipId)
      .execute();
    expect(agencies.map((a) => a.ref).sort()).toEqual(['csc', 'hv', 'sch']);
    const exported = await exportCaseFile(
      t.db,
      { actor: null, address: 'cli' },
      t.partnershipId,
      'EX-NOACCESS',
    );
    expect(exported.entries).toEqual(file.entries);
    expect(exported.people).toEqual(file.people);
    expect(exported.workers).toEqual(file.workers);
    expect(exported.agencies.map((a) => a.ref)).toEqual(['csc', 'hv']);
  });

  it('leaves the database unchanged when any file in the batch fails', async () => {
    const before = await counts();
    const good = example('selective-engagement');
    await expect(
      importCaseFiles(t.db, [good, example('hostile-household'), good], {
        partnershipId: t.partnershipId,
        actor: null,
      }),
    ).rejects.toBeInstanceOf(Conflict);
    expect(await counts()).toEqual(before);
  });

  it('treats a case ref already in the partnership as a conflict, never a merge', async () => {
    await importCaseFiles(t.db, [example('hostile-household')], {
      partnershipId: t.partnershipId,
      actor: null,
    });
    await expect(
      transaction(t.db, (tx) =>
        importCaseFile(tx, example('hostile-household'), { partnershipId: t.partnershipId, actor: null }),
      ),
    ).rejects.toThrow(/already in this partnership/);
  });
});

describe('exporting a case file', () => {
  it('gives the same text after import, export, import into an empty database, export', async () => {
    for (const name of ['no-access-baby', 'selective-engagement', 'hostile-household']) {
      await importCaseFiles(t.db, [example(name)], { partnershipId: t.partnershipId, actor: null });
    }
    const other = await aDatabase();
    try {
      for (const ref of ['EX-NOACCESS', 'EX-SELECTIVE', 'EX-HOSTILE']) {
        const first = JSON.stringify(
          await exportCaseFile(t.db, { actor: null, address: 'cli' }, t.partnershipId, ref),
          null,
          2,
        );
        await importCaseFiles(other.db, [JSON.parse(first) as CaseFile], {
          partnershipId: other.partnershipId,
          actor: null,
        });
        const second = JSON.stringify(
          await exportCaseFile(other.db, { actor: null, address: 'cli' }, other.partnershipId, ref),
          null,
          2,
        );
        expect(second).toBe(first);
      }
    } finally {
      await other.close();
    }
  });

  it('is refused to a user whose agency is not on the case, and audited for one whose agency is', async () => {
    await importCaseFiles(t.db, [example('hostile-household')], {
      partnershipId: t.partnershipId,
      actor: null,
    });
    await expect(exportCaseFile(t.db, from(t.worker2), t.partnershipId, 'EX-HOSTILE')).rejects.toBeInstanceOf(
      NotFound,
    );
    await importCaseFiles(t.db, [example('no-access-baby')], { partnershipId: t.partnershipId, actor: null });
    await exportCaseFile(t.db, from(t.worker2), t.partnershipId, 'EX-NOACCESS');
    const last = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(last).toMatchObject({ action: 'export-case', user_id: t.worker2.userId, address: '127.0.0.1' });
  });
});
