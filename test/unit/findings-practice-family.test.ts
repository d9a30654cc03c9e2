// Practice and process (FINDINGS.md), the people around the child: adults never seen, communication needs,
// summaries for the family, and plans that suit a parent's readiness to change. Times are UK local.
import { describe, expect, it } from 'vitest';
import { finder } from '../support/assess.js';
import { aCase } from '../support/case-builder.js';

const family = aCase()
  .withChild('c1', '2019-05-01')
  .withParent('m1', { name: 'Parent One', livesWith: ['c1'] });
/** Early help, the child seen on 27 January; a refusal (serious) from 2 February 10:00 until 2 March 10:00. */
const refused = family
  .withPlan('early-help')
  .withContact({ id: 'v0', at: '2026-01-27T10:00', seen: ['c1', 'm1'], summaryGiven: true })
  .withContact({
    id: 'r1',
    at: '2026-02-02T10:00',
    outcome: 'refused-entry',
    contingency: 'Return tomorrow.',
  });

describe('significant-adult-unseen', () => {
  const found = finder('significant-adult-unseen');
  const partner = aCase()
    .openedOn('2026-10-26')
    .withChild('c1', '2019-05-01')
    .withPerson('a1', 'significant-adult', { name: "Mother's partner", hasContactWith: ['c1'] })
    .withContact({ id: 'v1', at: '2026-10-30T10:00', seen: ['c1'] });

  it('is serious for an adult who sees the child and has never been seen', () => {
    const finding = found(partner.build(), '2026-11-02T12:00', 'a1');
    expect(finding).toMatchObject({ severity: 'serious', since: '2026-10-26T00:00', evidence: ['v1'] });
    expect(finding?.explanation).toBe(
      "Mother's partner, who sees Child c1, has never been seen by any professional on the case.",
    );
  });

  it('is raised 90 days after the adult was last seen, not before', () => {
    const file = partner.withContact({ id: 'v2', at: '2026-11-02T10:00', seen: ['c1', 'a1'] }).build();
    expect(found(file, '2027-01-31T09:59', 'a1')).toBeUndefined();
    const finding = found(file, '2027-01-31T10:00', 'a1');
    expect(finding).toMatchObject({ since: '2027-01-31T10:00', evidence: ['v2'] });
    expect(finding?.explanation).toMatch(/was last seen by a professional on 2 November 2026\.$/);
  });

  it('is not raised for an adult recorded with no tie to the children', () => {
    const file = partner.withPerson('g1', 'relative').build();
    expect(found(file, '2026-11-02T12:00', 'g1')).toBeUndefined();
  });

  it('is answered by a contact that sees the adult', () => {
    const file = partner.withContact({ at: '2026-11-03T10:00', seen: ['a1'] }).build();
    expect(found(file, '2026-11-03T09:59', 'a1')).toBeDefined();
    expect(found(file, '2026-11-03T10:00', 'a1')).toBeUndefined();
  });
});

describe('communication-needs-unmet', () => {
  const found = finder('communication-needs-unmet');
  const polish = aCase()
    .withChild('c1', '2019-05-01')
    .withParent('m1', { name: 'Parent One', livesWith: ['c1'], needs: { interpreter: 'Polish' } });
  const reader = aCase()
    .withChild('c1', '2019-05-01')
    .withParent('m1', { name: 'Parent One', livesWith: ['c1'], needs: { literacy: 'low' } });

  it('is a warning for 60 days after a parent who needs an interpreter was seen without one', () => {
    const file = polish.withContact({ id: 'v1', at: '2026-01-06T10:00', seen: ['c1', 'm1'] }).build();
    const finding = found(file, '2026-01-07T12:00', 'm1');
    expect(finding).toMatchObject({ severity: 'warning', since: '2026-01-06T10:00', evidence: ['v1'] });
    expect(finding?.explanation).toBe(
      'Parent One needs a Polish interpreter, but 1 contact since 6 January 2026 went ahead without one.',
    );
    expect(found(file, '2026-03-07T10:00', 'm1')).toBeUndefined();
  });

  it('is not raised when an interpreter was used, or for a letter', () => {
    const file = polish
      .withContact({ at: '2026-01-06T10:00', seen: ['m1'], interpreterUsed: true })
      .withContact({ mode: 'letter', outcome: 'no-reply', for: ['m1'] })
      .build();
    expect(found(file, '2026-01-08T12:00', 'm1')).toBeUndefined();
  });

  it('is raised when only letters reached a parent who finds reading hard, until someone visits', () => {
    const file = reader
      .withContact({ id: 'l1', at: '2026-01-06T10:00', mode: 'letter', outcome: 'no-reply', for: ['m1'] })
      .withContact({ at: '2026-01-09T10:00', seen: ['m1'] })
      .build();
    const finding = found(file, '2026-01-07T12:00', 'm1');
    expect(finding).toMatchObject({ since: '2026-01-06T10:00', evidence: ['l1'] });
    expect(finding?.explanation).toBe(
      'Parent One finds reading difficult, yet the only contact in the last 60 days was by 1 letter.',
    );
    expect(found(file, '2026-01-09T10:00', 'm1')).toBeUndefined();
  });

  it('is answered by a correction recording that an interpreter was there', () => {
    const file = polish
      .withContact({ id: 'v1', at: '2026-01-06T10:00', seen: ['m1'] })
      .withContact({ at: '2026-01-06T10:00', amends: 'v1', seen: ['m1'], interpreterUsed: true })
      .build();
    expect(found(file, '2026-01-07T12:00', 'm1')).toBeUndefined();
  });
});

