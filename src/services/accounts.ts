// Who is signing in, and who they are on every later request. Its queries are the store's
// (store/users.ts, store/audit.ts, store/session-store.ts, store/api-tokens.ts), each inside a
// transaction of the use case; a password is hashed or checked between them, never inside one, so the
// one connection is not held while argon2 works.
import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { transaction, type Db, type Tx } from '../store/database.js';
import { revokeAllTokens } from '../store/api-tokens.js';
import { attemptsSince, failedSignInsFrom } from '../store/audit.js';
import { endAllSessions, endOtherSessions } from '../store/session-store.js';
import {
  activeUserByEmail,
  actorUser,
  credentialsOf,
  setPasswordHash,
  superviseeAgencyIds,
} from '../store/users.js';
import { newPasswordProblems, passwordProblems } from '../domain/password-rules.js';
import type { Actor } from '../domain/policy.js';
import {
  addressRefusedUntil,
  lockedUntil,
  lockoutLookbackMs,
  signInAddressCeiling,
  type SignInAttempt,
} from '../domain/sign-in-lockout.js';
import { ukDateFormat } from '../domain/uk-date-format.js';
import { audit, auditAs, type Requester } from './audit.js';
import { InvalidInput, NotFound, type Problem } from './errors.js';

/**
 * An argon2id hash with the library's defaults (19 MiB, 2 passes, 1 lane: OWASP's first recommended
 * setting), which `verify` reads back out of each stored hash.
 */
export function hashPassword(plain: string): Promise<string> {
  return hash(plain);
}

// Checked when nobody has the email, so an unknown address costs the same time as a wrong password and
// the response time does not tell an attacker which addresses have accounts.
let dummyHash: Promise<string> | undefined;
function hashForUnknownEmail(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(32).toString('hex'));
  return dummyHash;
}

/** The actor the user acts as, deactivated or not; null when there is no such user. */
async function actorIn(tx: Tx, userId: number): Promise<Actor | null> {
  const user = await actorUser(tx, userId);
  if (!user) return null;
  return { ...user, superviseeAgencyIds: await superviseeAgencyIds(tx, userId) };
}

/** The attempts of `actions` (success, failure, refused while locked) that can still lock, oldest first. */
async function recentAttempts(
  tx: Tx,
  whose: { email: string } | { userId: number },
  actions: readonly [succeeded: string, failed: string, locked: string],
  now: Date,
): Promise<SignInAttempt[]> {
  const rows = await attemptsSince(tx, whose, actions, new Date(now.getTime() - lockoutLookbackMs()));
  return rows.map((row) => ({
    at: Date.parse(row.at),
    outcome: row.action === actions[0] ? 'succeeded' : row.action === actions[1] ? 'failed' : 'locked',
  }));
}

/** When the lock on these attempts ends, after too many failures; null while open. */
async function lockOn(
  tx: Tx,
  whose: { email: string } | { userId: number },
  actions: readonly [succeeded: string, failed: string, locked: string],
  now: Date,
): Promise<number | null> {
  return lockedUntil(await recentAttempts(tx, whose, actions, now), now.getTime());
}

/** When sign-in from `address` opens again, after too many wrong passwords from it; null while open. */
async function addressClosedUntil(tx: Tx, address: string, now: Date): Promise<Date | null> {
  const failures = await failedSignInsFrom(
    tx,
    address,
    new Date(now.getTime() - signInAddressCeiling.windowMs),
  );
  const until = addressRefusedUntil(
    failures.map((at) => Date.parse(at)),
    now.getTime(),
  );
  return until === null ? null : new Date(until);
}

