// Issue 10, item 7: restricted content never appears in any response body for a user outside its audience.
// Cases are generated with restricted entries (and corrections of them, and corrections that restrict an
// earlier entry) carrying a unique marker in every field of written words; every GET route of the app,
// pages and API, taken from Fastify's own route table, is requested as five users in and out of each
// entry's audience. An outsider's bodies never hold a marker; an insider finds every one somewhere.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Entry } from '../../src/domain/entries.js';
import type { Role } from '../../src/domain/policy.js';
import { importCaseFiles } from '../../src/services/case-files.js';
import { tokenService } from '../../src/services/tokens.js';
import { accountService } from '../../src/services/accounts.js';
import { daysAgo, startApiTest, type ApiTest } from '../support/api.js';
import type { TestBrowser, TestUser } from '../support/app.js';
import { aCase } from '../support/case-builder.js';
import { readPdf } from '../support/pdf-text.js';

interface Reader {
  user: TestUser;
  role: Role;
  agency: string;
  worker: string;
  browser?: TestBrowser;
}

/** One generated entry's markers and who may read it, as the issue states the rule (not as the code does). */
interface Marked {
  markers: string[];
  entry: Entry;
  /** Every restriction of the entry's family of corrections. */
  lists: (readonly string[])[];
}

const kinds = [
  'contact',
  'alert',
  'goal',
  'agreement',
  'incident',
  'safety-decision',
  'address-change',
  'attendance',
  'meeting',
  'visit-plan',
  'manager-discussion',
] as const;
type Kind = (typeof kinds)[number];

const restrictionArb = fc.constantFrom(['manager'], ['hv'], ['csc'], ['manager', 'hv'], ['sch']);
const specArb = fc.record({
  kind: fc.constantFrom(...kinds),
  restricted: restrictionArb,
  recorder: fc.constantFrom('w1', 'w4'),
  correction: fc.constantFrom('none', 'unmarked-restriction', 'restricts-the-original'),
});

let api: ApiTest;
let readers: Reader[];
let getRoutes: string[];
const everything: Marked[] = [];

beforeAll(async () => {
  api = await startApiTest();
  const { t } = api;
  const hv = await t.addAgency('hv', 'Health Visiting');
  const sch = await t.addAgency('sch', 'Oakfield Primary');
  const csc = t.agencyId;
  // Worker refs follow the order users are made: w1 is the test app's practitioner.
  readers = [
    { user: t.user, role: 'practitioner', agency: 'csc', worker: 'w1' },
    { user: await t.addUser({ agencyId: csc }), role: 'practitioner', agency: 'csc', worker: 'w2' },
    {
      user: await t.addUser({ agencyId: csc, role: 'manager' }),
      role: 'manager',
      agency: 'csc',
      worker: 'w3',
    },
    { user: await t.addUser({ agencyId: hv }), role: 'practitioner', agency: 'hv', worker: 'w4' },
    { user: await t.addUser({ agencyId: sch }), role: 'practitioner', agency: 'sch', worker: 'w5' },
  ];
  for (const reader of readers) reader.browser = await t.signedIn(reader.user);
  getRoutes = routesOf(t.app.printRoutes({ method: 'GET', commonPrefix: false }));
}, 60_000);

afterAll(() => api?.close());

describe('restricted content in response bodies', () => {
  it('every GET route is in the test, pages and API', () => {
    expect(getRoutes).toEqual(
      expect.arrayContaining([
        '/cases/:ref/chronology',
        '/cases/:ref/meeting-pack',
        '/api/v1/cases/:ref/entries',
        '/api/v1/cases/:ref/export',
        '/team',
        '/week',
      ]),
    );
  });

  it('never reaches a user outside an entry’s audience, and always reaches one inside it', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(specArb, { minLength: 1, maxLength: 4 }), async (specs) => {
        run += 1;
        const ref = `RX-${run}`;
        const { file, marked } = generatedCase(ref, run, specs);
        await importCaseFiles(api.t.db, [file], { partnershipId: api.t.partnershipId, actor: null });
        everything.push(...marked);
        const candidates = [...new Set(marked.map((m) => m.entry.id)), 'e1'];
        for (const reader of readers) {
          const bodies = await bodiesFor(reader, ref, candidates);
          const all = bodies.join('\n');
          for (const item of everything) {
            const may = mayRead(reader, item);
            for (const marker of item.markers) {
              if (!may) {
                const leaked = bodies.findIndex((body) => body.includes(marker));
                expect(
                  leaked,
                  `${marker} (${item.entry.kind} ${item.entry.id}) reached ${reader.role} of ${reader.agency}`,
                ).toBe(-1);
              } else if (marked.includes(item)) {
                expect(all, `${reader.role} of ${reader.agency} never saw ${marker}`).toContain(marker);
              }
            }
          }
        }
      }),
      { numRuns: 5, endOnFailure: true },
    );
  }, 600_000);
});

