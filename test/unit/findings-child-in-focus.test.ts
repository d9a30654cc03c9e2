// The child in focus (FINDINGS.md): seen alone, heard, at school, brought to health appointments.
// child-not-seen has its own file, findings-child-not-seen.test.ts.
import { describe, expect, it } from 'vitest';
import { findingOf } from '../support/assess.js';
import { aCase } from '../support/case-builder.js';

const aSevenYearOld = '2019-05-01';

/** A child protection case with Amy, seven; pass a birth date for another age. */
const amyOnAPlan = (dateOfBirth = aSevenYearOld) =>
  aCase()
    .withPlan('child-protection')
    .withParent('m1', { name: 'Mum', livesWith: ['c1'] })
    .withChild('c1', dateOfBirth, 'Amy');

describe('child-not-seen-alone', () => {
  const seenWithMum = (at: string, id: string) => ({ id, at, seen: ['m1', 'c1'] });

  it('a child of seven on a child protection plan seen twice, never on their own', () => {
    const file = amyOnAPlan()
      .withContact(seenWithMum('2026-03-02T10:00', 'first'))
      .withContact(seenWithMum('2026-03-09T10:00', 'second'))
      .build();

    const finding = findingOf(file, '2026-03-10T12:00', 'child-not-seen-alone', 'c1');
    expect(finding).toMatchObject({ severity: 'serious', subject: 'c1', since: '2026-03-09T10:00' });
    expect(finding?.evidence).toEqual(['first', 'second']);
    expect(finding?.explanation).toBe(
      'Amy was seen on 2 March 2026 and 9 March 2026 but not on their own at either visit.',
    );
  });

  it('a child seen alone at the first of the last two sightings', () => {
    const file = amyOnAPlan()
      .withContact({ at: '2026-03-02T10:00', seen: ['m1', 'c1'], seenAlone: ['c1'] })
      .withContact(seenWithMum('2026-03-09T10:00', 'second'))
      .build();
    expect(findingOf(file, '2026-03-10T12:00', 'child-not-seen-alone')).toBeUndefined();
  });

  it('a child of three, too young to be expected to be seen alone', () => {
    const file = amyOnAPlan('2022-06-01')
      .withContact(seenWithMum('2026-03-02T10:00', 'first'))
      .withContact(seenWithMum('2026-03-09T10:00', 'second'))
      .build();
    expect(findingOf(file, '2026-03-10T12:00', 'child-not-seen-alone')).toBeUndefined();
  });

  it('a child on a child in need plan seen twice with Mum, where two sightings alone do not count', () => {
    const file = amyOnAPlan()
      .withPlan('child-in-need')
      .withContact(seenWithMum('2026-03-02T10:00', 'first'))
      .withContact(seenWithMum('2026-03-09T10:00', 'second'))
      .build();
    expect(findingOf(file, '2026-03-10T12:00', 'child-not-seen-alone')).toBeUndefined();
  });

  it('a child seen alone at the next visit', () => {
    const file = amyOnAPlan()
      .withContact(seenWithMum('2026-03-02T10:00', 'first'))
      .withContact(seenWithMum('2026-03-09T10:00', 'second'))
      .withContact({ at: '2026-03-16T10:00', seen: ['m1', 'c1'], seenAlone: ['c1'] })
      .build();
    expect(findingOf(file, '2026-03-16T12:00', 'child-not-seen-alone')).toBeUndefined();
  });

  it('a child seen three times with a parent present stays unseen alone since the second time', () => {
    const file = amyOnAPlan()
      .withContact(seenWithMum('2026-03-02T10:00', 'first'))
      .withContact(seenWithMum('2026-03-09T10:00', 'second'))
      .withContact(seenWithMum('2026-03-16T10:00', 'third'))
      .build();

    const finding = findingOf(file, '2026-03-17T12:00', 'child-not-seen-alone', 'c1');
    expect(finding).toMatchObject({ since: '2026-03-09T10:00', evidence: ['second', 'third'] });
  });

  it('a plan stepped down to child in need ends the finding', () => {
    const file = amyOnAPlan()
      .withContact(seenWithMum('2026-03-02T10:00', 'first'))
      .withContact(seenWithMum('2026-03-09T10:00', 'second'))
      .withEntry({ kind: 'plan-change', plan: 'child-in-need', at: '2026-03-12T10:00' })
      .build();

    expect(findingOf(file, '2026-03-11T12:00', 'child-not-seen-alone')).toBeDefined();
    expect(findingOf(file, '2026-03-13T12:00', 'child-not-seen-alone')).toBeUndefined();
  });

  it('a parent refused to let the child be seen alone', () => {
    const file = amyOnAPlan()
      .withContact({ id: 'refused', at: '2026-01-12T10:00', seen: ['m1', 'c1'], behaviours: ['refusal'] })
      .build();

    const finding = findingOf(file, '2026-01-20T12:00', 'child-not-seen-alone', 'c1');
    expect(finding).toMatchObject({ severity: 'serious', since: '2026-01-12T10:00', evidence: ['refused'] });
    expect(finding?.explanation).toBe('On 12 January 2026 Amy was not allowed to be seen on their own.');
    // 30 days on, the refusal alone no longer makes the finding.
    expect(findingOf(file, '2026-02-11T09:59', 'child-not-seen-alone')).toBeDefined();
    expect(findingOf(file, '2026-02-11T10:00', 'child-not-seen-alone')).toBeUndefined();
  });

  // MK 5.1.7 and 5.1.9.16 name a parent's refusal on any case, not only under a child protection plan.
  it.each(['child-in-need', 'early-help', 'looked-after'] as const)(
    'a parent refused to let the child be seen alone, on the %s plan',
    (plan) => {
      const file = amyOnAPlan()
        .withPlan(plan)
        .withContact({ id: 'refused', at: '2026-01-12T10:00', seen: ['m1', 'c1'], behaviours: ['refusal'] })
        .build();

      const finding = findingOf(file, '2026-01-20T12:00', 'child-not-seen-alone', 'c1');
      expect(finding).toMatchObject({
        severity: 'serious',
        since: '2026-01-12T10:00',
        evidence: ['refused'],
      });
      expect(findingOf(file, '2026-02-11T10:00', 'child-not-seen-alone')).toBeUndefined();
    },
  );

  it('a parent refused on a child in need plan to let a child of three be seen alone, then the child turned four', () => {
    const file = amyOnAPlan('2022-01-15')
      .withPlan('child-in-need')
      .withContact({ id: 'refused', at: '2026-01-12T10:00', seen: ['m1', 'c1'], behaviours: ['refusal'] })
      .build();

    expect(findingOf(file, '2026-01-14T12:00', 'child-not-seen-alone')).toBeUndefined();
    // From the fourth birthday to 30 days after the refusal.
    expect(findingOf(file, '2026-01-15T00:00', 'child-not-seen-alone', 'c1')?.since).toBe('2026-01-15T00:00');
    expect(findingOf(file, '2026-02-11T10:00', 'child-not-seen-alone')).toBeUndefined();
  });

  it('a parent who refused on a child in need plan, with the child seen alone at that contact after all', () => {
    const file = amyOnAPlan()
      .withPlan('child-in-need')
      .withContact({ at: '2026-01-12T10:00', seen: ['m1', 'c1'], seenAlone: ['c1'], behaviours: ['refusal'] })
      .build();
    expect(findingOf(file, '2026-01-20T12:00', 'child-not-seen-alone')).toBeUndefined();
  });
});

