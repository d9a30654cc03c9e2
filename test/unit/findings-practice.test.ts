// Practice and process (FINDINGS.md), the record over time: churn, cancellations by professionals,
// concerns accumulating, start-again, drift and optimism. Times are UK local; 2 February 2026 is a Monday.
import { describe, expect, it } from 'vitest';
import { assessAt, finder } from '../support/assess.js';
import { aCase } from '../support/case-builder.js';

const family = aCase()
  .withChild('c1', '2019-05-01')
  .withParent('m1', { name: 'Parent One', livesWith: ['c1'] });
/** Early help, the child seen on 27 January (so not unseen before 11 March); a refusal (serious) from 2 February 10:00 until 2 March 10:00. */
const refused = family
  .withPlan('early-help')
  .withContact({ id: 'v0', at: '2026-01-27T10:00', seen: ['c1', 'm1'], summaryGiven: true })
  .withContact({
    id: 'r1',
    at: '2026-02-02T10:00',
    outcome: 'refused-entry',
    contingency: 'Return tomorrow.',
  });

describe('staff-churn', () => {
  const found = finder('staff-churn');
  const leads = aCase().withWorker('w2').withWorker('w3');
  const lead = (id: string, at: string, worker: string) => ({
    id,
    kind: 'allocation' as const,
    at,
    worker,
    role: 'lead' as const,
  });

  it('is a warning when the family has had a third lead worker within a year', () => {
    const file = leads
      .withEntry(lead('a1', '2026-01-06T10:00', 'w1'))
      .withEntry(lead('a2', '2026-03-02T10:00', 'w2'))
      .withEntry(lead('a3', '2026-06-01T10:00', 'w3'))
      .build();
    const finding = found(file, '2026-06-02T12:00');
    expect(finding).toMatchObject({
      severity: 'warning',
      since: '2026-06-01T10:00',
      evidence: ['a1', 'a2', 'a3'],
    });
    expect(finding?.explanation).toBe(
      'The family has had 3 lead workers in the last year: Worker One, Worker w2 and Worker w3.',
    );
    expect(found(file, '2027-03-02T09:59')).toBeDefined();
    expect(found(file, '2027-03-02T10:00')).toBeUndefined();
  });

  it('counts the lead still in post when the year began', () => {
    const file = leads
      .withEntry(lead('a1', '2026-01-06T10:00', 'w1'))
      .withEntry(lead('a2', '2026-12-01T10:00', 'w2'))
      .withEntry(lead('a3', '2027-02-01T10:00', 'w3'))
      .build();
    expect(found(file, '2027-02-02T12:00')?.evidence).toEqual(['a1', 'a2', 'a3']);
  });

  it('is not raised for the same two workers taking turns, or for other allocations', () => {
    const file = leads
      .withEntry(lead('a1', '2026-01-06T10:00', 'w1'))
      .withEntry(lead('a2', '2026-03-02T10:00', 'w2'))
      .withEntry(lead('a3', '2026-06-01T10:00', 'w1'))
      .withEntry({ kind: 'allocation', at: '2026-06-02T10:00', worker: 'w3', role: 'other' })
      .build();
    expect(found(file, '2026-06-03T12:00')).toBeUndefined();
  });
});

describe('professional-cancellations', () => {
  const found = finder('professional-cancellations');
  const ours = (second: string) =>
    family
      .withContact({ id: 'p1', at: '2026-01-06T10:00', outcome: 'cancelled-by-professional' })
      .withContact({ id: 'p2', at: second, outcome: 'rescheduled-by-professional' })
      .build();

  it('is a warning when professionals cancel or move two contacts within 60 days', () => {
    const finding = found(ours('2026-03-06T10:00'), '2026-03-06T12:00');
    expect(finding).toMatchObject({ severity: 'warning', since: '2026-03-06T10:00', evidence: ['p1', 'p2'] });
    expect(finding?.explanation).toBe(
      'Professionals cancelled or moved 2 contacts in the last 60 days, most recently on 6 March 2026.',
    );
  });

  it('is not raised when the two are 60 days apart, or the family cancelled', () => {
    expect(found(ours('2026-03-07T10:00'), '2026-03-07T12:00')).toBeUndefined();
    const family_ = family
      .withContact({ outcome: 'cancelled-by-professional' })
      .withContact({ outcome: 'cancelled-by-family', reason: 'Ill' })
      .build();
    expect(found(family_, '2026-01-10T12:00')).toBeUndefined();
  });

  it('ends 60 days after the first of the two', () => {
    expect(found(ours('2026-03-06T10:00'), '2026-03-07T10:00')).toBeUndefined();
  });
});

