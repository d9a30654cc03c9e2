import { sql, type Kysely } from 'kysely';

// Where workers are while out on visits (MK 5.1.9.24; FV "Keeping Staff Safe"). Whereabouts never go into
// an entry, which every agency on the case reads: they are kept here, for the worker, their managers and
// the partnership's duty contact only. A row is opened by a check-out and closed, once, by the check-in;
// an extension moves `expected_back` while the worker is out. Each overdue alert (one row per escalation
// step, unique, so a step is never raised twice) and each acknowledgement is a row of its own. Nothing is
// deleted.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('partnerships')
    .addColumn('duty_user_id', 'integer', (c) => c.references('users.id'))
    .execute();
  await db.schema
    .createTable('whereabouts')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('partnership_id', 'integer', (c) => c.notNull().references('partnerships.id'))
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('visit_id', 'text', (c) => c.notNull())
    .addColumn('check_out_entry', 'text', (c) => c.notNull())
    .addColumn('place', 'text')
    .addColumn('checked_out_at', 'text', (c) => c.notNull())
    .addColumn('expected_back', 'text', (c) => c.notNull())
    .addColumn('back_at', 'text')
    .addColumn('check_in_entry', 'text')
    .addUniqueConstraint('whereabouts_check_out', ['case_id', 'check_out_entry'])
    .execute();
  await db.schema
    .createIndex('whereabouts_out')
    .on('whereabouts')
    .columns(['partnership_id', 'back_at'])
    .execute();
  await db.schema
    .createTable('overdue_alerts')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('whereabouts_id', 'integer', (c) => c.notNull().references('whereabouts.id'))
    .addColumn('expected_back', 'text', (c) => c.notNull())
    .addColumn('step', 'integer', (c) => c.notNull())
    .addColumn('raised_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('overdue_alerts_step', ['whereabouts_id', 'expected_back', 'step'])
    .execute();
  await db.schema
    .createTable('overdue_acknowledgements')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('whereabouts_id', 'integer', (c) => c.notNull().references('whereabouts.id'))
    .addColumn('expected_back', 'text', (c) => c.notNull())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addUniqueConstraint('overdue_acknowledgements_once', ['whereabouts_id', 'expected_back'])
    .execute();

  const refuse = (name: string, when: string, message: string) =>
    sql.raw(`CREATE TRIGGER ${name} ${when} BEGIN SELECT RAISE(ABORT, '${message}'); END`).execute(db);
  await refuse('whereabouts_no_delete', 'BEFORE DELETE ON whereabouts', 'whereabouts are never deleted');
  await refuse(
    'whereabouts_back_once',
    'BEFORE UPDATE ON whereabouts WHEN OLD.back_at IS NOT NULL',
    'a worker back from a visit stays back',
  );
  for (const table of ['overdue_alerts', 'overdue_acknowledgements']) {
    await refuse(`${table}_no_update`, `BEFORE UPDATE ON ${table}`, `${table} are append-only`);
    await refuse(`${table}_no_delete`, `BEFORE DELETE ON ${table}`, `${table} are append-only`);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['overdue_acknowledgements', 'overdue_alerts', 'whereabouts'])
    await db.schema.dropTable(table).execute();
  await db.schema.alterTable('partnerships').dropColumn('duty_user_id').execute();
}
