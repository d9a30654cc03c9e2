import { sql, type Kysely } from 'kysely';

// An idempotency key is now kept in the transaction of the write it answers (services/idempotency.ts), so
// a key holds an answer or is absent. A claim with no answer (status 0) left by the earlier three-step
// scheme belongs to a request that never finished: forget it, so its retry runs.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`delete from idempotency_keys where status = 0`.execute(db);
}

export async function down(): Promise<void> {
  // Nothing to undo: the claims were abandoned.
}