describe('child-voice-missing', () => {
  it('a child of seven whose wishes and feelings were last recorded more than 60 days ago', () => {
    const file = amyOnAPlan()
      .withContact({
        id: 'heard',
        at: '2026-01-06T10:00',
        seen: ['c1'],
        seenAlone: ['c1'],
        childViews: ['c1'],
      })
      .build();

    expect(findingOf(file, '2026-03-07T09:59', 'child-voice-missing')).toBeUndefined();
    const finding = findingOf(file, '2026-03-07T10:00', 'child-voice-missing', 'c1');
    expect(finding).toMatchObject({
      severity: 'warning',
      subject: 'c1',
      since: '2026-03-07T10:00',
      evidence: ['heard'],
    });
    expect(finding?.explanation).toBe(
      "Amy's own wishes and feelings were last recorded on 6 January 2026, more than 60 days ago.",
    );
  });

  it('a child never heard since the case opened', () => {
    const file = amyOnAPlan()
      .withContact({ id: 'visit', at: '2026-01-06T10:00', seen: ['c1'] })
      .build();
    const finding = findingOf(file, '2026-03-10T12:00', 'child-voice-missing', 'c1');
    expect(finding?.since).toBe('2026-03-06T00:00');
    expect(finding?.explanation).toContain('have not been recorded since the case opened on 5 January 2026');
  });

  it('a child heard again at a later visit', () => {
    const file = amyOnAPlan()
      .withContact({ at: '2026-01-06T10:00', childViews: ['c1'] })
      .withContact({ at: '2026-03-02T10:00', childViews: ['c1'] })
      .build();
    expect(findingOf(file, '2026-03-10T12:00', 'child-voice-missing')).toBeUndefined();
  });

  it('a child of three is not expected to give their views, from their fourth birthday they are', () => {
    const file = amyOnAPlan('2022-04-01')
      .withContact({ at: '2026-01-06T10:00', seen: ['c1'] })
      .build();
    expect(findingOf(file, '2026-03-31T23:59', 'child-voice-missing')).toBeUndefined();
    expect(findingOf(file, '2026-04-01T00:00', 'child-voice-missing')?.since).toBe('2026-04-01T00:00');
  });
});

