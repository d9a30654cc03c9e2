import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { accountService } from '../../src/services/accounts.js';
import { sessionTableStore } from '../../src/store/session-store.js';
import type { Session } from 'fastify';
import { startTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => {
  await t.close();
});

describe('accounts', () => {
  it('signs in with the right password and gives the actor the policy needs', async () => {
    const outcome = await accountService(t.db).signIn(t.user.email, t.user.password, '127.0.0.1');
    expect(outcome).toEqual({ actor: expect.anything() });
    expect('actor' in outcome && outcome.actor).toEqual({
      userId: t.user.id,
      partnershipId: t.partnershipId,
      agencyId: t.agencyId,
      agencyRef: 'csc',
      workerRef: 'w1',
      name: t.user.name,
      email: t.user.email,
      role: 'practitioner',
      superviseeAgencyIds: [],
    });
  });

  it('refuses a wrong password and an unknown email alike', async () => {
    const accounts = accountService(t.db);
    const refused = { refused: 'credentials' };
    expect(await accounts.signIn(t.user.email, 'wrong', '127.0.0.1')).toEqual(refused);
    expect(await accounts.signIn('nobody@example.org', t.user.password, '127.0.0.1')).toEqual(refused);
    expect(await accounts.signIn('', '', '127.0.0.1')).toEqual(refused);
  });

  it('audits every attempt with the account it was for, and signing out, with the address', async () => {
    const accounts = accountService(t.db);
    const outcome = await accounts.signIn(` ${t.user.email.toUpperCase()}`, t.user.password, '10.0.0.7');
    await accounts.signIn(t.user.email, 'wrong', '10.0.0.8');
    await accounts.signIn('nobody@example.org', 'wrong', '10.0.0.9');
    await accounts.signOut('actor' in outcome ? outcome.actor : null, '10.0.0.7');
    const rows = await t.db
      .selectFrom('audit_log')
      .select(['action', 'user_id', 'address', 'detail'])
      .orderBy('id')
      .execute();
    expect(rows).toEqual([
      { action: 'sign-in', user_id: t.user.id, address: '10.0.0.7', detail: t.user.email },
      { action: 'sign-in-failed', user_id: t.user.id, address: '10.0.0.8', detail: t.user.email },
      { action: 'sign-in-failed', user_id: null, address: '10.0.0.9', detail: 'nobody@example.org' },
      { action: 'sign-out', user_id: t.user.id, address: '10.0.0.7', detail: null },
    ]);
  });

  it('gives a manager the agencies of the workers they manage', async () => {
    const manager = await t.addUser({ role: 'manager' });
    const schoolId = await t.addAgency('school', 'Oak Primary');
    await t.addUser({ managerId: manager.id });
    await t.addUser({ managerId: manager.id, agencyId: schoolId });
    await t.addUser({ managerId: manager.id, agencyId: schoolId });
    const actor = await accountService(t.db).actorFor(manager.id);
    expect(actor?.role).toBe('manager');
    expect(actor?.superviseeAgencyIds).toEqual([t.agencyId, schoolId]);
  });

  it('knows no actor for a user who is not there', async () => {
    expect(await accountService(t.db).actorFor(9999)).toBeNull();
  });
});

describe('session table', () => {
  const session = (expires: string) => ({ cookie: { expires }, userId: 7 }) as unknown as Session;
  const call = <T>(run: (callback: (error?: unknown, value?: T) => void) => void) =>
    new Promise<T | undefined>((resolve, reject) =>
      run((error, value) => (error ? reject(error) : resolve(value))),
    );

  it('keeps a session until its cookie expires, then forgets it', async () => {
    let now = new Date('2026-01-06T10:00:00Z');
    const store = sessionTableStore(t.db, { fallbackLifetimeMs: 1000, now: () => now });
    await call((done) => store.set('s1', session('2026-01-06T18:00:00.000Z'), done));
    expect(await call((done) => store.get('s1', done))).toMatchObject({ userId: 7 });

    now = new Date('2026-01-06T18:00:00Z');
    expect(await call((done) => store.get('s1', done))).toBeNull();
    expect(await t.db.selectFrom('sessions').selectAll().execute()).toEqual([]);
  });

  it('replaces a session on save and removes it on destroy', async () => {
    const store = sessionTableStore(t.db, { fallbackLifetimeMs: 60_000 });
    await call((done) => store.set('s1', session('2999-01-01T00:00:00.000Z'), done));
    await call((done) =>
      store.set('s1', { ...session('2999-01-01T00:00:00.000Z'), userId: 8 } as Session, done),
    );
    expect(await call((done) => store.get('s1', done))).toMatchObject({ userId: 8 });
    await call((done) => store.destroy('s1', done));
    expect(await call((done) => store.get('s1', done))).toBeNull();
  });

  it('clears out other expired sessions as it saves', async () => {
    await t.db
      .insertInto('sessions')
      .values({ sid: 'old', data: '{}', expires_at: '2000-01-01T00:00:00.000Z' })
      .execute();
    const store = sessionTableStore(t.db, { fallbackLifetimeMs: 60_000 });
    await call((done) => store.set('new', { userId: 1 } as unknown as Session, done));
    const sids = (await t.db.selectFrom('sessions').select('sid').execute()).map((row) => row.sid);
    expect(sids).toEqual(['new']);
  });
});
