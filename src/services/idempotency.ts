// Idempotency keys: a client on a bad connection sends a write again with the same `Idempotency-Key`
// and gets the first answer back instead of a second entry. A key is the user's own, kept for a day,
// and bound to the request it first came with. Only a successful answer is kept: after a refusal the
// key is free again, so the client can mend the request and send it once more.
import type { Actor } from '../domain/policy.js';
import type { Db } from '../store/database.js';

/** How long an answer is kept for a retry. */
const keptForMs = 24 * 60 * 60 * 1000;
/** A claim older than this belongs to a request that died (the process stopped mid-write). */
const abandonedAfterMs = 60 * 1000;

export interface KeptResponse {
  status: number;
  /** The response body, as sent. */
  body: string;
}

export type Claim =
  /** The key is new: carry the request out, then `keep` its answer or `release` the key. */
  | { kind: 'claimed' }
  /** The key already answered this request: send that answer again. */
  | { kind: 'replay'; response: KeptResponse }
  /** The key was first used for a different request. */
  | { kind: 'reused' }
  /** The first request with this key is still being carried out. */
  | { kind: 'in-progress' };

export function idempotencyService(db: Db) {
  return {
    /**
     * Claims `key` for `request` (a fingerprint of method, path and body), or says what the key holds.
     * One transaction, so of two requests racing with one key only one claims it.
     */
    claim(actor: Actor, key: string, request: string, now = new Date()): Promise<Claim> {
      return db.transaction().execute(async (trx) => {
        await trx
          .deleteFrom('idempotency_keys')
          .where('user_id', '=', actor.userId)
          .where('created_at', '<', new Date(now.getTime() - keptForMs).toISOString())
          .execute();
        const kept = await trx
          .selectFrom('idempotency_keys')
          .select(['request', 'status', 'body', 'created_at'])
          .where('user_id', '=', actor.userId)
          .where('key', '=', key)
          .executeTakeFirst();
        const abandoned =
          kept?.status === 0 && kept.created_at < new Date(now.getTime() - abandonedAfterMs).toISOString();
        if (kept && !abandoned) {
          if (kept.request !== request) return { kind: 'reused' };
          if (kept.status === 0) return { kind: 'in-progress' };
          return { kind: 'replay', response: { status: kept.status, body: kept.body } };
        }
        await trx
          .insertInto('idempotency_keys')
          .values({ user_id: actor.userId, key, request, status: 0, body: '', created_at: now.toISOString() })
          .onConflict((oc) =>
            oc
              .columns(['user_id', 'key'])
              .doUpdateSet({ request, status: 0, body: '', created_at: now.toISOString() }),
          )
          .execute();
        return { kind: 'claimed' };
      });
    },

    /** Keeps the answer to a claimed key, for every retry in the next day. */
    async keep(actor: Actor, key: string, response: KeptResponse): Promise<void> {
      await db
        .updateTable('idempotency_keys')
        .set({ status: response.status, body: response.body })
        .where('user_id', '=', actor.userId)
        .where('key', '=', key)
        .execute();
    },

    /** Frees a claimed key whose request was refused or failed. */
    async release(actor: Actor, key: string): Promise<void> {
      await db
        .deleteFrom('idempotency_keys')
        .where('user_id', '=', actor.userId)
        .where('key', '=', key)
        .where('status', '=', 0)
        .execute();
    },
  };
}

export type IdempotencyService = ReturnType<typeof idempotencyService>;
