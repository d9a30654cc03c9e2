// Account lockout and password rules where they meet the database: 5 wrong passwords for an email in 15
// minutes refuse it for 15 minutes, the same for an email nobody has; every attempt is audited; a new
// password must follow the rules.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { accountService } from '../../src/services/accounts.js';
import { InvalidInput } from '../../src/services/errors.js';
import { startTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(() => t.close());

const lockedMessage = 'There have been too many attempts to sign in with this email address';

describe('account lockout', () => {
  it('refuses even the right password after 5 wrong ones, and says so on the page', async () => {
    const browser = t.browser();
    for (let i = 0; i < 4; i += 1) {
      const wrong = await browser.signIn(t.user.email, `wrong ${i}`);
      expect(wrong.body).toContain('Enter a correct email address and password');
    }
    const fifth = await browser.signIn(t.user.email, 'wrong 5');
    expect(fifth.body).toContain(lockedMessage);
    const right = await browser.signIn(t.user.email, t.user.password);
    expect(right.statusCode).toBe(400);
    expect(right.body).toContain(lockedMessage);
    expect(right.body).toMatch(/Try again after \d{2}:\d{2}/);
    const actions = await t.db.selectFrom('audit_log').select(['action', 'user_id']).orderBy('id').execute();
    expect(actions.at(-1)).toEqual({ action: 'sign-in-locked', user_id: t.user.id });
    expect(actions.filter((row) => row.action === 'sign-in-failed')).toHaveLength(5);
  });

  it('locks an email nobody has in the same way, so the lock tells nobody which accounts exist', async () => {
    const accounts = accountService(t.db);
    for (let i = 0; i < 5; i += 1) await accounts.signIn('nobody@example.org', 'wrong', '10.0.0.1');
    expect(await accounts.signIn('nobody@example.org', 'wrong', '10.0.0.1')).toMatchObject({
      refused: 'locked',
    });
  });

  it('locks the email, not the person: another account signs in from the same address', async () => {
    const accounts = accountService(t.db);
    const other = await t.addUser();
    for (let i = 0; i < 5; i += 1) await accounts.signIn(t.user.email, 'wrong', '10.0.0.1');
    expect(await accounts.signIn(other.email, other.password, '10.0.0.1')).toHaveProperty('actor');
  });

  it('lets the user in again once the failures are over 15 minutes old', async () => {
    const longAgo = new Date(Date.now() - 16 * 60_000).toISOString();
    for (let i = 0; i < 5; i += 1)
      await t.db
        .insertInto('audit_log')
        .values({
          at: longAgo,
          user_id: t.user.id,
          action: 'sign-in-failed',
          case_id: null,
          detail: t.user.email,
          address: 'x',
        })
        .execute();
    expect(await accountService(t.db).signIn(t.user.email, t.user.password, '10.0.0.1')).toHaveProperty(
      'actor',
    );
  });
});

describe('setting a password', () => {
  const by = { actor: null, address: 'cli' };

  it('refuses one that breaks the rules, naming the problem, and keeps the old one', async () => {
    const accounts = accountService(t.db);
    for (const weak of ['short', 'Password1234!', t.user.email]) {
      await expect(accounts.setPassword(by, t.user.id, weak)).rejects.toBeInstanceOf(InvalidInput);
    }
    expect(await accounts.signIn(t.user.email, t.user.password, 'x')).toHaveProperty('actor');
  });

  it('takes a long passphrase, which signs in from then on, and audits the change', async () => {
    const accounts = accountService(t.db);
    await accounts.setPassword(by, t.user.id, 'kettle orbit lantern');
    expect(await accounts.signIn(t.user.email, 'kettle orbit lantern', 'x')).toHaveProperty('actor');
    expect(await accounts.signIn(t.user.email, t.user.password, 'x')).toEqual({ refused: 'credentials' });
    const changes = await t.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'set-password')
      .execute();
    expect(changes).toEqual([{ detail: `user ${t.user.id}: 0 sessions ended, 0 API tokens revoked` }]);
  });
});
