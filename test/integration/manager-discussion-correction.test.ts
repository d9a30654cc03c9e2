// Correcting a manager discussion from the chronology (MK 5.1.9.1–4; BEF 11.2), as a practitioner corrects a
// contact: only a manager who may record one on the case is offered the link and the page; the correction is
// a new discussion that `amends` the latest version, shown beside the original, and the case is assessed on
// it (manager-discussion-due follows the corrected date). Anyone else, or any other entry, is "Page not found".
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addChildThroughPages,
  createCaseThroughPages,
  csrfTokenIn,
  entryIn,
  refusedEntryThroughPages,
  startTestApp,
  type TestApp,
  type TestBrowser,
  type TestUser,
} from '../support/app.js';
import { storedEntries } from '../support/database.js';
import { dateTimeBoxes, inDays } from '../support/forms.js';

let t: TestApp;
let worker: TestBrowser;
let manager: TestUser;

const ref = 'FAM-0001';
const chronologyPage = `/cases/${ref}/chronology`;
const overviewPage = `/cases/${ref}`;
const correctPage = (entryId: string) => `/cases/${ref}/manager-discussion/${entryId}/correct`;

/** The date and time boxes of a form, `days` ago in UK time. */
const at = (days: number) => dateTimeBoxes('at', inDays(-days));

const discussion = () => ({
  ...at(0),
  worker: 'w1',
  decision: 'Joint unannounced visit with the health visitor this week',
  urgency: 'within-days',
  note: 'Worried about the baby',
});

beforeEach(async () => {
  t = await startTestApp();
  await t.addAgency('hv', 'Health Visiting');
  manager = await t.addUser({ role: 'manager', name: 'Morgan Manager' });
  worker = await t.signedIn();
  await createCaseThroughPages(worker, { agencies: 'hv' });
  await addChildThroughPages(worker, ref);
  // Entry refused twice, a week ago: serious, and standing long enough for a manager discussion to be due.
  for (const days of [8, 7]) await refusedEntryThroughPages(worker, ref, days);
});
afterEach(() => t.close());

/** The manager, signed in, having recorded the discussion (entry e4). */
async function discussed(fields: Record<string, string | string[]> = {}): Promise<TestBrowser> {
  const browser = await t.signedIn(manager);
  const saved = await browser.submit(`/cases/${ref}/manager-discussion/new`, { ...discussion(), ...fields });
  expect(saved.statusCode).toBe(303);
  return browser;
}

const stored = () => storedEntries(t.db);

