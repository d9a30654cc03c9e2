// The auditor's page and GET /api/v1/audit: the partnership's audit log searched by user, case and day,
// for auditors alone (anyone else: not found), a page at a time, the search itself audited.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditPageSize } from '../../src/services/audit.js';
import type { TestBrowser, TestUser } from '../support/app.js';
import { anEngagingCase, startApiTest, type ApiTest } from '../support/api.js';

let api: ApiTest;
let auditor: TestUser;
let browser: TestBrowser;
beforeEach(async () => {
  api = await startApiTest();
  auditor = await api.t.addUser({ role: 'auditor', email: 'auditor@example.org' });
  await api.post('/api/v1/import', anEngagingCase('FAM-0001').build());
  await api.post('/api/v1/import', anEngagingCase('FAM-0002').build());
  await api.get('/api/v1/cases/FAM-0001');
  browser = await api.t.signedIn(auditor);
});
afterEach(() => api.close());

interface AuditJson {
  items: { action: string; caseRef: string | null; user: { email: string } | null; at: string }[];
  total: number;
  page: number;
  pageSize: number;
}

describe("the auditor's page", () => {
  it('is linked from the navigation and lists the newest records first, in UK time', async () => {
    const page = await browser.get('/cases');
    expect(page.body).toContain('href="/audit"');
    const results = await browser.get('/audit');
    expect(results.statusCode).toBe(200);
    expect(results.body).toContain('<h1 class="govuk-heading-l">Audit log</h1>');
    expect(results.body).toMatch(/data-qa="audit-results"/);
    expect(results.body).toContain('Opened a case');
    expect(results.body).toContain(`${api.t.user.name} (${api.t.user.email})`);
    expect(results.body).toMatch(/\d{1,2} \w+ \d{4} at \d{2}:\d{2}/);
  });

  it('says each action in words, and shows a dash for a detail with nothing in it', async () => {
    const manager = await api.t.addUser({ role: 'manager' });
    await (await api.t.signedIn(manager)).get('/team'); // audited as read-team, with the filter {}
    const html = (await browser.get('/audit')).body;
    const table = /data-qa="audit-results"[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
    const cells = [...table.matchAll(/<td class="govuk-table__cell[^"]*"[^>]*>([^<]*)<\/td>/g)].map((m) =>
      (m[1] ?? '').trim(),
    );
    const actions = cells.filter((_, i) => i % 6 === 2);
    expect(actions).toEqual(
      expect.arrayContaining(['Opened Your team', 'Opened a case', 'Imported a case file']),
    );
    for (const action of actions) expect(action).not.toMatch(/^[a-z]+(-[a-z]+)+$/);
    expect(table).not.toContain('{}');
    const teamRow = cells.slice(cells.indexOf('Opened Your team') - 2, cells.indexOf('Opened Your team') + 4);
    expect(teamRow.slice(3, 5)).toEqual(['—', '—']);
  });

  it('searches by case and by user', async () => {
    const byCase = await browser.get('/audit?case=FAM-0002');
    expect(byCase.body).toContain('1 record');
    expect(byCase.body).toContain('Imported a case file');
    const byUser = await browser.get(`/audit?user=${encodeURIComponent(auditor.email.toUpperCase())}`);
    expect(byUser.body).toContain('Signed in');
    expect(byUser.body).not.toContain('Imported a case file');
  });

  it('searches by day, the last day included, and finds nothing on days without records', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
    const [year, month, day] = today.split('-');
    const onlyToday = await browser.get(
      `/audit?from-day=${day}&from-month=${month}&from-year=${year}&to-day=${day}&to-month=${month}&to-year=${year}`,
    );
    expect(onlyToday.body).toContain('Imported a case file');
    const longAgo = await browser.get(
      '/audit?from-day=1&from-month=1&from-year=2020&to-day=2&to-month=1&to-year=2020',
    );
    expect(longAgo.body).toContain('No records match');
  });

  it('shows problems in the error summary, beside each field', async () => {
    const response = await browser.get('/audit?user=not-an-email&from-day=31&from-month=2&from-year=2026');
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('govuk-error-summary');
    expect(response.body).toContain('<a href="#user">Enter an email address in the correct format');
    expect(response.body).toContain('<a href="#from-day">The first day must be a real date</a>');
  });

  it('pages through many records with links that work without JavaScript', async () => {
    for (let i = 0; i < auditPageSize + 5; i += 1) await api.get('/api/v1/cases/FAM-0001');
    const first = await browser.get('/audit?case=FAM-0001');
    expect(first.body).toContain('govuk-pagination');
    expect(first.body).toContain('href="/audit?case=FAM-0001&amp;page=2"');
    const second = await browser.get('/audit?case=FAM-0001&page=2');
    expect(second.statusCode).toBe(200);
    expect(second.body).toContain(`Showing ${auditPageSize + 1} to`);
  });

  it('is not there for anyone but an auditor, and the search is audited', async () => {
    const worker = await api.t.signedIn();
    expect((await worker.get('/audit')).statusCode).toBe(404);
    expect((await worker.get('/audit?user=x')).statusCode).toBe(404);
    expect((await worker.get('/cases')).body).not.toContain('href="/audit"');
    await browser.get('/audit?case=FAM-0001');
    const searches = await api.t.db
      .selectFrom('audit_log')
      .select(['user_id', 'detail'])
      .where('action', '=', 'read-audit-log')
      .execute();
    expect(searches).toEqual([
      { user_id: auditor.id, detail: expect.stringContaining('"caseRef":"FAM-0001"') },
    ]);
  });

  it('never lets the auditor read case content', async () => {
    expect((await browser.get('/cases/FAM-0001')).statusCode).toBe(404);
  });
});

describe('GET /api/v1/audit', () => {
  it('gives an auditor the records, filtered by case, user and day', async () => {
    const token = await api.tokenFor(auditor);
    const all = await api.get<AuditJson>('/api/v1/audit', { token });
    expect(all.status).toBe(200);
    expect(all.json.page).toBe(1);
    expect((all.json.items[0]?.at ?? '') >= (all.json.items.at(-1)?.at ?? '')).toBe(true);
    const byCase = await api.get<AuditJson>('/api/v1/audit?case=FAM-0001', { token });
    expect(byCase.json.items.map((item) => item.action)).toEqual(['read-case', 'import-case']);
    const byUser = await api.get<AuditJson>(`/api/v1/audit?user=${api.t.user.email}&case=FAM-0002`, {
      token,
    });
    expect(byUser.json.total).toBe(1);
    const past = await api.get<AuditJson>('/api/v1/audit?from=2020-01-01&to=2020-01-31', { token });
    expect(past.json).toMatchObject({ items: [], total: 0 });
  });

  it('refuses filters that are not valid with 400, naming each', async () => {
    const token = await api.tokenFor(auditor);
    const bad = await api.get<{ errors: { path: string }[] }>('/api/v1/audit?user=nobody&from=2026-02-31', {
      token,
    });
    expect(bad.status).toBe(400);
    expect(bad.json.errors.map((e) => e.path).sort()).toEqual(['from', 'user']);
    const backwards = await api.get('/api/v1/audit?from=2026-02-02&to=2026-02-01', { token });
    expect(backwards.status).toBe(400);
  });

  it('is not found for anyone but an auditor', async () => {
    const refused = await api.get('/api/v1/audit');
    expect(refused.status).toBe(404);
  });
});
