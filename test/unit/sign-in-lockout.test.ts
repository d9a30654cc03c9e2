import { describe, expect, it } from 'vitest';
import {
  addressRefusedUntil,
  lockedUntil,
  signInAddressCeiling,
  signInLockout,
  type SignInAttempt,
} from '../../src/domain/sign-in-lockout.js';

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

describe('the ceiling on wrong passwords from one address', () => {
  const at = (minutes: number[]) => minutes.map((m) => m * minute);
  const rule = { failures: 3, windowMs: 15 * minute };

  it('is 100 wrong passwords in 15 minutes', () => {
    expect(signInAddressCeiling).toEqual({ failures: 100, windowMs: 15 * minute });
  });

  it('leaves the address open below the ceiling', () => {
    expect(addressRefusedUntil(at([0, 1]), 2 * minute, rule)).toBeNull();
  });

  it('refuses at the ceiling until enough failures are older than the window to leave room for one', () => {
    const failures = at([0, 5, 10, 12]);
    expect(addressRefusedUntil(failures, 12 * minute, rule)).toBe(20 * minute);
    expect(addressRefusedUntil(failures, 19 * minute, rule)).toBe(20 * minute);
    expect(addressRefusedUntil(failures, 20 * minute, rule)).toBeNull();
  });

  it('forgets failures older than the window', () => {
    expect(addressRefusedUntil(at([0, 1, 20]), 20 * minute, rule)).toBeNull();
  });
});
