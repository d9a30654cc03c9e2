// Idempotency keys: a client on a bad connection sends a write again with the same `Idempotency-Key`
// and gets the first answer back instead of a second entry. A key is the user's own, kept for a day,
// and bound to the request it first came with. The answer is kept in the transaction that made the write
// (api/idempotency.ts), so a key either holds the answer of a write that committed or holds nothing: a
// process stopped mid-write leaves no half-claimed key, and a refusal leaves the key free, so the client
// can mend the request and send it once more.
import type { Actor } from '../domain/policy.js';
import type { Db } from '../store/database.js';

/** How long an answer is kept for a retry. */
const keptForMs = 24 * 60 * 60 * 1000;

export interface KeptResponse {
  status: number;
  /** The response body, as sent. */
  body: string;
}

export type KeptAnswer =
  /** The key is new (or its answer has been forgotten): carry the request out and `keep` its answer. */
  | { kind: 'new' }
  /** The key already answered this request: send that answer again. */
  | { kind: 'replay'; response: KeptResponse }
  /** The key was first used for a different request. */
  | { kind: 'reused' };

/** Give it the transaction the write runs in: what it finds and keeps commits or rolls back with the write. */
export function idempotencyService(db: Db) {
  return {
    /** What `key` holds for `request` (a fingerprint of method, path and body). Forgets answers a day old. */
    async find(actor: Actor, key: string, request: string, now = new Date()): Promise<KeptAnswer> {
      await db
        .deleteFrom('idempotency_keys')
        .where('user_id', '=', actor.userId)
        .where('created_at', '<', new Date(now.getTime() - keptForMs).toISOString())
        .execute();
      const kept = await db
        .selectFrom('idempotency_keys')
        .select(['request', 'status', 'body'])
        .where('user_id', '=', actor.userId)
        .where('key', '=', key)
        .executeTakeFirst();
      if (!kept) return { kind: 'new' };
      if (kept.request !== request) return { kind: 'reused' };
      return { kind: 'replay', response: { status: kept.status, body: kept.body } };
    },

    /** Keeps the answer to a new key, for every retry in the next day. */
    async keep(actor: Actor, key: string, request: string, response: KeptResponse, now = new Date()) {
      await db
        .insertInto('idempotency_keys')
        .values({
          user_id: actor.userId,
          key,
          request,
          status: response.status,
          body: response.body,
          created_at: now.toISOString(),
        })
        .execute();
    },
  };
}

export type IdempotencyService = ReturnType<typeof idempotencyService>;
