// Who is signing in, and who they are on every later request.
import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { transaction, type Db } from '../store/database.js';
import { revokeAllTokens } from '../store/api-tokens.js';
import { endAllSessions, endOtherSessions } from '../store/session-store.js';
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

/** Users with what their actor needs (their agency's ref); narrow it with `where` on `users.*` or `agencies.*`. */
export function selectActorRows(db: Db) {
  return db
    .selectFrom('users')
    .innerJoin('agencies', 'agencies.id', 'users.agency_id')
    .select([
      'users.id',
      'users.partnership_id',
      'users.agency_id',
      'agencies.ref as agency_ref',
      'users.worker_ref',
      'users.name',
      'users.email',
      'users.role',
    ]);
}

type ActorRow = Awaited<ReturnType<ReturnType<typeof selectActorRows>['executeTakeFirstOrThrow']>>;

/** The actor a user acts as, given the agencies of the users they manage. */
export function actorOf(user: ActorRow, superviseeAgencyIds: number[]): Actor {
  return {
    userId: user.id,
    partnershipId: user.partnership_id,
    agencyId: user.agency_id,
    agencyRef: user.agency_ref,
    workerRef: user.worker_ref,
    name: user.name,
    email: user.email,
    role: user.role,
    superviseeAgencyIds,
  };
}

