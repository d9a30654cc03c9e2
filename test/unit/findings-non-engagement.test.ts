// Patterns of non-engagement seen in contacts (FINDINGS.md): failed contacts, unanswered doors, refusal,
// ambivalence and avoidance. Patterns across agencies are in findings-non-engagement-agencies.test.ts;
// agreements, disguised and sporadic compliance and mobility in findings-non-engagement-compliance.test.ts.
// Windows here stay inside GMT (before 29 March 2026), so "28 days" is 28 days of 24 hours.
import { describe, expect, it } from 'vitest';
import { findingOf } from '../support/assess.js';
import { family, visit } from '../support/non-engagement.js';

describe('repeated-failed-contacts', () => {
  const threeFailuresOfFour = family()
    .withContact(visit('a', '2026-02-02T10:00', 'no-answer-not-in'))
    .withContact(visit('ok', '2026-02-05T10:00', 'completed', { agency: 'hv', seen: ['c1'] }))
    .withContact(visit('b', '2026-02-12T10:00', 'refused-entry'))
    .withContact(visit('c', '2026-02-27T10:00', 'no-answer-believed-in', { agency: 'hv' }));

  it('three failed contacts by two agencies in four weeks', () => {
    const finding = findingOf(threeFailuresOfFour.build(), '2026-02-27T12:00', 'repeated-failed-contacts');
    expect(finding).toMatchObject({
      severity: 'serious',
      since: '2026-02-27T10:00',
      evidence: ['a', 'b', 'c'],
    });
    expect(finding).not.toHaveProperty('subject');
    expect(finding?.explanation).toBe(
      '3 of the last 4 contacts failed between 2 and 27 February 2026: no answer (2), refused entry (1).',
    );
  });

  it('two failed contacts in four weeks', () => {
    const file = family()
      .withContact(visit('a', '2026-02-02T10:00', 'no-answer-not-in'))
      .withContact(visit('b', '2026-02-12T10:00', 'did-not-attend', { mode: 'office' }))
      .build();
    expect(findingOf(file, '2026-02-13T12:00', 'repeated-failed-contacts')).toBeUndefined();
  });

  it('three failed contacts spread over 29 days, first to last, fall outside any 28 days', () => {
    const third = (at: string) =>
      family()
        .withContact(visit('a', '2026-02-02T10:00', 'no-answer-not-in'))
        .withContact(visit('b', '2026-02-16T10:00', 'no-reply', { mode: 'phone' }))
        .withContact(visit('c', at, 'cancelled-by-family'))
        .build();
    expect(
      findingOf(third('2026-03-02T10:00'), '2026-03-02T12:00', 'repeated-failed-contacts'),
    ).toBeUndefined();
    expect(
      findingOf(third('2026-03-01T10:00'), '2026-03-01T12:00', 'repeated-failed-contacts'),
    ).toBeDefined();
  });

  it('ends when the first of the three is more than 28 days old', () => {
    const file = threeFailuresOfFour.build();
    expect(findingOf(file, '2026-03-02T09:59', 'repeated-failed-contacts')).toBeDefined();
    expect(findingOf(file, '2026-03-02T10:00', 'repeated-failed-contacts')).toBeUndefined();
  });

  it('contacts cut short, completed late or cancelled by professionals are not failed contacts', () => {
    const file = family()
      .withContact(visit('a', '2026-02-02T10:00', 'cut-short'))
      .withContact(visit('b', '2026-02-09T10:00', 'completed-late'))
      .withContact(visit('c', '2026-02-16T10:00', 'cancelled-by-professional'))
      .withContact(visit('d', '2026-02-18T10:00', 'rescheduled-by-professional'))
      .build();
    expect(findingOf(file, '2026-02-20T12:00', 'repeated-failed-contacts')).toBeUndefined();
  });
});