/** The rule, stated independently of src/domain/restrictions.ts: the recorder, or in every list. */
function mayRead(reader: Reader, { entry, lists }: Marked): boolean {
  if (entry.worker === reader.worker) return true;
  return lists.every((list) => list.includes(reader.role) || list.includes(reader.agency));
}

/** Every GET route's body for `reader`, with each parameter tried with each candidate entry id. */
async function bodiesFor(reader: Reader, ref: string, entryIds: string[]): Promise<string[]> {
  const { t } = api;
  const token = (await tokenService(t.db, accountService(t.db)).create(reader.user.id, 'rx', '127.0.0.1'))
    .token;
  const bodies: string[] = [];
  for (const route of getRoutes) {
    for (const url of urlsOf(route, ref, entryIds)) {
      const response = route.startsWith('/api/')
        ? await t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } })
        : await reader.browser!.get(url);
      expect(response.statusCode, `GET ${url}`).toBeLessThan(500);
      const pdf = String(response.headers['content-type'] ?? '').startsWith('application/pdf');
      bodies.push(pdf ? (await readPdf(response.rawPayload)).text : response.body);
    }
  }
  return bodies;
}

function urlsOf(route: string, ref: string, entryIds: string[]): string[] {
  let urls = [route.replace(':ref', ref)];
  for (const [param] of route.matchAll(/:[A-Za-z]+/g)) {
    if (param === ':ref') continue;
    const values = param === ':person' ? ['m1', 'c1'] : param === ':question' ? ['1'] : entryIds;
    urls = urls.flatMap((url) => values.map((value) => url.replace(param, value)));
  }
  return urls;
}

/** The GET routes of `printRoutes({ commonPrefix: false })`'s tree, but the sign-in, health and docs pages. */
function routesOf(tree: string): string[] {
  const stack: string[] = [];
  const routes: string[] = [];
  for (const line of tree.split('\n')) {
    const match = /^([│ ├└─]*)(\S.*?) \(GET\)/.exec(line);
    if (!match) continue;
    const depth = Math.round((match[1] ?? '').length / 4);
    stack.length = depth;
    stack[depth] = match[2] ?? '';
    routes.push(stack.join('').replace(/\/+/g, '/'));
  }
  const skipped = /^\/(health|sign-in|\*|api\/docs|api\/openapi\.json)|\*$/;
  return [...new Set(routes)].filter((route) => route !== '/' && !skipped.test(route));
}

