// The real app on a fresh SQLite file, with one partnership, agency and practitioner, and a browser
// that behaves like one: it keeps cookies and reads each form's CSRF token from the page before posting.
// Security stays on: no test switches CSRF, sessions or rate limits off.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Config, OidcConfig } from '../../src/config.js';
import type { Role } from '../../src/domain/policy.js';
import type { Plan } from '../../src/domain/vocabularies.js';
import { hashPassword } from '../../src/services/accounts.js';
import { openMigratedDatabase, type Db } from '../../src/store/database.js';
import { buildApp } from '../../src/web/app.js';
import type { LogDestination } from '../../src/web/request-log.js';
import { dateBoxes, dateTimeBoxes, inDays } from './forms.js';

export type Response = LightMyRequestResponse;

export interface TestUser {
  id: number;
  email: string;
  password: string;
  name: string;
  agencyId: number;
}

export interface NewTestUser {
  email?: string;
  password?: string;
  name?: string;
  role?: Role;
  agencyId?: number;
  managerId?: number | null;
}

export interface TestApp {
  app: FastifyInstance;
  db: Db;
  config: Config;
  partnershipId: number;
  agencyId: number;
  /** A practitioner in the agency, with a known password. */
  user: TestUser;
  addAgency(ref: string, name?: string): Promise<number>;
  addUser(user?: NewTestUser): Promise<TestUser>;
  /** A new browser: its own cookies, signed out; from 127.0.0.1 unless `origin` says otherwise. */
  browser(origin?: BrowserOrigin): TestBrowser;
  /** A new browser, signed in as `user` (the default practitioner if not given). */
  signedIn(user?: TestUser): Promise<TestBrowser>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Extra routes for one test (a page that throws, say), added before the app is ready. */
  extraRoutes?: (app: FastifyInstance) => void;
  /** Sign-in through an identity provider (test/support/oidc-provider.ts runs one). */
  oidc?: OidcConfig;
  /** Other settings than the test's defaults (TRUST_PROXY, say). */
  config?: Partial<Config>;
  /** Where the request log goes; none is kept unless given. */
  log?: LogDestination;
}

/** Where a browser's requests come from: its own address, and headers a proxy in front would add. */
export interface BrowserOrigin {
  remoteAddress?: string;
  headers?: Record<string, string>;
}

