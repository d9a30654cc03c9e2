// Partnership administration (issue 10): a partnership-admin keeps the partnership's agencies, teams and
// users — who has which role and which manager supervises whom. Users are deactivated, never deleted; a
// new user sets their own password from a one-time invitation (invitations.ts). An admin reads no case.
import { z } from 'zod';
import { administers, type Actor, type Role } from '../domain/policy.js';
import { agencyTypes } from '../domain/vocabularies.js';
import { revokeAllTokens } from '../store/api-tokens.js';
import { transaction, type Db } from '../store/database.js';
import { endAllSessions } from '../store/session-store.js';
import { audit } from './audit.js';
import type { SignedIn } from './cases.js';
import { InvalidInput, NotFound, problemsOf } from './errors.js';
import { createInvitation } from './invitations.js';

export const roles = ['practitioner', 'manager', 'partnership-admin', 'auditor'] as const satisfies Role[];

/** Marks an account that has no password yet, or no longer has one: no argon2 hash ever matches it. */
const noPassword = '!';

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

export interface AgencySummary {
  id: number;
  ref: string;
  name: string;
  type: string;
  safeguardingContact: string | null;
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
  const users = (partnershipId: number, trx: Db = db): Promise<UserSummary[]> =>
    trx
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
      .where('users.partnership_id', '=', partnershipId)
      .orderBy('users.name')
      .execute();

  const agencyRows = (partnershipId: number, trx: Db = db): Promise<AgencySummary[]> =>
    trx
      .selectFrom('agencies')
      .select(['id', 'ref', 'name', 'type', 'safeguarding_contact as safeguardingContact'])
      .where('partnership_id', '=', partnershipId)
      .orderBy('name')
      .execute();

  /** Checks the team and manager chosen for a user belong to the partnership (and the team to their agency). */
  async function checkPlacement(
    trx: Db,
    partnershipId: number,
    userId: number | null,
    agencyId: number,
    details: { teamId: number | null; managerId: number | null },
  ): Promise<void> {
    if (details.teamId !== null) {
      const team = await trx
        .selectFrom('teams')
        .select('agency_id')
        .where('id', '=', details.teamId)
        .where('partnership_id', '=', partnershipId)
        .executeTakeFirst();
      if (!team || team.agency_id !== agencyId)
        throw new InvalidInput([{ path: 'teamId', message: 'Select a team of the user’s agency' }]);
    }
    if (details.managerId !== null) {
      const manager = await trx
        .selectFrom('users')
        .select(['role', 'deactivated_at'])
        .where('id', '=', details.managerId)
        .where('partnership_id', '=', partnershipId)
        .executeTakeFirst();
      if (!manager || manager.role !== 'manager' || manager.deactivated_at || details.managerId === userId)
        throw new InvalidInput([{ path: 'managerId', message: 'Select a manager from the list' }]);
    }
  }

