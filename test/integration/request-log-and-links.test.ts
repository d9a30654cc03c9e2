// Secrets stay out of the request log (an invitation's token in its path, the identity provider's code,
// the API's bearer token and the session cookie in headers), and links for outside the pages are built
// from PUBLIC_URL, never from the Host header a request brings.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { accountService } from '../../src/services/accounts.js';
import { tokenService } from '../../src/services/tokens.js';
import { csrfTokenIn, startTestApp, type TestApp, type TestBrowser } from '../support/app.js';

let t: TestApp;
let lines: string[];
beforeEach(async () => {
  lines = [];
  t = await startTestApp({ log: { write: (line) => void lines.push(line) } });
});
afterEach(() => t.close());

/** Invites a new practitioner on the administration pages: the link the page shows. */
async function invite(admin: TestBrowser): Promise<string> {
  const page = await admin.submit('/admin/users/new', {
    name: 'New Worker',
    email: 'new@example.org',
    workerRef: 'w9',
    agencyId: String(t.agencyId),
    role: 'practitioner',
  });
  expect(page.statusCode).toBe(200);
  const link = /data-qa="invitation-link">([^<]+)</.exec(page.body)?.[1];
  if (!link) throw new Error('no invitation link on the page');
  return link;
}

describe('the request log', () => {
  it('keeps no invitation token, provider code, bearer token or cookie', async () => {
    const admin = await t.signedIn(await t.addUser({ role: 'partnership-admin' }));
    const link = new URL(await invite(admin));
    const token = decodeURIComponent(link.pathname.split('/').at(-1) ?? '');
    expect(token.length).toBeGreaterThan(20);

    const invited = t.browser();
    const form = await invited.get(link.pathname);
    expect(form.statusCode).toBe(200);
    const accepted = await invited.post(link.pathname, {
      _csrf: csrfTokenIn(form.body),
      password: 'three random words',
      confirmation: 'three random words',
    });
    expect(accepted.statusCode).toBe(303);
    await invited.get('/sign-in/oidc/callback?code=provider-code-1234&state=state-5678&returnTo=%2Fweek');

    const { token: bearer } = await tokenService(t.db, accountService(t.db)).create(t.user.id, 'x', 'test');
    const api = await t.app.inject({
      method: 'GET',
      url: '/api/v1/cases',
      headers: { authorization: `Bearer ${bearer}` },
    });
    expect(api.statusCode).toBe(200);

    const log = lines.join('');
    expect(log).toContain('"url":"/invitations/[redacted]"');
    expect(log).toContain('code=%5Bredacted%5D&state=%5Bredacted%5D&returnTo=%2Fweek');
    expect(log).toContain('"url":"/api/v1/cases"');
    for (const secret of [token, 'provider-code-1234', 'state-5678', bearer, ...admin.cookies.values()])
      expect(log).not.toContain(secret);
    expect(log).not.toMatch(/authorization|cookie|"headers"/i);
  });
});

describe('an invitation link', () => {
  it('is built from PUBLIC_URL, whatever Host the request named', async () => {
    const admin = t.browser({ headers: { host: 'evil.example', 'x-forwarded-host': 'evil.example' } });
    const user = await t.addUser({ role: 'partnership-admin' });
    expect((await admin.signIn(user.email, user.password)).statusCode).toBe(303);
    const link = await invite(admin);
    expect(link).toMatch(/^https:\/\/stickability\.test\/invitations\/[\w-]{43}$/);
  });
});
