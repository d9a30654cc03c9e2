// Restricting an entry from the "Record a manager discussion" and "Record a meeting" forms (issue 10), as
// the contact form does: the control is offered, a restriction chosen is stored on the entry and the
// chronology then withholds the entry from readers outside it, and a value naming no role or agency of the
// case is refused with the GOV.UK error summary and an error on the field, writing nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Entry } from '../../src/domain/entries.js';
import type { TestBrowser, TestUser } from '../support/app.js';
import { anEngagingCase, startApiTest, type ApiTest } from '../support/api.js';
import { dateTimeBoxes, inDays } from '../support/forms.js';
import { aMeeting } from '../support/meeting-form.js';

let api: ApiTest;
let colleague: TestUser;
let manager: TestUser;
let healthVisitor: TestUser;

const ref = 'FAM-0031';
const chronology = `/cases/${ref}/chronology`;

beforeEach(async () => {
  api = await startApiTest();
  const hv = await api.t.addAgency('hv', 'Health Visiting');
  colleague = await api.t.addUser({ name: 'Casey Colleague' });
  manager = await api.t.addUser({ role: 'manager', name: 'Morgan Manager' });
  healthVisitor = await api.t.addUser({ agencyId: hv, name: 'Hana Visitor' });
  const imported = await api.post('/api/v1/import', anEngagingCase(ref).withAgency('hv').build());
  expect(imported.status).toBe(201);
});
afterEach(() => api.close());

/** The case's entries of `kind`, as stored. */
async function stored(kind: Entry['kind']): Promise<Entry[]> {
  const rows = await api.t.db.selectFrom('entries').select('data').where('kind', '=', kind).execute();
  return rows.map((row) => JSON.parse(row.data) as Entry);
}