describe('end-of-contact-summary-missing', () => {
  const found = finder('end-of-contact-summary-missing');

  it('is info for a visit completed late without a summary while the family refuses', () => {
    const file = refused
      .withContact({ id: 'v2', at: '2026-02-05T10:00', outcome: 'completed-late', seen: ['c1'] })
      .build();
    const finding = found(file, '2026-02-05T12:00');
    expect(finding).toMatchObject({ severity: 'info', since: '2026-02-05T10:00', evidence: ['v2'] });
    expect(finding?.explanation).toBe(
      '1 completed contact in the last 28 days ended without a written summary for the family.',
    );
    expect(found(file, '2026-03-02T10:00')).toBeUndefined();
  });

  it('is not raised on a case with no non-engagement finding', () => {
    const file = family.withContact({ at: '2026-01-27T10:00', seen: ['c1'] }).build();
    expect(found(file, '2026-01-28T12:00')).toBeUndefined();
  });

  it('is answered by a correction recording the summary given', () => {
    const file = refused
      .withContact({ id: 'v2', at: '2026-02-05T10:00', seen: ['c1'] })
      .withContact({ at: '2026-02-05T10:00', amends: 'v2', seen: ['c1'], summaryGiven: true })
      .build();
    expect(found(file, '2026-02-05T12:00')).toBeUndefined();
  });
});

describe('stage-strategy-mismatch', () => {
  const found = finder('stage-strategy-mismatch');
  const stage = (
    id: string,
    at: string,
    value: 'pre-contemplation' | 'contemplation' | 'determination' | 'action',
  ) => ({ id, kind: 'stage-of-change' as const, at, person: 'm1', stage: value });
  const goal = {
    id: 'g1',
    kind: 'goal' as const,
    at: '2026-02-03T10:00',
    person: 'm1',
    goal: 'Attend every parenting session',
    due: '2026-03-31',
  };

  it('is info when a parent at pre-contemplation is set an action goal', () => {
    const file = family
      .withEntry(stage('s1', '2026-02-02T10:00', 'pre-contemplation'))
      .withEntry(goal)
      .build();
    const finding = found(file, '2026-02-03T12:00', 'm1');
    expect(finding).toMatchObject({ severity: 'info', since: '2026-02-03T10:00', evidence: ['s1', 'g1'] });
    expect(finding?.explanation).toBe(
      'Parent One is at the pre-contemplation stage (recorded 2 February 2026) but the plan sets them an action goal: "Attend every parenting session".',
    );
  });

  it('is not raised for a parent at the determination stage', () => {
    const file = family
      .withEntry(stage('s1', '2026-02-02T10:00', 'determination'))
      .withEntry(goal)
      .build();
    expect(found(file, '2026-02-03T12:00', 'm1')).toBeUndefined();
  });

  it('is answered by a later stage of change at action', () => {
    const file = family
      .withEntry(stage('s1', '2026-02-02T10:00', 'contemplation'))
      .withEntry(goal)
      .withEntry(stage('s2', '2026-02-10T10:00', 'action'))
      .build();
    expect(found(file, '2026-02-10T09:59', 'm1')).toBeDefined();
    expect(found(file, '2026-02-10T10:00', 'm1')).toBeUndefined();
  });
});
