// Nothing typed is lost to a session ending (issue 17): a form posted after the session ended is kept for
// the browser and the user who was signed in there, shown again filled in once they sign in, saved only
// when they press Save, used once, for 30 minutes; never for someone else, never the sign-in form.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addChildThroughPages,
  createCaseThroughPages,
  csrfTokenIn,
  startTestApp,
  type TestApp,
  type TestBrowser,
} from '../support/app.js';
import { dateTimeBoxes, inDays } from '../support/forms.js';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
  const worker = await t.signedIn();
  await createCaseThroughPages(worker);
  await addChildThroughPages(worker);
});
afterEach(() => t.close());

const form = '/cases/FAM-0001/contacts/new';
const note = 'Mum said Robin has not been at school since Tuesday; the front room had no heating';
const contact = () => ({
  ...dateTimeBoxes('at', inDays(0)),
  mode: 'home-visit',
  planned: 'yes',
  outcome: 'refused-entry',
  contingency: 'Call back on Friday with the health visitor',
  note,
});

/** Ends the browser's session as 8 idle hours would: its row lapses (or, with `remove`, is gone). */
async function endSessionOf(browser: TestBrowser, { remove = false } = {}): Promise<void> {
  const signed = decodeURIComponent(browser.cookies.get('stickability') ?? '');
  const sid = signed.slice(0, signed.lastIndexOf('.'));
  const row = t.db.selectFrom('sessions').where('sid', '=', sid);
  if (!(await row.select('sid').executeTakeFirst())) throw new Error('the browser has no session');
  if (remove) await t.db.deleteFrom('sessions').where('sid', '=', sid).execute();
  else
    await t.db
      .updateTable('sessions')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('sid', '=', sid)
      .execute();
}

/** The worker, with the contact form open and typed in, saving it after the session ended. */
async function typedThenSavedSignedOut(browser: TestBrowser, fields: Record<string, string> = {}) {
  const token = csrfTokenIn((await browser.get(form)).body);
  await endSessionOf(browser);
  return browser.post(form, { _csrf: token, ...contact(), ...fields });
}

