// The partnership as its administrator keeps it: the partnership row itself (its name and pack), its
// agencies, teams and users (placed, invited, deactivated, never deleted) and the one-time invitations with
// which a user sets their own password. Each function runs inside the use case's transaction.
import type { Role } from '../domain/policy.js';
import type { Tx } from './database.js';

/** Marks an account that has no password yet, or no longer has one: no argon2 hash ever matches it. */
const noPassword = '!';

export interface AgencySummary {
  id: number;
  ref: string;
  name: string;
  type: string;
  safeguardingContact: string | null;
}

export interface TeamSummary {
  id: number;
  name: string;
  agencyId: number;
  agency: string;
}

export interface UserSummary {
  id: number;
  name: string;
  email: string;
  workerRef: string;
  role: Role;
  agencyId: number;
  agency: string;
  teamId: number | null;
  team: string | null;
  managerId: number | null;
  manager: string | null;
  deactivatedAt: string | null;
}

// Partnerships

/** The partnership's name and the pack its new cases follow. */
export function partnershipOf(tx: Tx, partnershipId: number): Promise<{ name: string; pack: string }> {
  return tx
    .selectFrom('partnerships')
    .select(['name', 'pack'])
    .where('id', '=', partnershipId)
    .executeTakeFirstOrThrow();
}

export async function setPartnershipPack(tx: Tx, partnershipId: number, pack: string): Promise<void> {
  await tx.updateTable('partnerships').set({ pack }).where('id', '=', partnershipId).execute();
}

/** The partnership named `name`, if there is one. */
export async function partnershipNamed(tx: Tx, name: string): Promise<number | undefined> {
  const row = await tx.selectFrom('partnerships').select('id').where('name', '=', name).executeTakeFirst();
  return row?.id;
}

/** Names the partnership's duty contact, told when a worker is overdue from a visit. */
export async function setDutyContact(tx: Tx, partnershipId: number, userId: number | null): Promise<void> {
  await tx
    .updateTable('partnerships')
    .set({ duty_user_id: userId })
    .where('id', '=', partnershipId)
    .execute();
}

/** Every partnership the database holds, oldest first. */
export function allPartnerships(tx: Tx): Promise<{ id: number; name: string }[]> {
  return tx.selectFrom('partnerships').select(['id', 'name']).orderBy('id').execute();
}