describe('start-again', () => {
  const found = finder('start-again');
  const closed = (id: string, at: string) => ({
    id,
    kind: 'closure' as const,
    at,
    reason: 'No further action',
  });
  const referred = (id: string, at: string) => ({ id, kind: 'referral' as const, at, agency: 'csc' });

  it('is serious when the case is closed and referred again twice in a year', () => {
    const file = family
      .withEntry(closed('x1', '2026-02-02T10:00'))
      .withEntry(referred('q1', '2026-03-02T10:00'))
      .withEntry(closed('x2', '2026-05-01T10:00'))
      .withEntry(referred('q2', '2026-06-01T10:00'))
      .build();
    const finding = found(file, '2026-06-02T12:00');
    expect(finding).toMatchObject({
      severity: 'serious',
      since: '2026-06-01T10:00',
      evidence: ['x1', 'q1', 'x2', 'q2'],
    });
    expect(finding?.explanation).toBe(
      'In the last year the case was closed and referred again 2 times and 0 assessments started: the work keeps starting again.',
    );
  });

  it('is serious at the third assessment in a year, and ends a year after the first', () => {
    const assessed = (at: string) => ({ kind: 'assessment' as const, at });
    const file = family
      .withEntry({ id: 's1', ...assessed('2026-02-02T10:00') })
      .withEntry({ id: 's2', ...assessed('2026-06-01T10:00') })
      .withEntry({ id: 's3', ...assessed('2026-11-02T10:00') })
      .build();
    expect(found(file, '2026-10-30T12:00')).toBeUndefined();
    expect(found(file, '2026-11-02T12:00')).toMatchObject({
      since: '2026-11-02T10:00',
      evidence: ['s1', 's2', 's3'],
    });
    expect(found(file, '2027-02-02T10:00')).toBeUndefined();
  });

  it('is not raised when two closures are followed by a single referral', () => {
    const file = family
      .withEntry(closed('x1', '2026-02-02T10:00'))
      .withEntry(closed('x2', '2026-03-02T10:00'))
      .withEntry(referred('q1', '2026-04-01T10:00'))
      .build();
    expect(found(file, '2026-04-02T12:00')).toBeUndefined();
  });
});

// Not from a seed: the national review of the deaths of Arthur Labinjo-Hughes and Star Hobson (CSPRP 2022).
describe('concerns-accumulating', () => {
  const found = finder('concerns-accumulating');
  const referred = (id: string, at: string, agency = 'csc') => ({
    id,
    kind: 'referral' as const,
    at,
    agency,
  });
  const family3 = family.withAgency('pol').withAgency('sch').withAgency('hv');
  /** Referred by the police, closed, referred by the school and reopened, referred by health visiting. */
  const threeReferrals = family3
    .withEntry(referred('q1', '2026-02-02T10:00', 'pol'))
    .withEntry({
      id: 'x1',
      kind: 'closure',
      at: '2026-02-16T10:00',
      agency: 'csc',
      reason: 'No further action',
    })
    .withEntry(referred('q2', '2026-03-09T10:00', 'sch'))
    .withEntry({ id: 'o1', kind: 'reopening', at: '2026-03-10T10:00', agency: 'csc' })
    .withEntry(referred('q3', '2026-04-20T10:00', 'hv'));

  it('is serious at the third referral in 90 days, counted across a closure and a reopening', () => {
    const file = threeReferrals.build();
    expect(found(file, '2026-04-20T09:59')).toBeUndefined();
    const finding = found(file, '2026-04-20T12:00');
    expect(finding).toMatchObject({
      severity: 'serious',
      since: '2026-04-20T10:00',
      evidence: ['q1', 'q2', 'q3'],
      citations: ['CSPRP 2022'],
    });
    expect(finding?.explanation).toBe(
      '3 referrals about the family were made in the last 90 days, between 2 February and 20 April 2026, across 1 closure of the case.',
    );
  });

  it('ends 90 days after the first of the three, unless another referral comes', () => {
    expect(found(threeReferrals.build(), '2026-05-02T12:00')).toBeDefined();
    expect(found(threeReferrals.build(), '2026-05-03T12:00')).toBeUndefined();
    const fourth = threeReferrals.withEntry(referred('q4', '2026-05-01T10:00', 'pol')).build();
    expect(found(fourth, '2026-05-03T12:00')).toMatchObject({
      since: '2026-04-20T10:00',
      evidence: ['q2', 'q3', 'q4'],
    });
  });

  it('is not raised by two referrals in 90 days, or three spread over longer', () => {
    const two = family3
      .withEntry(referred('q1', '2026-02-02T10:00'))
      .withEntry(referred('q2', '2026-03-02T10:00'));
    expect(found(two.build(), '2026-03-03T12:00')).toBeUndefined();
    const spread = two.withEntry(referred('q3', '2026-05-04T10:00'));
    expect(found(spread.build(), '2026-05-04T12:00')).toBeUndefined();
  });

  it('counts referrals, not the closures and reopenings between them', () => {
    const file = family3
      .withEntry(referred('q1', '2026-02-02T10:00'))
      .withEntry({ kind: 'closure', at: '2026-02-09T10:00', agency: 'csc' })
      .withEntry({ kind: 'reopening', at: '2026-02-16T10:00', agency: 'csc' })
      .withEntry({ kind: 'closure', at: '2026-02-23T10:00', agency: 'csc' })
      .withEntry({ kind: 'reopening', at: '2026-03-02T10:00', agency: 'csc' })
      .withEntry(referred('q2', '2026-03-09T10:00'))
      .build();
    expect(found(file, '2026-03-10T12:00')).toBeUndefined();
  });

  it('is not a pattern of non-engagement: the pathway stays at engaging', () => {
    const seen = threeReferrals.withContact({
      at: '2026-04-16T10:00',
      seen: ['c1', 'm1'],
      seenAlone: ['c1'],
    });
    const assessment = assessAt(seen.build(), '2026-04-20T12:00');
    expect(assessment.findings.map((f) => f.code)).toContain('concerns-accumulating');
    expect(assessment.stage).toBe('engaging');
  });
});

