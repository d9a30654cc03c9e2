import type { Kysely } from 'kysely';

// The findings of each case, derived from its entries: a cache, rebuilt whenever a write touches the
// case or `reassess_at` passes (DESIGN.md: derived tables are caches).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('case_assessments')
    .addColumn('case_id', 'integer', (c) => c.primaryKey().references('cases.id'))
    .addColumn('assessed_at', 'text', (c) => c.notNull())
    .addColumn('reassess_at', 'text')
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('worst_severity', 'text')
    .addColumn('findings', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('case_assessments_due').on('case_assessments').column('reassess_at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('case_assessments').execute();
}
