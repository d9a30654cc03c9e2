// Who may use the API and what they may see: bearer tokens only (never a session cookie), a rate limit per
// token and one on failed authentication per address, 404 alike for a case that does not exist and one of another agency, and an audit trail like the pages'.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { failedAuthenticationLimit } from '../../src/api/authentication.js';
import { requestsPerMinute } from '../../src/api/index.js';
import { anEngagingCase, failedVisit, startApiTest, type ApiTest } from '../support/api.js';

let api: ApiTest;
beforeEach(async () => {
  api = await startApiTest();
});
afterEach(() => api.close());

const problem = {
  type: expect.stringMatching(/^https:\/\//),
  title: expect.any(String),
  status: expect.any(Number),
  detail: expect.any(String),
};

describe('tokens', () => {
  it('refuses a request without a token with 401 and a Bearer challenge', async () => {
    const refused = await api.get('/api/v1/cases', { token: null });
    expect(refused.status).toBe(401);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.headers['www-authenticate']).toBe('Bearer realm="stickability"');
    expect(refused.json).toMatchObject({
      ...problem,
      type: expect.stringMatching(/unauthorized$/),
      status: 401,
    });
  });

  it('refuses an unknown token and a malformed header alike', async () => {
    for (const token of ['stk_not-a-real-token', 'nonsense']) {
      const refused = await api.get('/api/v1/cases', { token });
      expect(refused.status).toBe(401);
      expect(refused.headers['www-authenticate']).toBe('Bearer realm="stickability", error="invalid_token"');
    }
    const basic = await api.get('/api/v1/cases', {
      token: null,
      headers: { authorization: 'Basic d29ya2VyOnB3' },
    });
    expect(basic.status).toBe(401);
  });

  it('refuses a token once it is revoked, and writes nothing for it', async () => {
    const token = await api.tokenFor(api.t.user);
    expect((await api.get('/api/v1/cases', { token })).status).toBe(200);
    await api.revoke(api.t.user, token);
    expect((await api.get('/api/v1/cases', { token })).status).toBe(401);
    expect((await api.post('/api/v1/import', anEngagingCase().build(), { token })).status).toBe(401);
    expect(await api.t.db.selectFrom('cases').select('id').execute()).toEqual([]);
  });

  it('never takes a signed-in browser session for a token', async () => {
    const browser = await api.t.signedIn();
    const cookie = [...browser.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const refused = await api.get('/api/v1/cases', { token: null, headers: { cookie } });
    expect(refused.status).toBe(401);
    expect(refused.headers['set-cookie']).toBeUndefined();
  });

  it('needs no CSRF token for a write, since no cookie speaks for it', async () => {
    const browser = await api.t.signedIn();
    const cookie = [...browser.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const created = await api.post('/api/v1/import', anEngagingCase().build(), { headers: { cookie } });
    expect(created.status).toBe(201);
    expect(created.headers['set-cookie']).toBeUndefined();
  });

  it('takes only JSON bodies', async () => {
    const refused = await api.post('/api/v1/cases/FAM-0001/entries', 'kind=contact', {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(refused.status).toBe(415);
    const broken = await api.call('POST', '/api/v1/import', {
      body: undefined,
      headers: { 'content-type': 'application/json' },
    });
    expect(broken.status).toBe(400);
  });
});

describe('the rate limit', () => {
  it(`answers 429 after ${requestsPerMinute} requests a minute with one token, and counts each token alone`, async () => {
    for (let i = 0; i < requestsPerMinute; i += 1)
      expect((await api.get('/api/v1/notifications')).status).toBe(200);
    const limited = await api.get('/api/v1/notifications');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.json).toMatchObject({ type: expect.stringMatching(/too-many-requests$/), status: 429 });
    const other = await api.tokenFor(await api.t.addUser());
    expect((await api.get('/api/v1/notifications', { token: other })).status).toBe(200);
  });
});

describe('failed authentication', () => {
  it(`is refused per address after ${failedAuthenticationLimit.max} failures, whatever tokens they present`, async () => {
    // A new made-up token each time, as someone guessing would send.
    for (let i = 0; i < failedAuthenticationLimit.max; i += 1) {
      const guess = await api.get('/api/v1/cases', { token: `stk_guess-${i}` });
      expect([i, guess.status]).toEqual([i, 401]);
    }
    const refused = await api.get('/api/v1/cases', { token: 'stk_guess-last' });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.json).toMatchObject({ type: expect.stringMatching(/too-many-requests$/), status: 429 });
    expect((await api.get('/api/v1/cases', { token: null })).status).toBe(429);
    // Even a real token waits at that address, so a lucky guess would tell nothing; elsewhere it works.
    expect((await api.get('/api/v1/cases')).status).toBe(429);
    const elsewhere = await api.t.app.inject({
      method: 'GET',
      url: '/api/v1/cases',
      remoteAddress: '198.51.100.20',
      headers: { authorization: `Bearer ${api.token}` },
    });
    expect(elsewhere.statusCode).toBe(200);
  });

  it('counts nothing for requests whose token works', async () => {
    for (let i = 0; i < failedAuthenticationLimit.max + 5; i += 1)
      expect((await api.get('/api/v1/notifications')).status).toBe(200);
    expect((await api.get('/api/v1/cases', { token: 'stk_one-guess' })).status).toBe(401);
  });
});

describe("another agency's case", () => {
  let theirs: string;
  beforeEach(async () => {
    const hv = await api.t.addAgency('hv', 'Health Visiting');
    theirs = await api.tokenFor(await api.t.addUser({ agencyId: hv }));
    const created = await api.post(
      '/api/v1/cases',
      {
        case: { ref: 'FAM-HV', plan: 'child-in-need', openedOn: '2026-01-05' },
        agencies: [{ ref: 'hv', type: 'health-visiting', name: 'Health Visiting' }],
      },
      { token: theirs },
    );
    expect(created.status).toBe(201);
  });

  it('is a 404 with the same body as a case that does not exist, on every endpoint', async () => {
    const endpoints: [method: 'GET' | 'POST', path: string, body?: unknown][] = [
      ['GET', ''],
      ['GET', '/entries'],
      ['POST', '/entries', failedVisit],
      ['GET', '/findings'],
      ['GET', '/export'],
      ['POST', '/closure', { reason: 'Closing' }],
    ];
    for (const [method, path, body] of endpoints) {
      const hidden = await api.call(method, `/api/v1/cases/FAM-HV${path}`, { body });
      const missing = await api.call(method, `/api/v1/cases/FAM-NONE${path}`, { body });
      expect(hidden.status, `${method} ${path}`).toBe(404);
      expect(hidden.text).toBe(missing.text);
      expect(hidden.json).toMatchObject({ ...problem, status: 404 });
    }
    expect((await api.get<{ items: unknown[] }>('/api/v1/cases')).json.items).toEqual([]);
    // Only the allocation that created their case.
    expect(await api.t.db.selectFrom('entries').select(['id', 'kind']).execute()).toEqual([
      { id: 'e1', kind: 'allocation' },
    ]);
  });

  it('is theirs to see', async () => {
    expect((await api.get('/api/v1/cases/FAM-HV', { token: theirs })).status).toBe(200);
  });
});

describe('the audit log', () => {
  it('records API reads and writes like the pages do, with the client address', async () => {
    await api.post('/api/v1/import', anEngagingCase().build());
    await api.get('/api/v1/cases/FAM-0001');
    await api.post('/api/v1/cases/FAM-0001/entries', failedVisit);
    await api.get('/api/v1/cases/FAM-0001/entries');
    await api.get('/api/v1/cases/FAM-0001/findings');
    await api.get('/api/v1/cases/FAM-0001/export');
    const rows = await api.t.db
      .selectFrom('audit_log')
      .select(['action', 'user_id', 'address'])
      .where('case_id', 'is not', null)
      .orderBy('id')
      .execute();
    expect(rows.map((row) => row.action)).toEqual([
      'import-case',
      'read-case',
      'record-entry',
      'read-chronology',
      'assess-case',
      'export-case',
    ]);
    expect(new Set(rows.map((row) => `${row.user_id} ${row.address}`))).toEqual(
      new Set([`${api.t.user.id} 127.0.0.1`]),
    );
  });
});