export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const folder = mkdtempSync(join(tmpdir(), 'stickability-web-'));
  const config: Config = {
    databaseUrl: `sqlite:${join(folder, 'test.db')}`,
    port: 0,
    host: '127.0.0.1',
    sessionSecret: randomBytes(32).toString('hex'),
    // app.inject() speaks plain HTTP, and browsers (and @fastify/session) send no Secure cookie over it.
    secureCookies: false,
    trustProxy: false,
    publicUrl: 'https://stickability.test',
    ...(options.oidc ? { oidc: options.oidc } : {}),
    ...options.config,
  };
  const db = await openMigratedDatabase(config.databaseUrl);
  const now = new Date().toISOString();
  const partnership = await db
    .insertInto('partnerships')
    .values({ name: 'Test Safeguarding Partnership', pack: 'milton-keynes', created_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();

  const addAgency = async (ref: string, name = `Agency ${ref}`) => {
    const row = await db
      .insertInto('agencies')
      .values({ partnership_id: partnership.id, ref, type: 'social-care', name })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  };
  const agencyId = await addAgency('csc', "Children's Social Care");

  let users = 0;
  const addUser = async (user: NewTestUser = {}): Promise<TestUser> => {
    users += 1;
    const password = user.password ?? `correct horse battery staple ${users}`;
    const fields = {
      email: user.email ?? `worker${users}@example.org`,
      name: user.name ?? `Worker ${users}`,
      agencyId: user.agencyId ?? agencyId,
    };
    const row = await db
      .insertInto('users')
      .values({
        partnership_id: partnership.id,
        agency_id: fields.agencyId,
        team_id: null,
        email: fields.email,
        name: fields.name,
        worker_ref: `w${users}`,
        role: user.role ?? 'practitioner',
        manager_id: user.managerId ?? null,
        password_hash: await hashPassword(password),
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { id: row.id, password, ...fields };
  };
  const user = await addUser();

  const app = await buildApp({ db, config, logger: options.log ?? false });
  options.extraRoutes?.(app);
  await app.ready();

  return {
    app,
    db,
    config,
    partnershipId: partnership.id,
    agencyId,
    user,
    addAgency,
    addUser,
    browser: (origin) => new TestBrowser(app, origin),
    async signedIn(who = user) {
      const browser = new TestBrowser(app);
      const response = await browser.signIn(who.email, who.password);
      if (response.statusCode !== 303)
        throw new Error(`sign-in as ${who.email} failed: ${response.statusCode}`);
      return browser;
    },
    async close() {
      await app.close();
      await db.destroy();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

export class TestBrowser {
  readonly cookies = new Map<string, string>();

  constructor(
    private readonly app: FastifyInstance,
    private readonly origin: BrowserOrigin = {},
  ) {}

  get(url: string): Promise<Response> {
    return this.request('GET', url);
  }

  /** Posts `fields` as an HTML form would, exactly as given: no CSRF token is added. */
  post(url: string, fields: Record<string, string | string[]>): Promise<Response> {
    return this.request('POST', url, fields);
  }

  /**
   * Opens the page with the form, then posts `fields` with the page's CSRF token, as a person filling
   * in the form would. Posts to `action`, or back to the page's own address.
   */
  async submit(
    pageUrl: string,
    fields: Record<string, string | string[]>,
    action = pageUrl,
  ): Promise<Response> {
    const page = await this.get(pageUrl);
    return this.post(action, { _csrf: csrfTokenIn(page.body), ...fields });
  }

  signIn(email: string, password: string): Promise<Response> {
    return this.submit('/sign-in', { email, password });
  }

  /** Signs out with the token from the navigation's sign-out form. */
  signOut(): Promise<Response> {
    return this.submit('/cases', {}, '/sign-out');
  }

  private async request(method: 'GET' | 'POST', url: string, fields?: Record<string, string | string[]>) {
    const response = await this.app.inject({
      method,
      url,
      cookies: Object.fromEntries(this.cookies),
      ...(this.origin.remoteAddress ? { remoteAddress: this.origin.remoteAddress } : {}),
      headers: {
        ...this.origin.headers,
        ...(fields ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      ...(fields ? { payload: formBody(fields) } : {}),
    });
    for (const cookie of response.cookies) {
      const expired =
        cookie.maxAge === 0 ||
        (cookie.expires !== undefined && new Date(cookie.expires).getTime() <= Date.now());
      if (expired) this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
    return response;
  }
}

export interface NewCase {
  ref?: string;
  plan?: Plan;
  /** The UK date it opened, `YYYY-MM-DD`: twenty days ago unless given. */
  openedOn?: string;
  /** The other agencies' references. */
  agencies?: string | string[];
}

/** Creates a case on the "Create a case" page as its worker would, and fails unless the page took it. */
export async function createCaseThroughPages(
  browser: TestBrowser,
  { ref = 'FAM-0001', plan = 'child-in-need', openedOn = inDays(-20), agencies }: NewCase = {},
): Promise<void> {
  const created = await browser.submit('/cases/new', {
    ref,
    plan,
    ...dateBoxes('openedOn', openedOn),
    ...(agencies === undefined ? {} : { agencies }),
  });
  if (created.statusCode !== 303) throw new Error(`creating case ${ref} answered ${created.statusCode}`);
}

/** Adds a child on the "Add a person" page, as the worker would; fails unless the page took it. */
export async function addChildThroughPages(
  browser: TestBrowser,
  ref = 'FAM-0001',
  { name = 'Child One', dateOfBirth = '2019-01-01' } = {},
): Promise<void> {
  const added = await browser.submit(`/cases/${ref}/people/new`, {
    role: 'child',
    name,
    ...dateBoxes('dateOfBirth', dateOfBirth),
  });
  if (added.statusCode !== 303) throw new Error(`adding ${name} to ${ref} answered ${added.statusCode}`);
}

/**
 * Records on the contact form, as the worker would, a planned home visit at which the family refused entry,
 * `days` ago in UK time; fails unless the page took it.
 */
export async function refusedEntryThroughPages(
  browser: TestBrowser,
  ref: string,
  days: number,
): Promise<void> {
  const recorded = await browser.submit(`/cases/${ref}/contacts/new`, {
    ...dateTimeBoxes('at', inDays(-days)),
    mode: 'home-visit',
    planned: 'yes',
    outcome: 'refused-entry',
    contingency: 'Try again',
  });
  if (recorded.statusCode !== 303)
    throw new Error(`recording a refusal on ${ref} answered ${recorded.statusCode}`);
}

/** One entry's part of a chronology page (its `id="entry-…"` up to the next entry), or '' when absent. */
export function entryIn(html: string, id: string): string {
  const start = html.indexOf(`id="entry-${id}"`);
  if (start < 0) return '';
  const next = html.indexOf('data-qa="entry"', html.indexOf('data-qa="entry"', start) + 1);
  return html.slice(start, next < 0 ? undefined : next);
}

/** The value of the page's hidden `_csrf` field (the first, when a page has several forms). */
export function csrfTokenIn(html: string): string {
  const token = /<input type="hidden" name="_csrf" value="([^"]+)">/.exec(html)?.[1];
  if (!token) throw new Error('no _csrf field on the page');
  return token;
}

function formBody(fields: Record<string, string | string[]>): string {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) {
    for (const one of Array.isArray(value) ? value : [value]) body.append(name, one);
  }
  return body.toString();
}
