// When the child cannot be seen (FINDINGS.md, "Pack-specific"): the Children's Reporter in Forth Valley, and
// a police welfare check in every pack. Times are UK local; 2 February 2026 is a Monday.
import { describe, expect, it } from 'vitest';
import { finder } from '../support/assess.js';
import { aCase } from '../support/case-builder.js';

// An early help case whose child was seen on 27 January; a refusal holds from 2 February 10:00.
const seen = aCase()
  .openedOn('2026-01-26')
  .withPlan('early-help')
  .withChild('c1', '2019-05-01')
  .withContact({ at: '2026-01-27T10:00', seen: ['c1'], seenAlone: ['c1'] });
const refused = seen.withContact({ id: 'r1', at: '2026-02-02T10:00', outcome: 'refused-entry' });

describe('reporter-notification-due and reporter-referral-consider (Forth Valley)', () => {
  const notify = finder('reporter-notification-due');
  const consider = finder('reporter-referral-consider');
  const fv = refused.withPack('forth-valley');

  it('is critical for a child under compulsory measures whom the family refuse to let be seen', () => {
    const finding = notify(fv.withPlan('compulsory-supervision').build(), '2026-02-03T12:00');
    expect(finding).toMatchObject({ severity: 'critical', since: '2026-02-02T10:00', evidence: ['r1'] });
    expect(finding?.explanation).toMatch(
      /compulsory measures .* since 2 February 2026; the Reporter has not been informed\.$/,
    );
  });

  it('asks for a referral to be considered, as serious, without compulsory measures', () => {
    const file = fv.build();
    expect(notify(file, '2026-02-03T12:00')).toBeUndefined();
    const finding = consider(file, '2026-02-03T12:00');
    expect(finding).toMatchObject({ severity: 'serious', since: '2026-02-02T10:00', evidence: ['r1'] });
    expect(finding?.explanation).toMatch(
      /since 2 February 2026; a referral to the Reporter has not been recorded\.$/,
    );
  });

  it('becomes a duty once a compulsory supervision order is made', () => {
    const file = fv
      .withEntry({ kind: 'plan-change', at: '2026-02-04T10:00', plan: 'compulsory-supervision' })
      .build();
    expect(consider(file, '2026-02-03T12:00')).toBeDefined();
    expect(notify(file, '2026-02-05T12:00')?.since).toBe('2026-02-02T10:00');
  });

  it('is not raised by an English pack, nor for an unanswered door alone', () => {
    expect(notify(refused.withPlan('compulsory-supervision').build(), '2026-02-03T12:00')).toBeUndefined();
    expect(consider(fv.build(), '2026-02-03T12:00', undefined, 'sussex')).toBeUndefined();
    const door = seen
      .withPack('forth-valley')
      .withContact({ at: '2026-02-02T10:00', outcome: 'no-answer-believed-in' });
    expect(consider(door.build(), '2026-02-03T12:00')).toBeUndefined();
  });

  it('is answered by informing the Reporter since, not before', () => {
    const told = fv
      .withPlan('compulsory-supervision')
      .withEntry({ kind: 'reporter-informed', at: '2026-02-03T10:00' });
    expect(notify(told.build(), '2026-02-03T12:00')).toBeUndefined();
    const before = seen
      .withPack('forth-valley')
      .withEntry({ kind: 'reporter-informed', at: '2026-01-28T10:00' })
      .withContact({ at: '2026-02-02T10:00', outcome: 'refused' });
    expect(consider(before.build(), '2026-02-03T12:00')).toBeDefined();
  });
});

describe('police-welfare-check-consider', () => {
  const found = finder('police-welfare-check-consider');

  // Child protection, never seen since 5 January: child-not-seen is serious from 20 January, critical from 3 February.
  const unseen = aCase().openedOn('2026-01-05').withPlan('child-protection').withChild('c1', '2019-05-01');
  const tried = (first = {}) =>
    unseen
      .withContact({ id: 'f1', at: '2026-01-29T10:00', outcome: 'no-answer-not-in', ...first })
      .withContact({ id: 'f2', at: '2026-02-02T10:00', outcome: 'refused-entry' });

  it('is critical once the child is far past the limit and the last two attempts failed', () => {
    expect(found(tried().build(), '2026-02-02T23:59')).toBeUndefined();
    const finding = found(tried().build(), '2026-02-03T09:00', 'c1');
    expect(finding).toMatchObject({
      severity: 'critical',
      since: '2026-02-03T00:00',
      evidence: ['f1', 'f2'],
    });
    expect(finding?.explanation).toBe(
      'Child c1 has gone unseen far past the limit and the last two attempts to see them failed (29 January 2026 and 2 February 2026).',
    );
  });

  it('is not raised when only the last attempt failed', () => {
    const file = tried({ mode: 'phone', outcome: 'completed' }).build();
    expect(found(file, '2026-02-03T09:00')).toBeUndefined();
  });

  it('is answered by a visit that sees the child', () => {
    const file = tried()
      .withContact({ at: '2026-02-04T10:00', seen: ['c1'] })
      .build();
    expect(found(file, '2026-02-04T09:59')).toBeDefined();
    expect(found(file, '2026-02-04T10:00')).toBeUndefined();
  });
});