/** A case of csc, hv and school with restricted entries as `specs` say, markers in every written field. */
function generatedCase(ref: string, run: number, specs: Spec[]) {
  let builder = aCase()
    .withRef(ref)
    .withPlan('child-in-need')
    .openedOn(daysAgo(40).slice(0, 10))
    .withAgency('csc', 'social-care', "Children's Social Care")
    .withAgency('hv', 'health-visiting', 'Health Visiting')
    .withAgency('sch', 'school', 'Oakfield Primary')
    .withWorker('w1', 'csc', 'Worker 1')
    .withWorker('w3', 'csc', 'Worker 3')
    .withWorker('w4', 'hv', 'Worker 4')
    .withChild('c1', '2019-01-01')
    .withParent('m1', { livesWith: ['c1'] })
    .withContact({ id: 'e1', at: daysAgo(35), seen: ['c1', 'm1'], note: 'Nothing restricted here.' })
    .withEntry({
      id: 'e2',
      kind: 'stage-of-change',
      at: daysAgo(34),
      person: 'm1',
      stage: 'pre-contemplation',
    });
  const marked: Marked[] = [];
  let day = 33;
  specs.forEach((spec, index) => {
    const id = `r${index + 1}`;
    const mark = (field: string) => `ZQ${run}X${index + 1}X${field}`;
    const text = (field: string) => `${mark(field)} words`;
    const common = { agency: spec.recorder === 'w1' ? 'csc' : 'hv', worker: spec.recorder };
    const original = {
      id,
      at: daysAgo(day--),
      ...common,
      ...(spec.correction === 'restricts-the-original' ? {} : { restricted: spec.restricted }),
      ...fieldsOf(spec.kind, text, index),
    } as Entry;
    builder = builder.withEntry(original);
    if (spec.kind === 'agreement')
      builder = builder.withEntry({
        kind: 'agreement-review',
        at: daysAgo(day--),
        agency: 'csc',
        worker: 'w1',
        agreement: id,
        item: 'i1',
        kept: false,
      });
    const lists = [spec.restricted];
    marked.push({ markers: markersIn(original, run, index + 1), entry: original, lists });
    if (spec.correction !== 'none') {
      const correctionText = (field: string) => `${mark(`c${field}`)} words`;
      const correction = {
        id: `${id}c`,
        at: original.at,
        ...common,
        amends: id,
        ...(spec.correction === 'restricts-the-original' ? { restricted: spec.restricted } : {}),
        ...fieldsOf(spec.kind, correctionText, index),
      } as Entry;
      builder = builder.withEntry(correction);
      marked.push({ markers: markersIn(correction, run, index + 1), entry: correction, lists });
    }
  });
  return { file: builder.build(), marked };
}

type Spec = { kind: Kind; restricted: readonly string[]; recorder: string; correction: string };

function markersIn(entry: Entry, run: number, index: number): string[] {
  return [...JSON.stringify(entry).matchAll(new RegExp(`ZQ${run}X${index}X[A-Za-z]+`, 'g'))].map((m) => m[0]);
}

/** A kind's own fields, every written one marked. */
function fieldsOf(kind: Kind, text: (field: string) => string, index: number): Record<string, unknown> {
  const note = { note: text('note') };
  switch (kind) {
    case 'contact':
      return {
        kind,
        mode: 'home-visit',
        outcome: 'completed',
        seen: ['c1'],
        contingency: text('contingency'),
        reason: text('reason'),
        summaryGiven: true,
        summary: { why: text('why'), done: text('done'), next: text('next'), actions: text('actions') },
        ...note,
      };
    case 'alert':
      return { kind, to: ['hv', 'sch'], message: text('message'), ...note };
    case 'goal':
      return {
        kind,
        person: 'm1',
        goal: text('goal'),
        reality: text('reality'),
        options: text('options'),
        will: text('will'),
      };
    case 'agreement':
      return {
        kind,
        type: 'written-agreement',
        items: [{ id: 'i1', who: 'm1', text: text('item'), consequence: text('consequence') }],
        ...note,
      };
    case 'incident':
      return { kind, threats: ['shouting'], against: 'w1', ...note };
    case 'safety-decision':
      return { kind, measures: ['joint-visits-only'], decision: text('decision'), reason: text('reason') };
    case 'address-change':
      return { kind, person: 'm1', ...note };
    case 'attendance':
      return { kind, person: 'c1', percent: 40 + index, period: text('period') };
    case 'meeting':
      return {
        kind,
        type: 'multi-agency',
        attendees: ['csc', 'hv'],
        decision: 'continue',
        actions: [{ what: text('what'), owner: 'w1', due: daysAgo(1).slice(0, 10) }],
        shareWithFamily: text('share'),
        ...note,
      };
    case 'visit-plan':
      return {
        kind,
        due: daysAgo(-2),
        lone: false,
        contingency: text('contingency'),
        safetyCheck: { complete: true },
        ...note,
      };
    case 'manager-discussion':
      return { kind, manager: 'w3', decision: text('decision'), urgency: 'routine', ...note };
  }
}