describe('drift', () => {
  const found = finder('drift');
  const review = (id: string, at: string, progress: 'none' | 'some' | 'good', nextReviewOn?: string) => ({
    id,
    kind: 'plan-review' as const,
    at,
    progress,
    ...(nextReviewOn && { nextReviewOn }),
  });
  const stuck = family
    .withEntry(review('p1', '2026-02-02T10:00', 'none'))
    .withEntry(review('p2', '2026-03-02T10:00', 'none'));

  it('is serious when the last two plan reviews found no progress, and dates from the first of a run', () => {
    const finding = found(stuck.build(), '2026-03-03T12:00');
    expect(finding).toMatchObject({ severity: 'serious', since: '2026-03-02T10:00', evidence: ['p1', 'p2'] });
    expect(finding?.explanation).toBe(
      'The plan reviews on 2 February 2026 and 2 March 2026 both found no progress.',
    );
    const longer = stuck.withEntry(review('p3', '2026-03-30T10:00', 'none')).build();
    expect(found(longer, '2026-03-31T12:00')).toMatchObject({
      since: '2026-03-02T10:00',
      evidence: ['p2', 'p3'],
    });
  });

  it('is not raised when progress came between two reviews without it', () => {
    const file = family
      .withEntry(review('p1', '2026-02-02T10:00', 'none'))
      .withEntry(review('p2', '2026-03-02T10:00', 'some'))
      .withEntry(review('p3', '2026-03-30T10:00', 'none'))
      .build();
    expect(found(file, '2026-03-31T12:00')).toBeUndefined();
  });

  it('is raised the day after the review date passes without a review', () => {
    const file = family.withNextReviewOn('2026-03-01').withContact({ id: 'v1' }).build();
    expect(found(file, '2026-03-01T23:59')).toBeUndefined();
    const finding = found(file, '2026-03-02T00:00');
    expect(finding).toMatchObject({ since: '2026-03-02T00:00', evidence: ['v1'] });
    expect(finding?.explanation).toBe(
      'The plan was due for review on 1 March 2026 and no review has been recorded since.',
    );
  });

  it('is answered by a later review that finds progress, or a late review that sets the next date', () => {
    expect(
      found(stuck.withEntry(review('p3', '2026-03-30T10:00', 'some')).build(), '2026-03-31T12:00'),
    ).toBeUndefined();
    const late = family
      .withNextReviewOn('2026-03-01')
      .withEntry(review('p1', '2026-03-05T10:00', 'good', '2026-06-01'))
      .build();
    expect(found(late, '2026-03-05T09:59')).toBeDefined();
    expect(found(late, '2026-03-05T10:00')).toBeUndefined();
  });
});

describe('optimism-check', () => {
  const found = finder('optimism-check');
  const level = (id: string, at: string, value: 'low' | 'medium' | 'high') => ({
    id,
    kind: 'concern-level' as const,
    at,
    level: value,
  });
  const high = refused.withEntry(level('l1', '2026-01-28T10:00', 'high'));

  it('is a warning when concern is lowered while the family refuses', () => {
    const file = high.withEntry(level('l2', '2026-02-05T10:00', 'medium')).build();
    const finding = found(file, '2026-02-05T12:00');
    expect(finding).toMatchObject({ severity: 'warning', since: '2026-02-05T10:00', evidence: ['l1', 'l2'] });
    expect(finding?.explanation).toBe(
      'The level of concern was lowered from high to medium on 5 February 2026 while serious concerns about engagement were still active.',
    );
  });

  it('is not raised when concern is lowered after the refusal has lapsed', () => {
    const file = high.withEntry(level('l2', '2026-03-03T10:00', 'medium')).build();
    expect(found(file, '2026-03-03T12:00')).toBeUndefined();
  });

  it('is answered by raising the level again', () => {
    const file = high
      .withEntry(level('l2', '2026-02-05T10:00', 'low'))
      .withEntry(level('l3', '2026-02-09T10:00', 'medium'))
      .build();
    expect(found(file, '2026-02-09T09:59')).toBeDefined();
    expect(found(file, '2026-02-09T10:00')).toBeUndefined();
  });
});
