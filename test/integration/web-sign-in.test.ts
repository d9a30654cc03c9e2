import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { csrfTokenIn, startTestApp, type TestApp } from '../support/app.js';
import { offSiteReturns, staysOnSite } from '../support/off-site.js';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => {
  await t.close();
});

describe('health', () => {
  it('answers ok while the database answers', async () => {
    const response = await t.browser().get('/health');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
    expect(response.cookies).toEqual([]);
  });
});

describe('signing in', () => {
  it('sends a signed-out visitor from a case page to sign in, and back there afterwards', async () => {
    const browser = t.browser();
    const response = await browser.get('/cases?sort=name');
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/sign-in?returnTo=%2Fcases%3Fsort%3Dname');

    const signIn = await browser.get(response.headers.location as string);
    expect(signIn.body).toContain('name="returnTo" value="/cases?sort=name"');
    const signedIn = await browser.post('/sign-in', {
      _csrf: csrfTokenIn(signIn.body),
      email: t.user.email,
      password: t.user.password,
      returnTo: '/cases?sort=name',
    });
    expect(signedIn.statusCode).toBe(303);
    expect(signedIn.headers.location).toBe('/cases?sort=name');
  });

  it('sends the root to sign in, or to the case list once signed in', async () => {
    expect((await t.browser().get('/')).headers.location).toBe('/sign-in');
    expect((await (await t.signedIn()).get('/')).headers.location).toBe('/cases');
  });

  it.each([
    ['partnership-admin', '/admin'],
    ['auditor', '/audit'],
    ['manager', '/cases'],
  ] as const)('lands a %s, who signs in, on %s, and sends them there from the root', async (role, home) => {
    const user = await t.addUser({ role });
    const browser = t.browser();
    expect((await browser.signIn(user.email, user.password)).headers.location).toBe(home);
    expect((await browser.get('/')).headers.location).toBe(home);
    expect((await browser.get(home)).statusCode).toBe(200);
  });

  it('reaches My cases with the right email and password, whatever the email’s case', async () => {
    const browser = t.browser();
    const response = await browser.signIn(`  ${t.user.email.toUpperCase()} `, t.user.password);
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/cases');

    const cases = await browser.get('/cases');
    expect(cases.statusCode).toBe(200);
    expect(cases.body).toContain('<title>My cases – Stickability</title>');
    expect(cases.body).toContain('<h1 class="govuk-heading-l">My cases</h1>');
    expect(cases.body).toContain('Sign out');
  });

  it('shows one error for a wrong password, without saying which part was wrong', async () => {
    const response = await t.browser().signIn(t.user.email, 'not the password');
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('<title>Error: Sign in – Stickability</title>');
    expect(response.body).toContain('govuk-error-summary');
    expect(response.body).toContain('<a href="#email">Enter a correct email address and password</a>');
    expect(response.body).toContain(`value="${t.user.email}"`);
    expect(response.body).not.toContain('not the password');
  });

  it('shows the same error for an email nobody has', async () => {
    const response = await t.browser().signIn('nobody@example.org', t.user.password);
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Enter a correct email address and password');
  });

  it('asks for each missing field beside the field and in the summary', async () => {
    const response = await t.browser().signIn('', '');
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('<a href="#email">Enter your email address</a>');
    expect(response.body).toContain('<a href="#password">Enter your password</a>');
    expect(response.body).toMatch(
      /govuk-error-message">\s*<span class="govuk-visually-hidden">Error:<\/span> Enter your password/,
    );
  });

  it('gives a new session id on sign-in', async () => {
    const browser = t.browser();
    await browser.get('/sign-in');
    const before = browser.cookies.get('stickability');
    expect(before).toBeDefined();
    await browser.signIn(t.user.email, t.user.password);
    const after = browser.cookies.get('stickability');
    expect(after).toBeDefined();
    expect(after).not.toBe(before);
  });

  it('keeps the session in an httpOnly, SameSite=Lax cookie that lapses after 8 idle hours', async () => {
    const response = await t.browser().get('/sign-in');
    const cookie = response.cookies.find((one) => one.name === 'stickability');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const hours = (new Date(cookie?.expires ?? 0).getTime() - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(7.9);
    expect(hours).toBeLessThanOrEqual(8);
  });
});

describe('where sign-in goes afterwards', () => {
  it.each(offSiteReturns)('never leaves the site for returnTo %j', async (returnTo) => {
    const browser = t.browser();
    const page = await browser.get(`/sign-in?${new URLSearchParams({ returnTo })}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain('name="returnTo"');
    const posted = await browser.post('/sign-in', {
      _csrf: csrfTokenIn(page.body),
      email: t.user.email,
      password: t.user.password,
      returnTo,
    });
    expect(posted.statusCode).toBe(303);
    expect(posted.headers.location).toBe('/cases');
    // Signed in already, the sign-in page sends them on at once: home, not there.
    const again = await browser.get(`/sign-in?${new URLSearchParams({ returnTo })}`);
    expect(again.headers.location).toBe('/cases');
  });

  it.each(['/%2f%2fevil.example', '/%5c%5cevil.example', '/cases/%2F%2Fevil.example?x=//y'])(
    'keeps %j, an encoded path on this site, as the path it is',
    async (returnTo) => {
      const browser = t.browser();
      const page = await browser.get(`/sign-in?${new URLSearchParams({ returnTo })}`);
      expect(page.body).toContain(`name="returnTo" value="${returnTo}"`);
      const posted = await browser.post('/sign-in', {
        _csrf: csrfTokenIn(page.body),
        email: t.user.email,
        password: t.user.password,
        returnTo,
      });
      expect(posted.headers.location).toBe(returnTo);
      expect(staysOnSite(String(posted.headers.location))).toBe(true);
    },
  );

  it('resolves dots within the site: /cases/../week goes to /week', async () => {
    const browser = t.browser();
    const page = await browser.get('/sign-in?returnTo=/cases/../week');
    const posted = await browser.post('/sign-in', {
      _csrf: csrfTokenIn(page.body),
      email: t.user.email,
      password: t.user.password,
      returnTo: '/cases/%2e%2e/week',
    });
    expect(posted.headers.location).toBe('/week');
  });
});

describe('CSRF protection', () => {
  it('refuses a sign-in form posted without its token', async () => {
    const browser = t.browser();
    await browser.get('/sign-in');
    const response = await browser.post('/sign-in', { email: t.user.email, password: t.user.password });
    expect(response.statusCode).toBe(403);
    expect(response.body).toContain('This form has expired');
    expect(browser.cookies.size).toBe(1);
    expect((await browser.get('/cases')).statusCode).toBe(303);
  });

  it('refuses a form posted from a browser that never opened it', async () => {
    const response = await t.browser().post('/sign-in', { email: t.user.email, password: t.user.password });
    expect(response.statusCode).toBe(403);
  });

  it('refuses a token from another session', async () => {
    const attacker = t.browser();
    const token = csrfTokenIn((await attacker.get('/sign-in')).body);
    const victim = await t.signedIn();
    const response = await victim.post('/sign-out', { _csrf: token });
    expect(response.statusCode).toBe(403);
    expect((await victim.get('/cases')).statusCode).toBe(200);
  });
});

describe('signing out', () => {
  it('ends the session, for this browser and for anyone holding its old cookie', async () => {
    const browser = await t.signedIn();
    const oldCookie = browser.cookies.get('stickability') as string;

    const response = await browser.signOut();
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/sign-in');
    const signInPage = await browser.get('/sign-in');
    expect(signInPage.body).toContain('You have signed out');
    // The message shows once.
    expect((await browser.get('/sign-in')).body).not.toContain('You have signed out');

    expect((await browser.get('/cases')).statusCode).toBe(303);
    const thief = t.browser();
    thief.cookies.set('stickability', oldCookie);
    expect((await thief.get('/cases')).statusCode).toBe(303);
  });
});

describe('security headers', () => {
  it('allows no inline script except the template’s own, by nonce', async () => {
    const response = await t.browser().get('/sign-in');
    const csp = response.headers['content-security-policy'] as string;
    const scriptSrc = csp.split(';').find((directive) => directive.startsWith('script-src')) ?? '';
    expect(scriptSrc).not.toContain('unsafe-inline');
    const nonce = /'nonce-([^']+)'/.exec(scriptSrc)?.[1];
    expect(nonce).toBeDefined();
    expect(response.body).toContain(`<script nonce="${nonce}">document.body.className`);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('gives each page a fresh nonce', async () => {
    const browser = t.browser();
    const first = (await browser.get('/sign-in')).headers['content-security-policy'];
    const second = (await browser.get('/sign-in')).headers['content-security-policy'];
    expect(first).not.toBe(second);
  });
});
