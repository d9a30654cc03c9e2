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
      /<dt class="govuk-!-font-weight-bold">MK 5\.1\.9\.22<\/dt>\s*<dd class="govuk-body-s">[^<]+/,
    );
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
