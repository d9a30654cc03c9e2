// Restricted entries at each exit (issue 10, item 3): the chronology and overview, the API's entries and
// export, recording one from the contact form, corrections, and notifications.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { accountService } from '../../src/services/accounts.js';
import { entryService } from '../../src/services/entries.js';
import { notificationService } from '../../src/services/notifications.js';
import { daysAgo, startApiTest, type ApiTest } from '../support/api.js';
import type { TestUser } from '../support/app.js';
import { aCase } from '../support/case-builder.js';
import { dateBoxes, inDays } from '../support/forms.js';

let api: ApiTest;
let colleague: TestUser;
let manager: TestUser;
let healthVisitor: TestUser;

const safeAddress = 'Refuge at 1 Hidden Lane';
const file = aCase()
  .withRef('FAM-0021')
  .withPlan('child-in-need')
  .openedOn(daysAgo(20).slice(0, 10))
  .withAgency('csc', 'social-care', "Children's Social Care")
  .withAgency('hv', 'health-visiting', 'Health Visiting')
  .withWorker('w1', 'csc', 'Sam Patel')
  .withChild('c1', '2020-01-01')
  .withParent('m1', { livesWith: ['c1'] })
  .withContact({ at: daysAgo(10), seen: ['c1', 'm1'], note: 'Seen at home.' })
  .withEntry({
    kind: 'address-change',
    at: daysAgo(5),
    agency: 'csc',
    worker: 'w1',
    person: 'm1',
    restricted: ['manager'],
    note: safeAddress,
  })
  .build();

beforeEach(async () => {
  api = await startApiTest();
  const hv = await api.t.addAgency('hv', 'Health Visiting');
  colleague = await api.t.addUser();
  manager = await api.t.addUser({ role: 'manager' });
  healthVisitor = await api.t.addUser({ agencyId: hv });
  expect((await api.post('/api/v1/import', file)).status).toBe(201);
});
afterEach(() => api.close());

describe('the chronology and the overview', () => {
  it('show a colleague that a restricted entry exists, when, and whom to ask, never what it says', async () => {
    const browser = await api.t.signedIn(colleague);
    for (const url of ['/cases/FAM-0021/chronology', '/cases/FAM-0021']) {
      const page = await browser.get(url);
      expect(page.statusCode).toBe(200);
      expect(page.body).not.toContain('Hidden Lane');
      expect(page.body).toContain('data-qa="withheld"');
      expect(page.body).toMatch(/A restricted entry exists, recorded on [^;]+; ask Sam Patel/);
    }
  });

  it('show a manager the entry, marked restricted', async () => {
    const page = await (await api.t.signedIn(manager)).get('/cases/FAM-0021/chronology');
    expect(page.body).toContain(safeAddress);
    expect(page.body).toContain('data-qa="restricted"');
    expect(page.body).not.toContain('data-qa="withheld"');
  });

  it('give the recorder their own entry', async () => {
    const page = await (await api.t.signedIn()).get('/cases/FAM-0021/chronology');
    expect(page.body).toContain(safeAddress);
  });
});

describe('the API', () => {
  it('lists a withheld entry to someone outside its audience, as the document describes', async () => {
    const page = await api.get<{ items: Record<string, unknown>[] }>('/api/v1/cases/FAM-0021/entries', {
      token: await api.tokenFor(colleague),
    });
    expect(page.status).toBe(200);
    expect(page.text).not.toContain('Hidden Lane');
    expect(page.json.items.find((item) => item.kind === 'address-change')).toEqual({
      id: 'e2',
      kind: 'address-change',
      at: file.entries[1]!.at,
      agency: 'csc',
      worker: 'w1',
      restricted: ['manager'],
      withheld: true,
      ask: { worker: 'Sam Patel', agency: "Children's Social Care", audience: ['managers'] },
    });
  });

  it('refuses the export to someone outside an entry’s audience, saying which and whom to ask', async () => {
    const refused = await api.get<{ detail: string }>('/api/v1/cases/FAM-0021/export', {
      token: await api.tokenFor(colleague),
    });
    expect(refused.status).toBe(409);
    expect(refused.json.detail).toMatch(/e2 .*ask Sam Patel/);
    expect(refused.text).not.toContain('Hidden Lane');
    const whole = await api.get('/api/v1/cases/FAM-0021/export', { token: await api.tokenFor(manager) });
    expect(whole.status).toBe(200);
    expect(whole.text).toContain(safeAddress);
  });

  it('will not correct an entry the user may not read', async () => {
    const answer = await api.post(
      '/api/v1/cases/FAM-0021/entries',
      { kind: 'address-change', person: 'm1', amends: 'e2', note: 'Moved again.' },
      { token: await api.tokenFor(colleague) },
    );
    expect(answer.status).toBe(400);
    expect(answer.text).not.toContain('Hidden Lane');
  });
});

describe('recording a restricted contact', () => {
  it('the contact form restricts it to the roles and agencies chosen', async () => {
    const browser = await api.t.signedIn();
    const form = await browser.get('/cases/FAM-0021/contacts/new');
    expect(form.body).toContain('Restrict who may read this entry');
    // Today in UK time, not the machine's zone: a machine ahead of the UK would post a day still to come.
    const saved = await browser.submit('/cases/FAM-0021/contacts/new', {
      ...dateBoxes('at', inDays(0)),
      'at-time': '00:01',
      mode: 'phone',
      planned: 'no',
      outcome: 'completed',
      note: 'Disclosure made on the phone.',
      restricted: 'hv',
    });
    expect(saved.statusCode).toBe(303);
    const forHv = await (await api.t.signedIn(healthVisitor)).get('/cases/FAM-0021/chronology');
    expect(forHv.body).toContain('Disclosure made on the phone.');
    const forColleague = await (await api.t.signedIn(colleague)).get('/cases/FAM-0021/chronology');
    expect(forColleague.body).not.toContain('Disclosure made');
  });
});

describe('a correction that restricts an earlier entry', () => {
  it('hides the entry, and the notification it raised, from then on', async () => {
    const entries = entryService(api.t.db);
    const by = async (user: TestUser) => ({
      actor: (await accountService(api.t.db).actorFor(user.id))!,
      address: '127.0.0.1',
    });
    const alert = await entries.record(await by(api.t.user), 'FAM-0021', {
      kind: 'alert',
      to: ['hv'],
      message: 'Mother disclosed the new address to the school.',
    });
    const notifications = notificationService(api.t.db);
    const hvActor = (await by(healthVisitor)).actor;
    expect((await notifications.list(hvActor))[0]?.text).toContain('Mother disclosed');
    await entries.record(await by(api.t.user), 'FAM-0021', {
      kind: 'alert',
      amends: alert.id,
      to: ['hv'],
      message: 'Restricted: see the manager.',
      restricted: ['manager'],
    });
    const listed = await notifications.list(hvActor);
    expect(listed.map((n) => n.text).join('\n')).not.toContain('Mother disclosed');
    const page = await (await api.t.signedIn(healthVisitor)).get('/cases/FAM-0021/chronology');
    expect(page.body).not.toContain('Mother disclosed');
  });
});