describe('poor-attendance', () => {
  const attendance = (percent: number, at: string, id?: string) =>
    ({ kind: 'attendance', person: 'c1', percent, period: 'spring term', at, ...(id && { id }) }) as const;

  it('a child whose latest school attendance is 85%', () => {
    const file = amyOnAPlan()
      .withAgency('sch')
      .withEntry({ ...attendance(85, '2026-03-02T09:00', 'att'), agency: 'sch' })
      .build();

    const finding = findingOf(file, '2026-03-10T12:00', 'poor-attendance', 'c1');
    expect(finding).toMatchObject({
      severity: 'warning',
      subject: 'c1',
      since: '2026-03-02T09:00',
      evidence: ['att'],
    });
    expect(finding?.explanation).toBe(
      "Amy's attendance was 85% in the spring term (recorded 2 March 2026), below 90%.",
    );
  });

  it('a child whose attendance is exactly 90%, or 89.9%', () => {
    expect(
      findingOf(
        amyOnAPlan().withEntry(attendance(90, '2026-03-02T09:00')).build(),
        '2026-03-10T12:00',
        'poor-attendance',
      ),
    ).toBeUndefined();
    expect(
      findingOf(
        amyOnAPlan().withEntry(attendance(89.9, '2026-03-02T09:00')).build(),
        '2026-03-10T12:00',
        'poor-attendance',
      ),
    ).toBeDefined();
  });

  it('a later attendance figure of 95% answers an earlier poor one', () => {
    const file = amyOnAPlan()
      .withEntry(attendance(80, '2026-01-12T09:00'))
      .withEntry(attendance(95, '2026-03-02T09:00'))
      .build();
    expect(findingOf(file, '2026-02-10T12:00', 'poor-attendance')).toBeDefined();
    expect(findingOf(file, '2026-03-10T12:00', 'poor-attendance')).toBeUndefined();
  });

  it('attendance poor at two terms running has been poor since the first', () => {
    const file = amyOnAPlan()
      .withEntry(attendance(80, '2026-01-12T09:00', 'autumn'))
      .withEntry(attendance(82, '2026-03-02T09:00', 'spring'))
      .build();
    const finding = findingOf(file, '2026-03-10T12:00', 'poor-attendance', 'c1');
    expect(finding).toMatchObject({ since: '2026-01-12T09:00', evidence: ['spring'] });
  });

  it("one child's good attendance does not answer a brother's poor attendance", () => {
    const file = amyOnAPlan()
      .withChild('c2', '2017-02-01', 'Ben')
      .withEntry({ ...attendance(70, '2026-03-02T09:00'), person: 'c2' })
      .withEntry(attendance(98, '2026-03-03T09:00'))
      .build();
    expect(findingOf(file, '2026-03-10T12:00', 'poor-attendance', 'c2')).toBeDefined();
    expect(findingOf(file, '2026-03-10T12:00', 'poor-attendance', 'c1')).toBeUndefined();
  });
});

