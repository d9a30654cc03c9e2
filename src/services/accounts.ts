// Who is signing in, and who they are on every later request.
import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { Db } from '../store/database.js';
import { audit } from './audit.js';
import type { Actor } from '../domain/policy.js';

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

export function accountService(db: Db) {
  // Made now rather than on the first unknown email, which would otherwise take twice as long as the rest.
  void hashForUnknownEmail();

  async function actorFor(userId: number): Promise<Actor | null> {
    const user = await db
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
      ])
      .where('users.id', '=', userId)
      .executeTakeFirst();
    if (!user) return null;
    const supervisees = await db
      .selectFrom('users')
      .select('agency_id')
      .distinct()
      .where('manager_id', '=', userId)
      .orderBy('agency_id')
      .execute();
    return {
      userId: user.id,
      partnershipId: user.partnership_id,
      agencyId: user.agency_id,
      agencyRef: user.agency_ref,
      workerRef: user.worker_ref,
      name: user.name,
      email: user.email,
      role: user.role,
      superviseeAgencyIds: supervisees.map((row) => row.agency_id),
    };
  }

  /**
   * The actor for a correct email (any case) and password, else null: never says which was wrong.
   * Every attempt is audited, from the address it came from.
   */
  async function signIn(email: string, password: string, address: string): Promise<Actor | null> {
    const user = await db
      .selectFrom('users')
      .select(['id', 'password_hash'])
      .where((eb) => eb(eb.fn('lower', ['email']), '=', email.trim().toLowerCase()))
      .orderBy('id')
      .executeTakeFirst();
    const matches = await passwordMatches(user?.password_hash ?? (await hashForUnknownEmail()), password);
    const actor = user && matches ? await actorFor(user.id) : null;
    await audit(
      db,
      { actor, address },
      actor ? 'sign-in' : 'sign-in-failed',
      null,
      actor ? undefined : email.slice(0, 200),
    );
    return actor;
  }

  /** Signing out is audited too: the trail shows when a session ended. */
  async function signOut(actor: Actor | null, address: string): Promise<void> {
    if (actor) await audit(db, { actor, address }, 'sign-out', null);
  }

  return { signIn, signOut, actorFor };
}

export type AccountService = ReturnType<typeof accountService>;

async function passwordMatches(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    // A malformed stored hash (an account imported without a password) can never match.
    return false;
  }
}
