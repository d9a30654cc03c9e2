import { describe, expect, it } from 'vitest';
import { lockedUntil, signInLockout, type SignInAttempt } from '../../src/domain/sign-in-lockout.js';

const minute = 60_000;
const failed = (minutes: number): SignInAttempt => ({ at: minutes * minute, outcome: 'failed' });
const succeeded = (minutes: number): SignInAttempt => ({ at: minutes * minute, outcome: 'succeeded' });
const locked = (minutes: number): SignInAttempt => ({ at: minutes * minute, outcome: 'locked' });

describe('account lockout', () => {
  it('is 5 wrong passwords in 15 minutes, for 15 minutes', () => {
    expect(signInLockout).toEqual({ failures: 5, windowMs: 15 * minute, lockMs: 15 * minute });
  });

  it('does not lock after four wrong passwords', () => {
    expect(lockedUntil([0, 1, 2, 3].map(failed), 4 * minute)).toBeNull();
  });

  it('locks for 15 minutes from the fifth wrong password in 15 minutes', () => {
    const attempts = [0, 1, 2, 3, 14].map(failed);
    expect(lockedUntil(attempts, 14 * minute)).toBe(29 * minute);
    expect(lockedUntil(attempts, 28 * minute)).toBe(29 * minute);
    expect(lockedUntil(attempts, 29 * minute)).toBeNull();
  });

  it('does not lock for five wrong passwords spread over more than 15 minutes', () => {
    expect(lockedUntil([0, 4, 8, 12, 16].map(failed), 16 * minute)).toBeNull();
  });

  it('is not extended by attempts refused while locked', () => {
    const attempts = [...[0, 1, 2, 3, 4].map(failed), locked(10), locked(18)];
    expect(lockedUntil(attempts, 18 * minute)).toBe(19 * minute);
  });

  it('forgets the wrong passwords before a successful sign-in', () => {
    expect(lockedUntil([...[0, 1, 2, 3].map(failed), succeeded(5), failed(6)], 6 * minute)).toBeNull();
  });
});
