// Idempotency keys: a client on a bad connection sends a write again with the same `Idempotency-Key`
// and gets the first answer back instead of a second entry. A key is the user's own, kept for a day,
// and bound to the request it first came with. The answer is kept in the transaction that made the write
// (api/idempotency.ts), so a key either holds the answer of a write that committed or holds nothing: a
// process stopped mid-write leaves no half-claimed key, and a refusal leaves the key free, so the client
// can mend the request and send it once more.
import type { Actor } from '../domain/policy.js';
import { transaction, type Db } from '../store/database.js';
import { findKey, forgetKeysBefore, insertKey } from '../store/idempotency-keys.js';

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
    find(actor: Actor, key: string, request: string, now = new Date()): Promise<KeptAnswer> {
      return transaction(db, async (tx) => {
        await forgetKeysBefore(tx, actor.userId, new Date(now.getTime() - keptForMs));
        const kept = await findKey(tx, actor.userId, key);
        if (!kept) return { kind: 'new' };
        if (kept.request !== request) return { kind: 'reused' };
        return { kind: 'replay', response: { status: kept.status, body: kept.body } };
      });
    },

    /** Keeps the answer to a new key, for every retry in the next day. */
    keep(
      actor: Actor,
      key: string,
      request: string,
      response: KeptResponse,
      now = new Date(),
    ): Promise<void> {
      return transaction(db, (tx) => insertKey(tx, actor.userId, key, { request, ...response }, now));
    },
  };
}

export type IdempotencyService = ReturnType<typeof idempotencyService>;
