// Visit safety without I/O: the safety check, lone visits, extensions and escalation steps.
import { describe, expect, it } from 'vitest';
import { canOnWhereabouts, type Actor } from '../../src/domain/policy.js';
import {
  escalationStep,
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
