// Users of the partnership's agencies, as the store keeps them: who they are as an actor, whom they
// manage, and the credentials they sign in with.
import type { Actor } from '../domain/policy.js';
import type { Tx } from './database.js';

/** A user as their actor has them, whom they manage aside. */
export type ActorUser = Omit<Actor, 'superviseeAgencyIds'>;

/** The user as their actor has them, deactivated or not; undefined when there is none. */
export function actorUser(tx: Tx, userId: number): Promise<ActorUser | undefined> {
  return tx
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
    ])
    .where('users.id', '=', userId)
    .executeTakeFirst();
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