/** Signs in on the sign-in page at `location` (with its returnTo), as a person sent there would. */
async function signInAt(browser: TestBrowser, location: string, who = t.user) {
  const page = await browser.get(location);
  const returnTo = /name="returnTo" value="([^"]+)"/.exec(page.body)?.[1];
  return browser.post('/sign-in', {
    _csrf: csrfTokenIn(page.body),
    email: who.email,
    password: who.password,
    ...(returnTo ? { returnTo: returnTo.replace(/&#x2F;|&#47;/g, '/') } : {}),
  });
}

/**
 * The form at `path` opened, typed in and saved after the session ended, then the sign-in it is sent to,
 * back to `path` (who signed in: `who`): that page as it then shows.
 */
async function keptThroughSigningIn(
  browser: TestBrowser,
  path: string,
  fields: Record<string, string | string[]>,
  who = t.user,
) {
  const token = csrfTokenIn((await browser.get(path)).body);
  await endSessionOf(browser);
  const posted = await browser.post(path, { _csrf: token, ...fields });
  expect(posted.headers.location).toBe(`/sign-in?${new URLSearchParams({ returnTo: path })}`);
  expect((await signInAt(browser, posted.headers.location as string, who)).headers.location).toBe(path);
  const restored = await browser.get(path);
  expect(restored.statusCode).toBe(200);
  expect(restored.body).toContain('data-qa="kept-form"');
  expect(await keptRows()).toEqual([]);
  return restored;
}

const supervisionAnswers = async () =>
  (await t.db.selectFrom('supervision_answers').select('id').execute()).length;
const entries = async (kind?: string) =>
  (await t.db.selectFrom('entries').select('kind').execute()).filter((e) => !kind || e.kind === kind).length;
const draftVersions = async () =>
  (await t.db.selectFrom('agreement_draft_versions').select('id').execute()).length;

const contacts = async () =>
  (await t.db.selectFrom('entries').select('id').where('kind', '=', 'contact').execute()).length;
const keptRows = () => t.db.selectFrom('kept_forms').selectAll().execute();

describe('a form saved after the session ended', () => {
  it('is kept, and after signing in is shown filled in, unsaved, until one Save records it once', async () => {
    const browser = await t.signedIn();
    const saved = await typedThenSavedSignedOut(browser);
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe(`/sign-in?${new URLSearchParams({ returnTo: form })}`);
    expect(await contacts()).toBe(0);
    const [kept] = await keptRows();
    expect(kept?.user_id).toBe(t.user.id);
    expect(JSON.parse(kept?.fields ?? '{}')).toMatchObject({ note, outcome: 'refused-entry' });
    expect(kept?.fields).not.toContain('_csrf');

    const signInPage = await browser.get(saved.headers.location as string);
    expect(signInPage.body).toContain('What you typed has been kept for 30 minutes, not saved');

    const signedIn = await signInAt(browser, saved.headers.location as string);
    expect(signedIn.headers.location).toBe(form);
    expect(await contacts()).toBe(0); // nothing replayed: only Save records it

    const restored = await browser.get(form);
    expect(restored.statusCode).toBe(200);
    expect(restored.body).toContain('data-qa="kept-form"');
    expect(restored.body).toContain(note.replace(/'/g, '&#39;'));
    expect(restored.body).toContain('Call back on Friday with the health visitor');
    expect(restored.body).toMatch(/value="refused-entry" checked/);
    expect(await keptRows()).toEqual([]);

    const recorded = await browser.post(form, { _csrf: csrfTokenIn(restored.body), ...contact() });
    expect(recorded.statusCode).toBe(303);
    expect(await contacts()).toBe(1);

    // Used once: the form is empty again, with no banner.
    const again = await browser.get(form);
    expect(again.body).not.toContain('data-qa="kept-form"');
    expect(again.body).not.toContain('Call back on Friday');
  });

  it('is kept even when the session row has gone, and never keeps a password or the CSRF token', async () => {
    const browser = await t.signedIn();
    const token = csrfTokenIn((await browser.get(form)).body);
    await endSessionOf(browser, { remove: true });
    await browser.post(form, { _csrf: token, ...contact(), password: 'hunter2', newPassword: 'x' });
    const [kept] = await keptRows();
    expect(Object.keys(JSON.parse(kept?.fields ?? '{}'))).not.toContain('_csrf');
    expect(kept?.fields).not.toMatch(/hunter2|password/i);
    expect(kept?.fields).toContain('Call back on Friday');
  });

  it('is not kept when the browser says another site posted it', async () => {
    const browser = await t.signedIn();
    await endSessionOf(browser);
    const posted = await t.app.inject({
      method: 'POST',
      url: form,
      cookies: Object.fromEntries(browser.cookies),
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'cross-site' },
      payload: new URLSearchParams(contact()).toString(),
    });
    expect(posted.statusCode).toBe(303);
    expect(posted.headers.location).toBe('/sign-in');
    expect(await keptRows()).toEqual([]);
  });

  it('is only for the user who was signed in: another signing in in that browser gets an empty form', async () => {
    const colleague = await t.addUser();
    const browser = await t.signedIn();
    await typedThenSavedSignedOut(browser);

    await browser.signIn(colleague.email, colleague.password);
    const theirs = await browser.get(form);
    expect(theirs.body).not.toContain('data-qa="kept-form"');
    expect(theirs.body).not.toContain('Call back on Friday');
    expect(await keptRows()).toHaveLength(1);

    // Their own session then ends with a form of theirs: kept for them, not in place of the first.
    await typedThenSavedSignedOut(browser, { note: 'the colleague’s note' });
    expect((await keptRows()).map((row) => row.user_id).sort()).toEqual([t.user.id, colleague.id].sort());

    await browser.signIn(t.user.email, t.user.password);
    const restored = await browser.get(form);
    expect(restored.body).toContain('data-qa="kept-form"');
    expect(restored.body).toContain('Call back on Friday');
    expect(restored.body).not.toContain('the colleague’s note');
  });

  it('is only for the browser that posted it', async () => {
    const browser = await t.signedIn();
    await typedThenSavedSignedOut(browser);
    const elsewhere = await t.signedIn();
    expect((await elsewhere.get(form)).body).not.toContain('data-qa="kept-form"');
    expect(await keptRows()).toHaveLength(1);
  });

  it('is gone after 30 minutes', async () => {
    const browser = await t.signedIn();
    await typedThenSavedSignedOut(browser);
    const [kept] = await keptRows();
    expect(new Date(kept?.expires_at ?? 0).getTime() - new Date(kept?.kept_at ?? 0).getTime()).toBe(
      30 * 60 * 1000,
    );
    await t.db
      .updateTable('kept_forms')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .execute();
    await browser.signIn(t.user.email, t.user.password);
    const page = await browser.get(form);
    expect(page.body).not.toContain('data-qa="kept-form"');
    expect(page.body).not.toContain('Call back on Friday');
  });

  it('is not kept after signing out on purpose, nor for the sign-in form itself', async () => {
    const browser = await t.signedIn();
    const token = csrfTokenIn((await browser.get(form)).body);
    await browser.signOut();
    const posted = await browser.post(form, { _csrf: token, ...contact() });
    expect(posted.statusCode).toBe(303);
    expect(posted.headers.location).toBe('/sign-in');
    expect(await keptRows()).toEqual([]);

    const expired = await t.signedIn();
    await endSessionOf(expired);
    const signInToken = csrfTokenIn((await expired.get('/sign-in')).body);
    await expired.post('/sign-in', { _csrf: signInToken, email: t.user.email, password: 'wrong password' });
    expect(await keptRows()).toEqual([]);
  });

  it('is kept for the other forms a worker types a lot in: an incident, a meeting', async () => {
    const browser = await t.signedIn();
    for (const [path, field, text] of [
      ['/cases/FAM-0001/incidents/new', 'note', 'He stood in the doorway and would not let me leave'],
      ['/cases/FAM-0001/meetings/new', 'note', 'Hold a professionals meeting within ten days'],
    ] as const) {
      const token = csrfTokenIn((await browser.get(path)).body);
      await endSessionOf(browser);
      const posted = await browser.post(path, { _csrf: token, [field]: text });
      expect(posted.headers.location).toBe(`/sign-in?${new URLSearchParams({ returnTo: path })}`);
      expect((await signInAt(browser, posted.headers.location as string)).headers.location).toBe(path);
      const restored = await browser.get(path);
      expect(restored.body).toContain('data-qa="kept-form"');
      expect(restored.body).toContain(text);
    }
  });
});

describe('the other forms a worker or manager types a lot in', () => {
  it('keep a supervision’s answers, shown after signing in, which one Save writes once', async () => {
    const manager = await t.addUser({ role: 'manager', name: 'Morgan Manager' });
    await t.db.updateTable('users').set({ manager_id: manager.id }).where('id', '=', t.user.id).execute();
    const browser = await t.signedIn(manager);
    const start = '/team/supervision/new';
    const started = await browser.submit(
      `${start}?worker=${t.user.id}`,
      { worker: String(t.user.id), cases: 'FAM-0001' },
      start,
    );
    expect(started.statusCode).toBe(303);
    const page = `${String(started.headers.location)}/cases/FAM-0001`;
    const answers = {
      'answer-mk-reflect-relief': 'A little, yes: I had three other visits that afternoon.',
      'answer-decision': 'Joint visit with the health visitor on Friday',
    };

    const restored = await keptThroughSigningIn(browser, page, answers, manager);
    expect(restored.body).toContain('A little, yes: I had three other visits that afternoon.');
    expect(restored.body).toContain('Joint visit with the health visitor on Friday');
    expect(await supervisionAnswers()).toBe(0); // nothing replayed: only Save records them

    const saved = await browser.post(page, { _csrf: csrfTokenIn(restored.body), ...answers });
    expect(saved.statusCode).toBe(303);
    expect(await supervisionAnswers()).toBe(2);
    const again = await browser.get(page);
    expect(again.body).not.toContain('data-qa="kept-form"');
    expect(again.body).toContain('Joint visit with the health visitor on Friday'); // now saved
  });

  it('keep a visit plan, shown after signing in, which one Save records once', async () => {
    const browser = await t.signedIn();
    const page = '/cases/FAM-0001/visits/new';
    const plan = () => ({
      // Tomorrow, by the clock: back the same day whenever the test runs.
      ...dateTimeBoxes('due', `${inDays(1).slice(0, 10)}T10:00`),
      'back-time': '12:00',
      lone: 'joint',
      contingency: 'Leave a card and ring the school at 3',
      note: 'Take the referral letter; Mum asked to see it',
    });

    const restored = await keptThroughSigningIn(browser, page, plan());
    expect(restored.body).toContain('Leave a card and ring the school at 3');
    expect(restored.body).toContain('Take the referral letter; Mum asked to see it');
    expect(restored.body).toMatch(/value="joint" checked/);
    expect(await entries('visit-plan')).toBe(0);

    const saved = await browser.post(page, { _csrf: csrfTokenIn(restored.body), ...plan() });
    expect(saved.statusCode).toBe(303);
    expect(await entries('visit-plan')).toBe(1);
    expect((await browser.get(page)).body).not.toContain('Leave a card and ring the school at 3');
  });

  it('keep a stage of change, its correction, a goal, a plan review and agreement drafts, each on its page', async () => {
    const browser = await t.signedIn();
    const plan = '/cases/FAM-0001/family-plan';
    await browser.submit('/cases/FAM-0001/people/new', { role: 'parent', name: 'Anna Nowak' });
    const recorded = await browser.submit(`${plan}/stages/new`, {
      person: 'p1',
      stage: 'pre-contemplation',
      indicators: ['pre-contemplation-denies'],
    });
    expect(recorded.statusCode).toBe(303);
    const stage = /href="([^"]*\/stages\/e\d+\/correct)"/.exec((await browser.get(plan)).body)?.[1];
    expect(stage).toBeDefined();
    const agreements = '/cases/FAM-0001/agreements';
    const drafted = await browser.submit(`${agreements}/new?type=behaviour-contract`, {
      'items-0-who': 'p1',
      'items-0-text': 'No shouting at the worker at the door',
      'items-0-consequence': 'Visits are made jointly',
    });
    expect(drafted.statusCode).toBe(303);
    const { id: draft } = await t.db.selectFrom('agreement_drafts').select('id').executeTakeFirstOrThrow();
    const [before, versions] = [await entries(), await draftVersions()];
    for (const [path, fields, text] of [
      [
        `${plan}/stages/new`,
        { person: 'p1', stage: 'contemplation', note: 'Mum talked about stopping for the first time' },
        'Mum talked about stopping for the first time',
      ],
      [
        stage ?? '',
        { person: 'p1', stage: 'pre-contemplation', note: 'Recorded against the wrong day' },
        'Recorded against the wrong day',
      ],
      [
        `${plan}/goals/new`,
        { person: 'p1', goal: 'Robin at school every day', will: 'Mum walks him in each morning' },
        'Mum walks him in each morning',
      ],
      [
        `${plan}/reviews/new`,
        { note: 'Attendance is up to four days in five' },
        'Attendance is up to four days in five',
      ],
      [
        `${agreements}/new?type=written-agreement`,
        { 'items-0-text': 'Robin is taken to school by 8:50 every day', 'items-0-consequence': 'A meeting' },
        'Robin is taken to school by 8:50 every day',
      ],
      [
        `${agreements}/drafts/${draft}`,
        {
          'items-0-text': 'No shouting at the worker at the door',
          'items-1-text': 'No swearing at the worker on the phone',
        },
        'No swearing at the worker on the phone',
      ],
    ] as const) {
      const restored = await keptThroughSigningIn(browser, path, fields);
      expect(restored.body).toContain(text);
    }
    expect([await entries(), await draftVersions()]).toEqual([before, versions]); // nothing replayed
  });
});

describe('when the session ends', () => {
  it('every signed-in page says so in UK time, and the page with a form says it is kept', async () => {
    const browser = await t.signedIn();
    const ends =
      /For your security, you will be signed out at <span data-session-end-text>(\d\d:\d\d)(?: on [^<]+)?<\/span>/;
    const overview = (await browser.get('/cases/FAM-0001')).body;
    expect(overview).toMatch(ends);
    expect(overview).not.toContain('it will be filled in as you left it');
    const contactForm = (await browser.get(form)).body;
    expect(contactForm).toMatch(ends);
    expect(contactForm).toContain('within 30 minutes and it will be filled in as you left it');
    const eightHoursOn = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/London',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(new Date(Date.now() + 8 * 60 * 60 * 1000));
    expect(ends.exec(contactForm)?.[1]).toBe(eightHoursOn);
    expect((await t.browser().get('/sign-in')).body).not.toContain('data-qa="session-ends"');
  });

  it('"Stay signed in" renews the session, with the page’s CSRF token, and answers when it now ends', async () => {
    const browser = await t.signedIn();
    const token = csrfTokenIn((await browser.get('/cases')).body);
    const signed = decodeURIComponent(browser.cookies.get('stickability') ?? '');
    const sid = signed.slice(0, signed.lastIndexOf('.'));
    const soon = new Date(Date.now() + 60_000).toISOString();
    await t.db.updateTable('sessions').set({ expires_at: soon }).where('sid', '=', sid).execute();

    const forged = await browser.post('/stay-signed-in', { _csrf: 'not-the-token' });
    expect(forged.statusCode).toBe(403);

    const stayed = await t.app.inject({
      method: 'POST',
      url: '/stay-signed-in',
      cookies: Object.fromEntries(browser.cookies),
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      payload: new URLSearchParams({ _csrf: token, returnTo: '/cases' }).toString(),
    });
    expect(stayed.statusCode).toBe(200);
    const answer = stayed.json<{ endsInMs: number; endsAt: string }>();
    expect(answer.endsInMs).toBeGreaterThan(8 * 60 * 60 * 1000 - 60_000);
    expect(answer.endsAt).toMatch(/^\d\d:\d\d/);
    const row = await t.db
      .selectFrom('sessions')
      .select('expires_at')
      .where('sid', '=', sid)
      .executeTakeFirstOrThrow();
    expect(new Date(row.expires_at).getTime()).toBeGreaterThan(Date.now() + 7.9 * 60 * 60 * 1000);

    const withoutScript = await browser.post('/stay-signed-in', { _csrf: token, returnTo: '/cases' });
    expect(withoutScript.statusCode).toBe(303);
    expect(withoutScript.headers.location).toBe('/cases');

    await endSessionOf(browser);
    const tooLate = await browser.post('/stay-signed-in', { _csrf: token });
    expect(tooLate.statusCode).toBe(303);
    expect(tooLate.headers.location).toMatch(/^\/sign-in/);
  });
});
