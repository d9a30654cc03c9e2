// Users of the partnership's agencies, as the store keeps them.
import type { Tx } from './database.js';

/** The id of the user with this email, whatever its case and surrounding spaces; null when none has it. */
export async function userIdByEmail(tx: Tx, email: string): Promise<number | null> {
  const row = await tx
    .selectFrom('users')
    .select('id')
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email.trim().toLowerCase()))
    .executeTakeFirst();
  return row?.id ?? null;
}
