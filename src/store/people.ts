// The people of a case as the store keeps them: each person's current record (people) and every version
// of it (person_versions, append-only, migration 0008), the record as it was before versions were kept
// becoming version 1.
import type { Person } from '../domain/case-file.js';
import type { Tx } from './database.js';

export interface PersonVersion {
  version: number;
  person: Person;
  /** UTC, ISO 8601; null for a first version written before versions were kept. */
  recordedAt: string | null;
  /** The name of the user who recorded it; null as for recordedAt. */
  recordedBy: string | null;
}

/** The person of the case with this ref, with the id of their record; undefined when the case has none. */
export async function findPerson(
  tx: Tx,
  caseId: number,
  ref: string,
): Promise<{ id: number; person: Person } | undefined> {
  const row = await tx
    .selectFrom('people')
    .select(['id', 'data'])
    .where('case_id', '=', caseId)
    .where('ref', '=', ref)
    .executeTakeFirst();
  return row && { id: row.id, person: JSON.parse(row.data) as Person };
}

/**
 * Replaces the person's record (`id`, from findPerson) with `person` as a new version; returns its number.
 * A record that has no versions yet is kept first as version 1, as it was.
 */
export async function recordPersonVersion(
  tx: Tx,
  change: { id: number; caseId: number; ref: string; person: Person; by: number; at: Date },
): Promise<number> {
  const versions = await tx
    .selectFrom('person_versions')
    .select((eb) => eb.fn.max('version').as('latest'))
    .where('case_id', '=', change.caseId)
    .where('ref', '=', change.ref)
    .executeTakeFirst();
  let latest = Number(versions?.latest ?? 0);
  if (latest === 0) {
    const { data } = await tx
      .selectFrom('people')
      .select('data')
      .where('id', '=', change.id)
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('person_versions')
      .values({
        case_id: change.caseId,
        ref: change.ref,
        version: 1,
        data,
        recorded_at: null,
        recorded_by: null,
      })
      .execute();
    latest = 1;
  }
  const data = JSON.stringify(change.person);
  await tx
    .insertInto('person_versions')
    .values({
      case_id: change.caseId,
      ref: change.ref,
      version: latest + 1,
      data,
      recorded_at: change.at.toISOString(),
      recorded_by: change.by,
    })
    .execute();
  await tx.updateTable('people').set({ data }).where('id', '=', change.id).execute();
  return latest + 1;
}

/** Every version of the person's record, oldest first. */
export async function personVersions(tx: Tx, caseId: number, ref: string): Promise<PersonVersion[]> {
  const rows = await tx
    .selectFrom('person_versions')
    .leftJoin('users', 'users.id', 'person_versions.recorded_by')
    .select(['version', 'data', 'recorded_at', 'users.name'])
    .where('case_id', '=', caseId)
    .where('ref', '=', ref)
    .orderBy('version')
    .execute();
  return rows.map((r) => ({
    version: r.version,
    person: JSON.parse(r.data) as Person,
    recordedAt: r.recorded_at,
    recordedBy: r.name,
  }));
}
