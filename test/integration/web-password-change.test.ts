// Changing your own password from "Your account": the current password first, a new one by the rules
// typed twice; every other session of yours ends, this one carries on under a new id.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { accountService } from '../../src/services/accounts.js';
import { startTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(() => t.close());

const newPassword = 'harbour lantern thistle';

const auditActions = async () =>
  (await t.db.selectFrom('audit_log').select('action').orderBy('id').execute()).map((row) => row.action);

describe('changing your password', () => {
  it('is linked from your account page', async () => {
    const browser = await t.signedIn();
    const page = await browser.get('/account');
    expect(page.body).toContain('href="/account/password"');
    const form = await browser.get('/account/password');
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('<h1 class="govuk-heading-l">Change your password</h1>');
  });

  it('takes the new password, which then signs in, and the old one no longer does', async () => {
    const browser = await t.signedIn();
    const changed = await browser.submit('/account/password', {
      current: t.user.password,
      password: newPassword,
      confirmation: newPassword,
    });
    expect(changed.statusCode).toBe(303);
    expect(changed.headers.location).toBe('/account');
    expect((await browser.get('/account')).body).toContain('Your password is changed');

    const accounts = accountService(t.db);
    expect(await accounts.signIn(t.user.email, t.user.password, '127.0.0.1')).toEqual({
      refused: 'credentials',
    });
    expect(await accounts.signIn(t.user.email, newPassword, '127.0.0.1')).toHaveProperty('actor');
    expect(await auditActions()).toContain('change-password');
  });

  it('signs you out everywhere else, keeps you signed in here under a new session id', async () => {
    const here = await t.signedIn();
    const elsewhere = await t.signedIn();
    const someoneElse = await t.signedIn(await t.addUser());
    const before = here.cookies.get('stickability');
    expect(before).toBeDefined();

    const changed = await here.submit('/account/password', {
      current: t.user.password,
      password: newPassword,
      confirmation: newPassword,
    });
    expect(changed.statusCode).toBe(303);
    expect(here.cookies.get('stickability')).not.toBe(before);
    expect((await here.get('/account')).body).toContain('you are signed out everywhere else (1 other place)');
    expect((await here.get('/cases')).statusCode).toBe(200);

    const shut = await elsewhere.get('/cases');
    expect(shut.statusCode).toBe(303);
    expect(shut.headers.location).toMatch(/^\/sign-in/);
    expect((await someoneElse.get('/cases')).statusCode).toBe(200);
  });

  it('refuses a wrong current password, says so, audits it, and changes nothing', async () => {
    const browser = await t.signedIn();
    const refused = await browser.submit('/account/password', {
      current: 'not my password at all',
      password: newPassword,
      confirmation: newPassword,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('govuk-error-summary');
    expect(refused.body).toContain('The password you entered is not your current password');
    expect(refused.body).toContain('<title>Error: Change your password');
    // Nothing typed is sent back.
    expect(refused.body).not.toContain('not my password at all');
    expect(refused.body).not.toContain(newPassword);
    expect(await auditActions()).toContain('change-password-failed');
    expect(await accountService(t.db).signIn(t.user.email, t.user.password, '127.0.0.1')).toHaveProperty(
      'actor',
    );
  });

  // `current` stands for the user's real current password.
  it.each([
    [
      'nothing typed',
      ['', '', ''],
      ['Enter your current password', 'Password must be 12 characters or more'],
    ],
    ['a common password', ['current', 'password1234', 'password1234'], ['Password is too easy to guess']],
    [
      'two different new passwords',
      ['current', newPassword, 'harbour lantern thistles'],
      ['Enter the same password in both boxes'],
    ],
    [
      'the current password again',
      ['current', 'current', 'current'],
      ['Choose a password different from your current one'],
    ],
  ])('explains what is wrong with %s', async (_, typed, messages) => {
    const browser = await t.signedIn();
    const [current, password, confirmation] = typed.map((value) =>
      value === 'current' ? t.user.password : value,
    ) as [string, string, string];
    const refused = await browser.submit('/account/password', { current, password, confirmation });
    expect(refused.statusCode).toBe(400);
    for (const message of messages) expect(refused.body).toContain(message);
    expect(await accountService(t.db).signIn(t.user.email, t.user.password, '127.0.0.1')).toHaveProperty(
      'actor',
    );
  });

  it('refuses changes for 15 minutes after 5 wrong current passwords, for this account only', async () => {
    const browser = await t.signedIn();
    const other = await t.signedIn(await t.addUser());
    const change = (current: string) =>
      browser.submit('/account/password', { current, password: newPassword, confirmation: newPassword });
    for (let i = 0; i < 4; i += 1)
      expect((await change('a guess at it')).body).toContain('not your current password');
    const fifth = await change('a guess at it');
    expect(fifth.statusCode).toBe(400);
    expect(fifth.body).toMatch(
      /There have been too many wrong current passwords. Try again after \d{2}:\d{2}/,
    );
    // Even the right one waits, and the password stays as it was.
    const right = await change(t.user.password);
    expect(right.statusCode).toBe(400);
    expect(right.body).toContain('There have been too many wrong current passwords');
    expect((await auditActions()).at(-1)).toBe('change-password-locked');
    expect(await accountService(t.db).signIn(t.user.email, t.user.password, '127.0.0.1')).toHaveProperty(
      'actor',
    );
    // Someone else at the same address is not held up.
    const theirs = await other.submit('/account/password', { current: 'x', password: '', confirmation: '' });
    expect(theirs.body).toContain('The password you entered is not your current password');
  });

  it('counts only wrong current passwords: mistakes in the new one, and changes made, do not', async () => {
    const browser = await t.signedIn();
    for (let i = 0; i < 12; i += 1) {
      const mismatched = await browser.submit('/account/password', {
        current: t.user.password,
        password: newPassword,
        confirmation: `${newPassword} ${i}`,
      });
      expect(mismatched.body).toContain('Enter the same password in both boxes');
    }
    let current = t.user.password;
    for (let i = 0; i < 12; i += 1) {
      const next = `${newPassword} ${i}`;
      const changed = await browser.submit('/account/password', {
        current,
        password: next,
        confirmation: next,
      });
      expect([i, changed.statusCode]).toEqual([i, 303]);
      current = next;
    }
  });
});
