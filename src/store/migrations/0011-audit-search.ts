import type { Kysely } from 'kysely';

// The audit log is searched by auditors (by user, by case, by day) and read at each sign-in for the
// attempts on one email in the last half hour (account lockout). The first migration indexed it by case
// only. Indexes alone: the log stays append-only.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('audit_log_at').on('audit_log').column('at').execute();
  await db.schema.createIndex('audit_log_user').on('audit_log').columns(['user_id', 'at']).execute();
  await db.schema.createIndex('audit_log_detail').on('audit_log').columns(['detail', 'at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const index of ['audit_log_at', 'audit_log_user', 'audit_log_detail'])
    await db.schema.dropIndex(index).execute();
}