describe('correcting a manager discussion', () => {
  it('is offered to the manager from the chronology, prefilled, and stored as a correction beside the original', async () => {
    const browser = await discussed();
    const before = (await browser.get(chronologyPage)).body;
    expect(entryIn(before, 'e4')).toContain(`href="${correctPage('e4')}"`);
    expect(entryIn(before, 'e4')).toContain('Correct this entry');
    // The overview's latest entries offer it too.
    expect((await browser.get(overviewPage)).body).toContain(`href="${correctPage('e4')}"`);

    const original = (await stored())[3];
    if (original?.kind !== 'manager-discussion') throw new Error('no discussion e4');
    const form = await browser.get(correctPage('e4'));
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('<title>Correct a manager discussion');
    expect(form.body).toMatch(/<h1[^>]*>[\s\S]*Correct a manager discussion<\/h1>/);
    expect(form.body).toContain('Save correction');
    expect(form.body).toContain(`action="${correctPage('e4')}"`);
    // The boxes as a person types them: "3", not "03".
    const [year, month, day] = original.at.slice(0, 10).split('-').map(Number);
    for (const [box, value] of [
      ['at-day', day],
      ['at-month', month],
      ['at-year', year],
      ['at-time', original.at.slice(11, 16)],
    ] as const)
      expect(form.body).toMatch(new RegExp(`name="${box}"[^>]*value="${value}"`));
    expect(form.body).toMatch(/<input[^>]*name="worker"[^>]*value="w1"[^>]*checked/);
    expect(form.body).toMatch(/<input[^>]*name="urgency"[^>]*value="within-days"[^>]*checked/);
    expect(form.body).toMatch(/<textarea[^>]*name="decision"[^>]*>Joint unannounced visit/);
    expect(form.body).toMatch(/<textarea[^>]*name="note"[^>]*>Worried about the baby/);

    // Sent as recorded but for the decision and the urgency (the same minute, whenever the test runs).
    const recorded = { ...discussion(), ...dateTimeBoxes('at', original.at) };
    const saved = await browser.submit(correctPage('e4'), {
      ...recorded,
      decision: 'Visit with the police today',
      urgency: 'immediate',
    });
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe(chronologyPage);

    const entries = await stored();
    expect(entries.map((entry) => entry.id)).toEqual(['e1', 'e2', 'e3', 'e4', 'e5']);
    expect(entries[3]).toMatchObject({ kind: 'manager-discussion', decision: recorded.decision });
    expect(entries[4]).toMatchObject({
      id: 'e5',
      kind: 'manager-discussion',
      amends: 'e4',
      worker: 'w1',
      manager: 'w2',
      decision: 'Visit with the police today',
      urgency: 'immediate',
      note: 'Worried about the baby',
    });

    const after = (await browser.get(chronologyPage)).body;
    expect(after).toContain('Correction recorded');
    const shown = entryIn(after, 'e4');
    expect(shown).toContain('Joint unannounced visit');
    expect(shown).toMatch(/data-qa="correction"[\s\S]*Corrected on[\s\S]*Changed: Decision, Urgency/);
    // Listed once, beside the original, and the next correction corrects it.
    expect(after).not.toContain('id="entry-e5"');
    expect(shown).toContain(`href="${correctPage('e5')}"`);

    // A correction of the correction amends it, and shows beside the original too.
    const again = await browser.submit(correctPage('e5'), { ...recorded, urgency: 'routine' });
    expect(again.statusCode).toBe(303);
    expect((await stored())[5]).toMatchObject({ id: 'e6', amends: 'e5', urgency: 'routine' });
    const twice = entryIn((await browser.get(chronologyPage)).body, 'e4');
    expect(twice.match(/data-qa="correction"/g)).toHaveLength(2);
    expect(twice).toMatch(/Changed: Decision, Urgency[\s\S]*Changed: Decision, Urgency/);
    expect(twice).toContain(`href="${correctPage('e6')}"`);

    const audited = await t.db
      .selectFrom('audit_log')
      .select('detail')
      .where('user_id', '=', manager.id)
      .where('action', '=', 'amend-entry')
      .execute();
    expect(audited.map((row) => row.detail)).toEqual(['manager-discussion e5', 'manager-discussion e6']);
  });

  it('corrects the latest version when given the id of one already corrected', async () => {
    const browser = await discussed();
    await browser.submit(correctPage('e4'), { ...discussion(), urgency: 'immediate' });
    const form = await browser.get(correctPage('e4'));
    expect(form.body).toMatch(/<input[^>]*name="urgency"[^>]*value="immediate"[^>]*checked/);
    const saved = await browser.submit(correctPage('e4'), { ...discussion(), urgency: 'routine' });
    expect(saved.statusCode).toBe(303);
    expect((await stored()).slice(4)).toMatchObject([
      { id: 'e5', amends: 'e4', urgency: 'immediate' },
      { id: 'e6', amends: 'e5', urgency: 'routine' },
    ]);
  });

  it('is "Page not found" for a practitioner on the case, who is offered no link, and writes nothing', async () => {
    await discussed();
    const chronology = (await worker.get(chronologyPage)).body;
    expect(entryIn(chronology, 'e4')).toContain('Joint unannounced visit');
    expect(entryIn(chronology, 'e4')).not.toContain('Correct this entry');
    expect(chronology).not.toContain('/manager-discussion/');
    expect((await worker.get(overviewPage)).body).not.toContain(correctPage('e4'));
    // Their own contacts they may correct.
    expect(entryIn(chronology, 'e3')).toContain(`href="/cases/${ref}/entries/e3/amend"`);

    const refused = await worker.get(correctPage('e4'));
    expect(refused.statusCode).toBe(404);
    expect(refused.body).toContain('Page not found');
    const token = csrfTokenIn(chronology);
    const posted = await worker.post(correctPage('e4'), {
      _csrf: token,
      ...discussion(),
      urgency: 'routine',
    });
    expect(posted.statusCode).toBe(404);
    expect(posted.body).toContain('Page not found');
    expect((await stored()).map((entry) => entry.id)).toEqual(['e1', 'e2', 'e3', 'e4']);
  });

  it('is "Page not found", with no link, for a manager of the case who may not read the discussion', async () => {
    // Restricted to the case's own agency: a manager of health visiting (also on the case) may not read it.
    await discussed({ restricted: 'csc' });
    const other = await t.signedIn(
      await t.addUser({ role: 'manager', name: 'Harper Manager', agencyId: await hvId() }),
    );
    const chronology = (await other.get(chronologyPage)).body;
    expect(entryIn(chronology, 'e4')).toContain('data-qa="withheld"');
    expect(entryIn(chronology, 'e4')).not.toContain('Correct this entry');
    expect((await other.get(correctPage('e4'))).statusCode).toBe(404);
    const token = csrfTokenIn(chronology);
    expect((await other.post(correctPage('e4'), { _csrf: token, ...discussion() })).statusCode).toBe(404);
    expect((await stored()).map((entry) => entry.id)).toEqual(['e1', 'e2', 'e3', 'e4']);
  });

  it('says what is missing (a correction without the decision) and writes nothing', async () => {
    const browser = await discussed();
    const refused = await browser.submit(correctPage('e4'), { ...discussion(), decision: ' ' });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('<title>Error: Correct a manager discussion');
    expect(refused.body).toContain('govuk-error-summary');
    expect(refused.body).toContain('There is a problem');
    expect(refused.body).toMatch(/<a href="#decision">Enter what you decided<\/a>/);
    expect(refused.body).toContain(`action="${correctPage('e4')}"`);
    expect(refused.body).toContain('Save correction');
    expect((await stored()).map((entry) => entry.id)).toEqual(['e1', 'e2', 'e3', 'e4']);
  });

  it('is "Page not found" for a contact, or no entry at all', async () => {
    const browser = await discussed();
    const token = csrfTokenIn((await browser.get(chronologyPage)).body);
    for (const entryId of ['e2', 'e99']) {
      const page = await browser.get(correctPage(entryId));
      expect(page.statusCode, `GET ${entryId}`).toBe(404);
      expect(page.body).toContain('Page not found');
      const posted = await browser.post(correctPage(entryId), { _csrf: token, ...discussion() });
      expect(posted.statusCode, `POST ${entryId}`).toBe(404);
    }
    expect((await stored()).map((entry) => entry.id)).toEqual(['e1', 'e2', 'e3', 'e4']);
  });

  it('moves manager-discussion-due with it: dated before the concern began, the discussion answers it no more', async () => {
    const browser = await discussed();
    expect((await worker.get(overviewPage)).body).not.toContain('data-code="manager-discussion-due"');

    const saved = await browser.submit(correctPage('e4'), { ...discussion(), ...at(9) });
    expect(saved.statusCode).toBe(303);
    const overview = (await worker.get(overviewPage)).body;
    expect(overview).toContain('data-code="manager-discussion-due"');

    // Put right again (today), it answers the finding once more.
    await browser.submit(correctPage('e5'), discussion());
    expect((await worker.get(overviewPage)).body).not.toContain('data-code="manager-discussion-due"');
  });
});

async function hvId(): Promise<number> {
  const row = await t.db
    .selectFrom('agencies')
    .select('id')
    .where('ref', '=', 'hv')
    .executeTakeFirstOrThrow();
  return row.id;
}
