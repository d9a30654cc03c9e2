// My cases and Your team's cases a page at a time through the real app (issue 18, item 2): GOV.UK
// pagination, the count of all cases, and a page that is not a number read as the first.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { anEngagingCase, startApiTest, type ApiTest } from '../support/api.js';

let api: ApiTest;
beforeEach(async () => {
  api = await startApiTest();
  for (let n = 1; n <= 53; n += 1)
    await api.post('/api/v1/import', anEngagingCase(`FAM-${String(n).padStart(4, '0')}`).build());
});
afterEach(() => api.close());

const rowsIn = (html: string, table: string) =>
  (
    html
      .split(`data-qa="${table}"`)[1]
      ?.split('</table>')[0]
      ?.match(/class="govuk-link app-case-ref"/g) ?? []
  ).length;

describe('My cases', () => {
  it('shows 50 cases a page with GOV.UK pagination, and how many there are in all', async () => {
    const worker = await api.t.signedIn();
    const first = await worker.get('/cases');
    expect(first.statusCode).toBe(200);
    expect(first.body).toContain('53 cases, the most serious concerns first: page 1 of 2.');
    expect(rowsIn(first.body, 'my-cases')).toBe(50);
    expect(first.body).toContain('aria-label="Pages of your cases"');
    expect(first.body).toContain('href="/cases?page=2"');
    const second = await worker.get('/cases?page=2');
    expect(rowsIn(second.body, 'my-cases')).toBe(3);
    expect(second.body).toContain('page 2 of 2');
    for (const page of ['nonsense', '0', '-1'])
      expect((await worker.get(`/cases?page=${page}`)).body).toContain('page 1 of 2');
  });
});

describe('Your team', () => {
  it('pages the team cases, keeping the filter in the links', async () => {
    const manager = await api.t.addUser({ role: 'manager', name: 'Morgan Manager' });
    await api.t.db
      .updateTable('users')
      .set({ manager_id: manager.id })
      .where('id', '=', api.t.user.id)
      .execute();
    const browser = await api.t.signedIn(manager);
    const team = await browser.get('/team');
    expect(team.statusCode).toBe(200);
    expect(team.body).toContain('53 cases, the most serious concerns first: page 1 of 2');
    expect(rowsIn(team.body, 'team-cases')).toBe(50);
    const filtered = await browser.get('/team?severity=info');
    expect(filtered.body).not.toContain('aria-label="Pages of the team cases"');
    const second = await browser.get('/team?page=2');
    expect(rowsIn(second.body, 'team-cases')).toBe(3);
    expect(second.body).toContain('href="/team?page=1#cases"');
  });
});
