// Changing a person's record: their communication needs (language and interpreter, literacy, cognitive
// needs, disability, how they prefer to be contacted, BEF 9.2; dates to avoid, MK 5.1.9.19). The record
// changes only by a new version: every version is kept (store/people.ts) and each change is audited.
import { needsSchema, type Needs, type Person } from '../domain/case-file.js';
import { transaction, type Db, type Tx } from '../store/database.js';
import { findPerson, personVersions, recordPersonVersion, type PersonVersion } from '../store/people.js';
import { refreshAssessment } from './assessments.js';
import { audit } from './audit.js';
import { openCase } from './case-access.js';
import type { SignedIn } from './cases.js';
import { InvalidInput, NotFound, problemsOf } from './errors.js';

export type { PersonVersion };

export function personService(db: Db) {
  return {
    /** One person of the case, for the page that changes their needs. */
    async person(by: SignedIn, ref: string, personRef: string): Promise<Person> {
      return transaction(db, async (trx) => {
        const caseRow = await openCase(trx, by.actor, ref, 'read');
        const { person } = await personOf(trx, caseRow.id, personRef);
        await audit(trx, by, 'read-person', caseRow.id, personRef);
        return person;
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
        const { id, person: before } = await personOf(trx, caseRow.id, personRef);
        const { needs: _previous, ...rest } = before;
        const needs: Needs = parsed.data;
        const person: Person = Object.keys(needs).length ? { ...rest, needs } : rest;
        const version = await recordPersonVersion(trx, {
          id,
          caseId: caseRow.id,
          ref: personRef,
          person,
          by: by.actor.userId,
          at: new Date(),
        });
        await refreshAssessment(trx, caseRow);
        await audit(trx, by, 'change-person-needs', caseRow.id, `${personRef} version ${version}`);
        return person;
      });
    },

    /** Every version of the person's record, oldest first; reading them is audited. */
    async versions(by: SignedIn, ref: string, personRef: string): Promise<PersonVersion[]> {
      return transaction(db, async (trx) => {
        const caseRow = await openCase(trx, by.actor, ref, 'read');
        await personOf(trx, caseRow.id, personRef);
        const versions = await personVersions(trx, caseRow.id, personRef);
        await audit(trx, by, 'read-person-versions', caseRow.id, personRef);
        return versions;
      });
    },
  };
}

export type PersonService = ReturnType<typeof personService>;

async function personOf(trx: Tx, caseId: number, personRef: string) {
  const found = await findPerson(trx, caseId, personRef);
  if (!found) throw new NotFound(`person ${personRef}`);
  return found;
}