export async function insertPartnership(
  tx: Tx,
  partnership: { name: string; pack: string; at: Date },
): Promise<number> {
  const { id } = await tx
    .insertInto('partnerships')
    .values({ name: partnership.name, pack: partnership.pack, created_at: partnership.at.toISOString() })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

// Agencies

function agencies(tx: Tx, partnershipId: number) {
  return tx
    .selectFrom('agencies')
    .select(['id', 'ref', 'name', 'type', 'safeguarding_contact as safeguardingContact'])
    .where('partnership_id', '=', partnershipId);
}

/** The partnership's agencies by name. */
export function agenciesOf(tx: Tx, partnershipId: number): Promise<AgencySummary[]> {
  return agencies(tx, partnershipId).orderBy('name').execute();
}

/** One of the partnership's agencies; undefined when it has none with this id. */
export function agencyOf(
  tx: Tx,
  partnershipId: number,
  agencyId: number,
): Promise<AgencySummary | undefined> {
  return agencies(tx, partnershipId).where('id', '=', agencyId).executeTakeFirst();
}

/** Whether one of the partnership's agencies has this id. */
export async function isAgencyOf(tx: Tx, partnershipId: number, agencyId: number): Promise<boolean> {
  const row = await tx
    .selectFrom('agencies')
    .select('id')
    .where('id', '=', agencyId)
    .where('partnership_id', '=', partnershipId)
    .executeTakeFirst();
  return row !== undefined;
}

/** Whether one of the partnership's agencies has this reference already. */
export async function agencyRefTaken(tx: Tx, partnershipId: number, ref: string): Promise<boolean> {
  const row = await tx
    .selectFrom('agencies')
    .select('id')
    .where('partnership_id', '=', partnershipId)
    .where('ref', '=', ref)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertAgency(
  tx: Tx,
  partnershipId: number,
  agency: { ref: string; name: string; type: string; safeguardingContact: string | null },
): Promise<number> {
  const { id } = await tx
    .insertInto('agencies')
    .values({
      partnership_id: partnershipId,
      ref: agency.ref,
      name: agency.name,
      type: agency.type,
      safeguarding_contact: agency.safeguardingContact,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function setAgencyContact(tx: Tx, agencyId: number, contact: string | null): Promise<void> {
  await tx
    .updateTable('agencies')
    .set({ safeguarding_contact: contact })
    .where('id', '=', agencyId)
    .execute();
}

// Teams

/** The partnership's teams, by agency then name. */
export function teamsOf(tx: Tx, partnershipId: number): Promise<TeamSummary[]> {
  return tx
    .selectFrom('teams')
    .innerJoin('agencies', 'agencies.id', 'teams.agency_id')
    .select(['teams.id', 'teams.name', 'teams.agency_id as agencyId', 'agencies.name as agency'])
    .where('teams.partnership_id', '=', partnershipId)
    .orderBy('agencies.name')
    .orderBy('teams.name')
    .execute();
}

/** The agency of one of the partnership's teams; null when it has none with this id. */
export async function teamAgencyId(tx: Tx, partnershipId: number, teamId: number): Promise<number | null> {
  const row = await tx
    .selectFrom('teams')
    .select('agency_id')
    .where('id', '=', teamId)
    .where('partnership_id', '=', partnershipId)
    .executeTakeFirst();
  return row?.agency_id ?? null;
}

export async function insertTeam(
  tx: Tx,
  team: { partnershipId: number; agencyId: number; name: string },
): Promise<number> {
  const { id } = await tx
    .insertInto('teams')
    .values({ partnership_id: team.partnershipId, agency_id: team.agencyId, name: team.name })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

// Users

function users(tx: Tx, partnershipId: number) {
  return tx
    .selectFrom('users')
    .innerJoin('agencies', 'agencies.id', 'users.agency_id')
    .leftJoin('teams', 'teams.id', 'users.team_id')
    .leftJoin('users as managers', 'managers.id', 'users.manager_id')
    .select([
      'users.id',
      'users.name',
      'users.email',
      'users.worker_ref as workerRef',
      'users.role',
      'users.agency_id as agencyId',
      'agencies.name as agency',
      'users.team_id as teamId',
      'teams.name as team',
      'users.manager_id as managerId',
      'managers.name as manager',
      'users.deactivated_at as deactivatedAt',
    ])
    .where('users.partnership_id', '=', partnershipId);
}

/** The partnership's users by name, deactivated ones included. */
export function usersOf(tx: Tx, partnershipId: number): Promise<UserSummary[]> {
  return users(tx, partnershipId).orderBy('users.name').execute();
}

/** One of the partnership's users; undefined when it has none with this id. */
export function userOf(tx: Tx, partnershipId: number, userId: number): Promise<UserSummary | undefined> {
  return users(tx, partnershipId).where('users.id', '=', userId).executeTakeFirst();
}

/** The role of one of the partnership's users and whether they are deactivated; undefined when none. */
export async function userStanding(
  tx: Tx,
  partnershipId: number,
  userId: number,
): Promise<{ role: Role; deactivated: boolean } | undefined> {
  const row = await tx
    .selectFrom('users')
    .select(['role', 'deactivated_at'])
    .where('id', '=', userId)
    .where('partnership_id', '=', partnershipId)
    .executeTakeFirst();
  return row && { role: row.role, deactivated: Boolean(row.deactivated_at) };
}

/** Whether a user of the agency has this worker reference already. */
export async function workerRefTaken(tx: Tx, agencyId: number, workerRef: string): Promise<boolean> {
  const row = await tx
    .selectFrom('users')
    .select('id')
    .where('agency_id', '=', agencyId)
    .where('worker_ref', '=', workerRef)
    .executeTakeFirst();
  return row !== undefined;
}

export interface NewUser {
  partnershipId: number;
  agencyId: number;
  teamId: number | null;
  email: string;
  name: string;
  workerRef: string;
  role: Role;
  managerId: number | null;
  at: Date;
}

/** A new user with no password yet (they set one from an invitation): returns their id. */
export function insertUserWithoutPassword(tx: Tx, user: NewUser): Promise<number> {
  return insertUser(tx, user, noPassword);
}

/** A new user who signs in with the password `passwordHash` is the hash of: returns their id. */
export async function insertUser(tx: Tx, user: NewUser, passwordHash: string): Promise<number> {
  const { id } = await tx
    .insertInto('users')
    .values({
      partnership_id: user.partnershipId,
      agency_id: user.agencyId,
      team_id: user.teamId,
      email: user.email,
      name: user.name,
      worker_ref: user.workerRef,
      role: user.role,
      manager_id: user.managerId,
      password_hash: passwordHash,
      created_at: user.at.toISOString(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function placeUser(
  tx: Tx,
  userId: number,
  details: { role: Role; teamId: number | null; managerId: number | null },
): Promise<void> {
  await tx
    .updateTable('users')
    .set({ role: details.role, team_id: details.teamId, manager_id: details.managerId })
    .where('id', '=', userId)
    .execute();
}

/** Deactivates the user from this moment and forgets their password. */
export async function deactivateUser(tx: Tx, userId: number, at: Date): Promise<void> {
  await tx
    .updateTable('users')
    .set({ deactivated_at: at.toISOString(), password_hash: noPassword })
    .where('id', '=', userId)
    .execute();
}

/** Makes the user active again, without a password until they set one from an invitation. */
export async function reactivateWithoutPassword(tx: Tx, userId: number): Promise<void> {
  await tx
    .updateTable('users')
    .set({ deactivated_at: null, password_hash: noPassword })
    .where('id', '=', userId)
    .execute();
}

export async function setPasswordHash(tx: Tx, userId: number, hash: string): Promise<void> {
  await tx.updateTable('users').set({ password_hash: hash }).where('id', '=', userId).execute();
}

// Invitations

/** An invitation with the user it is for, as acceptance checks it. */
export interface StoredInvitation {
  id: number;
  userId: number;
  expiresAt: string;
  usedAt: string | null;
  name: string;
  email: string;
  deactivatedAt: string | null;
}

export async function insertInvitation(
  tx: Tx,
  invitation: { userId: number; hash: string; createdBy: number; at: Date; expiresAt: Date },
): Promise<void> {
  await tx
    .insertInto('invitations')
    .values({
      user_id: invitation.userId,
      token_hash: invitation.hash,
      created_at: invitation.at.toISOString(),
      created_by: invitation.createdBy,
      expires_at: invitation.expiresAt.toISOString(),
      used_at: null,
    })
    .execute();
}

/** The invitation stored with this token hash, used or not; undefined when none. */
export function invitationByHash(tx: Tx, hash: string): Promise<StoredInvitation | undefined> {
  return tx
    .selectFrom('invitations')
    .innerJoin('users', 'users.id', 'invitations.user_id')
    .select([
      'invitations.id',
      'invitations.user_id as userId',
      'invitations.expires_at as expiresAt',
      'invitations.used_at as usedAt',
      'users.name',
      'users.email',
      'users.deactivated_at as deactivatedAt',
    ])
    .where('invitations.token_hash', '=', hash)
    .executeTakeFirst();
}

/** Whether the user has an invitation newer than this one. */
export async function hasNewerInvitation(tx: Tx, userId: number, invitationId: number): Promise<boolean> {
  const row = await tx
    .selectFrom('invitations')
    .select('id')
    .where('user_id', '=', userId)
    .where('id', '>', invitationId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function markInvitationUsed(tx: Tx, invitationId: number, at: Date): Promise<void> {
  await tx
    .updateTable('invitations')
    .set({ used_at: at.toISOString() })
    .where('id', '=', invitationId)
    .execute();
}
