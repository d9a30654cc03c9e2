// The audit trail (issue 10): every read of a case page, every export and every write leaves a row saying
// who, what, which case, when and from where; a worker from an agency not on a case gets 404 for it and
// leaves a row saying so, on the pages and the API alike, though the refused request wrote nothing else.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { paths } from '../../src/web/paths.js';
import type { TestBrowser, TestUser } from '../support/app.js';
import { anEngagingCase, failedVisit, startApiTest, type ApiTest } from '../support/api.js';

let api: ApiTest;
let outsider: TestUser;
let caseId: number;
beforeEach(async () => {
  api = await startApiTest();
  outsider = await api.t.addUser({ agencyId: await api.t.addAgency('hv', 'Health Visiting') });
  await api.post('/api/v1/import', anEngagingCase('FAM-0001').build());
  caseId = (
    await api.t.db.selectFrom('cases').select('id').where('ref', '=', 'FAM-0001').executeTakeFirstOrThrow()
  ).id;
});
afterEach(() => api.close());

const rowsFor = (userId: number) =>
  api.t.db
    .selectFrom('audit_log')
    .select(['action', 'case_id', 'detail', 'address', 'at'])
    .where('user_id', '=', userId)
    .orderBy('id')
    .execute();

const countOf = async (table: 'entries' | 'case_agencies' | 'people') =>
  Number(
    (
      await api.t.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('a worker from an agency not on the case', () => {
  let browser: TestBrowser;
  beforeEach(async () => {
    browser = await api.t.signedIn(outsider);
  });

  it('gets "Page not found" for the case and leaves an audit trail saying so', async () => {
    const before = Date.now();
    const page = await browser.get('/cases/FAM-0001');
    expect(page.statusCode).toBe(404);
    expect(page.body).toContain('Page not found');
    // The page says nothing of the case (the session warning's form carries the address the user typed).
    expect(/<main[\s\S]*<\/main>/.exec(page.body)?.[0]).not.toContain('FAM-0001');
    const refused = (await rowsFor(outsider.id)).filter((row) => row.action !== 'sign-in');
    expect(refused).toEqual([
      {
        action: 'case-refused',
        case_id: caseId,
        detail: 'read',
        address: '127.0.0.1',
        at: expect.any(String),
      },
    ]);
    expect(Date.parse(refused[0]?.at ?? '')).toBeGreaterThanOrEqual(before - 1000);
  });

  it('is refused a write, which writes nothing but the refusal', async () => {
    const entries = await countOf('entries');
    const form = await browser.get('/cases');
    const csrf = /name="_csrf" value="([^"]+)"/.exec(form.body)?.[1] ?? '';
    const response = await browser.post('/cases/FAM-0001/people/new', {
      _csrf: csrf,
      role: 'parent',
      name: 'Someone Else',
    });
    expect(response.statusCode).toBe(404);
    expect(await countOf('entries')).toBe(entries);
    expect(await countOf('people')).toBe(2);
    expect((await rowsFor(outsider.id)).map((row) => [row.action, row.detail])).toContainEqual([
      'case-refused',
      'write',
    ]);
  });

  it('is told the same for a case that does not exist, which is audited by the reference asked for', async () => {
    const response = await browser.get('/cases/FAM-9999/chronology');
    expect(response.statusCode).toBe(404);
    expect((await rowsFor(outsider.id)).at(-1)).toMatchObject({
      action: 'case-not-found',
      case_id: null,
      detail: 'FAM-9999',
    });
  });

  it('gets 404 from the API too, and the same trail', async () => {
    const token = await api.tokenFor(outsider);
    for (const url of ['/api/v1/cases/FAM-0001', '/api/v1/cases/FAM-0001/export']) {
      const response = await api.get(url, { token });
      expect(response.status).toBe(404);
    }
    const refused = await api.post('/api/v1/cases/FAM-0001/entries', failedVisit, { token });
    expect(refused.status).toBe(404);
    const rows = (await rowsFor(outsider.id)).filter((row) => !row.action.startsWith('sign-in'));
    expect(rows.map((row) => [row.action, row.case_id, row.detail])).toEqual([
      ['create-token', null, expect.any(String)],
      ['case-refused', caseId, 'read'],
      ['case-refused', caseId, 'read'],
      ['case-refused', caseId, 'write'],
    ]);
  });
});

describe('every page of a case', () => {
  it('leaves a row for the case when a worker on it opens it', async () => {
    const manager = await api.t.addUser({ role: 'manager' });
    await api.t.db
      .updateTable('users')
      .set({ manager_id: manager.id })
      .where('id', '=', api.t.user.id)
      .execute();
    const entry = await api.t.db
      .selectFrom('entries')
      .select('id')
      .where('case_id', '=', caseId)
      .where('kind', '=', 'contact')
      .executeTakeFirstOrThrow();
    const links = paths.case('FAM-0001');
    const pages = [
      links.overview,
      links.people,
      links.addPerson,
      links.chronology,
      links.recordContact,
      links.amend(entry.id),
      links.recordMeeting,
      links.scheduleMeeting,
      links.meetingPack,
      links.informAgencies,
      links.close,
      links.risk,
      links.reportIncident,
      links.guide,
      links.planVisit,
      links.agreements,
      links.newAgreement(),
      links.newAgreement('written-agreement'),
      links.personNeeds('m1'),
      links.familyPlan,
      links.recordStage,
      links.setGoal,
      links.recordPlanReview,
      links.contactSummary(entry.id),
      links.contactSummaryPdf(entry.id),
    ];
    const managersPages = [links.recordManagerDiscussion, links.recordSafetyDecision];
    const unaudited: string[] = [];
    const check = async (who: TestUser, browser: TestBrowser, url: string) => {
      const before = (await rowsFor(who.id)).filter((row) => row.case_id === caseId).length;
      const response = await browser.get(url);
      expect(response.statusCode, url).toBe(200);
      const after = (await rowsFor(who.id)).filter((row) => row.case_id === caseId).length;
      if (after <= before) unaudited.push(url);
    };
    const worker = await api.t.signedIn();
    for (const url of pages) await check(api.t.user, worker, url);
    const managing = await api.t.signedIn(manager);
    for (const url of managersPages) await check(manager, managing, url);
    expect(unaudited).toEqual([]);
  });
});
