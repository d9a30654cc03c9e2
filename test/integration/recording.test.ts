// The one recipe for recording entries (services/recording.ts): the entries a use case appends are each
// prepared against the case file as it grows, and the notifications they raise reach the outbox only once
// the transaction has committed; a use case that refuses after appending leaves nothing written or sent.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caseService } from '../../src/services/cases.js';
import type { EmailOutbox } from '../../src/services/email-outbox.js';
import { InvalidInput } from '../../src/services/errors.js';
import { recordOnCase } from '../../src/services/recording.js';
import { aDatabase, entryCount, from, type TestDatabase } from '../support/database.js';

let t: TestDatabase;
/** The notification ids handed to the outbox, each with the ids committed by then. */
let deliveries: { ids: readonly number[] | undefined; committed: number[] }[];
let outbox: EmailOutbox;

const notificationIds = async () =>
  (await t.db.selectFrom('notifications').select('id').orderBy('id').execute()).map((row) => row.id);

beforeEach(async () => {
  t = await aDatabase();
  deliveries = [];
  // A query on the database waits for any transaction open on its one connection, so what it reads here
  // has been committed.
  outbox = {
    async deliver({ ids } = {}) {
      deliveries.push({ ids, committed: await notificationIds() });
      return { sent: 0, failed: 0 };
    },
  };
  await caseService(t.db).create(from(t.worker), {
    ref: 'FAM-0001',
    plan: 'child-protection',
    openedOn: '2026-01-05',
    agencies: ['hv'],
  });
});
afterEach(() => t.close());

const alert = (message: string) => ({ kind: 'alert', to: ['hv'], message });

describe('recording entries on a case', () => {
  it('appends each entry to the file as it grows, and hands the outbox every notification once committed', async () => {
    const by = from(t.worker);
    const recorded = await recordOnCase(t.db, outbox, by, 'FAM-0001', 'write', async (recording) => {
      const first = await recording.append(await recording.tellingTimes(alert('Father threatened the HV')));
      const second = await recording.append(await recording.tellingTimes(alert('And again')));
      return { first, second, seen: recording.file.entries.map((e) => e.id) };
    });
    // e1 is the allocation that opened the case.
    expect([recorded.first.id, recorded.second.id]).toEqual(['e2', 'e3']);
    expect(recorded.seen).toEqual(['e1', 'e2', 'e3']);
    const raised = await notificationIds();
    expect(raised).toHaveLength(2);
    expect(deliveries).toEqual([{ ids: raised, committed: raised }]);
  });

  it('writes and sends nothing when the use case refuses after appending', async () => {
    const refused = recordOnCase(t.db, outbox, from(t.worker), 'FAM-0001', 'write', async (recording) => {
      await recording.append(await recording.tellingTimes(alert('Father threatened the HV')));
      throw new InvalidInput([{ path: '', message: 'refused after the alert was appended' }]);
    });
    await expect(refused).rejects.toThrow(InvalidInput);
    expect(await entryCount(t.db)).toBe(1);
    expect(await notificationIds()).toEqual([]);
    expect(deliveries).toEqual([]);
  });

  it('refuses to write an entry prepared before the file grew, whose id another entry may have taken', async () => {
    const refused = recordOnCase(t.db, outbox, from(t.worker), 'FAM-0001', 'write', async (recording) => {
      const early = recording.prepare(alert('Prepared first'));
      await recording.append(alert('Appended meanwhile'));
      return recording.write(early);
    });
    await expect(refused).rejects.toThrow(/prepared before the case file grew/);
    expect(await entryCount(t.db)).toBe(1);
  });
});
