// Entries through the API: pages of the chronology, recording one (with an Idempotency-Key for retries),
// the closure guard, and the user's notifications.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/domain/policy.js';
import { idempotencyService } from '../../src/services/idempotency.js';
import { notificationService } from '../../src/services/notifications.js';
import { aCase } from '../support/case-builder.js';
import { anEngagingCase, failedVisit, startApiTest, type ApiTest } from '../support/api.js';
import { entryCount } from '../support/database.js';

let api: ApiTest;
beforeEach(async () => {
  api = await startApiTest();
});
afterEach(() => api.close());

interface Problem {
  type: string;
  errors?: { path: string; message: string }[];
  findings?: { code: string }[];
}
interface Page {
  items: { id: string; at: string }[];
  nextCursor: string | null;
}

describe('pages of entries', () => {
  // Five contacts a day apart, recorded out of order: e5 happened before e4.
  const file = aCase()
    .withChild('c1', '2019-01-01')
    .withContact({ at: '2026-01-06T10:00' })
    .withContact({ at: '2026-01-07T10:00' })
    .withContact({ at: '2026-01-08T10:00' })
    .withContact({ at: '2026-01-10T10:00' })
    .withContact({ at: '2026-01-09T10:00' })
    .build();
  beforeEach(() => api.post('/api/v1/import', file));

  const allPages = async (limit: number) => {
    const ids: string[][] = [];
    let url = `/api/v1/cases/FAM-0001/entries?limit=${limit}`;
    for (;;) {
      const page = await api.get<Page>(url);
      expect(page.status).toBe(200);
      ids.push(page.json.items.map((entry) => entry.id));
      if (!page.json.nextCursor) return ids;
      url = `/api/v1/cases/FAM-0001/entries?limit=${limit}&cursor=${encodeURIComponent(page.json.nextCursor)}`;
    }
  };

  it('are newest first by when things happened, following each nextCursor to the last page', async () => {
    expect(await allPages(2)).toEqual([['e4', 'e5'], ['e3', 'e2'], ['e1']]);
    expect(await allPages(50)).toEqual([['e4', 'e5', 'e3', 'e2', 'e1']]);
  });

  it('neither skip nor repeat an entry recorded while a client pages', async () => {
    const first = await api.get<Page>('/api/v1/cases/FAM-0001/entries?limit=2');
    await api.post('/api/v1/cases/FAM-0001/entries', {
      kind: 'contact',
      mode: 'phone',
      outcome: 'completed',
      at: '2026-01-11T09:00',
    });
    const second = await api.get<Page>(
      `/api/v1/cases/FAM-0001/entries?limit=2&cursor=${first.json.nextCursor}`,
    );
    expect(second.json.items.map((e) => e.id)).toEqual(['e3', 'e2']);
  });

  it('name a bad limit or cursor', async () => {
    const refused = await api.get<Problem>('/api/v1/cases/FAM-0001/entries?limit=0&cursor=not-a-cursor');
    expect(refused.status).toBe(400);
    expect(refused.json.errors?.map((e) => e.path)).toEqual(['limit']);
    const cursor = await api.get<Problem>('/api/v1/cases/FAM-0001/entries?cursor=not-a-cursor');
    expect(cursor.json.errors?.map((e) => e.path)).toEqual(['cursor']);
  });
});

