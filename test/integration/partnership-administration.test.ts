// Partnership administration and the team around the family (issue 10, items 1 and 2).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { accountService } from '../../src/services/accounts.js';
import { createServices } from '../../src/services/index.js';
import { InvalidInput, NotFound } from '../../src/services/errors.js';
import { anEngagingCase } from '../support/api.js';
import { csrfTokenIn, startTestApp, type TestApp, type TestUser } from '../support/app.js';

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
    expect((await services.cases.mine((await by(visitor)).actor)).items).toEqual([]);
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

describe('an agency’s safeguarding contact', () => {
  const contactOf = async (agencyId: number) =>
    (
      await t.db
        .selectFrom('agencies')
        .select('safeguarding_contact')
        .where('id', '=', agencyId)
        .executeTakeFirstOrThrow()
    ).safeguarding_contact;

  it('is set by an administrator on the agency’s page, shown on the administration page and audited', async () => {
    const browser = await t.signedIn(admin);
    const saved = await browser.submit(`/admin/agencies/${t.agencyId}`, {
      safeguardingContact: '  Duty desk, 01234 567890  ',
    });
    expect(saved.statusCode).toBe(303);
    expect(await contactOf(t.agencyId)).toBe('Duty desk, 01234 567890');
    expect((await browser.get('/admin')).body).toContain('Duty desk, 01234 567890');
    const audited = await t.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'change-agency-contact')
      .execute();
    expect(audited).toEqual([{ detail: 'csc: - -> Duty desk, 01234 567890' }]);
    expect(
      (await browser.submit(`/admin/agencies/${t.agencyId}`, { safeguardingContact: '' })).statusCode,
    ).toBe(303);
    expect(await contactOf(t.agencyId)).toBeNull();
  });

  it('refuses one longer than 200 characters with the error summary, and writes nothing', async () => {
    const browser = await t.signedIn(admin);
    const refused = await browser.submit(`/admin/agencies/${t.agencyId}`, {
      safeguardingContact: 'x'.repeat(201),
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('govuk-error-summary');
    expect(refused.body).toContain('href="#safeguardingContact"');
    expect(refused.body).toContain('Safeguarding contact must be 200 characters or fewer');
    expect(await contactOf(t.agencyId)).toBeNull();
  });

  it('is not a practitioner’s to see or set', async () => {
    const browser = await t.signedIn();
    expect((await browser.get(`/admin/agencies/${t.agencyId}`)).statusCode).toBe(404);
    const csrf = csrfTokenIn((await browser.get('/cases')).body);
    const posted = await browser.post(`/admin/agencies/${t.agencyId}`, {
      _csrf: csrf,
      safeguardingContact: 'Mine',
    });
    expect(posted.statusCode).toBe(404);
    expect(await contactOf(t.agencyId)).toBeNull();
  });

  it('may be given when the agency is added', async () => {
    await services.administration.addAgency(await by(admin), {
      name: 'Oakfield Primary School',
      ref: 'sch',
      type: 'school',
      safeguardingContact: 'DSL, 01234 567890',
    });
    const { agencies } = await services.administration.partnership((await by(admin)).actor);
    expect(agencies.find((agency) => agency.ref === 'sch')?.safeguardingContact).toBe('DSL, 01234 567890');
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
