import { sql, type Kysely } from 'kysely';

// The "Worried about engagement?" guide, saved answer by answer so a worker can leave and come back. A run is
// one worker's way through the guide on one case; each answer is a new row (the latest for a question wins),
// and a finished run is marked completed with the entries it recorded. Nothing is deleted.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('guide_runs')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('pack', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('completed_at', 'text')
    .addColumn('entry_ids', 'text')
    .execute();
  await db.schema
    .createIndex('guide_runs_case_user')
    .on('guide_runs')
    .columns(['case_id', 'user_id', 'completed_at'])
    .execute();
  await db.schema
    .createTable('guide_answers')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('run_id', 'integer', (c) => c.notNull().references('guide_runs.id'))
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('answer', 'text', (c) => c.notNull())
    .addColumn('answered_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('guide_answers_run').on('guide_answers').columns(['run_id', 'id']).execute();

  const refuse = (name: string, when: string, message: string) =>
    sql.raw(`CREATE TRIGGER ${name} ${when} BEGIN SELECT RAISE(ABORT, '${message}'); END`).execute(db);
  await refuse('guide_answers_no_update', 'BEFORE UPDATE ON guide_answers', 'guide answers are append-only');
  await refuse('guide_answers_no_delete', 'BEFORE DELETE ON guide_answers', 'guide answers are append-only');
  await refuse('guide_runs_no_delete', 'BEFORE DELETE ON guide_runs', 'guide runs are never deleted');
  await refuse(
    'guide_runs_completed_once',
    'BEFORE UPDATE ON guide_runs WHEN OLD.completed_at IS NOT NULL',
    'a completed guide run does not change',
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['guide_answers', 'guide_runs']) await db.schema.dropTable(table).execute();
}
