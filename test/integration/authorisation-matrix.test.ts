// The authorisation matrix (issue 10): every route the app serves, read from Fastify's own route tree, is
// asked by one user of each role and membership situation, and must answer as the matrix says: allowed,
// not found, forbidden, sent to sign in, or 401 for the API. A route missing from the matrix fails the
// test, so nobody adds a page or an endpoint without saying who may use it. POSTs carry a valid CSRF token
// and an empty form: "allowed" means the request reached the page (a form asking again counts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { miltonKeynes } from '../../src/domain/packs/milton-keynes.js';
import { appRoutes } from '../support/routes.js';
import { Client, situations, startWorld, type Situation, type World } from '../support/situations.js';

type Outcome = 'allowed' | 'not-found' | 'forbidden' | 'sign-in' | 'unauthorised' | 'invalid';
/** `allowed-or-absent`: allowed, but the route's sub-resource (a visit, a draft…) has no fixture: 404 too. */
type Expected = Outcome | 'allowed-or-absent';

/** Everyone gets `outcome`, signed in or not. */
const everyone = (outcome: Expected): Expected[] => situations.map(() => outcome);

/**
 * One outcome per situation, in the order of `situations`: `outcome` for those named, "Page not found" for
 * anyone else signed in, and `signedOut` for the signed out (sent to sign in, or 401 for the API).
 */
const onlyFor = (who: readonly Situation[], outcome: Expected, signedOut: Expected): Expected[] =>
  situations.map((situation) =>
    situation === 'signed-out' ? signedOut : who.includes(situation) ? outcome : 'not-found',
  );

const signedIn = situations.filter((situation) => situation !== 'signed-out');
/** Those who work cases: practitioners and managers, here or in another partnership. */
const caseWorkers: Situation[] = [
  'practitioner-on-case',
  'practitioner-off-case',
  'manager-of-worker-on-case',
  'manager-not-on-case',
  'other-partnership',
];
/** The case's agencies' workers and their managers. */
const onCase: Situation[] = ['practitioner-on-case', 'manager-of-worker-on-case'];
const managers: Situation[] = ['manager-of-worker-on-case', 'manager-not-on-case'];

/** Who may use each kind of route. */
const access = {
  /** Anyone, signed in or not. */
  public: everyone('allowed'),
  /** Signing out: whoever asks ends up at sign-in. */
  signOut: everyone('sign-in'),
  /** Anyone signed in, about one thing of their own (a notification, a token) without a fixture here. */
  signedInPart: onlyFor(signedIn, 'allowed-or-absent', 'sign-in'),
  /** Anyone signed in (their own account, notifications, lists of their own cases). */
  signedIn: onlyFor(signedIn, 'allowed', 'sign-in'),
  /** Those who work cases: practitioners and managers. */
  caseWork: onlyFor(caseWorkers, 'allowed', 'sign-in'),
  /** One case: its agencies' workers and their managers only. */
  case: onlyFor(onCase, 'allowed', 'sign-in'),
  /** One case, a part of it without a fixture here. */
  casePart: onlyFor(onCase, 'allowed-or-absent', 'sign-in'),
  /** One case, a manager's decision on it. */
  caseManager: onlyFor(['manager-of-worker-on-case'], 'allowed', 'sign-in'),
  /** One case, a manager's decision on it without a fixture here (correcting one): everyone else is refused. */
  caseManagerPart: onlyFor(['manager-of-worker-on-case'], 'allowed-or-absent', 'sign-in'),
  /** A manager's own pages (their team, who is out, supervision). */
  manager: onlyFor(managers, 'allowed', 'sign-in'),
  /** A manager's page about one supervision or alert (no fixture here). */
  managerPart: onlyFor(managers, 'allowed-or-absent', 'sign-in'),
  admin: onlyFor(['partnership-admin'], 'allowed', 'sign-in'),
  auditor: onlyFor(['auditor'], 'allowed', 'sign-in'),
  /** A one-time link: nobody without the token; the made-up one here opens nothing. */
  invitation: everyone('not-found'),
  /**
   * An API write: the token first (401 without one), then the body at the edge, before the case is looked
   * up. The matrix posts `{}`, so every token holder gets 400 and learns nothing about the case; who may
   * write to which case with a valid body is api-access.test.ts's.
   */
  apiWrite: onlyFor(signedIn, 'invalid', 'unauthorised'),
  apiSignedInPart: onlyFor(signedIn, 'allowed-or-absent', 'unauthorised'),
  apiSignedIn: onlyFor(signedIn, 'allowed', 'unauthorised'),
  apiCaseWork: onlyFor(caseWorkers, 'allowed', 'unauthorised'),
  apiCase: onlyFor(onCase, 'allowed', 'unauthorised'),
  apiCasePart: onlyFor(onCase, 'allowed-or-absent', 'unauthorised'),
  apiCaseManager: onlyFor(['manager-of-worker-on-case'], 'allowed', 'unauthorised'),
  apiManager: onlyFor(managers, 'allowed', 'unauthorised'),
  apiManagerPart: onlyFor(managers, 'allowed-or-absent', 'unauthorised'),
  apiAuditor: onlyFor(['auditor'], 'allowed', 'unauthorised'),
} satisfies Record<string, readonly Expected[]>;

