// Findings on the pages: the overview's stage and findings, My cases by concern, a manager's Team cases.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCaseThroughPages, startTestApp, type TestApp, type TestBrowser } from '../support/app.js';

let t: TestApp;
let worker: TestBrowser;
beforeEach(async () => {
  t = await startTestApp();
  worker = await t.signedIn();
  await createCaseThroughPages(worker, { plan: 'child-protection', openedOn: '2026-01-05' });
  await worker.submit('/cases/FAM-0001/people/new', {
    role: 'child',
    name: 'Child One',
    'dateOfBirth-day': '1',
    'dateOfBirth-month': '1',
    'dateOfBirth-year': '2019',
  });
});
afterEach(() => t.close());

describe('the case overview', () => {
  it('shows the stage and each finding with its explanation, next steps, evidence and citations', async () => {
    const page = (await worker.get('/cases/FAM-0001')).body;
    expect(page).toContain('data-qa="stage"');
    expect(page).toMatch(
      /data-code="child-not-seen"[\s\S]*?Critical[\s\S]*?Child One has not been seen by any professional since the case opened on 5 January 2026/,
    );
    expect(page).toContain('What to do next');
    expect(page).toMatch(
      /<dt class="govuk-!-font-weight-bold">Milton Keynes 5\.1\.9\.22<\/dt>\s*<dd class="govuk-body-s">[^<]+/,
    );
  });

  it("quotes only the case's own procedure, naming the others that say the same in words", async () => {
    const page = (await worker.get('/cases/FAM-0001')).body;
    const finding = page.split('data-code="child-not-seen"')[1]?.split('</details>')[0] ?? '';
    const quoted = [...finding.matchAll(/<dt class="govuk-!-font-weight-bold">([^<]+)<\/dt>/g)].map(
      (m) => m[1],
    );
    expect(quoted.length).toBeGreaterThan(0);
    expect(quoted.every((label) => label?.startsWith('Milton Keynes '))).toBe(true);
    expect(finding).toMatch(
      /Other partnerships’ procedures say the same: [^<]*(Barnsley|Rochdale|Sussex|Forth Valley) /,
    );
    expect(finding).not.toMatch(/\b(R7|FV|SX|BEF) /);
  });

  it('links a finding to its evidence in the chronology', async () => {
    const now = new Date();
    await worker.submit('/cases/FAM-0001/contacts/new', {
      'at-day': String(now.getUTCDate()),
      'at-month': String(now.getUTCMonth() + 1),
      'at-year': String(now.getUTCFullYear()),
      'at-time': '00:00',
      mode: 'home-visit',
      planned: 'yes',
      outcome: 'refused-entry',
      behaviours: 'refusal',
    });
    const page = (await worker.get('/cases/FAM-0001')).body;
    expect(page).toMatch(
      /data-code="refusal"[\s\S]*?href="\/cases\/FAM-0001\/chronology\?entry=e2#entry-e2"/,
    );
  });
});

describe('team cases', () => {
  it('is for managers: a practitioner gets "Page not found" and no link', async () => {
    expect((await worker.get('/team')).statusCode).toBe(404);
    expect((await worker.get('/cases')).body).not.toContain('Your team');
  });

  it("lists the team's cases worst first, filtered by finding", async () => {
    const manager = await t.addUser({ role: 'manager', email: 'manager@example.org' });
    const browser = await t.signedIn(manager);
    const all = (await browser.get('/team')).body;
    expect(all).toMatch(/href="\/team"[^>]*>[\s\S]*?Your team/);
    expect(all).toContain('href="/cases/FAM-0001"');
    expect((await browser.get('/team?code=child-not-seen')).body).toContain('1 case');
    expect((await browser.get('/team?code=hostility-to-staff')).body).toContain('0 cases');
  });
});
