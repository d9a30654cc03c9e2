// One-time invitations: how a new (or reactivated) user sets their own password. The admin never knows
// it: they hand on a link that holds a random token, stored only as its hash, used once, valid 7 days.
// Its queries are the store's (store/administration.ts), each inside the use case's transaction.
import { randomBytes } from 'node:crypto';
import { newPasswordProblems } from '../domain/password-rules.js';
import {
  hasNewerInvitation,
  insertInvitation,
  invitationByHash,
  markInvitationUsed,
  setPasswordHash,
  type StoredInvitation,
} from '../store/administration.js';
import { transaction, type Db, type Tx } from '../store/database.js';
import { hashPassword } from './accounts.js';
import { audit } from './audit.js';
import { InvalidInput, NotFound } from './errors.js';
import { tokenHash } from './token-hash.js';

const validForMs = 7 * 24 * 60 * 60 * 1000;

/** A new invitation for the user (inside the admin's transaction); the token is returned this once only. */
export async function createInvitation(tx: Tx, userId: number, createdBy: number): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const now = new Date();
  await insertInvitation(tx, {
    userId,
    hash: tokenHash(token),
    createdBy,
    at: now,
    expiresAt: new Date(now.getTime() + validForMs),
  });
  return token;
}

export function invitationService(db: Db) {
  /** The invitation's user, while it is unused, unexpired, the newest for them and they are active. */
  async function open(tx: Tx, token: string): Promise<StoredInvitation | undefined> {
    if (token.length > 100) return undefined;
    const row = await invitationByHash(tx, tokenHash(token));
    if (!row || row.usedAt || row.deactivatedAt || row.expiresAt <= new Date().toISOString())
      return undefined;
    return (await hasNewerInvitation(tx, row.userId, row.id)) ? undefined : row;
  }

  return {
    /** Who the invitation is for, or NotFound for a token that does not open one. */
    async find(token: string): Promise<{ name: string; email: string }> {
      const row = await transaction(db, (tx) => open(tx, token));
      if (!row) throw new NotFound('invitation');
      return { name: row.name, email: row.email };
    },

    /** Sets the user's password and uses up the invitation. */
    async accept(token: string, password: string, confirmation: string, address: string): Promise<void> {
      const invited = await transaction(db, (tx) => open(tx, token));
      if (!invited) throw new NotFound('invitation');
      const problems = newPasswordProblems(password, confirmation, invited.email);
      if (problems.length > 0) throw new InvalidInput(problems);
      const hashed = await hashPassword(password);
      await transaction(db, async (tx) => {
        const row = await open(tx, token);
        if (!row) throw new NotFound('invitation');
        await markInvitationUsed(tx, row.id, new Date());
        await setPasswordHash(tx, row.userId, hashed);
        await audit(tx, { actor: null, address }, 'accept-invitation', null, `user ${row.userId}`);
      });
    },
  };
}

export type InvitationService = ReturnType<typeof invitationService>;
