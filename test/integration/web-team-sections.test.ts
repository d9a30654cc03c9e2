// Your team on a team of many cases (issue 18): each section shows its 25 most urgent rows and says how
// many there are, with a link to every row; the counts in the contents are of every row.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { anEngagingCase, daysAgo, failedVisit, startApiTest, type ApiTest } from '../support/api.js';

let api: ApiTest;
beforeEach(async () => {
  api = await startApiTest();
  for (let n = 1; n <= 30; n += 1) {
    const ref = `FAM-${String(n).padStart(4, '0')}`;
    await api.post('/api/v1/import', anEngagingCase(ref).build());
    for (const at of [daysAgo(8), daysAgo(7), daysAgo(6)])
      await api.post(`/api/v1/cases/${ref}/entries`, { ...failedVisit, at });
  }
});
afterEach(() => api.close());

const rowsOf = (html: string, table: string) =>
  (html
    .split(`data-qa="${table}"`)[1]
    ?.split('</table>')[0]
    ?.match(/<tr class="govuk-table__row"/g)?.length ?? 1) - 1;

describe('Your team, on many cases', () => {
  it('shows the first 25 of a section, says how many there are, and shows them all on asking', async () => {
    const manager = await api.t.addUser({ role: 'manager', name: 'Morgan Manager' });
    await api.t.db
      .updateTable('users')
      .set({ manager_id: manager.id })
      .where('id', '=', api.t.user.id)
      .execute();
    const browser = await api.t.signedIn(manager);
    const team = await browser.get('/team');
    expect(team.statusCode).toBe(200);
    expect(rowsOf(team.body, 'decisions-waiting')).toBe(25);
    expect(team.body).toMatch(/The first 25 of (\d+), the most urgent first\./);
    const total = Number(/Decisions waiting \((\d+)\)/.exec(team.body)?.[1]);
    expect(total).toBeGreaterThanOrEqual(30);
    expect(team.body).toContain('href="/team?all=yes"');
    const all = await browser.get('/team?all=yes');
    expect(rowsOf(all.body, 'decisions-waiting')).toBe(total);
    expect(all.body).not.toContain('data-qa="sections-cut"');
  });
});
