// "Told" means told through /api/v1 (issue 17): the answer to an alert, an incident and a meeting arranged
// says whom it reached (`received`), agency by agency, with nobody for an agency nobody here works for;
// the alert entry keeps those agencies in `unreached`, whatever the client sent. Every answer is checked
// against the OpenAPI document (support/api.ts).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestUser } from '../support/app.js';
import { anEngagingCase, startApiTest, type ApiTest } from '../support/api.js';
import { storedEntries } from '../support/database.js';
import { inDays } from '../support/forms.js';

let api: ApiTest;
let healthVisitor: TestUser;

beforeEach(async () => {
  api = await startApiTest();
  const hv = await api.t.addAgency('hv', 'Health Visiting');
  await api.t.addAgency('sch', 'Primary School');
  healthVisitor = await api.t.addUser({ name: 'Hana Visitor', agencyId: hv });
  const manager = await api.t.addUser({ role: 'manager', name: 'Morgan Manager' });
  await api.t.db
    .updateTable('users')
    .set({ manager_id: manager.id })
    .where('id', '=', api.t.user.id)
    .execute();
  expect(
    (await api.post('/api/v1/import', anEngagingCase().withAgency('hv').withAgency('sch').build())).status,
  ).toBe(201);
});
afterEach(() => api.close());

const received = [
  { ref: 'hv', name: 'Health Visiting', people: ['Hana Visitor'] },
  { ref: 'sch', name: 'Primary School', people: [] },
];

describe('POST /cases/{ref}/alerts', () => {
  it('answers whom the alert reached, and the entry keeps the agency it could not reach', async () => {
    const sent = await api.post<{ id: string; unreached: string[]; received: unknown }>(
      '/api/v1/cases/FAM-0001/alerts',
      { message: 'Father threatened me at the door' },
    );
    expect(sent.status).toBe(201);
    expect(sent.json.unreached).toEqual(['sch']);
    expect(sent.json.received).toEqual({ agencies: received });
    expect((await storedEntries(api.t.db)).find((entry) => entry.id === sent.json.id)).toMatchObject({
      unreached: ['sch'],
    });
  });

  it('gives the safeguarding contact recorded for an agency', async () => {
    await api.t.db
      .updateTable('agencies')
      .set({ safeguarding_contact: 'Safeguarding lead, 01234 567890' })
      .where('ref', '=', 'sch')
      .execute();
    const sent = await api.post<{ received: unknown }>('/api/v1/cases/FAM-0001/alerts', { message: 'Hello' });
    expect(sent.status).toBe(201);
    expect(sent.json.received).toEqual({
      agencies: [received[0], { ...received[1], contact: 'Safeguarding lead, 01234 567890' }],
    });
  });

  it('refuses an `unreached` sent with the alert, naming it, and writes nothing', async () => {
    const before = (await storedEntries(api.t.db)).length;
    const refused = await api.post<{ errors: { path: string }[] }>('/api/v1/cases/FAM-0001/alerts', {
      message: 'Hello',
      unreached: [],
    });
    expect(refused.status).toBe(400);
    expect(refused.json.errors.map((error) => error.path)).toContain('unreached');
    expect(await storedEntries(api.t.db)).toHaveLength(before);
  });
});

describe('POST /cases/{ref}/entries', () => {
  it('records an alert’s `unreached` as the server found it, not as the client said', async () => {
    const sent = await api.post<{ id: string; unreached: string[] }>('/api/v1/cases/FAM-0001/entries', {
      kind: 'alert',
      to: ['hv', 'sch'],
      message: 'Mother refused the visit',
      unreached: [],
    });
    expect(sent.status).toBe(201);
    expect(sent.json.unreached).toEqual(['sch']);
  });
});

describe('POST /cases/{ref}/incidents', () => {
  it('answers whether the line manager was told and whom of the other agencies it reached', async () => {
    const reported = await api.post<{ received: unknown; agenciesAlertedAt?: string }>(
      '/api/v1/cases/FAM-0001/incidents',
      {
        threats: ['shouting'],
        frightening: false,
        note: 'Shouted at me on the doorstep',
        policeInformed: false,
      },
    );
    expect(reported.status).toBe(201);
    expect(reported.json.received).toEqual({ agencies: received, lineManager: 'Morgan Manager' });
  });
});

describe('POST /cases/{ref}/scheduled-meetings', () => {
  it('answers whom of the agencies invited it reached', async () => {
    const arranged = await api.post<{ received: unknown }>('/api/v1/cases/FAM-0001/scheduled-meetings', {
      type: 'multi-agency',
      due: inDays(4),
      invited: ['hv', 'sch'],
    });
    expect(arranged.status).toBe(201);
    expect(arranged.json.received).toEqual({ agencies: received });
    const theirs = await api.get<{ items: { kind: string }[] }>('/api/v1/notifications', {
      token: await api.tokenFor(healthVisitor),
    });
    expect(theirs.json.items.map((item) => item.kind)).toEqual(['meeting-invitation']);
  });
});
