import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verify } from '@node-rs/argon2';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseFile } from '../../src/domain/case-file.js';
import { toInstant } from '../../src/domain/time.js';
import { parseCaseFile } from '../../src/domain/validation.js';
import { demoCaseFiles } from '../../src/services/demo-cases/index.js';
import { loadDemo } from '../../src/services/demo.js';
import { openMigratedDatabase, type Db } from '../../src/store/database.js';

// Moments the demo might be loaded at: any weekday, a weekend, either side of the clocks changing.
const moments = {
  'a Monday morning in British Summer Time': new Date('2026-06-15T07:30:00Z'),
  'a Sunday evening in Greenwich Mean Time': new Date('2026-01-11T19:00:00Z'),
  'the Monday after the clocks go forward': new Date('2026-03-30T08:00:00Z'),
  'a Wednesday afternoon in November': new Date('2025-11-19T15:45:00Z'),
};

const weekday = (at: string) => new Date(`${at.slice(0, 10)}T12:00:00Z`).getUTCDay();

describe.each(Object.entries(moments))('the demo case files, loaded on %s', (_name, now) => {
  const files = demoCaseFiles(now);

  it('are all valid case files', () => {
    for (const file of files) {
      const parsed = parseCaseFile(JSON.parse(JSON.stringify(file)));
      expect(parsed.ok ? [] : parsed.problems, file.case.ref).toEqual([]);
    }
  });

  it('are at least 20 cases with unique refs, all in the Milton Keynes pack', () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
    expect(new Set(files.map((file) => file.case.ref)).size).toBe(files.length);
    expect(files.every((file) => file.case.pack === 'milton-keynes')).toBe(true);
  });

  it('put social care on every case and leave health visiting off at least four', () => {
    const agencyRefs = (file: CaseFile) => file.agencies.map((agency) => agency.ref);
    expect(files.filter((file) => !agencyRefs(file).includes('csc'))).toEqual([]);
    expect(files.filter((file) => !agencyRefs(file).includes('hv')).length).toBeGreaterThanOrEqual(4);
    const demoRefs = new Set(['csc', 'hv', 'sch', 'pol']);
    expect(files.flatMap(agencyRefs).filter((ref) => !demoRefs.has(ref))).toEqual([]);
  });

  it('date no entry after now, and every entry in time order on a weekday', () => {
    for (const file of files) {
      const instants = file.entries.map((entry) => toInstant(entry.at).getTime());
      expect(Math.max(...instants), file.case.ref).toBeLessThanOrEqual(now.getTime());
      expect(instants, file.case.ref).toEqual([...instants].sort((a, b) => a - b));
      expect(file.entries.filter((entry) => [0, 6].includes(weekday(entry.at)))).toEqual([]);
    }
  });

  it('use every plan of an English pack and allocate most cases to the demo worker', () => {
    expect(new Set(files.map((file) => file.case.plan))).toEqual(
      new Set(['early-help', 'child-in-need', 'child-protection', 'looked-after']),
    );
    const ledBySam = files.filter((file) =>
      file.entries.some(
        (entry) => entry.kind === 'allocation' && entry.role === 'lead' && entry.worker === 'worker',
      ),
    );
    expect(ledBySam.length).toBeGreaterThan(files.length / 2);
  });
});

describe('the demo case files', () => {
  const files = demoCaseFiles(new Date('2026-05-20T10:00:00Z'));
  const entries = files.flatMap((file) => file.entries);

  it('include the facts the findings are shown with', () => {
    const kinds = new Set(entries.map((entry) => entry.kind));
    for (const kind of [
      'incident',
      'debrief',
      'visit-plan',
      'check-out',
      'check-in',
      'agreement-review',
      'goal',
    ]) {
      expect(kinds, kind).toContain(kind);
    }
    expect(entries.some((entry) => entry.amends)).toBe(true);
    expect(entries.some((entry) => entry.restricted?.includes('manager'))).toBe(true);
    expect(entries.some((entry) => entry.kind === 'attendance' && entry.percent === 82)).toBe(true);
    expect(
      entries.some(
        (entry) => entry.kind === 'agreement-review' && !entry.kept && entry.familyAccount === 'kept',
      ),
    ).toBe(true);
  });

  it('are the same for the same moment', () => {
    expect(demoCaseFiles(new Date('2026-05-20T10:00:00Z'))).toEqual(files);
  });
});

