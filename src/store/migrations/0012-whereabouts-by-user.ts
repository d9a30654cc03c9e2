import type { Kysely } from 'kysely';

// Every signed-in page asks whether its user is out on a visit (plugins/out-on-visit.ts): an index by user
// and return, so that question does not read every whereabouts row of the partnership.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('whereabouts_user_out')
    .on('whereabouts')
    .columns(['user_id', 'back_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('whereabouts_user_out').execute();
}
