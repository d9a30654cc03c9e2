// Partnership administration (issue 10): a partnership-admin keeps the partnership's agencies, teams and
// users — who has which role and which manager supervises whom. Users are deactivated, never deleted; a
// new user sets their own password from a one-time invitation (invitations.ts). An admin reads no case.
// Its queries are the store's (store/administration.ts), each inside the use case's transaction.
import { z } from 'zod';
import { administers, type Actor, type Role } from '../domain/policy.js';
import { agencyTypes } from '../domain/vocabularies.js';
import {
  agenciesOf,
  agencyOf,
  agencyRefTaken,
  deactivateUser,
  insertAgency,
  insertTeam,
  insertUserWithoutPassword,
  isAgencyOf,
  partnershipOf,
  placeUser,
  reactivateWithoutPassword,
  setAgencyContact,
  teamAgencyId,
  teamsOf,
  userOf,
  usersOf,
  userStanding,
  workerRefTaken,
  type AgencySummary,
  type UserSummary,
} from '../store/administration.js';
import { revokeAllTokens } from '../store/api-tokens.js';
import { transaction, type Db, type Tx } from '../store/database.js';
import { endAllSessions } from '../store/session-store.js';
import { userIdByEmail } from '../store/users.js';
import { audit } from './audit.js';
import type { SignedIn } from './cases.js';
import { InvalidInput, NotFound, problemsOf } from './errors.js';
import { createInvitation } from './invitations.js';

export const roles = ['practitioner', 'manager', 'partnership-admin', 'auditor'] as const satisfies Role[];

const text = (max: number, missing: string) =>
  z.string().trim().min(1, missing).max(max, `Must be ${max} characters or fewer`);
const optionalId = z
  .union([z.literal(''), z.coerce.number().int().positive()])
  .optional()
  .transform((v) => (v === '' || v === undefined ? null : v));

/** How to reach an agency's safeguarding lead outside Stickability: optional, blank for none. */
const safeguardingContact = z
  .string()
  .trim()
  .max(200, 'Safeguarding contact must be 200 characters or fewer')
  .optional()
  .transform((v) => v || null);

// Keys in the order of the form's fields: problems are listed in this order, and the error summary
// should follow the page (GOV.UK error summary guidance).
const agencySchema = z.object({
  name: text(200, 'Enter the agency’s name'),
  ref: text(64, 'Enter a short reference for the agency').regex(
    /^[A-Za-z0-9._-]+$/,
    'Reference must be letters, numbers, dots, dashes or underscores',
  ),
  type: z.enum(agencyTypes, 'Select the kind of agency'),
  safeguardingContact,
});

const agencyContactSchema = z.object({ safeguardingContact });

const teamSchema = z.object({
  agencyId: z.coerce.number('Select the team’s agency').int().positive('Select the team’s agency'),
  name: text(200, 'Enter the team’s name'),
});

const userDetailsSchema = z.object({
  role: z.enum(roles, 'Select the user’s role'),
  teamId: optionalId,
  managerId: optionalId,
});

const newUserSchema = z.object({
  name: text(200, 'Enter the user’s name'),
  email: text(320, 'Enter the user’s email address').refine(
    (email) => /^[^\s@]+@[^\s@]+$/.test(email),
    'Enter an email address in the correct format, like name@example.org',
  ),
  workerRef: text(64, 'Enter the user’s worker reference').regex(
    /^[A-Za-z0-9._-]+$/,
    'Worker reference must be letters, numbers, dots, dashes or underscores',
  ),
  agencyId: z.coerce.number('Select the user’s agency').int().positive('Select the user’s agency'),
  ...userDetailsSchema.shape,
});

export type { AgencySummary, UserSummary } from '../store/administration.js';

function parse<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const parsed = schema.safeParse(input ?? {});
  if (!parsed.success) throw new InvalidInput(problemsOf(parsed.error.issues));
  return parsed.data;
}

function requireAdmin(actor: Actor): number {
  if (!administers(actor, actor.partnershipId)) throw new NotFound('administration');
  return actor.partnershipId;
}

