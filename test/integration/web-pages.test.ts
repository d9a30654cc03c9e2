import { afterEach, describe, expect, it } from 'vitest';
import { NotFound } from '../../src/services/errors.js';
import { startTestApp, type TestApp } from '../support/app.js';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe('error pages', () => {
  it('shows Page not found for an unknown address, with the navigation when signed in', async () => {
    t = await startTestApp();
    const signedOut = await t.browser().get('/no/such/page');
    expect(signedOut.statusCode).toBe(404);
    expect(signedOut.body).toContain('<title>Page not found – Stickability</title>');
    expect(signedOut.body).not.toContain('Sign out');

    const signedIn = await (await t.signedIn()).get('/no/such/page');
    expect(signedIn.statusCode).toBe(404);
    expect(signedIn.body).toContain('Sign out');
  });

  it('shows Page not found for a missing asset, and does not serve the packages’ other files', async () => {
    t = await startTestApp();
    expect((await t.browser().get('/assets/images/nothing.png')).statusCode).toBe(404);
    expect((await t.browser().get('/vendor/govuk/package.json')).statusCode).toBe(404);
    expect((await t.browser().get('/vendor/govuk/template.njk')).statusCode).toBe(404);
  });

  it('says sorry without a stack trace when a page fails', async () => {
    t = await startTestApp({
      extraRoutes: (app) =>
        app.get('/broken', async () => {
          throw new Error('secret detail at /work/main/src/somewhere.ts:12');
        }),
    });
    const response = await t.browser().get('/broken');
    expect(response.statusCode).toBe(500);
    expect(response.body).toContain('Sorry, there is a problem with the service');
    expect(response.body).not.toContain('secret detail');
    expect(response.body).not.toContain('.ts:');
  });

  it('shows Page not found for a case that is not there or not theirs, and for any 404 error', async () => {
    t = await startTestApp({
      extraRoutes: (app) => {
        app.get('/not-theirs', async () => {
          throw new NotFound('case MK-1');
        });
        app.get('/missing', async () => {
          throw Object.assign(new Error('no such thing'), { statusCode: 404 });
        });
      },
    });
    for (const url of ['/not-theirs', '/missing']) {
      const response = await t.browser().get(url);
      expect(response.statusCode).toBe(404);
      expect(response.body).toContain('Page not found');
      expect(response.body).not.toContain('MK-1');
    }
  });

  it('answers 503 from /health when the database is gone', async () => {
    t = await startTestApp();
    await t.db.destroy();
    const response = await t.browser().get('/health');
    expect(response.statusCode).toBe(503);
    expect(response.json()).toEqual({ status: 'unavailable' });
  });
});

describe('assets', () => {
  it('serves both Frontends’ CSS and scripts, and the fonts and images their CSS asks for', async () => {
    t = await startTestApp();
    const browser = t.browser();
    const page = await browser.get('/sign-in');
    const linked = [...page.body.matchAll(/(?:href|src)="(\/(?:vendor|public|assets)\/[^"]+)"/g)].map(
      (m) => m[1] as string,
    );
    expect(linked.length).toBeGreaterThanOrEqual(4);
    const css = [];
    for (const url of linked) {
      const response = await browser.get(url);
      expect(response.statusCode, url).toBe(200);
      if (url.endsWith('.css')) css.push(response.body);
    }
    const referenced = new Set(
      css.flatMap((sheet) => [...sheet.matchAll(/url\((\/assets\/[^)]+)\)/g)].map((m) => m[1] as string)),
    );
    expect(referenced.size).toBeGreaterThan(5);
    for (const url of referenced) expect((await browser.get(url)).statusCode, url).toBe(200);
    expect(browser.cookies.size).toBe(1);
  });

  it('loads our script as a module that imports the Frontends from our own origin', async () => {
    t = await startTestApp();
    const page = await t.browser().get('/sign-in');
    expect(page.body).toContain('<script type="module" src="/public/app.js"></script>');
    const script = await t.browser().get('/public/app.js');
    expect(script.body).toContain("from '/vendor/govuk/govuk-frontend.min.js'");
    expect(script.body).toContain("from '/vendor/moj/moj-frontend.min.js'");
  });

  it('asks for no session for an asset', async () => {
    t = await startTestApp();
    const response = await t.browser().get('/vendor/govuk/govuk-frontend.min.css');
    expect(response.statusCode).toBe(200);
    expect(response.cookies).toEqual([]);
  });
});

describe('assets and sessions', () => {
  it('serves an asset to a signed-in browser without reading or renewing its session', async () => {
    const t = await startTestApp();
    try {
      const browser = await t.signedIn();
      const before = await t.db.selectFrom('sessions').select(['sid', 'expires_at']).execute();
      const asset = await browser.get('/public/app.css');
      expect(asset.statusCode).toBe(200);
      expect(asset.headers['set-cookie']).toBeUndefined();
      expect(await t.db.selectFrom('sessions').select(['sid', 'expires_at']).execute()).toEqual(before);
      const page = await browser.get('/cases');
      expect(page.headers['set-cookie']).toBeDefined(); // a page does renew it (rolling idle expiry)
    } finally {
      await t.close();
    }
  });
});
