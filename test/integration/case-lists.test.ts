// Lists of cases from stored summaries (issue 18, item 2): a page at a time in the order of concern, each
// case once; the API's cursors walk the same order; no case file is read to draw a list; and the stored
// summary is the one a fresh reading of the case would give.
import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caseFactsOf } from '../../src/domain/case-summary.js';
import { casesPerPage } from '../../src/services/case-lists.js';
import { caseService } from '../../src/services/cases.js';
import { entryService } from '../../src/services/entries.js';
import { InvalidInput } from '../../src/services/errors.js';
import type { Db } from '../../src/store/database.js';
import { daysAgo } from '../support/api.js';
import { aDatabase, from, type TestDatabase, storedCase, storedFile } from '../support/database.js';

let t: TestDatabase;
beforeEach(async () => {
  t = await aDatabase();
});
afterEach(() => t.close());

const failedVisit = (days: number) => ({
  kind: 'contact',
  at: daysAgo(days),
  mode: 'home-visit',
  planned: true,
  outcome: 'no-answer-believed-in',
  contingency: 'Visit again with the health visitor',
});
const ref = (n: number) => `FAM-${String(n).padStart(4, '0')}`;

/** `count` cases of the worker's agency; every fifth with failed visits, every third created by the manager. */
async function someCases(count: number): Promise<void> {
  const cases = caseService(t.db);
  const entries = entryService(t.db);
  for (let n = 1; n <= count; n += 1) {
    const by = n % 3 === 0 ? t.manager : t.worker;
    await cases.create(from(by), { ref: ref(n), plan: 'child-in-need', openedOn: daysAgo(20).slice(0, 10) });
    if (n % 5 === 0)
      for (const days of [9, 6, 3]) await entries.record(from(t.worker), ref(n), failedVisit(days));
  }
}

/** Every table a query reads or writes, for each query run through the handle. */
function watched(db: Db): { db: Db; tables: string[][] } {
  const tables: string[][] = [];
  const plugin: KyselyPlugin = {
    transformQuery({ node }: PluginTransformQueryArgs) {
      tables.push(
        [...JSON.stringify(node).matchAll(/"TableNode","table":\{[^}]*"name":"(\w+)"/g)].map(
          (m) => m[1] ?? '',
        ),
      );
      return node;
    },
    transformResult: ({ result }: PluginTransformResultArgs) => Promise.resolve(result),
  };
  return { db: db.withPlugin(plugin), tables };
}

describe('My cases, a page at a time', () => {
  it('lists each case once across the pages, worst first, then the worker’s own, then by reference', async () => {
    await someCases(120);
    const cases = caseService(t.db);
    const pages = [1, 2, 3].map((page) => cases.mine(t.worker, page));
    const [first, second, third] = await Promise.all(pages);
    expect([first?.items.length, second?.items.length, third?.items.length]).toEqual([50, 50, 20]);
    expect(first).toMatchObject({ total: 120, page: 1, pageCount: 3 });
    const listed = [first, second, third].flatMap((p) => p?.items ?? []);
    expect(new Set(listed.map((c) => c.ref)).size).toBe(120);
    const rank = (s: string | null) => ['info', 'warning', 'serious', 'critical'].indexOf(s ?? '') + 1;
    const expected = [...listed].sort(
      (a, b) =>
        rank(b.worstSeverity) - rank(a.worstSeverity) ||
        Number(b.allocatedToMe) - Number(a.allocatedToMe) ||
        (a.ref < b.ref ? -1 : 1),
    );
    expect(listed.map((c) => c.ref)).toEqual(expected.map((c) => c.ref));
    // The worker's 24 cases with failed visits come first; among the rest, the 80 the worker created.
    expect(listed.slice(0, 24).every((c) => c.worstSeverity !== null)).toBe(true);
    expect(listed.filter((c) => c.allocatedToMe)).toHaveLength(80);
    expect(listed[24]?.allocatedToMe).toBe(true);
  });

  it('gives the last page for a page past it', async () => {
    await someCases(casesPerPage + 3);
    const shown = await caseService(t.db).mine(t.worker, 9);
    expect(shown).toMatchObject({ page: 2, pageCount: 2, total: casesPerPage + 3 });
    expect(shown.items).toHaveLength(3);
  });
});

