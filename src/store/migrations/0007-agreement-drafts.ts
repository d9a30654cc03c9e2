import { sql, type Kysely } from 'kysely';

// Agreements being drafted with a family (SX 1.7.13, MK 5.1.9.17). A draft is not a fact on the case until it
// is agreed, so it lives here, not in `entries`. Each save of a draft is a new version (type and items as
// JSON), so how the wording moved while it was negotiated stays on record; the latest version is the draft.
// Agreeing it records an `agreement` entry and marks the draft with that entry's id, once. Nothing is deleted.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('agreement_drafts')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id'))
    .addColumn('created_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('agreed_entry', 'text')
    .addColumn('agreed_by', 'integer', (c) => c.references('users.id'))
    .addColumn('agreed_at', 'text')
    .execute();
  await db.schema.createIndex('agreement_drafts_case').on('agreement_drafts').column('case_id').execute();
  await db.schema
    .createTable('agreement_draft_versions')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('draft_id', 'integer', (c) => c.notNull().references('agreement_drafts.id'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('items', 'text', (c) => c.notNull())
    .addColumn('saved_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('saved_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('agreement_draft_versions_draft')
    .on('agreement_draft_versions')
    .columns(['draft_id', 'id'])
    .execute();

  const refuse = (name: string, when: string, message: string) =>
    sql.raw(`CREATE TRIGGER ${name} ${when} BEGIN SELECT RAISE(ABORT, '${message}'); END`).execute(db);
  await refuse(
    'agreement_draft_versions_no_update',
    'BEFORE UPDATE ON agreement_draft_versions',
    'draft versions are append-only',
  );
  await refuse(
    'agreement_draft_versions_no_delete',
    'BEFORE DELETE ON agreement_draft_versions',
    'draft versions are append-only',
  );
  await refuse('agreement_drafts_no_delete', 'BEFORE DELETE ON agreement_drafts', 'drafts are never deleted');
  await refuse(
    'agreement_drafts_agreed_once',
    'BEFORE UPDATE ON agreement_drafts WHEN OLD.agreed_entry IS NOT NULL',
    'an agreed draft does not change',
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['agreement_draft_versions', 'agreement_drafts'])
    await db.schema.dropTable(table).execute();
}
