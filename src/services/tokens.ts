// Personal API tokens: made by the user (account page) or an administrator (`stickability token
// create`), shown once, stored as a hash, revoked rather than deleted. Its queries are the store's
// (store/api-tokens.ts), each inside the use case's transaction.
import { randomBytes } from 'node:crypto';
import type { Actor } from '../domain/policy.js';
import { transaction, type Db } from '../store/database.js';
import type { AccountService } from './accounts.js';
import { audit } from './audit.js';
import { InvalidInput, NotFound } from './errors.js';
import { tokenHash } from './token-hash.js';
import { insertToken, revokeToken, tokensOf, useToken, type StoredToken } from '../store/api-tokens.js';
import { userIdByEmail } from '../store/users.js';

const prefix = 'stk_';

/** A token as its user's account page lists it. */
export type TokenSummary = StoredToken;

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
      return transaction(db, async (tx) => {
        const id = await insertToken(tx, { userId, name: label, hash: tokenHash(token), at: new Date() });
        await audit(tx, { actor, address }, 'create-token', null, `token ${id}`);
        return { id, token };
      });
    },

    /** Creates a token for the user with this email (the command line). */
    async createFor(email: string, name: string): Promise<{ id: number; token: string }> {
      const userId = await transaction(db, (tx) => userIdByEmail(tx, email));
      if (userId === null) throw new NotFound(`user ${email}`);
      return this.create(userId, name, 'cli');
    },

    list(userId: number): Promise<TokenSummary[]> {
      return transaction(db, (tx) => tokensOf(tx, userId));
    },

    async revoke(actor: Actor, tokenId: number, address: string): Promise<void> {
      await transaction(db, async (tx) => {
        if (!(await revokeToken(tx, actor.userId, tokenId, new Date())))
          throw new NotFound(`token ${tokenId}`);
        await audit(tx, { actor, address }, 'revoke-token', null, `token ${tokenId}`);
      });
    },

    /** The actor a bearer token speaks for, or null for an unknown or revoked token. */
    async authenticate(token: string): Promise<Actor | null> {
      if (!token.startsWith(prefix)) return null;
      const userId = await transaction(db, (tx) => useToken(tx, tokenHash(token), new Date()));
      return userId === null ? null : accounts.actorFor(userId);
    },
  };
}

export type TokenService = ReturnType<typeof tokenService>;
