// child-not-seen (FINDINGS.md, "Child in focus"): a child not seen by any professional for more than
// the plan's limit in working days (child protection or compulsory supervision 10, looked after and child
// in need 20, early help 30), halved for a child under one (under five in Forth Valley); serious, critical
// past twice the limit.
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/domain/vocabularies.js';
import { assessAt, findingOf } from '../support/assess.js';
import { aCase } from '../support/case-builder.js';

const aSevenYearOld = '2019-05-01';
const aBaby = '2025-12-01';

/** A case whose child Amy was seen (alone, and heard) on Monday 2 March 2026 at 10:00. */
const seenOnMonday2March = (plan: Plan, dateOfBirth = aSevenYearOld) =>
  aCase()
    .withPlan(plan)
    .withChild('c1', dateOfBirth, 'Amy')
    .withContact({ id: 'seen', at: '2026-03-02T10:00', seen: ['c1'], seenAlone: ['c1'], childViews: ['c1'] });

describe('child-not-seen', () => {
  it('a baby on a child protection plan not seen for six working days', () => {
    const file = seenOnMonday2March('child-protection', aBaby)
      .withContact({ id: 'door', at: '2026-03-05T10:00', outcome: 'no-answer-not-in' })
      .build();

    const finding = findingOf(file, '2026-03-10T12:00', 'child-not-seen', 'c1');

    expect(finding).toMatchObject({ severity: 'serious', subject: 'c1', since: '2026-03-10T00:00' });
    expect(finding?.evidence).toEqual(['seen', 'door']);
    expect(finding?.explanation).toBe(
      'Amy has not been seen by any professional since 2 March 2026: 6 working days, against a limit of 5 ' +
        'for a baby on a child protection plan; 1 of 1 attempt since failed.',
    );
  });

  it('a baby on a child protection plan not seen for five working days is within the halved limit', () => {
    const file = seenOnMonday2March('child-protection', aBaby).build();
    expect(findingOf(file, '2026-03-09T23:59', 'child-not-seen')).toBeUndefined();
  });

  it('a child of seven on a child protection plan not seen for exactly 10 working days, then 11', () => {
    const file = seenOnMonday2March('child-protection').build();

    expect(findingOf(file, '2026-03-16T23:59', 'child-not-seen')).toBeUndefined();
    const finding = findingOf(file, '2026-03-17T00:00', 'child-not-seen', 'c1');
    expect(finding).toMatchObject({ severity: 'serious', since: '2026-03-17T00:00', evidence: ['seen'] });
    expect(finding?.explanation).toContain(
      '11 working days, against a limit of 10 for a child on a child protection plan',
    );
  });

  it.each([
    ['child-protection', aSevenYearOld, '2026-03-16', '2026-03-17'],
    ['compulsory-supervision', aSevenYearOld, '2026-03-16', '2026-03-17'],
    ['looked-after', aSevenYearOld, '2026-03-30', '2026-03-31'],
    ['child-in-need', aSevenYearOld, '2026-03-30', '2026-03-31'],
    // 30 working days from 2 March, past Good Friday and Easter Monday (England and Wales).
    ['early-help', aSevenYearOld, '2026-04-15', '2026-04-16'],
    ['child-in-need', aBaby, '2026-03-16', '2026-03-17'],
    ['early-help', aBaby, '2026-03-23', '2026-03-24'],
  ] as const)(
    'a child on a %s plan born %s is due a visit on %s and not seen past it on %s',
    (plan, dob, last, over) => {
      const file = seenOnMonday2March(plan, dob).build();
      expect(findingOf(file, `${last}T12:00`, 'child-not-seen')).toBeUndefined();
      expect(findingOf(file, `${over}T12:00`, 'child-not-seen')?.severity).toBe('serious');
    },
  );

  // FV "Best Practice": more urgent steps for babies and other very young children, so Forth Valley halves
  // the limit under five (the common core under one).
  const aThreeYearOld = '2023-01-10';
  it('a child of three on a compulsory supervision order in Forth Valley not seen for six working days', () => {
    const file = seenOnMonday2March('compulsory-supervision', aThreeYearOld).withPack('forth-valley').build();

    expect(findingOf(file, '2026-03-09T23:59', 'child-not-seen')).toBeUndefined();
    const finding = findingOf(file, '2026-03-10T00:00', 'child-not-seen', 'c1');
    expect(finding).toMatchObject({ severity: 'serious', since: '2026-03-10T00:00' });
    expect(finding?.explanation).toContain(
      '6 working days, against a limit of 5 for a child under 5 subject to a compulsory supervision order',
    );
    // The same child under an English pack has the full limit of 10.
    expect(findingOf(file, '2026-03-10T12:00', 'child-not-seen', 'c1', 'milton-keynes')).toBeUndefined();
  });

  it('a child who turned five in Forth Valley has the full limit, from their birthday', () => {
    const fifthBirthday = seenOnMonday2March('compulsory-supervision', '2021-03-09')
      .withPack('forth-valley')
      .build();
    // Five on 9 March: on the 10th, 6 working days unseen, the full limit of 10 applies. A child who
    // turns five on the 11th is still under the halved limit of 5 then.
    expect(findingOf(fifthBirthday, '2026-03-10T12:00', 'child-not-seen')).toBeUndefined();
    const youngerStill = seenOnMonday2March('compulsory-supervision', '2021-03-11')
      .withPack('forth-valley')
      .build();
    expect(findingOf(youngerStill, '2026-03-10T12:00', 'child-not-seen')?.severity).toBe('serious');
  });

  it('Easter Monday 2026 is a bank holiday in England and Wales but a working day in Scotland', () => {
    // Seen on Thursday 26 March: Good Friday is a holiday in both nations, Easter Monday only in England.
    const file = aCase()
      .withPlan('compulsory-supervision')
      .withChild('c1', aSevenYearOld, 'Amy')
      .withContact({ id: 'seen', at: '2026-03-26T10:00', seen: ['c1'], seenAlone: ['c1'] })
      .build();

    expect(findingOf(file, '2026-04-13T12:00', 'child-not-seen', 'c1', 'milton-keynes')).toBeUndefined();
    expect(
      findingOf(file, '2026-04-13T12:00', 'child-not-seen', 'c1', 'forth-valley')?.explanation,
    ).toContain('11 working days, against a limit of 10');
    expect(findingOf(file, '2026-04-14T12:00', 'child-not-seen', 'c1', 'milton-keynes')?.since).toBe(
      '2026-04-14T00:00',
    );
  });

  it('2 January 2026 is a bank holiday in Scotland only', () => {
    // Seen on Monday 15 December 2025: Christmas, Boxing Day and New Year's Day are holidays in both.
    const file = aCase()
      .openedOn('2025-12-01')
      .withPlan('child-protection')
      .withChild('c1', aSevenYearOld, 'Amy')
      .withContact({ id: 'seen', at: '2025-12-15T10:00', seen: ['c1'], seenAlone: ['c1'] })
      .build();

    expect(findingOf(file, '2026-01-02T12:00', 'child-not-seen', 'c1', 'milton-keynes')?.severity).toBe(
      'serious',
    );
    expect(findingOf(file, '2026-01-02T12:00', 'child-not-seen', 'c1', 'forth-valley')).toBeUndefined();
    expect(findingOf(file, '2026-01-05T12:00', 'child-not-seen', 'c1', 'forth-valley')?.since).toBe(
      '2026-01-05T00:00',
    );
  });

  it('a child on a child protection plan not seen for 21 working days is critical, since the limit was first passed', () => {
    const file = seenOnMonday2March('child-protection').build();

    expect(findingOf(file, '2026-03-30T12:00', 'child-not-seen')?.severity).toBe('serious');
    const finding = findingOf(file, '2026-03-31T12:00', 'child-not-seen', 'c1');
    expect(finding).toMatchObject({ severity: 'critical', since: '2026-03-17T00:00' });
    expect(finding?.explanation).toContain('21 working days, against a limit of 10');
  });

  it('a child seen again by another agency is no longer unseen', () => {
    const file = seenOnMonday2March('child-protection')
      .withAgency('sch')
      .withContact({ at: '2026-03-13T10:00', agency: 'sch', mode: 'school', seen: ['c1'] })
      .build();

    expect(findingOf(file, '2026-03-20T12:00', 'child-not-seen')).toBeUndefined();
    expect(findingOf(file, '2026-03-30T12:00', 'child-not-seen')?.explanation).toContain(
      'since 13 March 2026',
    );
  });

  it('a child never seen since the case opened, with no contact at all', () => {
    const file = aCase()
      .withPlan('child-protection')
      .withChild('c1', aSevenYearOld, 'Amy')
      .withEntry({ id: 'alloc', kind: 'allocation', worker: 'w1', role: 'lead', at: '2026-01-05T09:00' })
      .build();

    const finding = findingOf(file, '2026-01-20T12:00', 'child-not-seen', 'c1');
    expect(finding).toMatchObject({ severity: 'serious', since: '2026-01-20T00:00', evidence: ['alloc'] });
    expect(finding?.explanation).toContain('since the case opened on 5 January 2026: 11 working days');
  });

  it('a baby born after the case opened is counted from birth, and the explanation says so', () => {
    const file = aCase()
      .openedOn('2026-01-05')
      .withPlan('child-protection')
      .withChild('c1', '2026-03-02', 'Baby Amy')
      .build();

    expect(findingOf(file, '2026-03-09T12:00', 'child-not-seen')).toBeUndefined();
    const finding = findingOf(file, '2026-03-10T12:00', 'child-not-seen', 'c1');
    expect(finding?.since).toBe('2026-03-10T00:00');
    expect(finding?.explanation).toContain(
      'since birth on 2 March 2026: 6 working days, against a limit of 5',
    );
    expect(finding?.explanation).not.toContain('case opened');
  });

  it('a baby seen by the midwife on the day of birth is counted from that visit', () => {
    const file = aCase()
      .withPlan('child-protection')
      .withAgency('mw', 'midwifery')
      .withChild('c1', '2026-03-02', 'Baby Amy')
      .withContact({ id: 'birth-visit', at: '2026-03-02T09:00', agency: 'mw', mode: 'clinic', seen: ['c1'] })
      .withContact({ id: 'door', at: '2026-03-05T10:00', outcome: 'no-answer-not-in' })
      .build();

    const finding = findingOf(file, '2026-03-10T12:00', 'child-not-seen', 'c1');
    expect(finding?.evidence).toEqual(['birth-visit', 'door']);
    expect(finding?.explanation).toContain('since 2 March 2026: 6 working days');
  });

  it('a visit recorded as unanswered, then amended to say the child was seen, is assessed as amended', () => {
    const unanswered = seenOnMonday2March('child-protection').withContact({
      id: 'visit',
      at: '2026-03-12T10:00',
      outcome: 'no-answer-believed-in',
    });
    const amended = unanswered.withContact({
      id: 'correction',
      amends: 'visit',
      at: '2026-03-12T10:00',
      outcome: 'completed',
      seen: ['c1'],
    });

    expect(findingOf(unanswered.build(), '2026-03-20T12:00', 'child-not-seen')?.severity).toBe('serious');
    expect(findingOf(amended.build(), '2026-03-20T12:00', 'child-not-seen')).toBeUndefined();
  });

  it('a sighting recorded for a time after the assessment does not count yet', () => {
    const file = seenOnMonday2March('child-protection')
      .withContact({ id: 'later', at: '2026-03-25T10:00', seen: ['c1'] })
      .build();

    const finding = findingOf(file, '2026-03-20T12:00', 'child-not-seen', 'c1');
    expect(finding?.evidence).toEqual(['seen']);
    expect(finding?.explanation).toContain('since 2 March 2026: 14 working days');
    expect(findingOf(file, '2026-03-25T12:00', 'child-not-seen')).toBeUndefined();
  });

  it('a child about to pass the limit is due to be reassessed at the start of the day they pass it', () => {
    const file = seenOnMonday2March('child-protection').build();
    const { findings, reassessAt } = assessAt(file, '2026-03-16T12:00');
    expect(findings.map((f) => f.code)).not.toContain('child-not-seen');
    expect(reassessAt).toBe('2026-03-17T00:00:00.000Z');
  });

  it('while the finding holds, the case is reassessed each UK midnight, as its count of days moves on', () => {
    const file = seenOnMonday2March('child-protection').build();
    const tuesday = assessAt(file, '2026-03-17T12:00');
    expect(tuesday.findings.find((f) => f.code === 'child-not-seen')?.explanation).toContain(
      '11 working days',
    );
    expect(tuesday.reassessAt).toBe('2026-03-18T00:00:00.000Z');
    expect(findingOf(file, '2026-03-18T00:00', 'child-not-seen')?.explanation).toContain('12 working days');
  });

  it('a baby not seen eases from critical to serious on the first birthday, which a stored result is reassessed by', () => {
    // Born 20 March 2025: one on Friday 20 March 2026. Limit 5 working days as a baby, 10 from the birthday.
    const file = seenOnMonday2March('child-protection', '2025-03-20').build();
    const eve = assessAt(file, '2026-03-19T12:00');
    expect(eve.findings.find((f) => f.code === 'child-not-seen')).toMatchObject({ severity: 'critical' });
    expect(eve.reassessAt).toBe('2026-03-20T00:00:00.000Z');

    const birthday = findingOf(file, '2026-03-20T00:00', 'child-not-seen', 'c1');
    expect(birthday).toMatchObject({ severity: 'serious', since: '2026-03-17T00:00' });
    expect(birthday?.explanation).toContain('against a limit of 10 for a child on a child protection plan');
  });

  it('the limit is reassessed at UK midnight in summer time, an hour before UTC midnight', () => {
    // Seen Monday 1 June 2026; the 11th working day is Tuesday 16 June, which begins at 23:00 UTC on the 15th.
    const file = aCase()
      .withPlan('child-protection')
      .withChild('c1', aSevenYearOld, 'Amy')
      .withContact({ at: '2026-06-01T10:00', seen: ['c1'], seenAlone: ['c1'], childViews: ['c1'] })
      .build();
    expect(assessAt(file, '2026-06-15T12:00').reassessAt).toBe('2026-06-15T23:00:00.000Z');
  });

  it('each child is assessed on their own', () => {
    const file = seenOnMonday2March('child-protection')
      .withChild('c2', '2017-01-10', 'Ben')
      .withContact({ at: '2026-03-12T10:00', seen: ['c2'], seenAlone: ['c2'] })
      .build();

    expect(findingOf(file, '2026-03-20T12:00', 'child-not-seen', 'c1')).toBeDefined();
    expect(findingOf(file, '2026-03-20T12:00', 'child-not-seen', 'c2')).toBeUndefined();
  });
});
