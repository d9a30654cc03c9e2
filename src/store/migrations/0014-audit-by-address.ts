import type { Kysely } from 'kysely';

// Each sign-in reads the wrong passwords from its address in the last 15 minutes (the address ceiling,
// domain/sign-in-lockout.ts): found by action and address, not by reading every row of those minutes.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('audit_log_action_address')
    .on('audit_log')
    .columns(['action', 'address', 'at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('audit_log_action_address').execute();
}
