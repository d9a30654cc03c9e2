// The people the authorisation matrix and the form fuzz tests ask as: one of each role and membership
// situation, around one case of csc's practitioner, each with their own cookies, address and API token.
import type { FastifyInstance } from 'fastify';
import type { Role } from '../../src/domain/policy.js';
import { hashPassword } from '../../src/services/accounts.js';
import { tokenService } from '../../src/services/tokens.js';
import { accountService } from '../../src/services/accounts.js';
import { caseFileService } from '../../src/services/case-files.js';
import { anEngagingCase } from './api.js';
import { csrfTokenIn, startTestApp, type TestApp, type TestUser } from './app.js';

export const situations = [
  'practitioner-on-case',
  'practitioner-off-case',
  'manager-of-worker-on-case',
  'manager-not-on-case',
  'partnership-admin',
  'auditor',
  'other-partnership',
  'signed-out',
] as const;
export type Situation = (typeof situations)[number];

/** A browser and an API client in one: cookies, the CSRF token of its session, a bearer token. */
export class Client {
  readonly cookies = new Map<string, string>();
  csrf = '';
  token: string | null = null;

  constructor(
    private readonly app: FastifyInstance,
    /** Each client asks from its own address, so the sign-in rate limit counts each apart. */
    private readonly address: string,
  ) {}

  async request(method: string, url: string, body?: { form?: string; json?: string }) {
    const api = url.startsWith('/api/');
    const response = await this.app.inject({
      method: method as 'GET',
      url,
      remoteAddress: this.address,
      cookies: api ? {} : Object.fromEntries(this.cookies),
      headers: {
        ...(api && this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...(body?.form !== undefined ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
        ...(body?.json !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      ...(body ? { payload: body.form ?? body.json } : {}),
    });
    for (const cookie of response.cookies) {
      if (cookie.maxAge === 0) this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
    return response;
  }

  /** Posts a form with this session's CSRF token (fields as given, after it). */
  postForm(url: string, fields: URLSearchParams = new URLSearchParams()) {
    const form = new URLSearchParams([['_csrf', this.csrf], ...fields]);
    return this.request('POST', url, { form: form.toString() });
  }

  async refreshCsrf(page: string) {
    const response = await this.request('GET', page);
    if (response.statusCode !== 200)
      throw new Error(`GET ${page}: ${response.statusCode} ${response.headers.location}`);
    this.csrf = csrfTokenIn(response.body);
  }
}

export interface World {
  t: TestApp;
  ref: string;
  /** Ids on the case, for the routes' parameters. */
  ids: { person: string; entry: string };
  clients: Record<Situation, Client>;
  users: Partial<Record<Situation, TestUser>>;
  /** A user for the admin's pages about one user to change (and deactivate). */
  spare: TestUser;
  close(): Promise<void>;
}

export async function startWorld(): Promise<World> {
  const t = await startTestApp();
  const hv = await t.addAgency('hv', 'Health visiting');
  const ey = await t.addAgency('ey', 'Early years');
  const managerOn = await t.addUser({ role: 'manager', agencyId: ey });
  await t.db.updateTable('users').set({ manager_id: managerOn.id }).where('id', '=', t.user.id).execute();
  const managerOff = await t.addUser({ role: 'manager', agencyId: hv });
  const practitionerOff = await t.addUser({ agencyId: hv, managerId: managerOff.id });
  const users: World['users'] = {
    'practitioner-on-case': t.user,
    'practitioner-off-case': practitionerOff,
    'manager-of-worker-on-case': managerOn,
    'manager-not-on-case': managerOff,
    // An admin and an auditor of the case's own agency: their role, not their agency, keeps them out.
    'partnership-admin': await t.addUser({ role: 'partnership-admin' }),
    auditor: await t.addUser({ role: 'auditor' }),
    'other-partnership': await outsider(t),
  };

  const accounts = accountService(t.db);
  const actor = await accounts.actorFor(t.user.id);
  if (!actor) throw new Error('no actor');
  const ref = 'FAM-0001';
  await caseFileService(t.db).import({ actor, address: '127.0.0.1' }, anEngagingCase(ref).build());
  const entry = await t.db
    .selectFrom('entries')
    .select('id')
    .where('kind', '=', 'contact')
    .executeTakeFirstOrThrow();

  const tokens = tokenService(t.db, accounts);
  const clients = {} as Record<Situation, Client>;
  for (const [index, situation] of situations.entries()) {
    const client = new Client(t.app, `10.0.0.${index + 1}`);
    clients[situation] = client;
    const user = users[situation];
    if (!user) {
      await client.refreshCsrf('/sign-in');
      continue;
    }
    await client.refreshCsrf('/sign-in');
    const signIn = await client.postForm(
      '/sign-in',
      new URLSearchParams({ email: user.email, password: user.password }),
    );
    if (signIn.statusCode !== 303) throw new Error(`sign-in as ${situation}: ${signIn.statusCode}`);
    await client.refreshCsrf('/account');
    client.token = (await tokens.create(user.id, 'matrix', '127.0.0.1')).token;
  }
  const spare = await t.addUser();
  return { t, ref, ids: { person: 'c1', entry: entry.id }, clients, users, spare, close: () => t.close() };
}

/** A practitioner of another partnership, whose agency has the same ref as the case's. */
async function outsider(t: TestApp): Promise<TestUser> {
  const now = new Date().toISOString();
  const other = await t.db
    .insertInto('partnerships')
    .values({ name: 'Another Partnership', pack: 'sussex', created_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  const agency = await t.db
    .insertInto('agencies')
    .values({ partnership_id: other.id, ref: 'csc', type: 'social-care', name: 'Their CSC' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const password = 'another partnership password';
  const user = await t.db
    .insertInto('users')
    .values({
      partnership_id: other.id,
      agency_id: agency.id,
      team_id: null,
      email: 'outsider@example.org',
      name: 'Outsider',
      worker_ref: 'w1',
      role: 'practitioner' satisfies Role,
      manager_id: null,
      password_hash: await hashPassword(password),
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: user.id, email: 'outsider@example.org', password, name: 'Outsider', agencyId: agency.id };
}
