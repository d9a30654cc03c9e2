import type { Kysely } from 'kysely';

// A notification may also be owed as an email. The email is sent after the write commits (never inside
// its transaction), so the owing is recorded here and the delivery retried until it succeeds:
// `email_summary` is all an email may say (no case content leaves the system), `email_pending` is 1
// until it is sent, `email_attempts` counts the tries, `email_next_try_at` holds a try back (a claim
// while sending, a wait after a failure), `emailed_at` is when it went. `entry_id` names the entry on the
// case that raised the notification, so opening it leads there.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('notifications').addColumn('entry_id', 'text').execute();
  await db.schema.alterTable('notifications').addColumn('email_summary', 'text').execute();
  await db.schema
    .alterTable('notifications')
    .addColumn('email_pending', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable('notifications')
    .addColumn('email_attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('notifications').addColumn('email_next_try_at', 'text').execute();
  await db.schema.alterTable('notifications').addColumn('emailed_at', 'text').execute();
  await db.schema
    .createIndex('notifications_email_pending')
    .on('notifications')
    .columns(['email_pending', 'created_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('notifications_email_pending').execute();
  for (const column of [
    'emailed_at',
    'email_next_try_at',
    'email_attempts',
    'email_pending',
    'email_summary',
    'entry_id',
  ])
    await db.schema.alterTable('notifications').dropColumn(column).execute();
}
