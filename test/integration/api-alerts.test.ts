// Alerts and notifications through /api/v1: the same service and policy as the pages, every answer checked
// against the OpenAPI document (support/api.ts).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addAgenciesOf } from '../support/agencies.js';
import type { TestUser } from '../support/app.js';
import { anEngagingCase, startApiTest, type ApiTest } from '../support/api.js';

let api: ApiTest;
let healthVisitor: TestUser;

interface Notification {
  id: number;
  kind: string;
  text: string;
  read: boolean;
  case: string | null;
  entry: string | null;
}
interface Problem {
  errors?: { path: string; message: string }[];
}

beforeEach(async () => {
  api = await startApiTest();
  const file = anEngagingCase().withAgency('hv').withAgency('sch').build();
  await addAgenciesOf(api.t, file);
  await api.post('/api/v1/import', file);
  const hv = await api.t.db
    .selectFrom('agencies')
    .select('id')
    .where('ref', '=', 'hv')
    .executeTakeFirstOrThrow();
  healthVisitor = await api.t.addUser({ name: 'Hana Visitor', agencyId: hv.id });
});
afterEach(() => api.close());

describe('POST /cases/{ref}/alerts', () => {
  it('records the alert, to every other agency by default, and each of their workers is notified', async () => {
    const sent = await api.post<{ id: string; kind: string; to: string[] }>('/api/v1/cases/FAM-0001/alerts', {
      message: 'Father threatened me at the door',
      about: ['door-not-answered'],
    });
    expect(sent.status).toBe(201);
    expect(sent.json).toMatchObject({ kind: 'alert', to: ['hv', 'sch'], about: ['door-not-answered'] });

    const theirs = await api.get<{ items: Notification[]; unread: number }>('/api/v1/notifications', {
      token: await api.tokenFor(healthVisitor),
    });
    expect(theirs.json.unread).toBe(1);
    expect(theirs.json.items).toEqual([
      expect.objectContaining({
        kind: 'alert',
        read: false,
        case: 'FAM-0001',
        entry: sent.json.id,
        text: expect.stringMatching(/sent an alert on case FAM-0001: Father threatened me at the door$/),
      }),
    ]);
    // Not the sender.
    expect((await api.get<{ unread: number }>('/api/v1/notifications')).json.unread).toBe(0);
  });

  it('refuses an empty message or an agency not on the case, and writes nothing', async () => {
    const blank = await api.post<Problem>('/api/v1/cases/FAM-0001/alerts', { message: '  ' });
    expect(blank.status).toBe(400);
    expect(blank.json.errors?.map((e) => e.path)).toEqual(['message']);
    const elsewhere = await api.post<Problem>('/api/v1/cases/FAM-0001/alerts', {
      to: ['police'],
      message: 'Hello',
    });
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.json.errors?.map((e) => e.path)).toEqual(['to[0]']);
    expect(await api.t.db.selectFrom('notifications').selectAll().execute()).toEqual([]);
  });

  it('is a 404 for a case the user may not see', async () => {
    const outsider = await api.t.addUser({ agencyId: await api.t.addAgency('pol', 'Police') });
    const refused = await api.post(
      '/api/v1/cases/FAM-0001/alerts',
      { message: 'Hello' },
      {
        token: await api.tokenFor(outsider),
      },
    );
    expect(refused.status).toBe(404);
  });

  it('sent again with the same Idempotency-Key, is recorded and notified once', async () => {
    const headers = { 'Idempotency-Key': 'alert-1' };
    const body = { to: ['hv'], message: 'Once only' };
    const first = await api.post('/api/v1/cases/FAM-0001/alerts', body, { headers });
    const again = await api.post('/api/v1/cases/FAM-0001/alerts', body, { headers });
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json).toEqual(first.json);
    expect(await api.t.db.selectFrom('notifications').selectAll().execute()).toHaveLength(1);
  });
});

describe('an alert through POST /cases/{ref}/entries', () => {
  it('notifies the same as one sent through /alerts', async () => {
    const sent = await api.post<{ id: string }>('/api/v1/cases/FAM-0001/entries', {
      kind: 'alert',
      to: ['hv'],
      message: 'Dog in the house',
    });
    expect(sent.status).toBe(201);
    const theirs = await api.get<{ items: Notification[] }>('/api/v1/notifications', {
      token: await api.tokenFor(healthVisitor),
    });
    expect(theirs.json.items.map((n) => n.entry)).toEqual([sent.json.id]);
  });
});

describe('POST /notifications/{id}/read', () => {
  it("marks the user's own notification read, again without change, and another's is not found", async () => {
    await api.post('/api/v1/cases/FAM-0001/alerts', { to: ['hv'], message: 'Read me' });
    const token = await api.tokenFor(healthVisitor);
    const [notification] = (await api.get<{ items: Notification[] }>('/api/v1/notifications', { token })).json
      .items;
    const url = `/api/v1/notifications/${notification?.id}/read`;

    expect((await api.post(url, undefined)).status).toBe(404);
    const read = await api.post<Notification>(url, undefined, { token });
    expect(read.status).toBe(200);
    expect(read.json).toMatchObject({ id: notification?.id, read: true });
    expect((await api.post<Notification>(url, undefined, { token })).json.read).toBe(true);
    expect((await api.get<{ unread: number }>('/api/v1/notifications', { token })).json.unread).toBe(0);
    expect((await api.post('/api/v1/notifications/not-a-number/read', undefined, { token })).status).toBe(
      400,
    );
  });
});
