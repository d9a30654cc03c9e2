// Changing a person's record: their communication needs (language and interpreter, literacy, cognitive
// needs, disability, how they prefer to be contacted, BEF 9.2; dates to avoid, MK 5.1.9.19). The record
// changes only by a new version: every version is kept (person_versions) and each change is audited.
import { needsSchema, type Needs, type Person } from '../domain/case-file.js';
import { transaction, type Db } from '../store/database.js';
import { refreshAssessment } from './assessments.js';
import { audit } from './audit.js';
import { openCase } from './case-access.js';
import type { SignedIn } from './cases.js';
import { InvalidInput, NotFound, problemsOf } from './errors.js';

export interface PersonVersion {
  version: number;
  person: Person;
  recordedAt: string | null;
  recordedBy: string | null;
}

export function personService(db: Db) {
  return {
    /** One person of the case, for the page that changes their needs. */
    async person(by: SignedIn, ref: string, personRef: string): Promise<Person> {
      return transaction(db, async (trx) => {
        const caseRow = await openCase(trx, by.actor, ref, 'read');
        const row = await personRow(trx, caseRow.id, personRef);
        await audit(trx, by, 'read-person', caseRow.id, personRef);
        return JSON.parse(row.data) as Person;
      });
    },

    /**
     * Replaces the person's communication needs with `input` (absent fields mean none recorded) as a new
     * version of their record; the case is reassessed (`communication-needs-unmet` reads the needs).
     */
    async changeNeeds(by: SignedIn, ref: string, personRef: string, input: unknown): Promise<Person> {
      const parsed = needsSchema.safeParse(input);
      if (!parsed.success) throw new InvalidInput(problemsOf(parsed.error.issues));
      return transaction(db, async (trx) => {
        const caseRow = await openCase(trx, by.actor, ref, 'write');
        const row = await personRow(trx, caseRow.id, personRef);
        const before = JSON.parse(row.data) as Person;
        const { needs: _previous, ...rest } = before;
        const needs: Needs = parsed.data;
        const person: Person = Object.keys(needs).length ? { ...rest, needs } : rest;
        const versions = await trx
          .selectFrom('person_versions')
          .select((eb) => eb.fn.max('version').as('latest'))
          .where('case_id', '=', caseRow.id)
          .where('ref', '=', personRef)
          .executeTakeFirst();
        let latest = Number(versions?.latest ?? 0);
        // The record as it was before versions were kept becomes version 1.
        if (latest === 0) {
          await trx
            .insertInto('person_versions')
            .values({
              case_id: caseRow.id,
              ref: personRef,
              version: 1,
              data: row.data,
              recorded_at: null,
              recorded_by: null,
            })
            .execute();
          latest = 1;
        }
        const data = JSON.stringify(person);
        await trx
          .insertInto('person_versions')
          .values({
            case_id: caseRow.id,
            ref: personRef,
            version: latest + 1,
            data,
            recorded_at: new Date().toISOString(),
            recorded_by: by.actor.userId,
          })
          .execute();
        await trx.updateTable('people').set({ data }).where('id', '=', row.id).execute();
        await refreshAssessment(trx, caseRow);
        await audit(trx, by, 'change-person-needs', caseRow.id, `${personRef} version ${latest + 1}`);
        return person;
      });
    },

    /** Every version of the person's record, oldest first; reading them is audited. */
    async versions(by: SignedIn, ref: string, personRef: string): Promise<PersonVersion[]> {
      return transaction(db, async (trx) => {
        const caseRow = await openCase(trx, by.actor, ref, 'read');
        await personRow(trx, caseRow.id, personRef);
        const rows = await trx
          .selectFrom('person_versions')
          .leftJoin('users', 'users.id', 'person_versions.recorded_by')
          .select(['version', 'data', 'recorded_at', 'users.name'])
          .where('case_id', '=', caseRow.id)
          .where('ref', '=', personRef)
          .orderBy('version')
          .execute();
        await audit(trx, by, 'read-person-versions', caseRow.id, personRef);
        return rows.map((r) => ({
          version: r.version,
          person: JSON.parse(r.data) as Person,
          recordedAt: r.recorded_at,
          recordedBy: r.name,
        }));
      });
    },
  };
}

export type PersonService = ReturnType<typeof personService>;

async function personRow(trx: Db, caseId: number, personRef: string) {
  const row = await trx
    .selectFrom('people')
    .select(['id', 'data'])
    .where('case_id', '=', caseId)
    .where('ref', '=', personRef)
    .executeTakeFirst();
  if (!row) throw new NotFound(`person ${personRef}`);
  return row;
}