  return {
    /** The partnership as its admin sees it: its pack, agencies, teams and users. */
    async partnership(actor: Actor) {
      const partnershipId = requireAdmin(actor);
      const [partnership, agencies, teams, people] = await Promise.all([
        db
          .selectFrom('partnerships')
          .select(['name', 'pack'])
          .where('id', '=', partnershipId)
          .executeTakeFirstOrThrow(),
        agencyRows(partnershipId),
        db
          .selectFrom('teams')
          .innerJoin('agencies', 'agencies.id', 'teams.agency_id')
          .select(['teams.id', 'teams.name', 'teams.agency_id as agencyId', 'agencies.name as agency'])
          .where('teams.partnership_id', '=', partnershipId)
          .orderBy('agencies.name')
          .orderBy('teams.name')
          .execute(),
        users(partnershipId),
      ]);
      return { partnership, agencies, teams, users: people };
    },

    async user(actor: Actor, userId: number): Promise<UserSummary> {
      const partnershipId = requireAdmin(actor);
      const user = (await users(partnershipId)).find((u) => u.id === userId);
      if (!user) throw new NotFound(`user ${userId}`);
      return user;
    },

    async addAgency(by: SignedIn, input: unknown): Promise<void> {
      const partnershipId = requireAdmin(by.actor);
      const agency = parse(agencySchema, input);
      await transaction(db, async (trx) => {
        const taken = await trx
          .selectFrom('agencies')
          .select('id')
          .where('partnership_id', '=', partnershipId)
          .where('ref', '=', agency.ref)
          .executeTakeFirst();
        if (taken)
          throw new InvalidInput([{ path: 'ref', message: 'An agency with this reference already exists' }]);
        await trx
          .insertInto('agencies')
          .values({
            partnership_id: partnershipId,
            ref: agency.ref,
            name: agency.name,
            type: agency.type,
            safeguarding_contact: agency.safeguardingContact,
          })
          .execute();
        await audit(trx, by, 'add-agency-to-partnership', null, agency.ref);
      });
    },

    async agency(actor: Actor, agencyId: number): Promise<AgencySummary> {
      const partnershipId = requireAdmin(actor);
      const agency = (await agencyRows(partnershipId)).find((a) => a.id === agencyId);
      if (!agency) throw new NotFound(`agency ${agencyId}`);
      return agency;
    },

    /** How a worker reaches the agency outside Stickability when nobody here can receive for it (told.ts). */
    async changeAgencyContact(by: SignedIn, agencyId: number, input: unknown): Promise<void> {
      const partnershipId = requireAdmin(by.actor);
      const { safeguardingContact } = parse(agencyContactSchema, input);
      await transaction(db, async (trx) => {
        const agency = (await agencyRows(partnershipId, trx)).find((a) => a.id === agencyId);
        if (!agency) throw new NotFound(`agency ${agencyId}`);
        await trx
          .updateTable('agencies')
          .set({ safeguarding_contact: safeguardingContact })
          .where('id', '=', agencyId)
          .execute();
        const was = agency.safeguardingContact ?? '-';
        await audit(
          trx,
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
      await transaction(db, async (trx) => {
        const agency = await trx
          .selectFrom('agencies')
          .select('id')
          .where('id', '=', team.agencyId)
          .where('partnership_id', '=', partnershipId)
          .executeTakeFirst();
        if (!agency) throw new InvalidInput([{ path: 'agencyId', message: 'Select the team’s agency' }]);
        await trx
          .insertInto('teams')
          .values({ partnership_id: partnershipId, agency_id: agency.id, name: team.name })
          .execute();
        await audit(trx, by, 'add-team', null, team.name);
      });
    },

    /** A new user without a password, and the one-time invitation with which they set one. */
    async inviteUser(by: SignedIn, input: unknown): Promise<{ userId: number; invitation: string }> {
      const partnershipId = requireAdmin(by.actor);
      const user = parse(newUserSchema, input);
      return transaction(db, async (trx) => {
        const agency = await trx
          .selectFrom('agencies')
          .select('id')
          .where('id', '=', user.agencyId)
          .where('partnership_id', '=', partnershipId)
          .executeTakeFirst();
        if (!agency) throw new InvalidInput([{ path: 'agencyId', message: 'Select the user’s agency' }]);
        const emailTaken = await trx
          .selectFrom('users')
          .select('id')
          .where((eb) => eb(eb.fn('lower', ['email']), '=', user.email.toLowerCase()))
          .executeTakeFirst();
        if (emailTaken)
          throw new InvalidInput([
            { path: 'email', message: 'A user with this email address already exists' },
          ]);
        const refTaken = await trx
          .selectFrom('users')
          .select('id')
          .where('agency_id', '=', agency.id)
          .where('worker_ref', '=', user.workerRef)
          .executeTakeFirst();
        if (refTaken)
          throw new InvalidInput([
            { path: 'workerRef', message: 'A user of this agency already has this worker reference' },
          ]);
        await checkPlacement(trx, partnershipId, null, agency.id, user);
        const { id } = await trx
          .insertInto('users')
          .values({
            partnership_id: partnershipId,
            agency_id: agency.id,
            team_id: user.teamId,
            email: user.email,
            name: user.name,
            worker_ref: user.workerRef,
            role: user.role,
            manager_id: user.managerId,
            password_hash: noPassword,
            created_at: new Date().toISOString(),
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        const invitation = await createInvitation(trx, id, by.actor.userId);
        await audit(trx, by, 'add-user', null, `user ${id} ${user.role}`);
        return { userId: id, invitation };
      });
    },

    /** A user's role, team and manager. */
    async changeUser(by: SignedIn, userId: number, input: unknown): Promise<void> {
      const partnershipId = requireAdmin(by.actor);
      const details = parse(userDetailsSchema, input);
      await transaction(db, async (trx) => {
        const user = (await users(partnershipId, trx)).find((u) => u.id === userId);
        if (!user) throw new NotFound(`user ${userId}`);
        if (userId === by.actor.userId && details.role !== 'partnership-admin')
          throw new InvalidInput([{ path: 'role', message: 'You cannot take away your own administration' }]);
        await checkPlacement(trx, partnershipId, userId, user.agencyId, details);
        await trx
          .updateTable('users')
          .set({ role: details.role, team_id: details.teamId, manager_id: details.managerId })
          .where('id', '=', userId)
          .execute();
        const was = `${user.role}, team ${user.teamId ?? '-'}, manager ${user.managerId ?? '-'}`;
        const now = `${details.role}, team ${details.teamId ?? '-'}, manager ${details.managerId ?? '-'}`;
        await audit(trx, by, 'change-user', null, `user ${userId}: ${was} -> ${now}`);
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
      await transaction(db, async (trx) => {
        const user = (await users(partnershipId, trx)).find((u) => u.id === userId);
        if (!user) throw new NotFound(`user ${userId}`);
        if (user.deactivatedAt) return;
        const now = new Date().toISOString();
        await trx
          .updateTable('users')
          .set({ deactivated_at: now, password_hash: noPassword })
          .where('id', '=', userId)
          .execute();
        await revokeAllTokens(trx, userId, new Date(now));
        await audit(trx, by, 'deactivate-user', null, `user ${userId}`);
      });
    },

    /**
     * Lets a user back in (or one whose invitation lapsed, or who forgot their password): a new one-time
     * invitation to set a password. The old password is forgotten, and with it end the user's sessions
     * and API tokens: a reset is often because someone else may have had it.
     */
    async reinvite(by: SignedIn, userId: number): Promise<string> {
      const partnershipId = requireAdmin(by.actor);
      return transaction(db, async (trx) => {
        const user = (await users(partnershipId, trx)).find((u) => u.id === userId);
        if (!user) throw new NotFound(`user ${userId}`);
        await trx
          .updateTable('users')
          .set({ deactivated_at: null, password_hash: noPassword })
          .where('id', '=', userId)
          .execute();
        await endAllSessions(trx, userId);
        await revokeAllTokens(trx, userId);
        const invitation = await createInvitation(trx, userId, by.actor.userId);
        await audit(
          trx,
          by,
          user.deactivatedAt ? 'reactivate-user' : 'reinvite-user',
          null,
          `user ${userId}`,
        );
        return invitation;
      });
    },
  };
}

export type AdministrationService = ReturnType<typeof administrationService>;