describe('loading the demo partnership', () => {
  let folder: string;
  let db: Db;
  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'stickability-demo-'));
    db = await openMigratedDatabase(`sqlite:${join(folder, 'demo.db')}`);
  });
  afterEach(async () => {
    await db.destroy();
    rmSync(folder, { recursive: true, force: true });
  });

  const count = async (table: 'partnerships' | 'users' | 'cases' | 'entries' | 'case_workers') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('creates the accounts and the cases once; a second run changes nothing', async () => {
    const now = new Date('2026-05-20T10:00:00Z');
    const first = await loadDemo(db, now);
    expect(first.created).toBe(true);
    expect(first.users.map((user) => user.email)).toEqual([
      'manager@demo.test',
      'worker@demo.test',
      'worker2@demo.test',
      'admin@demo.test',
      'auditor@demo.test',
      'duty@demo.test',
    ]);
    const files = demoCaseFiles(now);
    const before = {
      partnerships: await count('partnerships'),
      users: await count('users'),
      cases: await count('cases'),
      entries: await count('entries'),
    };
    expect(before).toEqual({
      partnerships: 1,
      users: 6,
      cases: files.length,
      entries: files.reduce((sum, file) => sum + file.entries.length, 0),
    });

    // The agencies nobody in the demo works for have a safeguarding contact, so an alert to them shows it.
    const contacts = await db
      .selectFrom('agencies')
      .select(['ref', 'safeguarding_contact'])
      .where('safeguarding_contact', 'is not', null)
      .orderBy('ref')
      .execute();
    expect(contacts.map((agency) => agency.ref)).toEqual(['pol', 'sch']);

    const second = await loadDemo(db, new Date('2026-05-21T10:00:00Z'));
    expect(second.created).toBe(false);
    expect(second.users).toEqual(first.users);
    expect({
      partnerships: await count('partnerships'),
      users: await count('users'),
      cases: await count('cases'),
      entries: await count('entries'),
    }).toEqual(before);
  });

  it('gives every account the demo password, hashed with argon2id, and the worker a manager', async () => {
    await loadDemo(db, new Date('2026-05-20T10:00:00Z'));
    const users = await db
      .selectFrom('users')
      .select(['id', 'email', 'password_hash', 'manager_id'])
      .execute();
    for (const user of users) {
      expect(user.password_hash, user.email).toMatch(/^\$argon2id\$/);
      expect(await verify(user.password_hash, 'demo-password-1'), user.email).toBe(true);
      expect(await verify(user.password_hash, 'wrong-password'), user.email).toBe(false);
    }
    const manager = users.find((user) => user.email === 'manager@demo.test');
    expect(users.find((user) => user.email === 'worker@demo.test')?.manager_id).toBe(manager?.id);
  });

  it('links the demo workers on the cases to their accounts', async () => {
    await loadDemo(db, new Date('2026-05-20T10:00:00Z'));
    const linked = await db
      .selectFrom('case_workers')
      .innerJoin('users', 'users.id', 'case_workers.user_id')
      .select(['case_workers.ref', 'users.email'])
      .distinct()
      .orderBy('case_workers.ref')
      .execute();
    expect(linked).toEqual([
      { ref: 'manager', email: 'manager@demo.test' },
      { ref: 'worker', email: 'worker@demo.test' },
      { ref: 'worker2', email: 'worker2@demo.test' },
    ]);
    const unlinked = await db
      .selectFrom('case_workers')
      .select('ref')
      .distinct()
      .where('user_id', 'is', null)
      .execute();
    expect(unlinked.map((row) => row.ref).sort()).toEqual(['pc1', 'sw2', 'sw3', 't1']);
  });
});
