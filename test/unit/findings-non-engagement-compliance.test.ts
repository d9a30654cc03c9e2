// Patterns of non-engagement beyond single contacts (FINDINGS.md): disguised and sporadic compliance,
// written agreements breached, and a family on the move. Windows stay inside one clock (GMT or BST).
import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../src/domain/vocabularies.js';
import { codesAt, findingOf } from '../support/assess.js';
import { aCase, type ContactInput } from '../support/case-builder.js';

const family = () =>
  aCase()
    .withParent('m1', { name: 'Mum', livesWith: ['c1'] })
    .withChild('c1', '2019-05-01', 'Amy');
const signs = (id: string, at: string, ...indicators: Indicator[]): ContactInput => ({
  id,
  at,
  seen: ['m1', 'c1'],
  indicators,
});

/** Mum agrees on 2 February 2026 to take Amy to school every day. */
const withAgreement = () =>
  family().withEntry({
    id: 'agr',
    kind: 'agreement',
    type: 'written-agreement',
    at: '2026-02-02T10:00',
    items: [
      { id: 'school', who: 'm1', text: 'Mum will take Amy to school every day' },
      { id: 'visits', who: 'csc', text: 'Social care will visit every week' },
    ],
  });
const review = (
  id: string,
  at: string,
  kept: boolean,
  familyAccount: 'kept' | 'not-kept' | 'none',
  item = 'school',
) => ({ id, kind: 'agreement-review', agreement: 'agr', item, kept, familyAccount, at }) as const;

describe('disguised-compliance', () => {
  it('two different signs of disguised compliance in three months', () => {
    const file = family()
      .withContact(signs('a', '2026-04-01T10:00', 'agrees-but-no-change'))
      .withContact(signs('b', '2026-06-01T10:00', 'stage-managed-visit'))
      .build();
    const finding = findingOf(file, '2026-06-02T12:00', 'disguised-compliance');
    expect(finding).toMatchObject({ severity: 'serious', since: '2026-06-01T10:00', evidence: ['a', 'b'] });
    expect(finding?.explanation).toBe(
      '2 different signs of disguised compliance were recorded between 1 April and 1 June 2026: agrees but no change and stage managed visit.',
    );
  });

  it('the same sign twice', () => {
    const file = family()
      .withContact(signs('a', '2026-04-01T10:00', 'hidden-areas'))
      .withContact(signs('b', '2026-05-01T10:00', 'hidden-areas'))
      .build();
    expect(findingOf(file, '2026-05-02T12:00', 'disguised-compliance')).toBeUndefined();
  });

  it('two different signs 90 days apart, and the finding lapsing 90 days after the first', () => {
    const second = (at: string) =>
      family()
        .withContact(signs('a', '2026-04-01T10:00', 'child-coached'))
        .withContact(signs('b', at, 'controls-space'))
        .build();
    expect(findingOf(second('2026-06-30T10:00'), '2026-06-30T10:00', 'disguised-compliance')).toBeUndefined();
    const within = second('2026-06-29T10:00');
    expect(findingOf(within, '2026-06-30T09:59', 'disguised-compliance')).toBeDefined();
    expect(findingOf(within, '2026-06-30T10:00', 'disguised-compliance')).toBeUndefined();
  });

  it('an agreement item not kept while the family says it was', () => {
    const file = withAgreement()
      .withEntry(review('rev', '2026-03-02T10:00', false, 'kept'))
      .build();
    const finding = findingOf(file, '2026-03-03T12:00', 'disguised-compliance');
    expect(finding).toMatchObject({
      severity: 'serious',
      since: '2026-03-02T10:00',
      evidence: ['agr', 'rev'],
    });
    expect(finding?.explanation).toBe(
      'On 2 March 2026 an agreement item was found not kept while the family said it had been.',
    );
  });

  it('an agreement item not kept, and the family agrees it was not', () => {
    const file = withAgreement()
      .withEntry(review('rev', '2026-03-02T10:00', false, 'not-kept'))
      .build();
    expect(codesAt(file, '2026-03-03T12:00')).not.toContain('disguised-compliance');
  });
});

