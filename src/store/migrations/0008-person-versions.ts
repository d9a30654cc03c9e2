import { sql, type Kysely } from 'kysely';

// A person's record changes only by a new version (issue 8: communication needs, BEF 9.2, MK 5.1.9.19).
// `people.data` holds the current version, as the exchange format writes it; every version, the first
// included, is a row here, with who recorded it and when. Versions are never changed or deleted.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('person_versions')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id'))
    .addColumn('ref', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text')
    .addColumn('recorded_by', 'integer', (c) => c.references('users.id'))
    .addUniqueConstraint('person_versions_version', ['case_id', 'ref', 'version'])
    .execute();
  const refuse = (name: string, when: string) =>
    sql
      .raw(
        `CREATE TRIGGER ${name} ${when} BEGIN SELECT RAISE(ABORT, 'person versions are kept as written'); END`,
      )
      .execute(db);
  await refuse('person_versions_no_update', 'BEFORE UPDATE ON person_versions');
  await refuse('person_versions_no_delete', 'BEFORE DELETE ON person_versions');
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('person_versions').execute();
}
