// The answers kept for Idempotency-Keys, a user's own (services/idempotency.ts says how they are used).
import type { Tx } from './database.js';

export interface KeptKey {
  /** The fingerprint of the request the key first came with. */
  request: string;
  status: number;
  body: string;
}

/** Forgets the user's answers kept since before `before`. */
export async function forgetKeysBefore(tx: Tx, userId: number, before: Date): Promise<void> {
  await tx
    .deleteFrom('idempotency_keys')
    .where('user_id', '=', userId)
    .where('created_at', '<', before.toISOString())
    .execute();
}

export function findKey(tx: Tx, userId: number, key: string): Promise<KeptKey | undefined> {
  return tx
    .selectFrom('idempotency_keys')
    .select(['request', 'status', 'body'])
    .where('user_id', '=', userId)
    .where('key', '=', key)
    .executeTakeFirst();
}

export async function insertKey(tx: Tx, userId: number, key: string, kept: KeptKey, at: Date): Promise<void> {
  await tx
    .insertInto('idempotency_keys')
    .values({ user_id: userId, key, ...kept, created_at: at.toISOString() })
    .execute();
}