export function accountService(db: Db) {
  // Made now rather than on the first unknown email, which would otherwise take twice as long as the rest.
  void hashForUnknownEmail();

  async function actorFor(userId: number): Promise<Actor | null> {
    const user = await selectActorRows(db).where('users.id', '=', userId).executeTakeFirst();
    if (!user) return null;
    const supervisees = await db
      .selectFrom('users')
      .select('agency_id')
      .distinct()
      .where('manager_id', '=', userId)
      .orderBy('agency_id')
      .execute();
    return actorOf(
      user,
      supervisees.map((row) => row.agency_id),
    );
  }

  /** The attempts of `actions` (success, failure, refused while locked) that can still lock, oldest first. */
  async function recentAttempts(
    trx: Db,
    whose: { email: string } | { userId: number },
    actions: readonly [succeeded: string, failed: string, locked: string],
    now: Date,
  ): Promise<SignInAttempt[]> {
    const rows = await trx
      .selectFrom('audit_log')
      .select(['at', 'action'])
      .$call((query) =>
        'email' in whose
          ? query.where('detail', '=', whose.email)
          : query.where('user_id', '=', whose.userId),
      )
      .where('action', 'in', actions)
      .where('at', '>=', new Date(now.getTime() - lockoutLookbackMs()).toISOString())
      .orderBy('at')
      .orderBy('id')
      .execute();
    return rows.map((row) => ({
      at: Date.parse(row.at),
      outcome: row.action === actions[0] ? 'succeeded' : row.action === actions[1] ? 'failed' : 'locked',
    }));
  }

  /** When sign-in from `address` opens again, after too many wrong passwords from it; null while open. */
  async function addressClosedUntil(trx: Db, address: string, now: Date): Promise<Date | null> {
    const failures = await trx
      .selectFrom('audit_log')
      .select('at')
      .where('action', '=', 'sign-in-failed')
      .where('address', '=', address)
      .where('at', '>', new Date(now.getTime() - signInAddressCeiling.windowMs).toISOString())
      .orderBy('at')
      .execute();
    const until = addressRefusedUntil(
      failures.map((row) => Date.parse(row.at)),
      now.getTime(),
    );
    return until === null ? null : new Date(until);
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
    const user = await db
      .selectFrom('users')
      .select(['id', 'password_hash'])
      .where((eb) => eb(eb.fn('lower', ['email']), '=', typed))
      // A deactivated account signs in as no account at all (issue 10: deactivate, never delete).
      .where('deactivated_at', 'is', null)
      .orderBy('id')
      .executeTakeFirst();
    const addressUntil = await addressClosedUntil(db, address, now);
    if (addressUntil !== null) {
      await auditAs(db, user?.id ?? null, address, 'sign-in-address-refused', null, typed);
      return { refused: 'address', until: addressUntil };
    }
    const until = lockedUntil(await recentAttempts(db, { email: typed }, signInActions, now), now.getTime());
    if (until !== null) {
      await auditAs(db, user?.id ?? null, address, 'sign-in-locked', null, typed);
      return { refused: 'locked', until: new Date(until) };
    }
    const matches = await passwordMatches(user?.password_hash ?? (await hashForUnknownEmail()), password);
    const actor = user && matches ? await actorFor(user.id) : null;
    await auditAs(db, user?.id ?? null, address, actor ? 'sign-in' : 'sign-in-failed', null, typed);
    if (actor) return { actor };
    // This failure may be the one that locks the email: say so now rather than on the next attempt.
    const lockedNow = lockedUntil(
      await recentAttempts(db, { email: typed }, signInActions, now),
      now.getTime(),
    );
    return lockedNow === null
      ? { refused: 'credentials' }
      : { refused: 'locked', until: new Date(lockedNow) };
  }

  /** The user of an email confirmed by the partnership's identity provider (OpenID Connect), if any. */
  async function signInConfirmed(email: string, address: string, issuer: string): Promise<Actor | null> {
    const typed = email.trim().toLowerCase();
    const user = await db
      .selectFrom('users')
      .select('id')
      .where((eb) => eb(eb.fn('lower', ['email']), '=', typed))
      .where('deactivated_at', 'is', null)
      .orderBy('id')
      .executeTakeFirst();
    const actor = user ? await actorFor(user.id) : null;
    await auditAs(
      db,
      actor?.userId ?? null,
      address,
      actor ? 'sign-in-oidc' : 'sign-in-oidc-unknown',
      null,
      `${typed.slice(0, 200)} from ${issuer.slice(0, 200)}`,
    );
    return actor;
  }

  /** A sign-in the provider refused or that failed its checks (state, nonce, token): audited, with why. */
  async function oidcRefused(address: string, issuer: string, reason: string): Promise<void> {
    await auditAs(
      db,
      null,
      address,
      'sign-in-oidc-failed',
      null,
      `${reason.slice(0, 200)} from ${issuer.slice(0, 200)}`,
    );
  }

  /**
   * Sets a user's password, if it follows the rules (domain/password-rules.ts); audited, and by whom. Their
   * sessions and API tokens end with the old password. Throws InvalidInput (path `password`) otherwise.
   */
  async function setPassword(by: Requester, userId: number, password: string): Promise<void> {
    const user = await db.selectFrom('users').select('email').where('id', '=', userId).executeTakeFirst();
    if (!user) throw new NotFound(`user ${userId}`);
    const problems = passwordProblems(password, user.email);
    if (problems.length > 0)
      throw new InvalidInput(problems.map((message) => ({ path: 'password', message })));
    const passwordHash = await hashPassword(password);
    await transaction(db, async (trx) => {
      await trx.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', userId).execute();
      const sessions = await endAllSessions(trx, userId);
      const tokens = await revokeAllTokens(trx, userId);
      await audit(
        trx,
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
    const user = await db
      .selectFrom('users')
      .select(['email', 'password_hash'])
      .where('id', '=', actor.userId)
      .executeTakeFirst();
    if (!user) throw new NotFound(`user ${actor.userId}`);
    const now = new Date();
    const attempts = await recentAttempts(db, { userId: actor.userId }, changeActions, now);
    const until = lockedUntil(attempts, now.getTime());
    if (until !== null) {
      await audit(db, { actor, address }, 'change-password-locked', null);
      throw new InvalidInput([{ path: 'current', message: tooManyWrongCurrent(until) }]);
    }
    const problems: Problem[] = [];
    if (typed.current === '') problems.push({ path: 'current', message: 'Enter your current password' });
    else if (!(await passwordMatches(user.password_hash, typed.current))) {
      await audit(db, { actor, address }, 'change-password-failed', null);
      const lockedNow = lockedUntil(
        await recentAttempts(db, { userId: actor.userId }, changeActions, now),
        now.getTime(),
      );
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
    return transaction(db, async (trx) => {
      await trx
        .updateTable('users')
        .set({ password_hash: passwordHash })
        .where('id', '=', actor.userId)
        .execute();
      const sessions = await endOtherSessions(trx, actor.userId, session);
      const tokens = await revokeAllTokens(trx, actor.userId);
      const detail = `${sessions} other sessions ended, ${tokens} API tokens revoked`;
      await audit(trx, { actor, address }, 'change-password', null, detail);
      return { sessions, tokens };
    });
  }

  /** Signing out is audited too: the trail shows when a session ended. */
  async function signOut(actor: Actor | null, address: string): Promise<void> {
    if (actor) await audit(db, { actor, address }, 'sign-out', null);
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