describe('door-not-answered', () => {
  const unanswered = (id: string, at: string) => visit(id, at, 'no-answer-believed-in');

  it('a home visit unanswered although someone seemed to be in', () => {
    const file = family().withContact(unanswered('door', '2026-02-02T10:00')).build();
    const finding = findingOf(file, '2026-02-03T12:00', 'door-not-answered');
    expect(finding).toMatchObject({ severity: 'warning', since: '2026-02-02T10:00', evidence: ['door'] });
    expect(finding?.explanation).toBe(
      '1 home visit on 2 February 2026 went unanswered although someone seemed to be in.',
    );
  });

  it('a second unanswered door in four weeks is serious, since the first', () => {
    const file = family()
      .withContact(unanswered('d1', '2026-02-02T10:00'))
      .withContact(unanswered('d2', '2026-02-20T10:00'))
      .build();
    const finding = findingOf(file, '2026-02-20T12:00', 'door-not-answered');
    expect(finding).toMatchObject({ severity: 'serious', since: '2026-02-02T10:00', evidence: ['d1', 'd2'] });
    expect(finding?.explanation).toContain('2 home visits between 2 and 20 February 2026 went unanswered');
    // Once the first is four weeks old, one unanswered door is left: a warning again.
    expect(findingOf(file, '2026-03-02T10:00', 'door-not-answered')?.severity).toBe('warning');
  });

  it('nobody in, or no answer somewhere other than the home, is not an unanswered door', () => {
    const file = family()
      .withContact(visit('a', '2026-02-02T10:00', 'no-answer-not-in'))
      .withContact(visit('b', '2026-02-03T10:00', 'no-answer-believed-in', { mode: 'phone' }))
      .build();
    expect(findingOf(file, '2026-02-04T12:00', 'door-not-answered')).toBeUndefined();
  });

  it('ends 28 days after the visit', () => {
    const file = family().withContact(unanswered('door', '2026-02-02T10:00')).build();
    expect(findingOf(file, '2026-03-02T09:59', 'door-not-answered')).toBeDefined();
    expect(findingOf(file, '2026-03-02T10:00', 'door-not-answered')).toBeUndefined();
  });
});

describe('refusal', () => {
  it('entry to the home refused', () => {
    const file = family()
      .withContact(visit('no', '2026-02-02T10:00', 'refused-entry'))
      .build();
    const finding = findingOf(file, '2026-02-03T12:00', 'refusal');
    expect(finding).toMatchObject({ severity: 'serious', since: '2026-02-02T10:00', evidence: ['no'] });
    expect(finding?.explanation).toBe('The family refused entry to the home on 2 February 2026.');
  });

  it('a contact that went ahead, with refusal seen, and a phone call refused', () => {
    const file = family()
      .withContact(visit('seen', '2026-02-02T10:00', 'completed', { seen: ['c1'], behaviours: ['refusal'] }))
      .withContact(visit('call', '2026-02-09T10:00', 'refused', { mode: 'phone' }))
      .build();
    expect(findingOf(file, '2026-02-03T12:00', 'refusal')?.explanation).toBe(
      'The family refused what was asked at the contact on 2 February 2026.',
    );
    const finding = findingOf(file, '2026-02-10T12:00', 'refusal');
    expect(finding).toMatchObject({ since: '2026-02-02T10:00', evidence: ['seen', 'call'] });
    expect(finding?.explanation).toBe(
      'The family refused 2 contacts between 2 and 9 February 2026, most recently the contact on 9 February 2026.',
    );
  });

  it('a contact with other difficult behaviour but no refusal', () => {
    const file = family()
      .withContact(visit('a', '2026-02-02T10:00', 'completed', { behaviours: ['hostility', 'denial'] }))
      .build();
    expect(findingOf(file, '2026-02-03T12:00', 'refusal')).toBeUndefined();
  });

  it('ends 28 days after the refusal', () => {
    const file = family()
      .withContact(visit('no', '2026-02-02T10:00', 'refused-entry'))
      .build();
    expect(findingOf(file, '2026-03-02T09:59', 'refusal')).toBeDefined();
    expect(findingOf(file, '2026-03-02T10:00', 'refusal')).toBeUndefined();
  });
});

