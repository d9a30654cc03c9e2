// A strict Content Security Policy on every page, and no inline script on any: this test signs in as each
// role and follows every link on every page it reaches (GET only, this site only), so a new page is
// checked without being listed here. The one inline script allowed is GOV.UK Frontend's `js-enabled`
// line in govuk/template.njk, and only with the nonce the response's policy names.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Response, TestBrowser } from '../support/app.js';
import { anEngagingCase, failedVisit, startApiTest, type ApiTest } from '../support/api.js';

let api: ApiTest;
beforeAll(async () => {
  api = await startApiTest();
  await api.post('/api/v1/import', anEngagingCase('FAM-0001').build());
  await api.post('/api/v1/cases/FAM-0001/entries', failedVisit);
});
afterAll(() => api.close());

const govukJsEnabled =
  "document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');";

/** What is wrong with a page's policy and scripts; empty when nothing is. */
function scriptProblems(url: string, response: Response): string[] {
  const policy = String(response.headers['content-security-policy'] ?? '');
  const problems: string[] = [];
  if (!policy) return [`${url}: no Content-Security-Policy header`];
  const directives = new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
  const scriptSrc = directives.get('script-src') ?? [];
  if (scriptSrc.some((value) => value === "'unsafe-inline'" || value === "'unsafe-eval'" || value === '*'))
    problems.push(`${url}: script-src allows ${scriptSrc.join(' ')}`);
  for (const [name, expected] of [
    ['default-src', "'self'"],
    ['object-src', "'none'"],
    ['frame-ancestors', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
  ] as const) {
    if (directives.get(name)?.join(' ') !== expected) problems.push(`${url}: ${name} is not ${expected}`);
  }
  const nonces = scriptSrc.filter((value) => value.startsWith("'nonce-")).map((value) => value.slice(7, -1));
  for (const match of response.body.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const [, attributes = '', content = ''] = match;
    if (/\bsrc=/.test(attributes)) continue;
    const nonce = /\bnonce="([^"]+)"/.exec(attributes)?.[1];
    if (content.trim() !== govukJsEnabled || !nonce || !nonces.includes(nonce))
      problems.push(`${url}: inline script ${JSON.stringify(content.slice(0, 60))}`);
  }
  if (/\son[a-z]+\s*=/i.test(response.body.replace(/<script\b[\s\S]*?<\/script>/gi, '')))
    problems.push(`${url}: an inline event handler`);
  if (/href="javascript:/i.test(response.body)) problems.push(`${url}: a javascript: link`);
  return problems;
}

/** Every page reachable from `start` by GET links of this site, with what is wrong with each. */
async function crawl(browser: TestBrowser, start: string[], limit = 400) {
  const seen = new Set<string>(start);
  const queue = [...start];
  const problems: string[] = [];
  let pages = 0;
  while (queue.length > 0 && pages < limit) {
    const url = queue.shift() as string;
    const response = await browser.get(url);
    if (response.statusCode >= 500) problems.push(`${url}: ${response.statusCode}`);
    if (!String(response.headers['content-type']).startsWith('text/html')) continue;
    pages += 1;
    problems.push(...scriptProblems(url, response));
    for (const [, href = ''] of response.body.matchAll(/<a\b[^>]*\bhref="([^"#]+)/g)) {
      const link = href.replace(/&amp;/g, '&');
      if (!link.startsWith('/') || link.startsWith('//') || link.startsWith('/api/') || seen.has(link))
        continue;
      seen.add(link);
      queue.push(link);
    }
  }
  return { problems, pages };
}

describe('the Content Security Policy', () => {
  it('is on every page a signed-out visitor reaches, and on "Page not found"', async () => {
    const { problems, pages } = await crawl(api.t.browser(), [
      '/sign-in',
      '/no-such-page',
      '/cases/FAM-0001',
    ]);
    expect(problems).toEqual([]);
    expect(pages).toBeGreaterThanOrEqual(2);
  });

  it('holds on every page a practitioner, a manager and an auditor can reach', async () => {
    const manager = await api.t.addUser({ role: 'manager' });
    await api.t.db
      .updateTable('users')
      .set({ manager_id: manager.id })
      .where('id', '=', api.t.user.id)
      .execute();
    const auditor = await api.t.addUser({ role: 'auditor' });
    const worker = await crawl(await api.t.signedIn(), ['/cases']);
    const managing = await crawl(await api.t.signedIn(manager), ['/team', '/cases/FAM-0001']);
    const auditing = await crawl(await api.t.signedIn(auditor), ['/audit', '/audit?case=FAM-0001']);
    expect([...worker.problems, ...managing.problems, ...auditing.problems]).toEqual([]);
    expect(worker.pages).toBeGreaterThan(20);
    expect(auditing.pages).toBeGreaterThan(1);
  });

  it('would notice an inline script, an event handler or a policy that allows them', async () => {
    const page = await api.t.browser().get('/sign-in');
    const tampered = (body: string, headers = page.headers) => ({ ...page, body, headers }) as Response;
    expect(
      scriptProblems('/x', tampered(page.body.replace('</main>', '<script>alert(1)</script></main>'))),
    ).toEqual(['/x: inline script "alert(1)"']);
    expect(scriptProblems('/x', tampered(page.body.replace('<main', '<main onclick="go()"')))).toEqual([
      '/x: an inline event handler',
    ]);
    const lax = {
      ...page.headers,
      'content-security-policy': "default-src 'self'; script-src 'self' 'unsafe-inline'",
    };
    expect(scriptProblems('/x', tampered(page.body, lax))).toContain(
      "/x: script-src allows 'self' 'unsafe-inline'",
    );
  });
});
