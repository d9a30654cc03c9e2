// Findings in the product: cached per case, recomputed with every write and when their moment passes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { currentAssessment, sweepDueAssessments } from '../../src/services/assessments.js';
import type { CaseFilter } from '../../src/services/case-lists.js';
import { caseService } from '../../src/services/cases.js';
import { entryService } from '../../src/services/entries.js';
import { toUkLocalDateTime } from '../../src/domain/time.js';
import { daysAgo } from '../support/api.js';
import { aDatabase, from, type TestDatabase, storedCase } from '../support/database.js';

let t: TestDatabase;
let cases: ReturnType<typeof caseService>;
let entries: ReturnType<typeof entryService>;
beforeEach(async () => {
  t = await aDatabase();
  cases = caseService(t.db);
  entries = entryService(t.db);
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
    { role: 'child', name: 'Child One', dateOfBirth: '2019-01-01' },
    ['p1'],
  );
});
afterEach(() => t.close());

const failedVisit = (days: number, outcome = 'no-answer-believed-in') => ({
  kind: 'contact',
  at: daysAgo(days),
  mode: 'home-visit',
  planned: true,
  outcome,
  contingency: 'Visit again with the health visitor',
});
const cached = async () => t.db.selectFrom('case_assessments').selectAll().executeTakeFirstOrThrow();

describe('the cached assessment of a case', () => {
  it('is recomputed in the same transaction as each entry', async () => {
    for (const days of [9, 6, 3]) await entries.record(from(t.worker), 'FAM-0001', failedVisit(days));
    const row = await cached();
    const codes = (JSON.parse(row.findings) as { code: string }[]).map((f) => f.code);
    expect(codes).toContain('repeated-failed-contacts');
    expect(row.worst_severity).toBe('critical'); // the child has gone unseen since the case opened in January
    expect(row.stage).toBe('concern');
  });

  it('changes when a contact sees the child', async () => {
    await entries.record(from(t.worker), 'FAM-0001', failedVisit(2));
    expect((await cached()).findings).toContain('"child-not-seen"');
    await entries.record(from(t.worker), 'FAM-0001', {
      ...failedVisit(0),
      outcome: 'completed',
      seen: ['c1', 'p1'],
      seenAlone: ['c1'],
    });
    expect((await cached()).findings).not.toContain('"child-not-seen"');
  });

  it('is recomputed on a read once its moment has passed, and by the sweep', async () => {
    await entries.record(from(t.worker), 'FAM-0001', {
      ...failedVisit(0),
      outcome: 'completed',
      seen: ['c1', 'p1'],
      seenAlone: ['c1'],
    });
    const row = await cached();
    expect(row.reassess_at).not.toBeNull();
    const later = new Date(Date.parse(row.reassess_at as string) + 60 * 86_400_000);
    const caseRow = await storedCase(t.db, t.partnershipId, 'FAM-0001');
    const assessment = await currentAssessment(t.db, caseRow!, later);
    expect(assessment.findings.map((f) => f.code)).toContain('child-not-seen');
    expect((await cached()).assessed_at).toBe(later.toISOString());
    expect(await sweepDueAssessments(t.db, new Date(0))).toBe(0);
    expect(
      await sweepDueAssessments(t.db, new Date(Date.parse((await cached()).reassess_at as string) + 1)),
    ).toBe(1);
  });
});

describe('the sweep of due cases', () => {
  // Two cases, both with a stored assessment that has fallen due by `at` (and `later`, a minute on).
  const twoDueCases = async () => {
    await cases.create(from(t.worker), { ref: 'FAM-0002', plan: 'child-in-need', openedOn: '2026-01-05' });
    await cases.addPerson(from(t.worker), 'FAM-0002', {
      role: 'child',
      name: 'Child Two',
      dateOfBirth: '2018-03-01',
    });
    const rows = await t.db.selectFrom('case_assessments').select(['case_id', 'reassess_at']).execute();
    expect(rows).toHaveLength(2);
    const at = new Date(Math.max(...rows.map((r) => Date.parse(r.reassess_at as string))) + 1);
    return { at, later: new Date(at.getTime() + 60_000) };
  };
  const assessedAt = async (ref: string) => {
    const caseRow = await storedCase(t.db, t.partnershipId, ref);
    return (
      await t.db
        .selectFrom('case_assessments')
        .select('assessed_at')
        .where('case_id', '=', caseRow!.id)
        .executeTakeFirstOrThrow()
    ).assessed_at;
  };
  const nextTurnOfTheEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

  it('lets other work run between cases, rather than holding the server until it ends', async () => {
    const { at } = await twoDueCases();
    let finished = false;
    const sweeping = sweepDueAssessments(t.db, at).then((count) => {
      finished = true;
      return count;
    });
    await nextTurnOfTheEventLoop();
    expect(finished).toBe(false);
    expect(await sweeping).toBe(2);
    expect(await assessedAt('FAM-0001')).toBe(at.toISOString());
    expect(await assessedAt('FAM-0002')).toBe(at.toISOString());
  });

  it('leaves a case recomputed since it began, and stops between cases when aborted', async () => {
    const { at, later } = await twoDueCases();
    const sweeping = sweepDueAssessments(t.db, at);
    await nextTurnOfTheEventLoop(); // the first case is done; a read of the second recomputes it, later
    await currentAssessment(t.db, (await storedCase(t.db, t.partnershipId, 'FAM-0002'))!, later);
    expect(await sweeping).toBe(1);
    expect(await assessedAt('FAM-0002')).toBe(later.toISOString());

    const stopping = new AbortController();
    const stopped = sweepDueAssessments(t.db, new Date(later.getTime() + 86_400_000 * 2), stopping.signal);
    await nextTurnOfTheEventLoop(); // one case done
    stopping.abort();
    expect(await stopped).toBe(1);
  });
});

describe('lists ordered by concern', () => {
  it("puts the case with the worst finding first in the worker's list", async () => {
    await cases.create(from(t.worker), {
      ref: 'AAA-0001',
      plan: 'early-help',
      openedOn: toUkLocalDateTime(new Date()).slice(0, 10),
    });
    const mine = (await cases.mine(t.worker)).items;
    expect(mine.map((c) => [c.ref, c.worstSeverity])).toEqual([
      ['FAM-0001', 'critical'],
      ['AAA-0001', null],
    ]);
  });

  it("shows a manager the team's cases, filtered by finding and severity, and no one else", async () => {
    await cases.create(from(t.worker), {
      ref: 'AAA-0001',
      plan: 'early-help',
      openedOn: toUkLocalDateTime(new Date()).slice(0, 10),
    });
    const team = async (filter: CaseFilter = {}) =>
      (await cases.visible(t.manager, filter)).items.map((c) => c.ref);
    expect(await team()).toEqual(['FAM-0001', 'AAA-0001']);
    expect(await team({ code: 'child-not-seen' })).toEqual(['FAM-0001']);
    expect(await team({ severity: 'critical' })).toEqual(['FAM-0001']);
    expect(await team({ code: 'hostility-to-staff' })).toEqual([]);
    const [worst, other] = (await cases.visible(t.manager)).items;
    expect(worst?.stage).not.toBe(other?.stage);
    expect(await team({ stage: worst?.stage })).toEqual(['FAM-0001']);
  });
});
