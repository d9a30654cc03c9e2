import { sql, type Kysely } from 'kysely';

// Lists of cases from stored summaries (issue 18, item 2). Beside each case's cached assessment: the worst
// severity's rank to order by, the facts a list shows (domain/case-summary.ts, as JSON), and two tables a
// list filters and orders by in SQL: the findings' codes with their severity, and the workers allocated.
// A summary is a cache like the assessment: a case without one (every case, when this runs) is summarised
// the first time a list or the sweep meets it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('case_assessments')
    .addColumn('worst_rank', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('case_assessments').addColumn('facts', 'text').execute();
  await db.schema
    .createTable('case_finding_codes')
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('severity_rank', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('case_finding_codes_case').on('case_finding_codes').column('case_id').execute();
  await db.schema
    .createTable('case_allocations')
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id'))
    .addColumn('agency_ref', 'text', (c) => c.notNull())
    .addColumn('worker_ref', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('case_allocations_case')
    .on('case_allocations')
    .columns(['case_id', 'worker_ref'])
    .execute();
  await db.schema
    .createIndex('case_agencies_agency')
    .on('case_agencies')
    .columns(['agency_id', 'case_id'])
    .execute();
  await db.schema
    .createIndex('case_assessments_order')
    .on('case_assessments')
    .columns(['worst_rank', 'case_id'])
    .execute();
  // Every summary is built afresh: the next list or sweep summarises each case.
  await sql`update case_assessments set reassess_at = assessed_at`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('case_assessments_order').execute();
  await db.schema.dropIndex('case_agencies_agency').execute();
  await db.schema.dropTable('case_allocations').execute();
  await db.schema.dropTable('case_finding_codes').execute();
  await db.schema.alterTable('case_assessments').dropColumn('facts').execute();
  await db.schema.alterTable('case_assessments').dropColumn('worst_rank').execute();
}
