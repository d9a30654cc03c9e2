// The closure guard: no closing on an unanswered door without a multi-agency decision (MK 5.1.19).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toUkLocalDateTime } from '../../src/domain/time.js';
import { caseService } from '../../src/services/cases.js';
import { ClosureBlocked, closureService } from '../../src/services/closures.js';
import { entryService } from '../../src/services/entries.js';
import { InvalidInput, NotFound } from '../../src/services/errors.js';
import { aDatabase, entryCount, from, type TestDatabase } from '../support/database.js';

let t: TestDatabase;
let closures: ReturnType<typeof closureService>;
let entries: ReturnType<typeof entryService>;
const minutesAgo = (n: number) => toUkLocalDateTime(new Date(Date.now() - n * 60_000));

beforeEach(async () => {
  t = await aDatabase();
  closures = closureService(t.db);
  entries = entryService(t.db);
  const cases = caseService(t.db);
  await cases.create(from(t.worker), {
    ref: 'FAM-0001',
    plan: 'child-in-need',
    openedOn: toUkLocalDateTime(new Date()).slice(0, 10),
    agencies: ['hv'],
  });
  await cases.addPerson(from(t.worker), 'FAM-0001', {
    role: 'child',
    name: 'Child One',
    dateOfBirth: '2018-01-01',
  });
});
afterEach(() => t.close());

const refused = (minutes: number) => ({
  kind: 'contact',
  at: minutesAgo(minutes),
  mode: 'home-visit',
  planned: true,
  outcome: 'refused-entry',
  contingency: 'Try again tomorrow',
});

describe('closing a case', () => {
  it('closes a case where the family is engaging, recording a closure entry', async () => {
    await entries.record(from(t.worker), 'FAM-0001', {
      kind: 'contact',
      at: minutesAgo(30),
      mode: 'home-visit',
      outcome: 'completed',
      seen: ['c1'],
    });
    const closure = await closures.close(from(t.worker), 'FAM-0001', {
      reason: 'Needs met; family engaging',
    });
    expect(closure).toMatchObject({ kind: 'closure', reason: 'Needs met; family engaging', agency: 'csc' });
  });

  it('refuses while non-engagement is active, naming the findings, and writes nothing', async () => {
    await entries.record(from(t.worker), 'FAM-0001', refused(30));
    const before = await entryCount(t.db);
    const error = await closures
      .close(from(t.worker), 'FAM-0001', { reason: 'Family will not engage' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClosureBlocked);
    expect((error as ClosureBlocked).findings.map((f) => f.code)).toContain('refusal');
    expect(await entryCount(t.db)).toBe(before);
  });

  it('audits the refusal, in its own right, with the case, the user and the reason', async () => {
    await entries.record(from(t.worker), 'FAM-0001', refused(30));
    await closures
      .close(from(t.worker), 'FAM-0001', { agency: 'hv', reason: 'No longer needed' })
      .catch(() => undefined);
    const rows = await t.db
      .selectFrom('audit_log')
      .select(['user_id', 'case_id', 'detail'])
      .where('action', '=', 'closure-refused')
      .execute();
    expect(rows).toEqual([
      {
        user_id: t.worker.userId,
        case_id: expect.any(Number),
        detail: expect.stringMatching(/^involvement-end hv: No longer needed \(findings: .*refusal/),
      },
    ]);
  });

  it('allows it once a multi-agency meeting has decided to close', async () => {
    await entries.record(from(t.worker), 'FAM-0001', refused(30));
    await entries.record(from(t.worker), 'FAM-0001', {
      kind: 'meeting',
      at: minutesAgo(10),
      type: 'multi-agency',
      attendees: ['csc', 'hv'],
      decision: 'close',
    });
    await expect(
      closures.close(from(t.worker), 'FAM-0001', { reason: 'Agreed at the multi-agency meeting' }),
    ).resolves.toMatchObject({ kind: 'closure' });
  });

  it("guards one agency's involvement the same way", async () => {
    await entries.record(from(t.worker), 'FAM-0001', refused(30));
    await expect(
      closures.close(from(t.worker), 'FAM-0001', { agency: 'hv', reason: 'No longer needed' }),
    ).rejects.toBeInstanceOf(ClosureBlocked);
  });

  it('names the findings in the way, not one the refused closure would itself have caused', async () => {
    await entries.record(from(t.worker), 'FAM-0001', refused(30));
    const error = (await closures
      .close(from(t.worker), 'FAM-0001', { agency: 'hv', reason: 'No longer needed' })
      .catch((e: unknown) => e)) as ClosureBlocked;
    expect(error.findings.map((f) => f.code)).toContain('refusal');
    expect(error.findings.map((f) => f.code)).not.toContain('everyone-withdrawing');
  });

  it('needs a reason, an agency on the case, and a case the user can see', async () => {
    await expect(closures.close(from(t.worker), 'FAM-0001', { reason: ' ' })).rejects.toBeInstanceOf(
      InvalidInput,
    );
    await expect(
      closures.close(from(t.worker), 'FAM-0001', { agency: 'sch', reason: 'x' }),
    ).rejects.toBeInstanceOf(InvalidInput);
    await expect(closures.close(from(t.outsider), 'FAM-0001', { reason: 'x' })).rejects.toBeInstanceOf(
      NotFound,
    );
  });
});
