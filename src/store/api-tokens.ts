// Personal API tokens as a user's credentials: ended together when the account's password is changed or
// reset, or the account is deactivated, so a token made before cannot outlive the password it came with.
import type { Db } from './database.js';

/** Revokes every token of the user still in use (kept, never deleted); returns how many. */
export async function revokeAllTokens(db: Db, userId: number, at: Date = new Date()): Promise<number> {
  const result = await db
    .updateTable('api_tokens')
    .set({ revoked_at: at.toISOString() })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
