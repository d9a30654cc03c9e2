// Partnership administration and the team around the family (issue 10, items 1 and 2).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { accountService } from '../../src/services/accounts.js';
import { createServices } from '../../src/services/index.js';
import { InvalidInput, NotFound } from '../../src/services/errors.js';
import { anEngagingCase } from '../support/api.js';
import { startTestApp, type TestApp, type TestUser } from '../support/app.js';

let t: TestApp;
let services: ReturnType<typeof createServices>;
let admin: TestUser;
const by = async (user: TestUser) => {
  const actor = await accountService(t.db).actorFor(user.id);
  if (!actor) throw new Error('no actor');
  return { actor, address: '127.0.0.1' };
};

beforeEach(async () => {
  t = await startTestApp();
  services = createServices(t.db);
  admin = await t.addUser({ role: 'partnership-admin' });
  // The child was seen a week ago: a working day has begun since, whatever day the tests run (see the
  // local threshold of 0 working days below), and the usual 10 have not.
  await services.caseFiles.import(await by(t.user), anEngagingCase('FAM-0001', 7).build());
});
afterEach(() => t.close());

describe('the team around the family', () => {
  it('keeps an agency out once its involvement ends, and lets it back with who asked and why', async () => {
    const hv = await t.addAgency('hv', 'Health visiting');
    const visitor = await t.addUser({ agencyId: hv });
    await services.cases.addAgency(await by(t.user), 'FAM-0001', {
      agency: 'hv',
      requestedBy: 'Sam Reid, school safeguarding lead',
      reason: 'Baby due for checks',
    });
    expect((await services.cases.overview(await by(visitor), 'FAM-0001')).team).toContainEqual(
      expect.objectContaining({ ref: 'hv', onCase: true, requestedBy: 'Sam Reid, school safeguarding lead' }),
    );
    await services.closures.close(await by(t.user), 'FAM-0001', { agency: 'hv', reason: 'Checks done' });
    await expect(services.cases.overview(await by(visitor), 'FAM-0001')).rejects.toBeInstanceOf(NotFound);
    expect(await services.cases.mine((await by(visitor)).actor)).toEqual([]);
    await services.cases.addAgency(await by(t.user), 'FAM-0001', {
      agency: 'hv',
      requestedBy: 'Health visiting lead',
      reason: 'New concerns about the baby',
    });
    expect((await services.cases.overview(await by(visitor), 'FAM-0001')).file.case.ref).toBe('FAM-0001');
  });

  it('asks who asked and why', async () => {
    await t.addAgency('hv');
    await expect(
      services.cases.addAgency(await by(t.user), 'FAM-0001', { agency: 'hv', requestedBy: '', reason: '' }),
    ).rejects.toMatchObject({ problems: [{ path: 'requestedBy' }, { path: 'reason' }] });
  });
});

describe('partnership administration', () => {
  it('is an admin’s alone, and an admin reads no case', async () => {
    await expect(services.administration.partnership((await by(t.user)).actor)).rejects.toBeInstanceOf(
      NotFound,
    );
    await expect(services.cases.overview(await by(admin), 'FAM-0001')).rejects.toBeInstanceOf(NotFound);
    expect((await services.administration.partnership((await by(admin)).actor)).users).toHaveLength(2);
  });

  it('invites a user, who sets a password once; a deactivated user no longer counts as anyone', async () => {
    const { userId, invitation } = await services.administration.inviteUser(await by(admin), {
      name: 'New Worker',
      email: 'new@example.org',
      workerRef: 'w9',
      agencyId: String(t.agencyId),
      role: 'practitioner',
    });
    await services.invitations.accept(invitation, 'three random words', 'three random words', '127.0.0.1');
    await expect(services.invitations.find(invitation)).rejects.toBeInstanceOf(NotFound);
    expect(
      await services.accounts.signIn('new@example.org', 'three random words', '127.0.0.1'),
    ).not.toBeNull();
    await services.administration.deactivate(await by(admin), userId);
    expect(await services.accounts.actorFor(userId)).toBeNull();
    expect(await services.accounts.signIn('new@example.org', 'three random words', '127.0.0.1')).toEqual({
      refused: 'credentials',
    });
  });

  it('applies a local threshold to assessments at once, and shows it with its reason', async () => {
    const before = await services.assessments.report(await by(t.user), 'FAM-0001');
    expect(before.findings.map((f) => f.code)).not.toContain('child-not-seen');
    const reassessed = await services.localThresholds.setThreshold(await by(admin), {
      key: 'notSeenWorkingDays.child-protection',
      value: '0',
      reason: 'Our board asks for daily sight of children on a plan',
    });
    expect(reassessed).toBe(1);
    const cached = await t.db.selectFrom('case_assessments').select('findings').executeTakeFirstOrThrow();
    expect(cached.findings).toContain('child-not-seen');
    const procedure = await services.procedure.forCase(await by(t.user), 'FAM-0001');
    expect(
      procedure.thresholds.find((row) => row.key === 'notSeenWorkingDays.child-protection')?.override,
    ).toMatchObject({ value: 0, reason: 'Our board asks for daily sight of children on a plan' });
  });
});

describe('the administration forms', () => {
  const problemsOf = async (writing: Promise<unknown>) => {
    const error = await writing.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InvalidInput);
    return (error as InvalidInput).problems.map((problem) => problem.path);
  };

  it('list what is missing in the order the fields are on the page', async () => {
    expect(await problemsOf(services.administration.addAgency(await by(admin), {}))).toEqual([
      'name',
      'ref',
      'type',
    ]);
    expect(await problemsOf(services.administration.inviteUser(await by(admin), {}))).toEqual([
      'name',
      'email',
      'workerRef',
      'agencyId',
      'role',
    ]);
  });
});