describe('sporadic-compliance', () => {
  // The review is on Friday 27 March 2026; the 21 days before it begin on 6 March.
  const weeksOfFailure = aCase()
    .withChild('c1', '2019-05-01', 'Amy')
    .withNextReviewOn('2026-03-27')
    .withContact({ id: 'f1', at: '2026-02-09T10:00', outcome: 'refused-entry' })
    .withContact({ id: 'ok', at: '2026-02-16T10:00', outcome: 'completed' })
    .withContact({ id: 'f2', at: '2026-02-23T10:00', outcome: 'no-answer-not-in' })
    .withContact({ id: 'f3', at: '2026-03-02T10:00', outcome: 'did-not-attend', mode: 'office' });
  const completed = (id: string, at: string): ContactInput => ({
    id,
    at,
    outcome: 'completed',
    seen: ['c1'],
  });

  it('three visits in a row just before the review, after weeks when most failed', () => {
    const file = weeksOfFailure
      .withContact(completed('r1', '2026-03-09T10:00'))
      .withContact(completed('r2', '2026-03-13T10:00'))
      .withContact(completed('r3', '2026-03-18T10:00'))
      .build();
    expect(findingOf(file, '2026-03-18T09:59', 'sporadic-compliance')).toBeUndefined();
    const finding = findingOf(file, '2026-03-18T12:00', 'sporadic-compliance');
    expect(finding).toMatchObject({ severity: 'warning', since: '2026-03-18T10:00' });
    expect(finding?.evidence).toEqual(['f1', 'f2', 'f3', 'r1', 'r2', 'r3']);
    expect(finding?.explanation).toBe(
      '3 contacts succeeded between 9 and 18 March 2026, just before the review on 27 March 2026, after 3 of 4 contacts had failed in the weeks before.',
    );
  });

  it('only two visits before the review', () => {
    const file = weeksOfFailure
      .withContact(completed('r1', '2026-03-09T10:00'))
      .withContact(completed('r2', '2026-03-13T10:00'))
      .build();
    expect(findingOf(file, '2026-03-20T12:00', 'sporadic-compliance')).toBeUndefined();
  });

  it('three visits before the review broken by a failed one', () => {
    const file = weeksOfFailure
      .withContact(completed('r1', '2026-03-09T10:00'))
      .withContact({ at: '2026-03-11T10:00', outcome: 'no-answer-not-in' })
      .withContact(completed('r2', '2026-03-13T10:00'))
      .withContact(completed('r3', '2026-03-18T10:00'))
      .build();
    expect(findingOf(file, '2026-03-20T12:00', 'sporadic-compliance')).toBeUndefined();
  });

  it('three visits before the review when the weeks before went mostly well', () => {
    const file = aCase()
      .withChild('c1', '2019-05-01')
      .withNextReviewOn('2026-03-27')
      .withContact({ at: '2026-02-16T10:00', outcome: 'completed' })
      .withContact({ at: '2026-02-23T10:00', outcome: 'no-answer-not-in' })
      .withContact(completed('r1', '2026-03-09T10:00'))
      .withContact(completed('r2', '2026-03-13T10:00'))
      .withContact(completed('r3', '2026-03-18T10:00'))
      .build();
    expect(findingOf(file, '2026-03-20T12:00', 'sporadic-compliance')).toBeUndefined();
  });

  // FINDINGS.md: a quiet gap with no contacts at all between the failing weeks and the run does not
  // break the pattern (FV "Disguised compliance": a sudden run of appointments).
  const failedInJanuary = aCase()
    .withChild('c1', '2019-05-01', 'Amy')
    .withNextReviewOn('2026-03-27')
    .withContact({ id: 'f1', at: '2026-01-12T10:00', outcome: 'refused-entry' })
    .withContact({ id: 'f2', at: '2026-01-19T10:00', outcome: 'no-answer-not-in' })
    .withContact({ id: 'f3', at: '2026-01-26T10:00', outcome: 'did-not-attend', mode: 'office' });
  const runBeforeReview = (start: ReturnType<typeof aCase>) =>
    start
      .withContact(completed('r1', '2026-03-09T10:00'))
      .withContact(completed('r2', '2026-03-13T10:00'))
      .withContact(completed('r3', '2026-03-18T10:00'))
      .build();

  it('three visits before the review after weeks of failure and then six weeks with no contact at all', () => {
    const finding = findingOf(runBeforeReview(failedInJanuary), '2026-03-18T12:00', 'sporadic-compliance');
    expect(finding).toMatchObject({ severity: 'warning', since: '2026-03-18T10:00' });
    expect(finding?.evidence).toEqual(['f1', 'f2', 'f3', 'r1', 'r2', 'r3']);
    expect(finding?.explanation).toBe(
      '3 contacts succeeded between 9 and 18 March 2026, just before the review on 27 March 2026, after 3 of 3 contacts had failed between 12 and 26 January 2026 and none was made in the 42 days after.',
    );
  });

  it('three visits before the review when the contacts after the weeks of failure went well', () => {
    const recovered = failedInJanuary
      .withContact(completed('ok1', '2026-02-16T10:00'))
      .withContact(completed('ok2', '2026-02-23T10:00'));
    expect(findingOf(runBeforeReview(recovered), '2026-03-20T12:00', 'sporadic-compliance')).toBeUndefined();
  });

  it('a run that began before the 21 days, and the finding lapsing three weeks after the review', () => {
    const early = weeksOfFailure
      .withContact(completed('r1', '2026-03-05T10:00'))
      .withContact(completed('r2', '2026-03-09T10:00'))
      .withContact(completed('r3', '2026-03-13T10:00'))
      .build();
    expect(findingOf(early, '2026-03-14T12:00', 'sporadic-compliance')).toBeUndefined();

    const file = weeksOfFailure
      .withContact(completed('r1', '2026-03-09T10:00'))
      .withContact(completed('r2', '2026-03-13T10:00'))
      .withContact(completed('r3', '2026-03-18T10:00'))
      .build();
    expect(findingOf(file, '2026-04-16T23:59', 'sporadic-compliance')).toBeDefined();
    expect(findingOf(file, '2026-04-17T00:00', 'sporadic-compliance')).toBeUndefined();
  });
});

