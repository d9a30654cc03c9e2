// One-time invitations: how a new (or reactivated) user sets their own password. The admin never knows
// it: they hand on a link that holds a random token, stored only as its hash, used once, valid 7 days.
import { randomBytes } from 'node:crypto';
import { newPasswordProblems } from '../domain/password-rules.js';
import { transaction, type Db } from '../store/database.js';
import { hashPassword } from './accounts.js';
import { audit } from './audit.js';
import { InvalidInput, NotFound } from './errors.js';
import { tokenHash } from './token-hash.js';

const validForMs = 7 * 24 * 60 * 60 * 1000;

/** A new invitation for the user (inside the admin's transaction); the token is returned this once only. */
export async function createInvitation(db: Db, userId: number, createdBy: number): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const now = new Date();
  await db
    .insertInto('invitations')
    .values({
      user_id: userId,
      token_hash: tokenHash(token),
      created_at: now.toISOString(),
      created_by: createdBy,
      expires_at: new Date(now.getTime() + validForMs).toISOString(),
      used_at: null,
    })
    .execute();
  return token;
}

export function invitationService(db: Db) {
  /** The invitation's user, while it is unused, unexpired, the newest for them and they are active. */
  async function open(trx: Db, token: string) {
    if (token.length > 100) return undefined;
    const row = await trx
      .selectFrom('invitations')
      .innerJoin('users', 'users.id', 'invitations.user_id')
      .select([
        'invitations.id',
        'invitations.user_id',
        'invitations.expires_at',
        'invitations.used_at',
        'users.name',
        'users.email',
        'users.deactivated_at',
      ])
      .where('invitations.token_hash', '=', tokenHash(token))
      .executeTakeFirst();
    if (!row || row.used_at || row.deactivated_at || row.expires_at <= new Date().toISOString())
      return undefined;
    const newer = await trx
      .selectFrom('invitations')
      .select('id')
      .where('user_id', '=', row.user_id)
      .where('id', '>', row.id)
      .executeTakeFirst();
    return newer ? undefined : row;
  }

  return {
    /** Who the invitation is for, or NotFound for a token that does not open one. */
    async find(token: string): Promise<{ name: string; email: string }> {
      const row = await open(db, token);
      if (!row) throw new NotFound('invitation');
      return { name: row.name, email: row.email };
    },

    /** Sets the user's password and uses up the invitation. */
    async accept(token: string, password: string, confirmation: string, address: string): Promise<void> {
      const invited = await open(db, token);
      if (!invited) throw new NotFound('invitation');
      const problems = newPasswordProblems(password, confirmation, invited.email);
      if (problems.length > 0) throw new InvalidInput(problems);
      const hashed = await hashPassword(password);
      await transaction(db, async (trx) => {
        const row = await open(trx, token);
        if (!row) throw new NotFound('invitation');
        await trx
          .updateTable('invitations')
          .set({ used_at: new Date().toISOString() })
          .where('id', '=', row.id)
          .execute();
        await trx.updateTable('users').set({ password_hash: hashed }).where('id', '=', row.user_id).execute();
        await audit(trx, { actor: null, address }, 'accept-invitation', null, `user ${row.user_id}`);
      });
    },
  };
}

export type InvitationService = ReturnType<typeof invitationService>;