describe('ambivalence', () => {
  const late = (id: string, at: string) => visit(id, at, 'completed-late');
  const putOff = (id: string, at: string, reason?: string) =>
    visit(id, at, 'cancelled-by-family', reason ? { reason } : {});

  it('late once, put off with a reason once and ambivalent once in six weeks', () => {
    const file = family()
      .withContact(late('late', '2026-01-12T10:00'))
      .withContact(putOff('off', '2026-02-02T10:00', 'Car broke down'))
      .withContact(visit('vague', '2026-02-23T10:00', 'completed', { behaviours: ['ambivalence'] }))
      .build();
    const finding = findingOf(file, '2026-02-24T12:00', 'ambivalence');
    expect(finding).toMatchObject({
      severity: 'info',
      since: '2026-02-23T10:00',
      evidence: ['late', 'off', 'vague'],
    });
    expect(finding?.explanation).toMatch(
      /^3 contacts between 12 January and 23 February 2026 were late, put off with a reason/,
    );
  });

  it('a cancellation without a reason is not a sign of ambivalence', () => {
    const file = family()
      .withContact(late('late', '2026-01-12T10:00'))
      .withContact(putOff('off', '2026-02-02T10:00'))
      .withContact(
        visit('r', '2026-02-09T10:00', 'rescheduled-by-family', { reason: 'Hospital appointment' }),
      )
      .build();
    expect(findingOf(file, '2026-02-10T12:00', 'ambivalence')).toBeUndefined();
  });

  it('three signs 60 days apart, first to last, and the finding lapsing 60 days after the first', () => {
    const third = (at: string) =>
      family()
        .withContact(late('a', '2026-01-12T10:00'))
        .withContact(late('b', '2026-02-02T10:00'))
        .withContact(late('c', at))
        .build();
    expect(findingOf(third('2026-03-13T10:00'), '2026-03-13T10:00', 'ambivalence')).toBeUndefined();
    const within = third('2026-03-12T10:00');
    expect(findingOf(within, '2026-03-13T09:59', 'ambivalence')).toBeDefined();
    expect(findingOf(within, '2026-03-13T10:00', 'ambivalence')).toBeUndefined();
  });
});

describe('avoidance', () => {
  it('a visit cut short and an avoidant meeting in two months', () => {
    const file = family()
      .withContact(visit('short', '2026-01-12T10:00', 'cut-short'))
      .withContact(
        visit('dodged', '2026-03-02T10:00', 'completed', { mode: 'office', behaviours: ['avoidance'] }),
      )
      .build();
    const finding = findingOf(file, '2026-03-02T12:00', 'avoidance');
    expect(finding).toMatchObject({
      severity: 'warning',
      since: '2026-03-02T10:00',
      evidence: ['short', 'dodged'],
    });
    expect(finding?.explanation).toBe(
      '2 contacts between 12 January and 2 March 2026 were cut short or avoided.',
    );
  });

  it('one visit cut short, or two 60 days apart', () => {
    const oneOrTwo = (...ats: string[]) =>
      ats.reduce((file, at, i) => file.withContact(visit(`v${i}`, at, 'cut-short')), family()).build();
    expect(findingOf(oneOrTwo('2026-01-12T10:00'), '2026-01-13T12:00', 'avoidance')).toBeUndefined();
    expect(
      findingOf(oneOrTwo('2026-01-12T10:00', '2026-03-13T10:00'), '2026-03-13T10:00', 'avoidance'),
    ).toBeUndefined();
  });

  it('ends 60 days after the first of the two', () => {
    const file = family()
      .withContact(visit('a', '2026-01-12T10:00', 'cut-short'))
      .withContact(visit('b', '2026-03-12T10:00', 'cut-short'))
      .build();
    expect(findingOf(file, '2026-03-13T09:59', 'avoidance')).toBeDefined();
    expect(findingOf(file, '2026-03-13T10:00', 'avoidance')).toBeUndefined();
  });
});
