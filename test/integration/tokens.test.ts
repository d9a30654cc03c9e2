// Personal API tokens: shown once, kept as a hash, revoked not deleted; and the account page that manages them.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { accountService } from '../../src/services/accounts.js';
import { tokenService } from '../../src/services/tokens.js';
import { startTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
let tokens: ReturnType<typeof tokenService>;
beforeEach(async () => {
  t = await startTestApp();
  tokens = tokenService(t.db, accountService(t.db));
});
afterEach(() => t.close());

describe('API tokens', () => {
  it('authenticates as its user, stores only a hash, and stops working when revoked', async () => {
    const { id, token } = await tokens.create(t.user.id, 'Case system link', '127.0.0.1');
    expect(token).toMatch(/^stk_[A-Za-z0-9_-]{43}$/);
    const stored = await t.db.selectFrom('api_tokens').selectAll().executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(token.slice(4));
    expect((await tokens.authenticate(token))?.userId).toBe(t.user.id);
    expect((await tokens.list(t.user.id))[0]?.lastUsedAt).not.toBeNull();
    const actor = await accountService(t.db).actorFor(t.user.id);
    await tokens.revoke(actor!, id, '127.0.0.1');
    expect(await tokens.authenticate(token)).toBeNull();
    expect(await tokens.authenticate('stk_made-up')).toBeNull();
    expect(await tokens.authenticate('')).toBeNull();
  });

  it("cannot revoke someone else's token", async () => {
    const other = await t.addUser();
    const { id } = await tokens.create(other.id, 'theirs', '127.0.0.1');
    const actor = await accountService(t.db).actorFor(t.user.id);
    await expect(tokens.revoke(actor!, id, '127.0.0.1')).rejects.toThrow(/not found/);
  });

  it('is made for a user by email from the command line', async () => {
    const { token } = await tokens.createFor(t.user.email.toUpperCase(), 'cli');
    expect((await tokens.authenticate(token))?.email).toBe(t.user.email);
    await expect(tokens.createFor('nobody@example.org', 'cli')).rejects.toThrow(/not found/);
  });
});

describe('the account page', () => {
  it('creates a token shown once, then lists and revokes it', async () => {
    const browser = await t.signedIn();
    const created = await browser.submit('/account', { name: 'My script' }, '/account/tokens');
    expect(created.statusCode).toBe(200);
    const token = /<code class="app-token">([^<]+)<\/code>/.exec(created.body)?.[1] ?? '';
    expect((await tokens.authenticate(token))?.userId).toBe(t.user.id);
    const page = (await browser.get('/account')).body;
    expect(page).toContain('My script');
    expect(page).not.toContain(token);
    const id = (await tokens.list(t.user.id))[0]?.id;
    const revoked = await browser.submit('/account', {}, `/account/tokens/${id}/revoke`);
    expect(revoked.statusCode).toBe(303);
    expect(await tokens.authenticate(token)).toBeNull();
  });
});

describe('a password changed or reset', () => {
  const newPassword = 'harbour lantern thistle';

  it('ends every API token of the user when they change it, and says so', async () => {
    const first = await tokens.create(t.user.id, 'Phone', '127.0.0.1');
    const second = await tokens.create(t.user.id, 'Script', '127.0.0.1');
    const other = await t.addUser();
    const theirs = await tokens.create(other.id, 'Theirs', '127.0.0.1');
    const browser = await t.signedIn();
    expect((await browser.get('/account/password')).body).toContain('Your API tokens will stop working too');

    const changed = await browser.submit('/account/password', {
      current: t.user.password,
      password: newPassword,
      confirmation: newPassword,
    });
    expect(changed.statusCode).toBe(303);
    expect(await tokens.authenticate(first.token)).toBeNull();
    expect(await tokens.authenticate(second.token)).toBeNull();
    expect((await tokens.authenticate(theirs.token))?.userId).toBe(other.id);
    const account = (await browser.get('/account')).body;
    expect(account).toContain('Your 2 API tokens no longer work');
    expect((await tokens.list(t.user.id)).every((token) => token.revokedAt !== null)).toBe(true);
    // A token made afterwards works.
    const made = await tokens.create(t.user.id, 'New phone', '127.0.0.1');
    expect((await tokens.authenticate(made.token))?.userId).toBe(t.user.id);
  });

  it('keeps the tokens when the change is refused', async () => {
    const { token } = await tokens.create(t.user.id, 'Phone', '127.0.0.1');
    const browser = await t.signedIn();
    const refused = await browser.submit('/account/password', {
      current: 'not it',
      password: newPassword,
      confirmation: newPassword,
    });
    expect(refused.statusCode).toBe(400);
    expect((await tokens.authenticate(token))?.userId).toBe(t.user.id);
  });

  it('ends the user’s sessions and tokens when an administrator resets it with a new invitation', async () => {
    const admin = await t.addUser({ role: 'partnership-admin' });
    const { token } = await tokens.create(t.user.id, 'Phone', '127.0.0.1');
    const worker = await t.signedIn();
    const administrator = await t.signedIn(admin);
    const reset = await administrator.submit(
      `/admin/users/${t.user.id}`,
      {},
      `/admin/users/${t.user.id}/invite`,
    );
    expect(reset.statusCode).toBe(200);
    expect(await tokens.authenticate(token)).toBeNull();
    expect((await worker.get('/cases')).statusCode).toBe(303);
    expect((await administrator.get('/admin')).statusCode).toBe(200);
  });

  it('ends them when it is set for the user (the command line)', async () => {
    const { token } = await tokens.create(t.user.id, 'Phone', '127.0.0.1');
    const worker = await t.signedIn();
    await accountService(t.db).setPassword({ actor: null, address: 'cli' }, t.user.id, newPassword);
    expect(await tokens.authenticate(token)).toBeNull();
    expect((await worker.get('/cases')).statusCode).toBe(303);
  });
});