export function administrationService(db: Db) {
  /** Checks the team and manager chosen for a user belong to the partnership (and the team to their agency). */
  async function checkPlacement(
    tx: Tx,
    partnershipId: number,
    userId: number | null,
    agencyId: number,
    details: { teamId: number | null; managerId: number | null },
  ): Promise<void> {
    if (details.teamId !== null) {
      if ((await teamAgencyId(tx, partnershipId, details.teamId)) !== agencyId)
        throw new InvalidInput([{ path: 'teamId', message: 'Select a team of the user’s agency' }]);
    }
    if (details.managerId !== null) {
      const manager = await userStanding(tx, partnershipId, details.managerId);
      if (!manager || manager.role !== 'manager' || manager.deactivated || details.managerId === userId)
        throw new InvalidInput([{ path: 'managerId', message: 'Select a manager from the list' }]);
    }
  }

  return {
    /** The partnership as its admin sees it: its pack, agencies, teams and users. */
    async partnership(actor: Actor) {
      const partnershipId = requireAdmin(actor);
      return transaction(db, async (tx) => ({
        partnership: await partnershipOf(tx, partnershipId),
        agencies: await agenciesOf(tx, partnershipId),
        teams: await teamsOf(tx, partnershipId),
        users: await usersOf(tx, partnershipId),
      }));
    },

    async user(actor: Actor, userId: number): Promise<UserSummary> {
      const partnershipId = requireAdmin(actor);
      const user = await transaction(db, (tx) => userOf(tx, partnershipId, userId));
      if (!user) throw new NotFound(`user ${userId}`);
      return user;
    },

    async addAgency(by: SignedIn, input: unknown): Promise<void> {
      const partnershipId = requireAdmin(by.actor);
      const agency = parse(agencySchema, input);
      await transaction(db, async (tx) => {
        if (await agencyRefTaken(tx, partnershipId, agency.ref))
          throw new InvalidInput([{ path: 'ref', message: 'An agency with this reference already exists' }]);
        await insertAgency(tx, partnershipId, agency);
        await audit(tx, by, 'add-agency-to-partnership', null, agency.ref);
      });
    },

    async agency(actor: Actor, agencyId: number): Promise<AgencySummary> {
      const partnershipId = requireAdmin(actor);
      const agency = await transaction(db, (tx) => agencyOf(tx, partnershipId, agencyId));
      if (!agency) throw new NotFound(`agency ${agencyId}`);
      return agency;
    },

    /** How a worker reaches the agency outside Stickability when nobody here can receive for it (told.ts). */
    async changeAgencyContact(by: SignedIn, agencyId: number, input: unknown): Promise<void> {
      const partnershipId = requireAdmin(by.actor);
      const { safeguardingContact } = parse(agencyContactSchema, input);
      await transaction(db, async (tx) => {
        const agency = await agencyOf(tx, partnershipId, agencyId);
        if (!agency) throw new NotFound(`agency ${agencyId}`);
        await setAgencyContact(tx, agencyId, safeguardingContact);
        const was = agency.safeguardingContact ?? '-';
        await audit(
          tx,
          by,
          'change-agency-contact',
          null,
          `${agency.ref}: ${was} -> ${safeguardingContact ?? '-'}`,
        );
      });
    },

    async addTeam(by: SignedIn, input: unknown): Promise<void> {
      const partnershipId = requireAdmin(by.actor);
      const team = parse(teamSchema, input);
      await transaction(db, async (tx) => {
        if (!(await isAgencyOf(tx, partnershipId, team.agencyId)))
          throw new InvalidInput([{ path: 'agencyId', message: 'Select the team’s agency' }]);
        await insertTeam(tx, { partnershipId, agencyId: team.agencyId, name: team.name });
        await audit(tx, by, 'add-team', null, team.name);
      });
    },

    /** A new user without a password, and the one-time invitation with which they set one. */
    async inviteUser(by: SignedIn, input: unknown): Promise<{ userId: number; invitation: string }> {
      const partnershipId = requireAdmin(by.actor);
      const user = parse(newUserSchema, input);
      return transaction(db, async (tx) => {
        if (!(await isAgencyOf(tx, partnershipId, user.agencyId)))
          throw new InvalidInput([{ path: 'agencyId', message: 'Select the user’s agency' }]);
        if ((await userIdByEmail(tx, user.email)) !== null)
          throw new InvalidInput([
            { path: 'email', message: 'A user with this email address already exists' },
          ]);
        if (await workerRefTaken(tx, user.agencyId, user.workerRef))
          throw new InvalidInput([
            { path: 'workerRef', message: 'A user of this agency already has this worker reference' },
          ]);
        await checkPlacement(tx, partnershipId, null, user.agencyId, user);
        const id = await insertUserWithoutPassword(tx, { ...user, partnershipId, at: new Date() });
        const invitation = await createInvitation(tx, id, by.actor.userId);
        await audit(tx, by, 'add-user', null, `user ${id} ${user.role}`);
        return { userId: id, invitation };
      });
    },

    /** A user's role, team and manager. */
    async changeUser(by: SignedIn, userId: number, input: unknown): Promise<void> {
      const partnershipId = requireAdmin(by.actor);
      const details = parse(userDetailsSchema, input);
      await transaction(db, async (tx) => {
        const user = await userOf(tx, partnershipId, userId);
        if (!user) throw new NotFound(`user ${userId}`);
        if (userId === by.actor.userId && details.role !== 'partnership-admin')
          throw new InvalidInput([{ path: 'role', message: 'You cannot take away your own administration' }]);
        await checkPlacement(tx, partnershipId, userId, user.agencyId, details);
        await placeUser(tx, userId, details);
        const was = `${user.role}, team ${user.teamId ?? '-'}, manager ${user.managerId ?? '-'}`;
        const now = `${details.role}, team ${details.teamId ?? '-'}, manager ${details.managerId ?? '-'}`;
        await audit(tx, by, 'change-user', null, `user ${userId}: ${was} -> ${now}`);
      });
    },

    /**
     * Deactivates a user: they can no longer sign in, their sessions and API tokens stop working at once
     * (accounts are checked on every request: active-accounts.ts), and their password is forgotten. Their
     * name stays on everything they recorded.
     */
    async deactivate(by: SignedIn, userId: number): Promise<void> {
      const partnershipId = requireAdmin(by.actor);
      if (userId === by.actor.userId)
        throw new InvalidInput([{ path: '', message: 'You cannot deactivate your own account' }]);
      await transaction(db, async (tx) => {
        const user = await userOf(tx, partnershipId, userId);
        if (!user) throw new NotFound(`user ${userId}`);
        if (user.deactivatedAt) return;
        const now = new Date();
        await deactivateUser(tx, userId, now);
        await revokeAllTokens(tx, userId, now);
        await audit(tx, by, 'deactivate-user', null, `user ${userId}`);
      });
    },

    /**
     * Lets a user back in (or one whose invitation lapsed, or who forgot their password): a new one-time
     * invitation to set a password. The old password is forgotten, and with it end the user's sessions
     * and API tokens: a reset is often because someone else may have had it.
     */
    async reinvite(by: SignedIn, userId: number): Promise<string> {
      const partnershipId = requireAdmin(by.actor);
      return transaction(db, async (tx) => {
        const user = await userOf(tx, partnershipId, userId);
        if (!user) throw new NotFound(`user ${userId}`);
        await reactivateWithoutPassword(tx, userId);
        await endAllSessions(tx, userId);
        await revokeAllTokens(tx, userId);
        const invitation = await createInvitation(tx, userId, by.actor.userId);
        await audit(tx, by, user.deactivatedAt ? 'reactivate-user' : 'reinvite-user', null, `user ${userId}`);
        return invitation;
      });
    },
  };
}

export type AdministrationService = ReturnType<typeof administrationService>;