type Access = keyof typeof access;

/** Every route of the app, and who may use it. */
const matrix: Record<string, Access> = {
  'GET /': 'signedIn',
  'GET /*': 'public',
  'GET /health': 'public',
  'GET /sign-in': 'public',
  'POST /sign-in': 'public',
  'POST /sign-out': 'signOut',
  'POST /stay-signed-in': 'signedIn',
  'GET /invitations/:token': 'invitation',
  'POST /invitations/:token': 'invitation',
  'GET /api/docs': 'public',
  'GET /api/docs/*': 'public',
  'GET /api/docs/json': 'public',
  'GET /api/docs/yaml': 'public',
  'GET /api/docs/static/index.html': 'public',
  'GET /api/docs/static/swagger-initializer.js': 'public',
  'GET /api/openapi.json': 'public',

  'GET /account': 'signedIn',
  'GET /account/password': 'signedIn',
  'POST /account/password': 'signedIn',
  'POST /account/tokens': 'signedIn',
  'POST /account/tokens/:id/revoke': 'signedInPart',
  'GET /notifications': 'signedIn',
  'POST /notifications/:id/open': 'signedInPart',
  'POST /notifications/read': 'signedIn',
  'GET /cases': 'signedIn',
  'GET /tasks': 'signedIn',
  'GET /week': 'signedIn',

  'GET /cases/new': 'caseWork',
  'POST /cases/new': 'caseWork',

  'GET /cases/:ref': 'case',
  'GET /cases/:ref/agencies': 'case',
  'POST /cases/:ref/agencies': 'case',
  'GET /cases/:ref/procedure': 'case',
  'GET /cases/:ref/people': 'case',
  'GET /cases/:ref/people/new': 'case',
  'POST /cases/:ref/people/new': 'case',
  'GET /cases/:ref/people/:person/needs': 'case',
  'POST /cases/:ref/people/:person/needs': 'case',
  'GET /cases/:ref/chronology': 'case',
  'GET /cases/:ref/contacts/new': 'case',
  'POST /cases/:ref/contacts/new': 'case',
  'GET /cases/:ref/entries/:entryId/amend': 'case',
  'POST /cases/:ref/entries/:entryId/amend': 'case',
  'GET /cases/:ref/entries/:entryId/summary': 'case',
  'POST /cases/:ref/entries/:entryId/summary': 'case',
  'GET /cases/:ref/entries/:entryId/summary.pdf': 'case',
  'GET /cases/:ref/alerts/new': 'case',
  'POST /cases/:ref/alerts/new': 'case',
  'GET /cases/:ref/close': 'case',
  'POST /cases/:ref/close': 'case',
  'GET /cases/:ref/meetings/new': 'case',
  'POST /cases/:ref/meetings/new': 'case',
  'GET /cases/:ref/meetings/arrange': 'case',
  'POST /cases/:ref/meetings/arrange': 'case',
  'POST /cases/:ref/meetings/:meeting/actions/:index': 'casePart',
  'GET /cases/:ref/meetings/:meeting/correct': 'casePart',
  'POST /cases/:ref/meetings/:meeting/correct': 'casePart',
  'GET /cases/:ref/meeting-pack': 'case',
  'GET /cases/:ref/manager-discussion/new': 'caseManager',
  'POST /cases/:ref/manager-discussion/new': 'caseManager',
  'GET /cases/:ref/manager-discussion/:entryId/correct': 'caseManagerPart',
  'POST /cases/:ref/manager-discussion/:entryId/correct': 'caseManagerPart',
  'GET /cases/:ref/safety-decision/new': 'caseManager',
  'POST /cases/:ref/safety-decision/new': 'caseManager',
  'GET /cases/:ref/risk': 'case',
  'GET /cases/:ref/incidents/new': 'case',
  'POST /cases/:ref/incidents/new': 'case',
  'GET /cases/:ref/incidents/:incident/debrief': 'casePart',
  'POST /cases/:ref/incidents/:incident/debrief': 'casePart',
  'GET /cases/:ref/incidents/:incident/correct': 'casePart',
  'POST /cases/:ref/incidents/:incident/correct': 'casePart',
  'GET /cases/:ref/worried': 'case',
  'GET /cases/:ref/worried/check': 'case',
  'POST /cases/:ref/worried/check': 'case',
  'GET /cases/:ref/worried/questions/:question': 'case',
  'POST /cases/:ref/worried/questions/:question': 'case',
  'GET /cases/:ref/worried/recorded/:run': 'casePart',
  'GET /cases/:ref/visits/new': 'case',
  'POST /cases/:ref/visits/new': 'case',
  'GET /cases/:ref/visits/:visit': 'casePart',
  'POST /cases/:ref/visits/:visit/check-out': 'casePart',
  'POST /cases/:ref/visits/:visit/check-in': 'casePart',
  'POST /cases/:ref/visits/:visit/extend': 'casePart',
  'GET /cases/:ref/agreements': 'case',
  'GET /cases/:ref/agreements/new': 'case',
  'POST /cases/:ref/agreements/new': 'case',
  'GET /cases/:ref/agreements/drafts/:draft': 'casePart',
  'POST /cases/:ref/agreements/drafts/:draft': 'casePart',
  'GET /cases/:ref/agreements/drafts/:draft/agree': 'casePart',
  'POST /cases/:ref/agreements/drafts/:draft/agree': 'casePart',
  'GET /cases/:ref/agreements/:id.pdf': 'casePart',
  'GET /cases/:ref/agreements/:id/review': 'casePart',
  'POST /cases/:ref/agreements/:id/review': 'casePart',
  'GET /cases/:ref/family-plan': 'case',
  'GET /cases/:ref/family-plan/stages/new': 'case',
  'POST /cases/:ref/family-plan/stages/new': 'case',
  'GET /cases/:ref/family-plan/goals/new': 'case',
  'POST /cases/:ref/family-plan/goals/new': 'case',
  'GET /cases/:ref/family-plan/stages/:entryId/correct': 'casePart',
  'POST /cases/:ref/family-plan/stages/:entryId/correct': 'casePart',
  'GET /cases/:ref/family-plan/goals/:entryId/correct': 'casePart',
  'POST /cases/:ref/family-plan/goals/:entryId/correct': 'casePart',
  'GET /cases/:ref/family-plan/reviews/new': 'case',
  'POST /cases/:ref/family-plan/reviews/new': 'case',

  'GET /team': 'manager',
  'GET /team/whereabouts': 'manager',
  'POST /team/whereabouts/:id/acknowledge': 'managerPart',
  'GET /team/supervision/new': 'manager',
  'POST /team/supervision/new': 'manager',
  'GET /team/supervision/:id': 'managerPart',
  'GET /team/supervision/:id/cases/:ref': 'managerPart',
  'POST /team/supervision/:id/cases/:ref': 'managerPart',
  'POST /team/supervision/:id/complete': 'managerPart',

  'GET /admin': 'admin',
  'GET /admin/agencies/new': 'admin',
  'POST /admin/agencies/new': 'admin',
  'GET /admin/agencies/:id': 'admin',
  'POST /admin/agencies/:id': 'admin',
  'GET /admin/teams/new': 'admin',
  'POST /admin/teams/new': 'admin',
  'GET /admin/users/new': 'admin',
  'POST /admin/users/new': 'admin',
  'GET /admin/users/:id': 'admin',
  'POST /admin/users/:id': 'admin',
  'POST /admin/users/:id/deactivate': 'admin',
  'POST /admin/users/:id/invite': 'admin',
  'GET /admin/procedure': 'admin',
  'POST /admin/procedure/pack': 'admin',
  'POST /admin/procedure/thresholds': 'admin',
  'GET /audit': 'auditor',

  'GET /api/v1/cases': 'apiSignedIn',
  'POST /api/v1/cases': 'apiWrite',
  'POST /api/v1/import': 'apiWrite',
  'GET /api/v1/notifications': 'apiSignedIn',
  'POST /api/v1/notifications/:id/read': 'apiSignedInPart',
  'GET /api/v1/cases/:ref': 'apiCase',
  'GET /api/v1/cases/:ref/actions': 'apiCase',
  'POST /api/v1/cases/:ref/actions/:meeting/:index': 'apiWrite',
  'GET /api/v1/cases/:ref/agreements': 'apiCase',
  'GET /api/v1/cases/:ref/agreements/:id': 'apiCasePart',
  'GET /api/v1/cases/:ref/agreements/:id.pdf': 'apiCasePart',
  'POST /api/v1/cases/:ref/agreements/:id/reviews': 'apiWrite',
  'POST /api/v1/cases/:ref/agreements/drafts': 'apiWrite',
  'POST /api/v1/cases/:ref/agreements/drafts/:draft': 'apiWrite',
  'POST /api/v1/cases/:ref/agreements/drafts/:draft/agree': 'apiCasePart',
  'POST /api/v1/cases/:ref/alerts': 'apiWrite',
  'POST /api/v1/cases/:ref/closure': 'apiWrite',
  'GET /api/v1/cases/:ref/entries': 'apiCase',
  'POST /api/v1/cases/:ref/entries': 'apiWrite',
  'GET /api/v1/cases/:ref/entries/:id/summary': 'apiCase',
  'POST /api/v1/cases/:ref/entries/:id/summary': 'apiWrite',
  'GET /api/v1/cases/:ref/export': 'apiCase',
  'GET /api/v1/cases/:ref/family-plan': 'apiCase',
  'GET /api/v1/cases/:ref/findings': 'apiCase',
  'POST /api/v1/cases/:ref/goals': 'apiWrite',
  'POST /api/v1/cases/:ref/incidents': 'apiWrite',
  'POST /api/v1/cases/:ref/incidents/:incident/debriefs': 'apiWrite',
  'POST /api/v1/cases/:ref/manager-discussions': 'apiWrite',
  'POST /api/v1/cases/:ref/meetings': 'apiWrite',
  'POST /api/v1/cases/:ref/people/:person/needs': 'apiCase',
  'POST /api/v1/cases/:ref/plan-reviews': 'apiWrite',
  'GET /api/v1/cases/:ref/risk-to-staff': 'apiCase',
  'POST /api/v1/cases/:ref/safety-decisions': 'apiWrite',
  'GET /api/v1/cases/:ref/scheduled-meetings': 'apiCase',
  'POST /api/v1/cases/:ref/scheduled-meetings': 'apiWrite',
  'POST /api/v1/cases/:ref/stages-of-change': 'apiWrite',
  'POST /api/v1/cases/:ref/visit-plans': 'apiWrite',
  'POST /api/v1/cases/:ref/visits/:visit/check-in': 'apiCasePart',
  'POST /api/v1/cases/:ref/visits/:visit/check-out': 'apiWrite',
  'POST /api/v1/cases/:ref/visits/:visit/extend': 'apiCasePart',
  'GET /api/v1/team': 'apiManager',
  // Each sees only the workers they may (canOnWhereabouts): an empty list for anyone else.
  'GET /api/v1/whereabouts': 'apiSignedIn',
  'POST /api/v1/whereabouts/:id/acknowledge': 'apiManagerPart',
  'POST /api/v1/supervisions': 'apiWrite',
  'GET /api/v1/supervisions/:id': 'apiManagerPart',
  'POST /api/v1/supervisions/:id/answers': 'apiWrite',
  'POST /api/v1/supervisions/:id/complete': 'apiManagerPart',
  'GET /api/v1/audit': 'apiAuditor',
};

