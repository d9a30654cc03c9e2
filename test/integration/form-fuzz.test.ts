// Malformed values posted to every form of the app (every page POST route, read from Fastify's route
// tree), with a valid CSRF token, as a user allowed to use it: random and huge strings, repeated fields
// where one is expected, missing fields, unicode and "null". The app never answers 500, and a validation
// error (400) writes nothing: no case, entry, person, agency, user or threshold row changes (the audit log
// may record the attempt).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRoutes } from '../support/routes.js';
import { startWorld, type Situation, type World } from '../support/situations.js';

const watched = [
  'cases',
  'entries',
  'people',
  'case_agencies',
  'case_agency_changes',
  'agencies',
  'teams',
  'users',
  'threshold_overrides',
] as const;

/** Field names the forms read, so malformed values reach their checks, not only unknown fields. */
const fieldNames = [
  'ref',
  'plan',
  'reason',
  'agency',
  'requestedBy',
  'closing',
  'outcome',
  'mode',
  'seen',
  'seenAlone',
  'summary',
  'text',
  'what',
  'who',
  'name',
  'email',
  'role',
  'teamId',
  'managerId',
  'agencyId',
  'type',
  'workerRef',
  'key',
  'value',
  'pack',
  'password',
  'confirmation',
  'answer',
  'done',
  'from',
  'at-day',
  'at-month',
  'at-year',
  // The forms' real date and time boxes (at-hour and at-minute were never fields: the time is one box).
  'at-time',
  'due-day',
  'due-month',
  'due-year',
  'due-time',
  'back-time',
  'dateOfBirth-day',
  'dateOfBirth-month',
  'dateOfBirth-year',
  'openedOn-day',
  'openedOn-month',
  'openedOn-year',
  'agencies',
  'decision',
  'stage',
  'goal',
  'items',
  'place',
  'expectedBack',
  'minutes',
  'language',
];

const nasty = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.constantFrom('null', 'undefined', '[]', '{}', '-1', '1e309', '0x10', '../../etc', '\u0000', '<script>'),
  fc.integer().map(String),
  fc.constant('x'.repeat(100_000)),
);
const value = fc.oneof(nasty, fc.array(nasty, { minLength: 2, maxLength: 3 }));
const form = fc.dictionary(fc.oneof(fc.constantFrom(...fieldNames), fc.string({ maxLength: 8 })), value, {
  maxKeys: 8,
});

/** Who posts each form: someone it is for, so the malformed values reach its checks. */
function posterOf(route: string): Situation {
  if (route.includes('/admin/')) return 'partnership-admin';
  if (route.includes('/team/') || route.includes('manager-discussion') || route.includes('safety-decision'))
    return 'manager-of-worker-on-case';
  return 'practitioner-on-case';
}

let world: World;
beforeAll(async () => {
  world = await startWorld();
}, 60_000);
afterAll(() => world.close());

async function counts(): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const table of watched) {
    const row = await world.t.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    result[table] = Number(row.n);
  }
  return result;
}

describe('malformed values posted to every form', () => {
  it('never answer 500, and a validation error writes nothing', async () => {
    const forms = appRoutes(world.t.app)
      .filter((route) => route.startsWith('POST /') && !route.startsWith('POST /api/'))
      // Signing out is not a form with values; it would only sign the poster out.
      .filter((route) => route !== 'POST /sign-out');
    expect(forms.length).toBeGreaterThan(40);
    const params: Record<string, string> = {
      ref: world.ref,
      person: world.ids.person,
      entryId: world.ids.entry,
      id: String(world.spare.id),
    };
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    for (const route of forms) {
      const url = route
        .slice('POST '.length)
        .replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(params[name] ?? '1'));
      const client = world.clients[posterOf(route)];
      await fc
        .assert(
          fc.asyncProperty(form, async (fields) => {
            const body = new URLSearchParams();
            for (const [name, v] of Object.entries(fields))
              for (const one of Array.isArray(v) ? v : [v]) body.append(name, one);
            const before = await counts();
            const response = await client.postForm(url, body);
            statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
            if (response.statusCode >= 500) {
              failures.push(`${route}: ${response.statusCode} for ${JSON.stringify(fields).slice(0, 300)}`);
              return false;
            }
            if (response.statusCode === 400) {
              const after = await counts();
              if (JSON.stringify(after) !== JSON.stringify(before)) {
                failures.push(`${route}: 400 but wrote ${JSON.stringify({ before, after })}`);
                return false;
              }
            }
            return true;
          }),
          { numRuns: 4, seed: 20_250_610, endOnFailure: true },
        )
        .catch(() => undefined);
    }
    expect(failures).toEqual([]);
    // The forms were reached: a refused CSRF token (403) would have tested nothing.
    expect(statuses.get(403) ?? 0).toBe(0);
    expect(statuses.get(400) ?? 0).toBeGreaterThan(80);
  }, 120_000);
});
