import { sql, type Kysely } from 'kysely';

// Partnership administration (issue 10): users are deactivated, never deleted; new users set their own
// password from a one-time invitation; the team around the family keeps every join and leave (who asked,
// why); a partnership's local threshold overrides keep every change with its reason. The last three are
// append-only: the latest row wins.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').addColumn('deactivated_at', 'text').execute();
  await db.schema
    .createTable('invitations')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute();
  await db.schema
    .createTable('case_agency_changes')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id'))
    .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id'))
    /** `joined` or `left`. */
    .addColumn('change', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('by', 'integer', (c) => c.references('users.id'))
    /** Who asked for the agency to join (a name and role, in the recorder's words). */
    .addColumn('requested_by', 'text')
    .addColumn('reason', 'text')
    .execute();
  await db.schema
    .createIndex('case_agency_changes_case')
    .on('case_agency_changes')
    .columns(['case_id', 'agency_id', 'id'])
    .execute();
  await db.schema
    .createTable('threshold_overrides')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('partnership_id', 'integer', (c) => c.notNull().references('partnerships.id'))
    .addColumn('pack', 'text', (c) => c.notNull())
    /** The threshold's path in the pack's thresholds, as `failedContacts.count`. */
    .addColumn('key', 'text', (c) => c.notNull())
    /** The value as JSON; null puts the pack's own value back. */
    .addColumn('value', 'text')
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('set_by', 'integer', (c) => c.references('users.id'))
    .addColumn('set_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('threshold_overrides_partnership')
    .on('threshold_overrides')
    .columns(['partnership_id', 'pack', 'key', 'id'])
    .execute();

  for (const table of ['case_agency_changes', 'threshold_overrides']) {
    for (const operation of ['UPDATE', 'DELETE']) {
      await sql
        .raw(
          `CREATE TRIGGER ${table}_no_${operation.toLowerCase()} BEFORE ${operation} ON ${table} ` +
            `BEGIN SELECT RAISE(ABORT, '${table} are append-only'); END`,
        )
        .execute(db);
    }
  }
  await sql
    .raw(
      `CREATE TRIGGER invitations_no_delete BEFORE DELETE ON invitations ` +
        `BEGIN SELECT RAISE(ABORT, 'invitations are never deleted'); END`,
    )
    .execute(db);
  await sql
    .raw(
      `CREATE TRIGGER users_no_delete BEFORE DELETE ON users ` +
        `BEGIN SELECT RAISE(ABORT, 'users are deactivated, never deleted'); END`,
    )
    .execute(db);
}

export async function down(): Promise<void> {
  throw new Error('partnership administration cannot be undone');
}
