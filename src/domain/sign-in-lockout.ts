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

// Per address, a ceiling on wrong passwords an office never reaches. Many colleagues share one address
// (a council's network, behind one gateway), so successes never count and the ceiling is far above
// what they mistype: even 500 staff signing in by half past nine, one in five getting it wrong once,
// make 100 failures over an hour, not a quarter of one. What it stops is the guessing the per-email lock
// cannot see: a few common passwords tried against many emails, at most 400 guesses an hour from one
// address.

export interface AddressCeiling {
  /** Wrong passwords from one address, within `windowMs`, after which it is refused. */
  failures: number;
  windowMs: number;
}

/** 100 wrong passwords from one address in 15 minutes. */
export const signInAddressCeiling: AddressCeiling = { failures: 100, windowMs: 15 * 60_000 };

/**
 * When sign-in from an address opens again (ms), or null when it is open at `now`: refused while the
 * window before `now` holds the ceiling's number of failures, until enough have grown older than it.
 * `failures`: the times (ms) of the address's wrong passwords, oldest first.
 */
export function addressRefusedUntil(
  failures: readonly number[],
  now: number,
  rule: AddressCeiling = signInAddressCeiling,
): number | null {
  const recent = failures.filter((at) => at > now - rule.windowMs && at <= now);
  if (recent.length < rule.failures) return null;
  return (recent[recent.length - rule.failures] as number) + rule.windowMs;
}