describe('recording an entry', () => {
  beforeEach(() => api.post('/api/v1/import', anEngagingCase().build()));

  it('assigns its id and time, and takes the agency and worker of the token’s user', async () => {
    const recorded = await api.post<Record<string, unknown>>('/api/v1/cases/FAM-0001/entries', failedVisit);
    expect(recorded.status).toBe(201);
    expect(recorded.json).toEqual({
      ...failedVisit,
      id: 'e2',
      at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d$/),
      agency: 'csc',
      worker: 'w1',
    });
    const given = await api.post('/api/v1/cases/FAM-0001/entries', {
      ...failedVisit,
      id: 'visit-7',
      at: '2026-01-02T09:30',
    });
    expect(given.json).toMatchObject({ id: 'visit-7', at: '2026-01-02T09:30' });
  });

  it('names every invalid or unknown field, and references that do not resolve, by path', async () => {
    const refused = await api.post<Problem>('/api/v1/cases/FAM-0001/entries', {
      ...failedVisit,
      outcome: 'vanished',
      colour: 'red',
    });
    expect(refused.status).toBe(400);
    expect(refused.json.errors?.map((e) => e.path).sort()).toEqual(['colour', 'outcome']);
    const dangling = await api.post<Problem>('/api/v1/cases/FAM-0001/entries', {
      ...failedVisit,
      seen: ['nobody'],
    });
    expect(dangling.json.errors?.map((e) => e.path)).toEqual(['seen[0]']);
    const kind = await api.post<Problem>('/api/v1/cases/FAM-0001/entries', { kind: 'party' });
    expect(kind.json.errors?.map((e) => e.path)).toEqual(['kind']);
    expect(await entryCount(api.t.db)).toBe(1);
  });
});

describe('an Idempotency-Key', () => {
  beforeEach(() => api.post('/api/v1/import', anEngagingCase().build()));
  const withKey = (key: string) => ({ headers: { 'Idempotency-Key': key } });

  it('makes a retry answer as the first request did, byte for byte, and write nothing new', async () => {
    const first = await api.post(
      '/api/v1/cases/FAM-0001/entries',
      failedVisit,
      withKey('visit-2026-03-10-a'),
    );
    const retry = await api.post(
      '/api/v1/cases/FAM-0001/entries',
      failedVisit,
      withKey('visit-2026-03-10-a'),
    );
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.text).toBe(first.text);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    expect(await entryCount(api.t.db)).toBe(2);
    // A new key is a new request.
    await api.post('/api/v1/cases/FAM-0001/entries', failedVisit, withKey('visit-2026-03-10-b'));
    expect(await entryCount(api.t.db)).toBe(3);
  });

  it('refuses the same key with a different request (422), and writes nothing', async () => {
    await api.post('/api/v1/cases/FAM-0001/entries', failedVisit, withKey('k1'));
    const reused = await api.post<Problem>(
      '/api/v1/cases/FAM-0001/entries',
      { ...failedVisit, outcome: 'refused-entry' },
      withKey('k1'),
    );
    expect(reused.status).toBe(422);
    expect(reused.json.type).toMatch(/idempotency-key-reused$/);
    expect(await entryCount(api.t.db)).toBe(2);
  });

  it('is free again after a refusal, so the mended request goes through', async () => {
    const refused = await api.post(
      '/api/v1/cases/FAM-0001/entries',
      { ...failedVisit, outcome: 'vanished' },
      withKey('k2'),
    );
    expect(refused.status).toBe(400);
    expect((await api.post('/api/v1/cases/FAM-0001/entries', failedVisit, withKey('k2'))).status).toBe(201);
  });

  it('sent twice at once, writes once and answers both alike', async () => {
    const [one, two] = await Promise.all([
      api.post('/api/v1/cases/FAM-0001/entries', failedVisit, withKey('twice')),
      api.post('/api/v1/cases/FAM-0001/entries', failedVisit, withKey('twice')),
    ]);
    expect([one.status, two.status]).toEqual([201, 201]);
    expect(two.text).toBe(one.text);
    expect(await entryCount(api.t.db)).toBe(2);
  });

  it("is each user's own, and must be printable", async () => {
    await api.post('/api/v1/cases/FAM-0001/entries', failedVisit, withKey('shared'));
    const colleague = await api.tokenFor(await api.t.addUser());
    expect(
      (
        await api.post('/api/v1/cases/FAM-0001/entries', failedVisit, {
          ...withKey('shared'),
          token: colleague,
        })
      ).headers['idempotent-replayed'],
    ).toBeUndefined();
    expect(await entryCount(api.t.db)).toBe(3);
    const bad = await api.post<Problem>(
      '/api/v1/cases/FAM-0001/entries',
      failedVisit,
      withKey('x'.repeat(256)),
    );
    expect(bad.json.errors?.map((e) => e.path)).toEqual(['Idempotency-Key']);
  });
});