/** Fields a route checks before it looks the case up, so the request reaches the check of who is asking. */
const formFor: Record<string, Record<string, string>> = {
  'POST /cases/:ref/meetings/:meeting/actions/:index': { done: 'true' },
};

function outcomeOf(status: number, location: string | undefined, api: boolean): Outcome | `error ${number}` {
  if (status >= 500) return `error ${status}`;
  if (status === 401) return 'unauthorised';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 400 && api) return 'invalid';
  if (status >= 300 && status < 400 && location?.startsWith('/sign-in')) return 'sign-in';
  return 'allowed';
}

const matches = (expected: Expected, actual: string) =>
  expected === 'allowed-or-absent' ? actual === 'allowed' || actual === 'not-found' : expected === actual;

let world: World;
beforeAll(async () => {
  world = await startWorld();
}, 60_000);
afterAll(() => world.close());

describe('the authorisation matrix', () => {
  it('has an entry for every route of the app, and none for a route that is gone', () => {
    const routes = appRoutes(world.t.app);
    expect(
      routes.filter((route) => !(route in matrix)),
      'routes missing from the matrix',
    ).toEqual([]);
    expect(
      Object.keys(matrix).filter((route) => !routes.includes(route)),
      'entries for no route',
    ).toEqual([]);
  });

  it('answers every route as the matrix says, for every role and membership situation', async () => {
    const params: Record<string, string> = {
      ref: world.ref,
      person: world.ids.person,
      entryId: world.ids.entry,
      id: world.ids.entry,
      question: miltonKeynes.guide.questions[0]?.id ?? 'q',
      // No fixture: allowed users may find none (`allowed-or-absent`).
      meeting: 'm-none',
      index: '0',
      incident: 'i-none',
      run: '999',
      visit: 'v-none',
      draft: '999',
      token: 'not-an-invitation',
    };
    const mismatches: string[] = [];
    let signedOutCalls = 0;
    // Admin pages about one user: a spare user of the partnership.
    const userId = String(world.spare.id);
    for (const route of appRoutes(world.t.app)) {
      const kind = matrix[route];
      if (!kind) continue;
      const [method = 'GET', pattern = '/'] = route.split(' ');
      const url = pattern
        .replace(/^\/admin\/users\/:id/, `/admin/users/${userId}`)
        .replace(/^\/admin\/agencies\/:id/, `/admin/agencies/${world.t.agencyId}`)
        .replace(/(supervisions|whereabouts|notifications|tokens|supervision)\/:id/, '$1/999')
        .replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(params[name] ?? 'x'))
        .replace(/^\/api\/docs\/\*$/, '/api/docs/static/index.html')
        .replace(/\*$/, 'public/app.css');
      for (const [index, situation] of situations.entries()) {
        // Failed API authentication is limited per address (30 in 5 minutes): each signed-out API request
        // comes from an address of its own, so the row shows the route's answer, not the limit's.
        const client =
          situation === 'signed-out' && url.startsWith('/api/')
            ? new Client(
                world.t.app,
                `10.1.${Math.floor(++signedOutCalls / 250)}.${(signedOutCalls % 250) + 1}`,
              )
            : world.clients[situation];
        const response =
          method === 'POST'
            ? url.startsWith('/api/')
              ? await client.request('POST', url, { json: '{}' })
              : await client.postForm(url, new URLSearchParams(formFor[route] ?? {}))
            : await client.request(method, url);
        const actual = outcomeOf(
          response.statusCode,
          response.headers.location as string | undefined,
          url.startsWith('/api/'),
        );
        const expected = access[kind][index] as Expected;
        if (!matches(expected, actual))
          mismatches.push(
            `${route} as ${situation}: expected ${expected}, got ${actual} (${response.statusCode})`,
          );
      }
      // Signing out (or a deactivation) must not change who the next rows ask as.
      if (route === 'POST /sign-out') await signInAgain(world);
    }
    expect(mismatches).toEqual([]);
  }, 120_000);
});

/** After `POST /sign-out`, everyone signed in again, with a fresh CSRF token. */
async function signInAgain(world: World): Promise<void> {
  for (const situation of situations) {
    const user = world.users[situation as Situation];
    const client = world.clients[situation];
    await client.refreshCsrf('/sign-in');
    if (!user) continue;
    await client.postForm('/sign-in', new URLSearchParams({ email: user.email, password: user.password }));
    await client.refreshCsrf('/account');
  }
}
