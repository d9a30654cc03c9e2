// Personal API tokens, stored by their hash and revoked rather than deleted. They are a user's
// credentials: ended together when the account's password is changed or reset, or the account is
// deactivated, so a token made before cannot outlive the password it came with.
import type { Tx } from './database.js';

export interface StoredToken {
  id: number;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export async function insertToken(
  tx: Tx,
  token: { userId: number; name: string; hash: string; at: Date },
): Promise<number> {
  const { id } = await tx
    .insertInto('api_tokens')
    .values({
      user_id: token.userId,
      name: token.name,
      token_hash: token.hash,
      created_at: token.at.toISOString(),
      last_used_at: null,
      revoked_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** The user's tokens, newest first, revoked ones included. */
export function tokensOf(tx: Tx, userId: number): Promise<StoredToken[]> {
  return tx
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
}

/** Revokes one of the user's tokens still in use; false when there is none such. */
export async function revokeToken(tx: Tx, userId: number, tokenId: number, at: Date): Promise<boolean> {
  const result = await tx
    .updateTable('api_tokens')
    .set({ revoked_at: at.toISOString() })
    .where('id', '=', tokenId)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The user a token in use speaks for, noting that it was used now; null for an unknown or revoked one. */
export async function useToken(tx: Tx, hash: string, at: Date): Promise<number | null> {
  const row = await tx
    .selectFrom('api_tokens')
    .select(['id', 'user_id'])
    .where('token_hash', '=', hash)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (!row) return null;
  await tx
    .updateTable('api_tokens')
    .set({ last_used_at: at.toISOString() })
    .where('id', '=', row.id)
    .execute();
  return row.user_id;
}

/** Revokes every token of the user still in use (kept, never deleted); returns how many. */
export async function revokeAllTokens(tx: Tx, userId: number, at: Date = new Date()): Promise<number> {
  const result = await tx
    .updateTable('api_tokens')
    .set({ revoked_at: at.toISOString() })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
