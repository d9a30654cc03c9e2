// Personal API tokens: made by the user (account page) or an administrator (`stickability token
// create`), shown once, stored as a hash, revoked rather than deleted.
import { randomBytes } from 'node:crypto';
import type { Actor } from '../domain/policy.js';
import { transaction, type Db } from '../store/database.js';
import type { AccountService } from './accounts.js';
import { audit } from './audit.js';
import { InvalidInput, NotFound } from './errors.js';
import { tokenHash } from './token-hash.js';

const prefix = 'stk_';

export interface TokenSummary {
  id: number;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export function tokenService(db: Db, accounts: AccountService) {
  return {
    /** A new token for the user; the plain token is returned this once only. */
    async create(userId: number, name: string, address: string): Promise<{ id: number; token: string }> {
      const label = name.trim() || 'API token';
      if (label.length > 100)
        throw new InvalidInput([{ path: 'name', message: 'Name must be 100 characters or fewer' }]);
      const token = `${prefix}${randomBytes(32).toString('base64url')}`;
      // Read before the transaction: with one SQLite connection, a query outside it would wait for it forever.
      const actor = await accounts.actorFor(userId);
      return transaction(db, async (trx) => {
        const { id } = await trx
          .insertInto('api_tokens')
          .values({
            user_id: userId,
            name: label,
            token_hash: tokenHash(token),
            created_at: new Date().toISOString(),
            last_used_at: null,
            revoked_at: null,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await audit(trx, { actor, address }, 'create-token', null, `token ${id}`);
        return { id, token };
      });
    },

    /** Creates a token for the user with this email (the command line). */
    async createFor(email: string, name: string): Promise<{ id: number; token: string }> {
      const user = await db
        .selectFrom('users')
        .select('id')
        .where((eb) => eb(eb.fn('lower', ['email']), '=', email.trim().toLowerCase()))
        .executeTakeFirst();
      if (!user) throw new NotFound(`user ${email}`);
      return this.create(user.id, name, 'cli');
    },

    list(userId: number): Promise<TokenSummary[]> {
      return db
        .selectFrom('api_tokens')
        .select([
          'id',
          'name',
          'created_at as createdAt',
          'last_used_at as lastUsedAt',
          'revoked_at as revokedAt',
        ])
        .where('user_id', '=', userId)
        .orderBy('id', 'desc')
        .execute();
    },

    async revoke(actor: Actor, tokenId: number, address: string): Promise<void> {
      await transaction(db, async (trx) => {
        const result = await trx
          .updateTable('api_tokens')
          .set({ revoked_at: new Date().toISOString() })
          .where('id', '=', tokenId)
          .where('user_id', '=', actor.userId)
          .where('revoked_at', 'is', null)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) === 0) throw new NotFound(`token ${tokenId}`);
        await audit(trx, { actor, address }, 'revoke-token', null, `token ${tokenId}`);
      });
    },

    /** The actor a bearer token speaks for, or null for an unknown or revoked token. */
    async authenticate(token: string): Promise<Actor | null> {
      if (!token.startsWith(prefix)) return null;
      const row = await db
        .selectFrom('api_tokens')
        .select(['id', 'user_id'])
        .where('token_hash', '=', tokenHash(token))
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      if (!row) return null;
      await db
        .updateTable('api_tokens')
        .set({ last_used_at: new Date().toISOString() })
        .where('id', '=', row.id)
        .execute();
      return accounts.actorFor(row.user_id);
    },
  };
}

export type TokenService = ReturnType<typeof tokenService>;