const entryCount = async () =>
  Number(
    (
      await api.t.db
        .selectFrom('entries')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

const read = async (user: TestUser) => (await (await api.t.signedIn(user)).get(chronology)).body;

/** The restriction control: closed details holding a checkbox per option, the ticked ones checked. */
function expectTheControl(html: string, checked: string[] = []) {
  expect(html).toContain('Restrict who may read this entry');
  expect(html).toContain('Who may read this entry?');
  expect(html).toMatch(/<details[^>]*data-qa="restrict"/);
  for (const value of ['manager', 'hv', 'csc']) {
    const box = new RegExp(`<input[^>]*name="restricted" type="checkbox" value="${value}"[^>]*>`).exec(
      html,
    )?.[0];
    expect(box, `a "${value}" box`).toBeDefined();
    expect(box?.includes('checked'), `"${value}" checked`).toBe(checked.includes(value));
  }
}

/** A 400 with the GOV.UK error summary linking to the restriction, the same message beside it, details open. */
function expectRefusedRestriction(answer: { statusCode: number; body: string }, value: string) {
  expect(answer.statusCode).toBe(400);
  expect(answer.body).toContain('<title>Error: ');
  expect(answer.body).toContain('govuk-error-summary');
  expect(answer.body).toContain('There is a problem');
  const message = 'Select who may read this entry from the choices given';
  expect(answer.body).toMatch(new RegExp(`<a href="#restricted">${message}</a>`));
  expect(answer.body).toMatch(
    new RegExp(
      `<p id="restricted-error" class="govuk-error-message">\\s*<span class="govuk-visually-hidden">Error:</span> ${message}`,
    ),
  );
  expect(answer.body).toMatch(/<details[^>]*data-qa="restrict"[^>]*open/);
  // Not the service's own words, which name the value posted.
  expect(answer.body).not.toContain(`ref &quot;${value}&quot;`);
}

describe('the record a manager discussion form', () => {
  const page = `/cases/${ref}/manager-discussion/new`;
  const secret = 'Mother disclosed where she is staying now';
  const discussion = () => ({
    ...dateTimeBoxes('at', inDays(0)),
    worker: 'w1',
    decision: secret,
    urgency: 'routine',
  });
  let browser: TestBrowser;
  beforeEach(async () => {
    browser = await api.t.signedIn(manager);
  });

  it('offers the restriction control: managers and each agency of the case, none ticked', async () => {
    const form = await browser.get(page);
    expect(form.statusCode).toBe(200);
    expectTheControl(form.body);
    expect(form.body).toContain('Workers of Health Visiting');
    expect(form.body).not.toMatch(/<details[^>]*data-qa="restrict"[^>]*open/);
  });

  it('stores the restriction chosen; a reader outside it sees only that the entry exists', async () => {
    const saved = await browser.submit(page, { ...discussion(), restricted: ['manager', 'hv'] });
    expect(saved.statusCode).toBe(303);
    const [entry] = await stored('manager-discussion');
    expect(entry).toMatchObject({
      kind: 'manager-discussion',
      decision: secret,
      restricted: ['manager', 'hv'],
    });

    const outside = await read(colleague);
    expect(outside).not.toContain(secret);
    expect(outside).toMatch(/data-qa="withheld">A restricted entry exists, recorded on [^;]+; ask /);
    for (const inside of [manager, healthVisitor]) {
      const html = await read(inside);
      expect(html).toContain(secret);
      expect(html).not.toContain('data-qa="withheld"');
    }
  });

  it('without a restriction writes none, and everyone on the case reads the discussion', async () => {
    expect((await browser.submit(page, discussion())).statusCode).toBe(303);
    const [entry] = await stored('manager-discussion');
    expect(entry).not.toHaveProperty('restricted');
    expect(await read(colleague)).toContain(secret);
  });

  it('refuses a value naming no role or agency of the case, and writes nothing', async () => {
    const before = await entryCount();
    const refused = await browser.submit(page, { ...discussion(), restricted: ['manager', 'school'] });
    expectRefusedRestriction(refused, 'school');
    expect(refused.body).toContain(`>${secret}</textarea>`);
    expect(await entryCount()).toBe(before);
    expect(await stored('manager-discussion')).toEqual([]);
  });

  it('shows the ticked boxes again when the form comes back with another problem', async () => {
    const refused = await browser.submit(page, { ...discussion(), urgency: '', restricted: 'hv' });
    expect(refused.statusCode).toBe(400);
    expectTheControl(refused.body, ['hv']);
    expect(refused.body).toMatch(/<details[^>]*data-qa="restrict"[^>]*open/);
  });
});

describe('the record a meeting form', () => {
  const page = `/cases/${ref}/meetings/new`;
  const secret = 'Father disclosed the new address at the meeting';
  const meeting = () => ({ ...aMeeting, note: secret });
  let browser: TestBrowser;
  beforeEach(async () => {
    browser = await api.t.signedIn();
  });

  it('offers the restriction control: managers and each agency of the case, none ticked', async () => {
    const form = await browser.get(page);
    expect(form.statusCode).toBe(200);
    expectTheControl(form.body);
    expect(form.body).not.toMatch(/<details[^>]*data-qa="restrict"[^>]*open/);
  });

  it('stores the restriction chosen; a reader outside it sees only that the entry exists', async () => {
    const saved = await browser.submit(page, { ...meeting(), restricted: 'hv' });
    expect(saved.statusCode).toBe(303);
    const [entry] = await stored('meeting');
    expect(entry).toMatchObject({ kind: 'meeting', note: secret, restricted: ['hv'] });

    for (const outside of [colleague, manager]) {
      const html = await read(outside);
      expect(html).not.toContain(secret);
      expect(html).toMatch(/data-qa="withheld">A restricted entry exists, recorded on [^;]+; ask /);
    }
    const inside = await read(healthVisitor);
    expect(inside).toContain(secret);
    expect(inside).toContain('data-qa="restricted"');
  });

  it('refuses a value naming no role or agency of the case, and writes nothing', async () => {
    const before = await entryCount();
    const refused = await browser.submit(page, { ...meeting(), restricted: 'nobody' });
    expectRefusedRestriction(refused, 'nobody');
    expect(refused.body).toContain(`>${secret}</textarea>`);
    expect(await entryCount()).toBe(before);
    expect(await stored('meeting')).toEqual([]);
  });

  it('keeps the ticked boxes through "Add another action" and another problem', async () => {
    const again = await browser.submit(page, { ...meeting(), restricted: ['manager', 'hv'], addAction: '1' });
    expect(again.statusCode).toBe(200);
    expectTheControl(again.body, ['manager', 'hv']);
    const refused = await browser.submit(page, { ...meeting(), type: '', restricted: 'manager' });
    expect(refused.statusCode).toBe(400);
    expectTheControl(refused.body, ['manager']);
  });
});

describe('the record a contact form', () => {
  it('draws the same control from the shared partial, its restriction ticked when correcting', async () => {
    const browser = await api.t.signedIn();
    expectTheControl((await browser.get(`/cases/${ref}/contacts/new`)).body);
    const saved = await browser.submit(`/cases/${ref}/contacts/new`, {
      ...dateTimeBoxes('at', inDays(0)),
      'at-time': '00:01',
      mode: 'phone',
      planned: 'no',
      outcome: 'completed',
      note: 'Disclosure on the phone.',
      restricted: 'manager',
    });
    expect(saved.statusCode).toBe(303);
    const [, contact] = await stored('contact');
    expect(contact?.restricted).toEqual(['manager']);
    const correcting = await browser.get(`/cases/${ref}/entries/${contact?.id}/amend`);
    expect(correcting.statusCode).toBe(200);
    expectTheControl(correcting.body, ['manager']);
    expect(correcting.body).toMatch(/<details[^>]*data-qa="restrict"[^>]*open/);
  });
});