describe('the API’s list of cases, by cursor', () => {
  it('walks the same order as the pages, each case once, and ends with no cursor', async () => {
    await someCases(60);
    const cases = caseService(t.db);
    const walked: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await cases.visible(t.worker, {}, { limit: 7, cursor });
      walked.push(...page.items.map((c) => c.ref));
      cursor = page.nextCursor ?? undefined;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(9);
    const [one, two] = await Promise.all([cases.mine(t.worker, 1), cases.mine(t.worker, 2)]);
    expect(walked).toEqual([...(one?.items ?? []), ...(two?.items ?? [])].map((c) => c.ref));
  });

  it('refuses a cursor it did not write', async () => {
    const cases = caseService(t.db);
    for (const cursor of ['nonsense', Buffer.from('[1,2]').toString('base64url')])
      await expect(cases.visible(t.worker, {}, { cursor })).rejects.toBeInstanceOf(InvalidInput);
  });

  it('narrows by code and severity across pages', async () => {
    await someCases(40);
    const page = await caseService(t.db).visible(
      t.worker,
      { code: 'repeated-failed-contacts' },
      { limit: 3 },
    );
    // FAM-0015 is the manager's: the worker's own come first among the equally serious.
    expect(page.items.map((c) => c.ref)).toEqual([ref(5), ref(10), ref(20)]);
    expect(page.nextCursor).not.toBeNull();
  });
});

describe('drawing a list', () => {
  it('reads no case file: no entry and no person, one query for the page and one to count', async () => {
    await someCases(30);
    const { db, tables } = watched(t.db);
    const shown = await caseService(db).mine(t.worker);
    expect(shown.items).toHaveLength(30);
    const read = tables.flat();
    expect(read).not.toContain('entries');
    expect(read).not.toContain('people');
  });

  it('reads the file of a listed case with a restricted entry, and only that one', async () => {
    await someCases(10);
    await entryService(t.db).record(from(t.worker), ref(4), {
      ...failedVisit(1),
      restricted: ['csc'],
    });
    const { db, tables } = watched(t.db);
    await caseService(db).mine(t.worker);
    expect(tables.filter((names) => names.includes('entries'))).toHaveLength(1);
  });

  it('summarises a case whose summary has lapsed or was never made, before listing it', async () => {
    await someCases(3);
    const cases = caseService(t.db);
    await cases.addPerson(from(t.worker), ref(2), {
      role: 'child',
      name: 'Robin',
      dateOfBirth: '2020-02-02',
    });
    await t.db.updateTable('case_assessments').set({ facts: null }).execute();
    const listed = (await cases.mine(t.worker)).items.find((c) => c.ref === ref(2));
    expect(listed?.children).toEqual([{ name: 'Robin', age: expect.any(String) as string }]);
  });
});

describe('the stored summary', () => {
  it('is what a fresh reading of the case gives, after each kind of write', async () => {
    const cases = caseService(t.db);
    const entries = entryService(t.db);
    await cases.create(from(t.worker), {
      ref: ref(1),
      plan: 'child-protection',
      openedOn: daysAgo(30).slice(0, 10),
    });
    const kept = async () => {
      const caseRow = await storedCase(t.db, t.worker.partnershipId, ref(1));
      if (!caseRow) throw new Error('no case');
      const row = await t.db
        .selectFrom('case_assessments')
        .select('facts')
        .where('case_id', '=', caseRow.id)
        .executeTakeFirstOrThrow();
      return {
        stored: JSON.parse(row.facts ?? 'null') as unknown,
        fresh: caseFactsOf(await storedFile(t.db, caseRow)),
      };
    };
    const writes: (() => Promise<unknown>)[] = [
      () => cases.addPerson(from(t.worker), ref(1), { role: 'parent', name: 'Alex' }),
      () =>
        cases.addPerson(from(t.worker), ref(1), { role: 'child', name: 'Sky', dateOfBirth: '2018-05-01' }, [
          'p1',
        ]),
      () => entries.record(from(t.worker), ref(1), failedVisit(4)),
      () => entries.record(from(t.worker), ref(1), { ...failedVisit(2), outcome: 'completed', seen: ['c1'] }),
      () =>
        cases.addAgency(from(t.worker), ref(1), {
          agency: 'hv',
          requestedBy: 'Duty',
          reason: 'Health checks',
        }),
      () => entries.record(from(t.worker2), ref(1), failedVisit(1)),
    ];
    for (const write of writes) {
      await write();
      const { stored, fresh } = await kept();
      expect(stored).toEqual(fresh);
    }
    const { fresh } = await kept();
    expect(fresh.children).toEqual([
      expect.objectContaining({ name: 'Sky', lastSeenAt: expect.any(String) as string }),
    ]);
    expect(fresh.allocated).toEqual([{ worker: 'worker', agency: 'csc' }]);
  });
});