describe("a manager's decisions, as bare entries", () => {
  beforeEach(() => api.post('/api/v1/import', anEngagingCase().build()));

  const decisions = [
    { kind: 'manager-discussion', decision: 'Joint visit this week', urgency: 'within-days' },
    { kind: 'safety-decision', measures: ['joint-visits-only'], decision: 'Visit in pairs' },
    { kind: 'supervision', decision: 'Keep visiting weekly' },
  ];

  it.each(decisions)('are refused to a practitioner, like the $kind page: nothing written', async (entry) => {
    const refused = await api.post('/api/v1/cases/FAM-0001/entries', entry);
    expect(refused.status).toBe(404);
    expect(await entryCount(api.t.db)).toBe(1);
  });

  it.each(decisions)('are recorded by a manager of the case ($kind)', async (entry) => {
    const manager = await api.t.addUser({ role: 'manager' });
    const recorded = await api.post('/api/v1/cases/FAM-0001/entries', entry, {
      token: await api.tokenFor(manager),
    });
    expect(recorded.status).toBe(201);
    expect(await entryCount(api.t.db)).toBe(2);
  });
});

describe('a correction of a meeting as a bare entry', () => {
  beforeEach(() => api.post('/api/v1/import', anEngagingCase().build()));

  const action = (what: string) => ({ what, owner: 'w1', due: '2026-12-01' });
  const meeting = {
    kind: 'meeting',
    type: 'multi-agency',
    attendees: ['csc'],
    decision: 'continue',
    actions: [action('Joint visit'), action('Ask the school')],
  };

  it('keeps every action in its place, as the page does: one with fewer is refused, nothing written', async () => {
    const recorded = await api.post<{ id: string }>('/api/v1/cases/FAM-0001/entries', meeting);
    expect(recorded.status).toBe(201);
    const shorter = await api.post<Problem>('/api/v1/cases/FAM-0001/entries', {
      ...meeting,
      amends: recorded.json.id,
      actions: [action('Joint visit')],
    });
    expect(shorter.status).toBe(400);
    expect(shorter.json.errors?.map((e) => e.path)).toEqual(['actions']);
    expect(await entryCount(api.t.db)).toBe(2);

    const reworded = await api.post('/api/v1/cases/FAM-0001/entries', {
      ...meeting,
      amends: recorded.json.id,
      actions: [action('Joint visit with the police'), action('Ask the school'), action('Call the GP')],
    });
    expect(reworded.status).toBe(201);
  });
});

