import { sql, type Kysely } from 'kysely';

// Supervision of a worker by their manager (MK 5.1.9.23; BEF 11.1; SX 1.7.17–18), over one or more of the
// worker's cases, answered question by question so a session can be left and resumed. A session names its
// cases (one row each); each answer is a new row (the latest for a case's question wins); completing the
// session records a `supervision` entry on each case and marks the session completed, once. Nothing is
// deleted.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('supervision_sessions')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('partnership_id', 'integer', (c) => c.notNull().references('partnerships.id'))
    .addColumn('supervisor_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('worker_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('completed_at', 'text')
    .execute();
  await db.schema
    .createIndex('supervision_sessions_worker')
    .on('supervision_sessions')
    .columns(['partnership_id', 'worker_id', 'completed_at'])
    .execute();
  await db.schema
    .createTable('supervision_cases')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('session_id', 'integer', (c) => c.notNull().references('supervision_sessions.id'))
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    /** The id of the `supervision` entry recorded on the case, set once when the session is completed. */
    .addColumn('entry_id', 'text')
    .addUniqueConstraint('supervision_cases_once', ['session_id', 'case_id'])
    .execute();
  await db.schema
    .createTable('supervision_answers')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('session_id', 'integer', (c) => c.notNull().references('supervision_sessions.id'))
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id'))
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('answer', 'text', (c) => c.notNull())
    .addColumn('answered_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('answered_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('supervision_answers_session')
    .on('supervision_answers')
    .columns(['session_id', 'case_id', 'id'])
    .execute();

  const refuse = (name: string, when: string, message: string) =>
    sql.raw(`CREATE TRIGGER ${name} ${when} BEGIN SELECT RAISE(ABORT, '${message}'); END`).execute(db);
  for (const table of ['supervision_sessions', 'supervision_cases', 'supervision_answers'])
    await refuse(`${table}_no_delete`, `BEFORE DELETE ON ${table}`, `${table} are never deleted`);
  await refuse(
    'supervision_answers_no_update',
    'BEFORE UPDATE ON supervision_answers',
    'supervision answers are append-only',
  );
  await refuse(
    'supervision_sessions_completed_once',
    'BEFORE UPDATE ON supervision_sessions WHEN OLD.completed_at IS NOT NULL',
    'a completed supervision does not change',
  );
  await refuse(
    'supervision_cases_recorded_once',
    'BEFORE UPDATE ON supervision_cases WHEN OLD.entry_id IS NOT NULL',
    'a supervision entry, once recorded, stays',
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['supervision_answers', 'supervision_cases', 'supervision_sessions'])
    await db.schema.dropTable(table).execute();
}