describe('health-appointments-missed', () => {
  const notBrought = (at: string, id: string, forWhom?: string[]) => ({
    id,
    at,
    agency: 'hv',
    mode: 'health-appointment' as const,
    outcome: 'not-brought' as const,
    ...(forWhom && { for: forWhom }),
  });
  const withHealth = (dob = aSevenYearOld) => amyOnAPlan(dob).withAgency('hv');

  it('a child not brought to two health appointments in four months', () => {
    const file = withHealth()
      .withContact(notBrought('2026-01-12T10:00', 'jan'))
      .withContact(notBrought('2026-05-11T10:00', 'may'))
      .build();

    const finding = findingOf(file, '2026-05-12T12:00', 'health-appointments-missed', 'c1');
    expect(finding).toMatchObject({
      severity: 'warning',
      subject: 'c1',
      since: '2026-05-11T10:00',
      evidence: ['jan', 'may'],
    });
    expect(finding?.explanation).toBe(
      'Amy was not brought to 2 appointments between 12 January and 11 May 2026.',
    );
  });

  it('a child not brought to one appointment, or to two 180 days apart', () => {
    const one = withHealth().withContact(notBrought('2026-01-12T10:00', 'jan')).build();
    expect(findingOf(one, '2026-01-20T12:00', 'health-appointments-missed')).toBeUndefined();

    const apart = (second: string) =>
      withHealth()
        .withContact(notBrought('2026-04-01T10:00', 'apr'))
        .withContact(notBrought(second, 'sep'))
        .build();
    expect(
      findingOf(apart('2026-09-28T10:00'), '2026-09-28T10:00', 'health-appointments-missed'),
    ).toBeUndefined();
    expect(
      findingOf(apart('2026-09-27T10:00'), '2026-09-27T10:00', 'health-appointments-missed'),
    ).toBeDefined();
  });

  it('the finding ends 180 days after the first missed appointment', () => {
    const file = withHealth()
      .withContact(notBrought('2026-04-01T10:00', 'apr'))
      .withContact(notBrought('2026-05-06T10:00', 'may'))
      .build();
    expect(findingOf(file, '2026-09-28T09:59', 'health-appointments-missed')).toBeDefined();
    expect(findingOf(file, '2026-09-28T10:00', 'health-appointments-missed')).toBeUndefined();
  });

  it('appointments for a sibling count for the sibling only; one for nobody in particular counts for every child', () => {
    const file = withHealth()
      .withChild('c2', '2025-10-01', 'Baby Ben')
      .withContact(notBrought('2026-01-12T10:00', 'ben-1', ['c2']))
      .withContact(notBrought('2026-02-09T10:00', 'ben-2', ['c2']))
      .withContact(notBrought('2026-02-16T10:00', 'family'))
      .build();

    expect(findingOf(file, '2026-02-17T12:00', 'health-appointments-missed', 'c1')).toBeUndefined();
    expect(findingOf(file, '2026-02-17T12:00', 'health-appointments-missed', 'c2')?.evidence).toEqual([
      'ben-1',
      'ben-2',
      'family',
    ]);
  });
});
