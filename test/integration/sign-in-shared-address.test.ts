// Sign-in an office can share: many colleagues behind one address all sign in, since only wrong passwords
// count; wrong passwords from one address, whatever the emails, are refused past a ceiling an office never
// reaches; behind a load balancer (TRUST_PROXY) the address is the client's, from X-Forwarded-For.
import { afterEach, describe, expect, it } from 'vitest';
import { signInAddressCeiling } from '../../src/domain/sign-in-lockout.js';
import { startTestApp, type TestApp, type TestAppOptions } from '../support/app.js';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

async function start(options?: TestAppOptions): Promise<TestApp> {
  t = await startTestApp(options);
  return t;
}

const addressRefusal = 'There have been too many failed attempts to sign in from your network';

/** `count` wrong passwords from `address` in the last few minutes, each for a different email (spraying). */
async function pastFailures(app: TestApp, address: string, count: number): Promise<void> {
  const at = new Date(Date.now() - 5 * 60_000).toISOString();
  const rows = Array.from({ length: count }, (_, i) => ({
    at,
    user_id: null,
    action: 'sign-in-failed',
    case_id: null,
    detail: `guess${i}@example.org`,
    address,
  }));
  await app.db.insertInto('audit_log').values(rows).execute();
}

const addressesOf = async (app: TestApp, action: string) =>
  (await app.db.selectFrom('audit_log').select('address').where('action', '=', action).execute()).map(
    (row) => row.address,
  );

describe('sign-in from one office address', () => {
  it('lets 15 colleagues sign in one after another, a few of them mistyping first', async () => {
    const app = await start();
    const colleagues = [app.user];
    for (let i = 1; i < 15; i += 1) colleagues.push(await app.addUser());
    for (const [i, colleague] of colleagues.entries()) {
      const browser = app.browser();
      if (i % 4 === 0) expect((await browser.signIn(colleague.email, 'mistyped')).statusCode).toBe(400);
      const signedIn = await browser.signIn(colleague.email, colleague.password);
      expect([colleague.email, signedIn.statusCode]).toEqual([colleague.email, 303]);
      expect((await browser.get('/cases')).statusCode).toBe(200);
    }
    expect(new Set(await addressesOf(app, 'sign-in'))).toEqual(new Set(['127.0.0.1']));
  });

  it(`refuses the address after ${signInAddressCeiling.failures} wrong passwords in 15 minutes, even the right one, and says until when`, async () => {
    const app = await start();
    await pastFailures(app, '127.0.0.1', signInAddressCeiling.failures - 1);
    const browser = app.browser();
    const last = await browser.signIn('one-more-guess@example.org', 'password1');
    expect(last.statusCode).toBe(400);
    expect(last.body).toContain('Enter a correct email address and password');

    const refused = await browser.signIn(app.user.email, app.user.password);
    expect(refused.statusCode).toBe(429);
    expect(refused.body).toContain('govuk-error-summary');
    expect(refused.body).toMatch(new RegExp(`${addressRefusal}. Try again after \\d{2}:\\d{2}`));
    // The oldest failures are 5 minutes old: the address opens in about 10 minutes.
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(9 * 60);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(10 * 60);
    expect((await browser.get('/cases')).statusCode).toBe(303);
    expect(await addressesOf(app, 'sign-in-address-refused')).toEqual(['127.0.0.1']);

    // Another address is not held up.
    const elsewhere = app.browser({ remoteAddress: '198.51.100.20' });
    expect((await elsewhere.signIn(app.user.email, app.user.password)).statusCode).toBe(303);
  });

  it('forgets failures older than 15 minutes', async () => {
    const app = await start();
    const longAgo = new Date(Date.now() - 16 * 60_000).toISOString();
    await app.db
      .insertInto('audit_log')
      .values(
        Array.from({ length: signInAddressCeiling.failures + 10 }, () => ({
          at: longAgo,
          user_id: null,
          action: 'sign-in-failed',
          case_id: null,
          detail: 'guess@example.org',
          address: '127.0.0.1',
        })),
      )
      .execute();
    expect((await app.browser().signIn(app.user.email, app.user.password)).statusCode).toBe(303);
  });
});

describe('behind a load balancer', () => {
  // The balancer is 127.0.0.1 (app.inject's own address); clients are whoever X-Forwarded-For names.
  const through = (app: TestApp, client: string) => app.browser({ headers: { 'x-forwarded-for': client } });

  it('with TRUST_PROXY set to the balancer, counts each client by X-Forwarded-For', async () => {
    const app = await start({ config: { trustProxy: ['127.0.0.1'] } });
    await pastFailures(app, '203.0.113.7', signInAddressCeiling.failures);

    const guesser = await through(app, '203.0.113.7').signIn(app.user.email, app.user.password);
    expect(guesser.statusCode).toBe(429);
    expect(guesser.body).toContain(addressRefusal);
    // Another client of the same balancer signs in, and is audited from its own address.
    const colleague = await through(app, '198.51.100.20').signIn(app.user.email, app.user.password);
    expect(colleague.statusCode).toBe(303);
    expect(await addressesOf(app, 'sign-in')).toEqual(['198.51.100.20']);
    // A client writing its own X-Forwarded-For ahead of the balancer's is still the address the balancer saw.
    const spoofed = await through(app, '198.51.100.99, 203.0.113.7').signIn(app.user.email, 'wrong');
    expect(spoofed.statusCode).toBe(429);
  });

  it('believes no X-Forwarded-For from anyone but the balancer', async () => {
    const app = await start({ config: { trustProxy: ['10.0.0.5'] } });
    await pastFailures(app, '127.0.0.1', signInAddressCeiling.failures);
    const direct = await through(app, '198.51.100.20').signIn(app.user.email, app.user.password);
    expect(direct.statusCode).toBe(429);
  });

  it('without TRUST_PROXY, takes the balancer’s address for everyone’s', async () => {
    const app = await start();
    const browser = through(app, '198.51.100.20');
    expect((await browser.signIn(app.user.email, app.user.password)).statusCode).toBe(303);
    expect(await addressesOf(app, 'sign-in')).toEqual(['127.0.0.1']);
  });
});