describe('the closure guard', () => {
  beforeEach(async () => {
    await api.post('/api/v1/import', anEngagingCase().build());
    await api.post('/api/v1/cases/FAM-0001/entries', failedVisit);
  });

  it('refuses to close while the family is not engaging, listing the active findings, and writes nothing', async () => {
    const refused = await api.post<Problem>('/api/v1/cases/FAM-0001/closure', { reason: 'No further role' });
    expect(refused.status).toBe(409);
    expect(refused.json.type).toMatch(/closure-blocked$/);
    expect(refused.json.findings?.map((f) => f.code)).toContain('door-not-answered');
    expect(await entryCount(api.t.db)).toBe(2);
  });

  it('closes with 201 once a multi-agency meeting has decided to close', async () => {
    const meeting = await api.post('/api/v1/cases/FAM-0001/entries', {
      kind: 'meeting',
      type: 'multi-agency',
      attendees: ['csc'],
      decision: 'close',
    });
    expect(meeting.status).toBe(201);
    const closed = await api.post('/api/v1/cases/FAM-0001/closure', {
      reason: 'Agreed at the multi-agency meeting',
    });
    expect(closed.status).toBe(201);
    expect(closed.json).toMatchObject({
      kind: 'closure',
      reason: 'Agreed at the multi-agency meeting',
      agency: 'csc',
      worker: 'w1',
    });
  });

  it('is not got round by recording a closure, or the end of an involvement, as a bare entry', async () => {
    for (const kind of ['closure', 'involvement-end']) {
      const refused = await api.post<Problem>('/api/v1/cases/FAM-0001/entries', { kind, reason: 'Done' });
      expect(refused.status).toBe(400);
      expect(refused.json.errors).toEqual([
        { path: 'kind', message: expect.stringContaining('POST /cases/{ref}/closure') },
      ]);
    }
    expect(await entryCount(api.t.db)).toBe(2);
  });

  it('needs a reason and an agency that is on the case', async () => {
    const refused = await api.post<Problem>('/api/v1/cases/FAM-0001/closure', {
      agency: 'pol',
      reason: ' ',
      extra: true,
    });
    expect(refused.status).toBe(400);
    expect(refused.json.errors?.map((e) => e.path).sort()).toEqual(['extra', 'reason']);
    const agency = await api.post<Problem>('/api/v1/cases/FAM-0001/closure', {
      agency: 'pol',
      reason: 'Police no longer involved',
    });
    expect(agency.json.errors?.map((e) => e.path)).toEqual(['agency']);
  });
});

describe('notifications', () => {
  it("are the user's own, newest first, with read and the case they concern", async () => {
    await api.post('/api/v1/import', anEngagingCase().build());
    const caseId = (await api.t.db.selectFrom('cases').select('id').executeTakeFirstOrThrow()).id;
    const notifications = notificationService(api.t.db);
    await notifications.notify(api.t.db, api.t.user.id, 'incident', 'An incident was recorded', caseId);
    await notifications.notify(api.t.db, api.t.user.id, 'reminder', 'Supervision is due', null);
    await api.t.db
      .updateTable('notifications')
      .set({ read_at: new Date().toISOString() })
      .where('kind', '=', 'incident')
      .execute();
    await notifications.notify(api.t.db, (await api.t.addUser()).id, 'incident', 'Not yours', caseId);

    const listed = await api.get<{ items: unknown[]; unread: number }>('/api/v1/notifications');
    expect(listed.json.unread).toBe(1);
    expect(listed.json.items).toEqual([
      {
        id: expect.any(Number),
        kind: 'reminder',
        text: 'Supervision is due',
        createdAt: expect.any(String),
        read: false,
        case: null,
        entry: null,
      },
      {
        id: expect.any(Number),
        kind: 'incident',
        text: 'An incident was recorded',
        createdAt: expect.any(String),
        read: true,
        case: 'FAM-0001',
        entry: null,
      },
    ]);
  });
});

describe('the keys behind Idempotency-Key', () => {
  it('hold an answer or nothing, are bound to their request, and are forgotten after a day', async () => {
    const keys = idempotencyService(api.t.db);
    const actor = { userId: api.t.user.id } as Actor;
    const at = (ms: number) => new Date(Date.parse('2026-03-10T10:00:00Z') + ms);
    expect(await keys.find(actor, 'k', 'POST /x', at(0))).toEqual({ kind: 'new' });
    await keys.keep(actor, 'k', 'POST /x', { status: 201, body: '{}' }, at(0));
    expect(await keys.find(actor, 'k', 'POST /x', at(1_000))).toEqual({
      kind: 'replay',
      response: { status: 201, body: '{}' },
    });
    expect(await keys.find(actor, 'k', 'POST /y', at(2_000))).toEqual({ kind: 'reused' });
    expect(await keys.find(actor, 'k', 'POST /y', at(25 * 60 * 60 * 1000))).toEqual({ kind: 'new' });
  });
});