export function accountService(db: Db) {
  // Made now rather than on the first unknown email, which would otherwise take twice as long as the rest.
  void hashForUnknownEmail();

  /** Runs on every request (the session's user, the API's token): one transaction. */
  function actorFor(userId: number): Promise<Actor | null> {
    return transaction(db, (tx) => actorIn(tx, userId));
  }

  /**
   * The actor for a correct email (any case) and password; else a refusal that never says which was wrong,
   * or that the email is locked (after repeated failures, for any email, known or not), or that its address
   * is (after many failures from it, whatever the emails: see domain/sign-in-lockout.ts). Only failures
   * count. Every attempt is audited, from the address it came from, with the email.
   */
  async function signIn(email: string, password: string, address: string): Promise<SignInOutcome> {
    const typed = email.trim().toLowerCase().slice(0, 200);
    const now = new Date();
    // Refused before the password is checked (and audited so), or whose hash to check it against.
    const checked = await transaction(
      db,
      async (tx): Promise<SignInOutcome | { userId: number | null; hash: string | null }> => {
        const user = await activeUserByEmail(tx, typed);
        const userId = user?.userId ?? null;
        const addressUntil = await addressClosedUntil(tx, address, now);
        if (addressUntil !== null) {
          await auditAs(tx, userId, address, 'sign-in-address-refused', null, typed);
          return { refused: 'address', until: addressUntil };
        }
        const until = await lockOn(tx, { email: typed }, signInActions, now);
        if (until !== null) {
          await auditAs(tx, userId, address, 'sign-in-locked', null, typed);
          return { refused: 'locked', until: new Date(until) };
        }
        return { userId, hash: user?.passwordHash ?? null };
      },
    );
    if (!('userId' in checked)) return checked;
    const { userId } = checked;
    const matches = await passwordMatches(checked.hash ?? (await hashForUnknownEmail()), password);
    return transaction(db, async (tx) => {
      const actor = userId !== null && matches ? await actorIn(tx, userId) : null;
      await auditAs(tx, userId, address, actor ? 'sign-in' : 'sign-in-failed', null, typed);
      if (actor) return { actor };
      // This failure may be the one that locks the email: say so now rather than on the next attempt.
      const lockedNow = await lockOn(tx, { email: typed }, signInActions, now);
      return lockedNow === null
        ? { refused: 'credentials' }
        : { refused: 'locked', until: new Date(lockedNow) };
    });
  }

  /** The user of an email confirmed by the partnership's identity provider (OpenID Connect), if any. */
  function signInConfirmed(email: string, address: string, issuer: string): Promise<Actor | null> {
    const typed = email.trim().toLowerCase();
    return transaction(db, async (tx) => {
      const user = await activeUserByEmail(tx, typed);
      const actor = user ? await actorIn(tx, user.userId) : null;
      await auditAs(
        tx,
        actor?.userId ?? null,
        address,
        actor ? 'sign-in-oidc' : 'sign-in-oidc-unknown',
        null,
        `${typed.slice(0, 200)} from ${issuer.slice(0, 200)}`,
      );
      return actor;
    });
  }

  /** A sign-in the provider refused or that failed its checks (state, nonce, token): audited, with why. */
  async function oidcRefused(address: string, issuer: string, reason: string): Promise<void> {
    await transaction(db, (tx) =>
      auditAs(
        tx,
        null,
        address,
        'sign-in-oidc-failed',
        null,
        `${reason.slice(0, 200)} from ${issuer.slice(0, 200)}`,
      ),
    );
  }

  /**
   * Sets a user's password, if it follows the rules (domain/password-rules.ts); audited, and by whom. Their
   * sessions and API tokens end with the old password. Throws InvalidInput (path `password`) otherwise.
   */
  async function setPassword(by: Requester, userId: number, password: string): Promise<void> {
    const user = await transaction(db, (tx) => credentialsOf(tx, userId));
    if (!user) throw new NotFound(`user ${userId}`);
    const problems = passwordProblems(password, user.email);
    if (problems.length > 0)
      throw new InvalidInput(problems.map((message) => ({ path: 'password', message })));
    const passwordHash = await hashPassword(password);
    await transaction(db, async (tx) => {
      await setPasswordHash(tx, userId, passwordHash);
      const sessions = await endAllSessions(tx, userId);
      const tokens = await revokeAllTokens(tx, userId);
      await audit(
        tx,
        by,
        'set-password',
        null,
        `user ${userId}: ${sessions} sessions ended, ${tokens} API tokens revoked`,
      );
    });
  }

  /**
   * A signed-in user changes their own password: the current one first (a session left open on a shared
   * computer is not enough to take the account), then a new one by the rules, typed twice. Every other
   * session of theirs ends, and every API token, in the same transaction (whoever had the old password may
   * have made one); `session` is the one asking, which stays. Audited,
   * a wrong current password too; after 5 of those in 15 minutes the account cannot change its password
   * for 15 minutes (the sign-in lockout's rule: guessing from a session left open is slowed as guessing at
   * sign-in is, for this account only). Throws InvalidInput with problems for the fields `current`,
   * `password` and `confirmation`. Returns how many other sessions and tokens ended.
   */
  async function changePassword(
    actor: Actor,
    typed: { current: string; password: string; confirmation: string },
    address: string,
    session: string,
  ): Promise<{ sessions: number; tokens: number }> {
    const by = { actor, address };
    const whose = { userId: actor.userId };
    const now = new Date();
    // The refusal is audited in the transaction, and thrown once it has committed.
    const { user, until } = await transaction(db, async (tx) => {
      const found = await credentialsOf(tx, actor.userId);
      if (!found) return { user: undefined, until: null };
      const lock = await lockOn(tx, whose, changeActions, now);
      if (lock !== null) await audit(tx, by, 'change-password-locked', null);
      return { user: found, until: lock };
    });
    if (!user) throw new NotFound(`user ${actor.userId}`);
    if (until !== null) throw new InvalidInput([{ path: 'current', message: tooManyWrongCurrent(until) }]);
    const problems: Problem[] = [];
    if (typed.current === '') problems.push({ path: 'current', message: 'Enter your current password' });
    else if (!(await passwordMatches(user.passwordHash, typed.current))) {
      const lockedNow = await transaction(db, async (tx) => {
        await audit(tx, by, 'change-password-failed', null);
        return lockOn(tx, whose, changeActions, now);
      });
      // This failure may be the one that locks: say so now rather than on the next attempt.
      if (lockedNow !== null)
        throw new InvalidInput([{ path: 'current', message: tooManyWrongCurrent(lockedNow) }]);
      problems.push({ path: 'current', message: 'The password you entered is not your current password' });
    }
    const rules = newPasswordProblems(typed.password, typed.confirmation, user.email);
    if (rules.length === 0 && typed.password === typed.current)
      rules.push({ path: 'password', message: 'Choose a password different from your current one' });
    problems.push(...rules);
    if (problems.length > 0) throw new InvalidInput(problems);
    const passwordHash = await hashPassword(typed.password);
    return transaction(db, async (tx) => {
      await setPasswordHash(tx, actor.userId, passwordHash);
      const sessions = await endOtherSessions(tx, actor.userId, session);
      const tokens = await revokeAllTokens(tx, actor.userId);
      const detail = `${sessions} other sessions ended, ${tokens} API tokens revoked`;
      await audit(tx, by, 'change-password', null, detail);
      return { sessions, tokens };
    });
  }

  /** Signing out is audited too: the trail shows when a session ended. */
  async function signOut(actor: Actor | null, address: string): Promise<void> {
    if (actor) await transaction(db, (tx) => audit(tx, { actor, address }, 'sign-out', null));
  }

  return { signIn, signInConfirmed, oidcRefused, signOut, setPassword, changePassword, actorFor };
}

export type AccountService = ReturnType<typeof accountService>;

/**
 * A sign-in: the actor, or refused for wrong credentials or, until a time, for too many of them with this
 * email (`locked`) or from this address (`address`).
 */
export type SignInOutcome =
  { actor: Actor } | { refused: 'credentials' } | { refused: 'locked' | 'address'; until: Date };

// What each attempt is audited as, for the lockout that reads them back: success, failure, refused locked.
const signInActions = ['sign-in', 'sign-in-failed', 'sign-in-locked'] as const;
const changeActions = ['change-password', 'change-password-failed', 'change-password-locked'] as const;

const ukClock = ukDateFormat({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

const tooManyWrongCurrent = (until: number) =>
  `There have been too many wrong current passwords. Try again after ${ukClock(new Date(until))}`;

async function passwordMatches(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    // A malformed stored hash (an account imported without a password) can never match.
    return false;
  }
}
