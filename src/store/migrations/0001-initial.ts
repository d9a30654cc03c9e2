import { sql, type Kysely } from 'kysely';

// Kysely migrations take an untyped database: the schema at this point in history, not today's.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('partnerships')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('pack', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('agencies')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('partnership_id', 'integer', (c) => c.notNull().references('partnerships.id'))
    .addColumn('ref', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addUniqueConstraint('agencies_partnership_ref', ['partnership_id', 'ref'])
    .execute();
  await db.schema
    .createTable('teams')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('partnership_id', 'integer', (c) => c.notNull().references('partnerships.id'))
    .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('users')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('partnership_id', 'integer', (c) => c.notNull().references('partnerships.id'))
    .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id'))
    .addColumn('team_id', 'integer', (c) => c.references('teams.id'))
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('worker_ref', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('manager_id', 'integer', (c) => c.references('users.id'))
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('cases')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('partnership_id', 'integer', (c) => c.notNull().references('partnerships.id'))
    .addColumn('ref', 'text', (c) => c.notNull())
    .addColumn('pack', 'text', (c) => c.notNull())
    .addColumn('plan', 'text', (c) => c.notNull())
    .addColumn('opened_on', 'text', (c) => c.notNull())
    .addColumn('next_review_on', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addUniqueConstraint('cases_partnership_ref', ['partnership_id', 'ref'])
    .execute();
  await db.schema
    .createTable('case_agencies')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id'))
    .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id'))
    .addColumn('added_at', 'text', (c) => c.notNull())
    .addColumn('added_by', 'integer', (c) => c.references('users.id'))
    .addColumn('reason', 'text')
    .addUniqueConstraint('case_agencies_case_agency', ['case_id', 'agency_id'])
    .execute();
  await db.schema
    .createTable('case_workers')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id'))
    .addColumn('ref', 'text', (c) => c.notNull())
    .addColumn('agency_ref', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('user_id', 'integer', (c) => c.references('users.id'))
    .addUniqueConstraint('case_workers_case_ref', ['case_id', 'ref'])
    .execute();
  await db.schema
    .createTable('people')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id'))
    .addColumn('ref', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addUniqueConstraint('people_case_ref', ['case_id', 'ref'])
    .execute();
  await db.schema
    .createTable('entries')
    .addColumn('seq', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('at_utc', 'text', (c) => c.notNull())
    .addColumn('agency_ref', 'text')
    .addColumn('worker_ref', 'text')
    .addColumn('amends', 'text')
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'integer', (c) => c.references('users.id'))
    .addUniqueConstraint('entries_case_id', ['case_id', 'id'])
    .execute();
  await db.schema.createIndex('entries_case_at').on('entries').columns(['case_id', 'at_utc']).execute();
  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('case_id', 'integer', (c) => c.references('cases.id'))
    .addColumn('detail', 'text')
    .addColumn('address', 'text')
    .execute();
  await db.schema.createIndex('audit_log_case').on('audit_log').columns(['case_id', 'at']).execute();
  await db.schema
    .createTable('sessions')
    .addColumn('sid', 'text', (c) => c.primaryKey())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();

  // Entries and the audit log are facts: nothing may change or remove them (DESIGN.md, R7).
  for (const table of ['entries', 'audit_log']) {
    for (const operation of ['UPDATE', 'DELETE']) {
      await sql
        .raw(
          `CREATE TRIGGER ${table}_no_${operation.toLowerCase()} BEFORE ${operation} ON ${table} ` +
            `BEGIN SELECT RAISE(ABORT, '${table} are append-only'); END`,
        )
        .execute(db);
    }
  }
}

export async function down(): Promise<void> {
  throw new Error('the first migration cannot be undone');
}