describe('written-agreement-breached', () => {
  it("an item of Mum's written agreement recorded as not kept", () => {
    const file = withAgreement()
      .withEntry(review('rev', '2026-03-02T10:00', false, 'not-kept'))
      .build();
    const finding = findingOf(file, '2026-03-03T12:00', 'written-agreement-breached');
    expect(finding).toMatchObject({
      severity: 'serious',
      subject: 'm1',
      since: '2026-03-02T10:00',
      evidence: ['agr', 'rev'],
    });
    expect(finding?.explanation).toBe(
      'An item of the written agreement ("Mum will take Amy to school every day") was not kept (reviewed 2 March 2026, Mum).',
    );
  });

  it('an item reviewed as kept', () => {
    const file = withAgreement()
      .withEntry(review('rev', '2026-03-02T10:00', true, 'kept'))
      .build();
    expect(findingOf(file, '2026-03-03T12:00', 'written-agreement-breached')).toBeUndefined();
  });

  it("an agency's own item not kept is about no one person", () => {
    const file = withAgreement()
      .withEntry(review('rev', '2026-03-02T10:00', false, 'none', 'visits'))
      .build();
    const finding = findingOf(file, '2026-03-03T12:00', 'written-agreement-breached');
    expect(finding).toBeDefined();
    expect(finding).not.toHaveProperty('subject');
  });

  it('an item not kept, then reviewed as kept', () => {
    const file = withAgreement()
      .withEntry(review('r1', '2026-03-02T10:00', false, 'not-kept'))
      .withEntry(review('r2', '2026-03-16T10:00', true, 'kept'))
      .build();
    expect(findingOf(file, '2026-03-10T12:00', 'written-agreement-breached')).toBeDefined();
    expect(findingOf(file, '2026-03-16T12:00', 'written-agreement-breached')).toBeUndefined();
  });

  it('an item not kept at two reviews running has been breached since the first', () => {
    const file = withAgreement()
      .withEntry(review('r1', '2026-03-02T10:00', false, 'not-kept'))
      .withEntry(review('r2', '2026-03-16T10:00', false, 'not-kept'))
      .build();
    const finding = findingOf(file, '2026-03-17T12:00', 'written-agreement-breached');
    expect(finding).toMatchObject({ since: '2026-03-02T10:00', evidence: ['agr', 'r2'] });
  });
});

describe('mobility', () => {
  it('a change of address and a change of GP in five weeks', () => {
    const file = family()
      .withEntry({ id: 'moved', kind: 'address-change', person: 'm1', at: '2026-02-02T10:00' })
      .withEntry({ id: 'gp', kind: 'gp-change', person: 'c1', at: '2026-03-09T10:00' })
      .build();
    const finding = findingOf(file, '2026-03-10T12:00', 'mobility');
    expect(finding).toMatchObject({
      severity: 'serious',
      since: '2026-03-09T10:00',
      evidence: ['moved', 'gp'],
    });
    expect(finding?.explanation).toBe(
      '2 moves between 2 February and 9 March 2026: a change of address and a change of GP.',
    );
  });

  it('an emergency at a hospital not used before counts; a hospital used before, or a planned visit, does not', () => {
    const hospital = (id: string, at: string, name: string, emergency: boolean) =>
      ({ id, kind: 'hospital-attendance', person: 'c1', hospital: name, emergency, at }) as const;
    const base = family()
      .withEntry(hospital('planned', '2026-01-12T10:00', 'Milton Keynes University Hospital', false))
      .withEntry({ id: 'moved', kind: 'address-change', person: 'm1', at: '2026-02-02T10:00' });

    const sameHospital = base
      .withEntry(hospital('ae', '2026-02-20T22:00', 'milton keynes university hospital ', true))
      .build();
    expect(findingOf(sameHospital, '2026-02-21T12:00', 'mobility')).toBeUndefined();

    const plannedElsewhere = base
      .withEntry(hospital('clinic', '2026-02-20T10:00', 'Northampton General Hospital', false))
      .build();
    expect(findingOf(plannedElsewhere, '2026-02-21T12:00', 'mobility')).toBeUndefined();

    const newHospital = base
      .withEntry(hospital('ae', '2026-02-20T22:00', 'Northampton General Hospital', true))
      .build();
    expect(findingOf(newHospital, '2026-02-21T12:00', 'mobility')?.explanation).toContain(
      'a change of address and an emergency visit to a new hospital',
    );
  });

  it('two moves a year apart, and the finding lapsing a year after the first', () => {
    const second = (at: string) =>
      family()
        .withEntry({ kind: 'address-change', person: 'm1', at: '2026-01-12T10:00' })
        .withEntry({ kind: 'address-change', person: 'm1', at })
        .build();
    expect(findingOf(second('2027-01-12T10:00'), '2027-01-12T10:00', 'mobility')).toBeUndefined();
    const within = second('2026-12-01T10:00');
    expect(findingOf(within, '2027-01-12T09:59', 'mobility')).toBeDefined();
    expect(findingOf(within, '2027-01-12T10:00', 'mobility')).toBeUndefined();
  });
});
