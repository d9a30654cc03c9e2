import type { Kysely } from 'kysely';

// A form posted after its session ended, kept for a short while so that nothing typed is lost: for the
// browser that posted it (a random key in a cookie, stored as its hash) and the user who was signed in
// there, so only they get it back, on the same page, once (services/kept-forms.ts). Never a fact on a
// case: it becomes one only when its user saves it again.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('kept_forms')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('browser_key_hash', 'text', (c) => c.notNull())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('fields', 'text', (c) => c.notNull())
    .addColumn('kept_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('kept_forms_one_per_page', ['browser_key_hash', 'user_id', 'path'])
    .execute();
  await db.schema.createIndex('kept_forms_expiry').on('kept_forms').column('expires_at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('kept_forms').execute();
}
