// Users of the partnership's agencies, as the store keeps them: who they are as an actor, whom they
// manage, and the credentials they sign in with.
import type { Actor } from '../domain/policy.js';
import type { Tx } from './database.js';

/** A user as their actor has them, whom they manage aside. */
export type ActorUser = Omit<Actor, 'superviseeAgencyIds'>;

/** Users with their agency's ref, as their actors have them; narrowed by the caller's `where`. */
const actorUsers = (tx: Tx) =>
  tx
    .selectFrom('users')
    .innerJoin('agencies', 'agencies.id', 'users.agency_id')
    .select([
      'users.id as userId',
      'users.partnership_id as partnershipId',
      'users.agency_id as agencyId',
      'agencies.ref as agencyRef',
      'users.worker_ref as workerRef',
      'users.name',
      'users.email',
      'users.role',
    ]);

/** The user as their actor has them, deactivated or not; undefined when there is none. */
export function actorUser(tx: Tx, userId: number): Promise<ActorUser | undefined> {
  return actorUsers(tx).where('users.id', '=', userId).executeTakeFirst();
}

/**
 * The active users of the partnership's agencies `agencyRefs`, but `exceptUserId`, as the actors they are
 * (without the agencies of those they manage), by id.
 */
export async function activeUsersIn(
  tx: Tx,
  partnershipId: number,
  agencyRefs: readonly string[],
  exceptUserId: number,
): Promise<Actor[]> {
  if (agencyRefs.length === 0) return [];
  const users = await actorUsers(tx)
    .where('agencies.partnership_id', '=', partnershipId)
    .where('agencies.ref', 'in', [...agencyRefs])
    .where('users.id', '!=', exceptUserId)
    .where('users.deactivated_at', 'is', null)
    .orderBy('users.id')
    .execute();
  return users.map((user) => ({ ...user, superviseeAgencyIds: [] }));
}

/** The line manager of `userId`, if they have one whose account is active. */
export async function activeManagerOf(tx: Tx, userId: number): Promise<number | null> {
  const row = await tx
    .selectFrom('users')
    .innerJoin('users as managers', 'managers.id', 'users.manager_id')
    .select('managers.id')
    .where('users.id', '=', userId)
    .where('managers.deactivated_at', 'is', null)
    .executeTakeFirst();
  return row?.id ?? null;
}

/** The agencies of the users this user manages, each once, in id order. */
export async function superviseeAgencyIds(tx: Tx, managerId: number): Promise<number[]> {
  const rows = await tx
    .selectFrom('users')
    .select('agency_id')
    .distinct()
    .where('manager_id', '=', managerId)
    .orderBy('agency_id')
    .execute();
  return rows.map((row) => row.agency_id);
}

/** Whether the user is there and not deactivated (issue 10: deactivate, never delete). */
export async function isActiveUser(tx: Tx, userId: number): Promise<boolean> {
  const user = await tx
    .selectFrom('users')
    .select('deactivated_at')
    .where('id', '=', userId)
    .executeTakeFirst();
  return user !== undefined && !user.deactivated_at;
}

export interface Credentials {
  userId: number;
  email: string;
  passwordHash: string;
}

/**
 * The first active user (by id) whose email, in any case, is `email` (already lowercased); a deactivated
 * account signs in as no account at all.
 */
export async function activeUserByEmail(tx: Tx, email: string): Promise<Credentials | undefined> {
  const row = await tx
    .selectFrom('users')
    .select(['id', 'email', 'password_hash'])
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email))
    .where('deactivated_at', 'is', null)
    .orderBy('id')
    .executeTakeFirst();
  return row && { userId: row.id, email: row.email, passwordHash: row.password_hash };
}

/** The user's email and password hash, deactivated or not; undefined when there is none. */
export async function credentialsOf(tx: Tx, userId: number): Promise<Credentials | undefined> {
  const row = await tx
    .selectFrom('users')
    .select(['email', 'password_hash'])
    .where('id', '=', userId)
    .executeTakeFirst();
  return row && { userId, email: row.email, passwordHash: row.password_hash };
}

export async function setPasswordHash(tx: Tx, userId: number, passwordHash: string): Promise<void> {
  await tx.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', userId).execute();
}

/** The id of the user with this email, whatever its case and surrounding spaces; null when none has it. */
export async function userIdByEmail(tx: Tx, email: string): Promise<number | null> {
  const row = await tx
    .selectFrom('users')
    .select('id')
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email.trim().toLowerCase()))
    .executeTakeFirst();
  return row?.id ?? null;
}

/** The name of the user's line manager, if they have one. */
export async function managerNameOf(tx: Tx, userId: number): Promise<string | null> {
  const row = await tx
    .selectFrom('users as me')
    .innerJoin('users as manager', 'manager.id', 'me.manager_id')
    .select('manager.name')
    .where('me.id', '=', userId)
    .executeTakeFirst();
  return row?.name ?? null;
}
