// Patterns of non-engagement across agencies (FINDINGS.md): one agency getting in while another is shut
// out (selective engagement), and every agency failing or backing off (everyone withdrawing).
// Windows here stay inside GMT (before 29 March 2026), so "28 days" is 28 days of 24 hours.
import { describe, expect, it } from 'vitest';
import { codesAt, findingOf } from '../support/assess.js';
import { family, visit } from '../support/non-engagement.js';

describe('selective-engagement', () => {
  const schoolGetsIn = family()
    .withContact(
      visit('s1', '2026-02-02T15:00', 'completed', { agency: 'sch', mode: 'school', seen: ['c1'] }),
    )
    .withContact(visit('f1', '2026-02-04T10:00', 'no-answer-not-in'))
    .withContact(visit('s2', '2026-02-09T15:00', 'completed', { agency: 'sch', mode: 'school' }));

  it('the school gets in while social care fails twice', () => {
    const file = schoolGetsIn
      .withContact(visit('f2', '2026-02-11T10:00', 'did-not-attend', { mode: 'office' }))
      .build();
    const finding = findingOf(file, '2026-02-12T12:00', 'selective-engagement');
    expect(finding).toMatchObject({
      severity: 'warning',
      since: '2026-02-11T10:00',
      evidence: ['s1', 'f1', 's2', 'f2'],
    });
    expect(finding?.explanation).toBe(
      "In the last 60 days the family saw Primary School (2 contacts), while Children's Social Care had 2 failed.",
    );
  });

  it('social care has failed only once', () => {
    expect(findingOf(schoolGetsIn.build(), '2026-02-12T12:00', 'selective-engagement')).toBeUndefined();
  });

  it('both agencies got in once, then both failed again and again: nobody is being singled out', () => {
    // As the shared example no-access-baby: an agency that fails more often than it gets in is not engaging.
    const file = family()
      .withContact(visit('c1', '2026-01-13T10:00', 'completed', { seen: ['c1'] }))
      .withContact(visit('h1', '2026-02-02T10:00', 'completed', { agency: 'hv', seen: ['c1'] }))
      .withContact(visit('f1', '2026-02-16T10:00', 'no-answer-believed-in'))
      .withContact(
        visit('h2', '2026-02-19T10:00', 'not-brought', { agency: 'hv', mode: 'health-appointment' }),
      )
      .withContact(visit('f2', '2026-03-02T10:00', 'refused-entry'))
      .withContact(visit('h3', '2026-03-05T10:00', 'no-answer-not-in', { agency: 'hv' }))
      .build();
    expect(findingOf(file, '2026-03-10T12:00', 'selective-engagement')).toBeUndefined();
  });

  it('one agency alone, getting in once and failing twice', () => {
    const file = family()
      .withContact(visit('c1', '2026-02-02T10:00', 'completed'))
      .withContact(visit('f1', '2026-02-09T10:00', 'no-answer-not-in'))
      .withContact(visit('f2', '2026-02-11T10:00', 'no-answer-not-in'))
      .build();
    expect(findingOf(file, '2026-02-13T12:00', 'selective-engagement')).toBeUndefined();
  });

  it('ends when the first failure is more than 60 days old, leaving social care one', () => {
    const file = family()
      .withContact(visit('s1', '2026-01-06T15:00', 'completed', { agency: 'sch', mode: 'school' }))
      .withContact(visit('f1', '2026-01-08T10:00', 'no-answer-not-in'))
      .withContact(visit('f2', '2026-01-15T10:00', 'no-answer-not-in'))
      .withContact(visit('s2', '2026-01-20T15:00', 'completed', { agency: 'sch', mode: 'school' }))
      .build();
    expect(findingOf(file, '2026-03-09T09:59', 'selective-engagement')).toBeDefined();
    expect(findingOf(file, '2026-03-09T10:00', 'selective-engagement')).toBeUndefined();
  });
});

describe('everyone-withdrawing', () => {
  const nobodyGetsIn = family()
    .withContact(visit('a', '2026-02-02T10:00', 'no-answer-believed-in'))
    .withContact(visit('b', '2026-02-05T10:00', 'not-brought', { agency: 'hv', mode: 'clinic' }))
    .withContact(visit('c', '2026-02-09T10:00', 'refused-entry'));

  it('social care and health visiting both fail every time in four weeks', () => {
    const finding = findingOf(nobodyGetsIn.build(), '2026-02-10T12:00', 'everyone-withdrawing');
    expect(finding).toMatchObject({
      severity: 'critical',
      since: '2026-02-05T10:00',
      evidence: ['a', 'b', 'c'],
    });
    expect(finding?.explanation).toBe(
      "Every contact in the last 28 days failed: 3 attempts by Children's Social Care and Health Visiting, and nobody has got in.",
    );
  });

  it('one agency gets in', () => {
    const file = nobodyGetsIn
      .withContact(visit('in', '2026-02-10T10:00', 'completed', { agency: 'hv', seen: ['c1'] }))
      .build();
    expect(findingOf(file, '2026-02-10T12:00', 'everyone-withdrawing')).toBeUndefined();
  });

  it('health visiting ends its involvement while the family is refusing entry', () => {
    const file = family()
      .withContact(visit('no', '2026-02-02T10:00', 'refused-entry'))
      .withEntry({ id: 'end', kind: 'involvement-end', agency: 'hv', at: '2026-02-06T10:00' })
      .build();
    const finding = findingOf(file, '2026-02-06T12:00', 'everyone-withdrawing');
    expect(finding).toMatchObject({ severity: 'critical', since: '2026-02-06T10:00', evidence: ['end'] });
    expect(finding?.explanation).toBe(
      'Health Visiting ended its involvement on 6 February 2026 while the family was not engaging.',
    );
  });

  it('health visiting ends its involvement while the family is engaging', () => {
    const file = family()
      .withContact(visit('ok', '2026-02-02T10:00', 'completed', { seen: ['c1'], seenAlone: ['c1'] }))
      .withEntry({ kind: 'involvement-end', agency: 'hv', at: '2026-02-06T10:00' })
      .build();
    expect(codesAt(file, '2026-02-06T12:00')).not.toContain('everyone-withdrawing');
  });
});
