// Account lockout: after repeated wrong passwords for one email, sign-in with that email is refused for
// a while, whatever the password. Counted per email typed, known or not, so the lock itself never tells
// an attacker which addresses have accounts. Pure: the attempts are read from the audit log.

export interface LockoutRule {
  /** Wrong passwords, within `windowMs` of each other, that lock the email. */
  failures: number;
  windowMs: number;
  /** How long the lock lasts from the failure that set it. */
  lockMs: number;
}

/** 5 failures in 15 minutes lock the email for 15 minutes (NCSC: throttle, rather than lock for good). */
export const signInLockout: LockoutRule = { failures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };

export interface SignInAttempt {
  /** Milliseconds since the epoch. */
  at: number;
  /** `locked`: refused unchecked while locked, which neither counts as a failure nor extends the lock. */
  outcome: 'succeeded' | 'failed' | 'locked';
}

/** How far back the attempts that can still lock an email go. */
export function lockoutLookbackMs(rule: LockoutRule = signInLockout): number {
  return rule.windowMs + rule.lockMs;
}

/**
 * When the email's lock ends (ms), or null when it is not locked at `now`. `attempts` oldest first; a
 * success forgets the failures before it.
 */
export function lockedUntil(
  attempts: readonly SignInAttempt[],
  now: number,
  rule: LockoutRule = signInLockout,
): number | null {
  let failures: number[] = [];
  for (const attempt of attempts) {
    if (attempt.outcome === 'succeeded') failures = [];
    else if (attempt.outcome === 'failed') failures.push(attempt.at);
  }
  let until: number | null = null;
  for (let last = rule.failures - 1; last < failures.length; last += 1) {
    const first = failures[last - rule.failures + 1] as number;
    const at = failures[last] as number;
    if (at - first <= rule.windowMs && at + rule.lockMs > now) until = Math.max(until ?? 0, at + rule.lockMs);
  }
  return until;
}
