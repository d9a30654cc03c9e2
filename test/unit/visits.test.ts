// Visit safety without I/O: the safety check, lone visits, extensions and escalation steps.
import { describe, expect, it } from 'vitest';
import { canOnWhereabouts, type Actor } from '../../src/domain/policy.js';
import {
  escalationStep,
  expectedBackAfter,
  extendedReturn,
  loneVisitNeedsAgreement,
  safetyCheckOf,
} from '../../src/domain/visits.js';

const at = (minutes: number) => new Date(Date.UTC(2026, 2, 2, 10, minutes));

describe('the pre-visit safety check', () => {
  const questions = [
    { id: 'a', text: 'A?', citations: [] },
    { id: 'b', text: 'B?', citations: [] },
  ];
  it('is complete only when every question is answered', () => {
    expect(safetyCheckOf(questions, { a: 'yes', b: ' ' })).toEqual({
      complete: false,
      answers: { a: 'yes' },
    });
    expect(safetyCheckOf(questions, { a: 'yes', b: 'no', c: 'x' })).toEqual({
      complete: true,
      answers: { a: 'yes', b: 'no' },
    });
  });
});

describe('a lone visit', () => {
  it('needs a manager’s agreement only to a family with a warning, where the pack asks for joint visits', () => {
    expect(loneVisitNeedsAgreement(true, true, true)).toBe(true);
    expect(loneVisitNeedsAgreement(false, true, true)).toBe(false);
    expect(loneVisitNeedsAgreement(true, false, true)).toBe(false);
    expect(loneVisitNeedsAgreement(true, true, false)).toBe(false);
  });
});

describe('extending by 30 minutes', () => {
  it('counts from the expected return, or from now when already late', () => {
    expect(extendedReturn(at(30), at(10))).toEqual(at(60));
    expect(extendedReturn(at(30), at(45))).toEqual(at(75));
  });
});

describe('the escalation step of an overdue worker', () => {
  it('is none within the grace, 0 once it has passed, one more every 15 minutes', () => {
    expect(escalationStep(at(0), 15, at(14))).toBeNull();
    expect(escalationStep(at(0), 15, at(15))).toBe(0);
    expect(escalationStep(at(0), 15, at(29))).toBe(0);
    expect(escalationStep(at(0), 15, at(30))).toBe(1);
    expect(escalationStep(at(0), 15, at(61))).toBe(3);
  });
});

describe('who may see and acknowledge whereabouts', () => {
  const actor = (userId: number, partnershipId = 1): Actor => ({
    userId,
    partnershipId,
    agencyId: 1,
    agencyRef: 'csc',
    workerRef: `u${userId}`,
    name: 'x',
    email: 'x@test',
    role: 'practitioner',
    superviseeAgencyIds: [],
  });
  const target = { partnershipId: 1, workerId: 1, managerIds: [2, 3], dutyUserId: 4 };
  it('the worker sees their own but does not acknowledge it; managers up the line and the duty contact do both', () => {
    expect(canOnWhereabouts(actor(1), 'see', target)).toBe(true);
    expect(canOnWhereabouts(actor(1), 'acknowledge', target)).toBe(false);
    for (const id of [2, 3, 4]) expect(canOnWhereabouts(actor(id), 'acknowledge', target)).toBe(true);
    expect(canOnWhereabouts(actor(5), 'see', target)).toBe(false);
    expect(canOnWhereabouts(actor(2, 9), 'see', target)).toBe(false);
  });
});

describe('the time a worker expects to be back', () => {
  it('is that day when it is later than setting out', () => {
    expect(expectedBackAfter('2026-11-23T14:00', '16:30')).toBe('2026-11-23T16:30');
    expect(expectedBackAfter('2026-11-23T23:40', '23:59')).toBe('2026-11-23T23:59');
  });

  it('is after midnight for a late visit that ends then', () => {
    expect(expectedBackAfter('2026-11-23T23:40', '00:30')).toBe('2026-11-24T00:30');
    // On the last night of a month and of a year.
    expect(expectedBackAfter('2026-11-30T22:00', '01:15')).toBe('2026-12-01T01:15');
    expect(expectedBackAfter('2026-12-31T21:30', '02:00')).toBe('2027-01-01T02:00');
    // Up to 8 hours after setting out, and no further.
    expect(expectedBackAfter('2026-11-23T22:00', '06:00')).toBe('2026-11-24T06:00');
    expect(expectedBackAfter('2026-11-23T22:00', '06:01')).toBe('2026-11-23T06:01');
  });

  it('counts the hours the clocks change, not the hours on the clock', () => {
    // 25 October 2026: the clocks go back at 02:00 BST, so 23:00 to 06:30 is 8½ hours: too far.
    expect(expectedBackAfter('2026-10-24T23:00', '06:30')).toBe('2026-10-24T06:30');
    expect(expectedBackAfter('2026-10-24T23:00', '05:30')).toBe('2026-10-25T05:30');
    // 29 March 2026: forward at 01:00 GMT, so 23:00 to 07:30 is 7½ hours.
    expect(expectedBackAfter('2026-03-28T23:00', '07:30')).toBe('2026-03-29T07:30');
  });

  it('stays that day, to be refused, when it is a time already gone', () => {
    expect(expectedBackAfter('2026-11-23T15:00', '14:00')).toBe('2026-11-23T14:00');
    expect(expectedBackAfter('2026-11-23T15:00', '15:00')).toBe('2026-11-23T15:00');
  });
});
