import type { Kysely } from 'kysely';

// How to reach an agency outside Stickability: its safeguarding contact, as its administrator wrote it
// (a role, a telephone number, a secure email address). Shown to a worker whose alert, incident or
// invitation nobody here could receive for that agency, so they know whom to tell instead.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('agencies').addColumn('safeguarding_contact', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('agencies').dropColumn('safeguarding_contact').execute();
}
