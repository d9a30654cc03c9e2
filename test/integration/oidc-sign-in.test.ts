// Sign-in through the partnership's identity provider (OpenID Connect) beside local passwords, end to end
// against a real provider on 127.0.0.1 (support/oidc-provider.ts): the authorization code flow with PKCE,
// state and nonce; the provider's email mapped to an existing user; anyone else refused with a clear page.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestBrowser } from '../support/app.js';
import { offSiteReturns } from '../support/off-site.js';
import { ProviderBrowser, startTestProvider, type TestProvider } from '../support/oidc-provider.js';

let provider: TestProvider;
let t: TestApp;
beforeEach(async () => {
  provider = await startTestProvider();
  t = await startTestApp({ oidc: provider.config });
  provider.accounts.set('known', { email: t.user.email.toUpperCase() });
  provider.accounts.set('stranger', { email: 'stranger@elsewhere.example' });
});
afterEach(async () => {
  await t.close();
  await provider.close();
});

const auditRows = () =>
  t.db.selectFrom('audit_log').select(['action', 'user_id', 'detail']).orderBy('id').execute();

/** Starts at the sign-in page's button, signs in at the provider as `sub`, and comes back: the callback's answer. */
async function signInAtProvider(browser: TestBrowser, sub: string, start = '/sign-in/oidc') {
  provider.nextLogin = sub;
  const started = await browser.get(start);
  expect(started.statusCode).toBe(303);
  const authorization = new URL(String(started.headers.location));
  const back = await new ProviderBrowser().follow(authorization.href, provider.issuer);
  const callback = new URL(back);
  expect(callback.pathname).toBe('/sign-in/oidc/callback');
  return { authorization, callback, response: await browser.get(`${callback.pathname}${callback.search}`) };
}

describe('signing in with the organisation’s account', () => {
  it('is offered on the sign-in page when a provider is configured', async () => {
    const page = await t.browser().get('/sign-in?returnTo=/week');
    expect(page.body).toContain('Sign in with your organisation&#39;s account');
    expect(page.body).toContain('href="/sign-in/oidc?returnTo=%2Fweek"');
  });

  it('asks for the code with PKCE (S256), a state and a nonce', async () => {
    const { authorization } = await signInAtProvider(t.browser(), 'known');
    const query = authorization.searchParams;
    expect(authorization.origin).toBe(provider.issuer);
    expect(query.get('response_type')).toBe('code');
    expect(query.get('scope')).toBe('openid email');
    expect(query.get('code_challenge_method')).toBe('S256');
    expect(query.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(query.get('state')).toBeTruthy();
    expect(query.get('nonce')).toBeTruthy();
  });

  it('signs in the user with the email the provider gives, in a new session, back to the page asked for', async () => {
    const browser = t.browser();
    await browser.get('/sign-in');
    const before = browser.cookies.get('stickability');
    const { response } = await signInAtProvider(browser, 'known', '/sign-in/oidc?returnTo=%2Fweek');
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/week');
    expect(browser.cookies.get('stickability')).not.toBe(before);
    expect((await browser.get('/cases')).statusCode).toBe(200);
    expect(await auditRows()).toContainEqual({
      action: 'sign-in-oidc',
      user_id: t.user.id,
      detail: `${t.user.email} from ${provider.issuer}`,
    });
  });

  it('comes back only to a page of this site, whatever returnTo the link carried', async () => {
    for (const returnTo of offSiteReturns) {
      const start = `/sign-in/oidc?${new URLSearchParams({ returnTo })}`;
      const { response } = await signInAtProvider(t.browser(), 'known', start);
      expect([returnTo, response.statusCode, response.headers.location]).toEqual([returnTo, 303, '/cases']);
    }
    const { response } = await signInAtProvider(
      t.browser(),
      'known',
      '/sign-in/oidc?returnTo=%2Fa%2F..%2Fweek',
    );
    expect(response.headers.location).toBe('/week');
  });

  it('refuses an email with no account here, with a page that says what to do', async () => {
    const browser = t.browser();
    const { response } = await signInAtProvider(browser, 'stranger');
    expect(response.statusCode).toBe(403);
    expect(response.body).toContain('You do not have an account for this service');
    expect(response.body).toContain('stranger@elsewhere.example');
    expect(response.body).toContain("Ask your partnership's administrator to add you");
    expect((await browser.get('/cases')).statusCode).toBe(303);
    expect(await auditRows()).toContainEqual(
      expect.objectContaining({ action: 'sign-in-oidc-unknown', user_id: null }),
    );
  });

  it('refuses an email the provider has not verified', async () => {
    provider.accounts.set('unverified', { email: t.user.email, emailVerified: false });
    const { response } = await signInAtProvider(t.browser(), 'unverified');
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('We could not sign you in');
    expect((await auditRows()).at(-1)?.detail).toMatch(
      /^the provider has not verified the email address from /,
    );
  });

  it('refuses a callback whose state is not the one this browser was sent with', async () => {
    const browser = t.browser();
    const { callback } = await signInAtProvider(t.browser(), 'known');
    // Another browser's code and state, replayed in a browser that started its own sign-in.
    await browser.get('/sign-in/oidc');
    const response = await browser.get(`${callback.pathname}${callback.search}`);
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('We could not sign you in');
    expect((await browser.get('/cases')).statusCode).toBe(303);
    expect((await auditRows()).map((row) => row.action)).toContain('sign-in-oidc-failed');
  });

  it('refuses a callback when no sign-in was started, and a code used twice', async () => {
    const browser = t.browser();
    const { callback, response } = await signInAtProvider(browser, 'known');
    expect(response.statusCode).toBe(303);
    const again = await t.browser().get(`${callback.pathname}${callback.search}`);
    expect(again.statusCode).toBe(400);
  });

  it('is not there when no provider is configured', async () => {
    const plain = await startTestApp();
    try {
      expect((await plain.browser().get('/sign-in')).body).not.toContain('/sign-in/oidc');
      expect((await plain.browser().get('/sign-in/oidc')).statusCode).toBe(404);
    } finally {
      await plain.close();
    }
  });
});
