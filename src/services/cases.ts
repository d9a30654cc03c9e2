// Cases: create one, see one, list mine, and add its people and agencies. Each use case is one transaction.
import { z } from 'zod';
import { caseSchema, personSchema, type CaseFile, type Person } from '../domain/case-file.js';
import type { Actor } from '../domain/policy.js';
import { caseFileReferenceProblems } from '../domain/references.js';
import { toUkLocalDateTime } from '../domain/time.js';
import type { Db } from '../store/database.js';
import {
  addCaseAgency,
  addCaseWorker,
  findCase,
  findCaseById,
  insertEntry,
  insertPerson,
  loadCaseFile,
} from '../store/case-records.js';
import { currentAssessment, refreshAssessment, type StoredAssessment } from './assessments.js';
import { summariesOf, type CaseFilter, type CaseSummary } from './case-lists.js';
import { childrenOf, leadWorkerOf, type ChildSummary } from '../domain/household.js';
import { audit } from './audit.js';
import { openCase } from './case-access.js';
import { InvalidInput, NotFound, problemsOf } from './errors.js';

/** A signed-in user and where they are asking from. */
export interface SignedIn {
  actor: Actor;
  address: string;
}

const newCaseSchema = caseSchema.pick({ ref: true, plan: true, openedOn: true, nextReviewOn: true }).extend({
  /** Other agencies of the partnership to put on the case; the creator's own agency always is. */
  agencies: z.array(z.string()).default([]),
});
export type NewCase = z.input<typeof newCaseSchema>;

export interface CaseOverview {
  file: CaseFile;
  assessment: StoredAssessment;
  children: ChildSummary[];
  leadWorker: string | null;
}

export function caseService(db: Db) {
  return {
    /** The pack the user's partnership follows. */
    async partnershipPack(actor: Actor): Promise<string> {
      const row = await db
        .selectFrom('partnerships')
        .select('pack')
        .where('id', '=', actor.partnershipId)
        .executeTakeFirstOrThrow();
      return row.pack;
    },

    /** The agencies of the user's partnership, for choosing who is on a new case. */
    agencies(actor: Actor) {
      return db
        .selectFrom('agencies')
        .select(['id', 'ref', 'type', 'name'])
        .where('partnership_id', '=', actor.partnershipId)
        .orderBy('name')
        .execute();
    },

    async create(by: SignedIn, input: unknown): Promise<{ id: number; ref: string }> {
      const parsed = newCaseSchema.safeParse(input);
      if (!parsed.success) throw new InvalidInput(problemsOf(parsed.error.issues));
      const details = parsed.data;
      return db.transaction().execute(async (trx) => {
        const { actor } = by;
        if (await findCase(trx, actor.partnershipId, details.ref)) {
          throw new InvalidInput([{ path: 'ref', message: 'A case with this reference already exists' }]);
        }
        const partnership = await trx
          .selectFrom('partnerships')
          .select('pack')
          .where('id', '=', actor.partnershipId)
          .executeTakeFirstOrThrow();
        const agencies = await trx
          .selectFrom('agencies')
          .select(['id', 'ref'])
          .where('partnership_id', '=', actor.partnershipId)
          .where('ref', 'in', [actor.agencyRef, ...details.agencies])
          .execute();
        const unknown = details.agencies.filter((ref) => !agencies.some((agency) => agency.ref === ref));
        if (unknown.length > 0)
          throw new InvalidInput([{ path: 'agencies', message: 'Choose agencies from the list' }]);
        const { id } = await trx
          .insertInto('cases')
          .values({
            partnership_id: actor.partnershipId,
            ref: details.ref,
            pack: partnership.pack,
            plan: details.plan,
            opened_on: details.openedOn,
            next_review_on: details.nextReviewOn ?? null,
            created_at: new Date().toISOString(),
            created_by: actor.userId,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        const ordered = [actor.agencyRef, ...details.agencies.filter((ref) => ref !== actor.agencyRef)];
        for (const ref of ordered) {
          const agency = agencies.find((a) => a.ref === ref);
          if (agency) await addCaseAgency(trx, id, agency.id, actor.userId, 'case created');
        }
        await addCaseWorker(trx, id, actor.partnershipId, {
          ref: actor.workerRef,
          agency: actor.agencyRef,
          name: actor.name,
        });
        // The creator holds the case until it is allocated to someone else.
        await insertEntry(
          trx,
          id,
          {
            id: 'e1',
            kind: 'allocation',
            at: toUkLocalDateTime(new Date()),
            agency: actor.agencyRef,
            worker: actor.workerRef,
            role: 'lead',
          },
          actor.userId,
        );
        await refreshAssessment(trx, await findCaseById(trx, id));
        await audit(trx, by, 'create-case', id);
        return { id, ref: details.ref };
      });
    },

    /** Cases the user's agency is on, worst finding first, then those allocated to them. */
    mine(actor: Actor, now = new Date()): Promise<CaseSummary[]> {
      return summariesOf(db, actor, [actor.agencyId], {}, now);
    },

    /**
     * A manager's team cases: every case of the agencies of the workers they manage (and their own),
     * worst first, optionally only those with a finding of `code` or at least `severity`.
     */
    async team(actor: Actor, filter: CaseFilter = {}, now = new Date()): Promise<CaseSummary[]> {
      if (actor.role !== 'manager') throw new NotFound('team cases');
      return summariesOf(db, actor, [actor.agencyId, ...actor.superviseeAgencyIds], filter, now);
    },

    /**
     * Every case the user may see (the API's list): their agency's, and a manager's team's too, worst
     * first, optionally only those at `stage` or with a finding of `code` or at least `severity`.
     */
    async visible(actor: Actor, filter: CaseFilter = {}, now = new Date()): Promise<CaseSummary[]> {
      const agencyIds =
        actor.role === 'manager' ? [actor.agencyId, ...actor.superviseeAgencyIds] : [actor.agencyId];
      return summariesOf(db, actor, agencyIds, filter, now);
    },

    /** One case for a user who may read it; the read is audited. */
    async overview(by: SignedIn, ref: string, now = new Date()): Promise<CaseOverview> {
      return db.transaction().execute(async (trx) => {
        const caseRow = await openCase(trx, by.actor, ref, 'read');
        const file = await loadCaseFile(trx, caseRow);
        const assessment = await currentAssessment(trx, caseRow, now);
        await audit(trx, by, 'read-case', caseRow.id);
        return { file, assessment, children: childrenOf(file, now), leadWorker: leadWorkerOf(file) };
      });
    },

    /** Adds a person; a child may be placed with adults already on the case (their record notes it). */
    async addPerson(by: SignedIn, ref: string, input: unknown, livesWith: string[] = []): Promise<Person> {
      return db.transaction().execute(async (trx) => {
        const caseRow = await openCase(trx, by.actor, ref, 'write');
        const file = await loadCaseFile(trx, caseRow);
        const draft = {
          ...(input as object),
          ref: (input as { ref?: string }).ref || nextPersonRef(file, input),
        };
        const parsed = personSchema.safeParse(draft);
        if (!parsed.success) throw new InvalidInput(problemsOf(parsed.error.issues));
        const person = parsed.data;
        const adults = livesWith.map((adultRef) =>
          file.people.find((p) => p.ref === adultRef && p.role !== 'child'),
        );
        if (adults.some((adult) => !adult) || (livesWith.length > 0 && person.role !== 'child')) {
          throw new InvalidInput([{ path: 'livesWith', message: 'Choose adults from the list' }]);
        }
        const problems = caseFileReferenceProblems({ ...file, people: [...file.people, person] });
        if (problems.length > 0) throw new InvalidInput(problems.map((message) => ({ path: '', message })));
        await insertPerson(trx, caseRow.id, person);
        for (const adult of adults as Person[]) {
          const updated: Person = {
            ...adult,
            livesWithChildren: [...(adult.livesWithChildren ?? []), person.ref],
          };
          await trx
            .updateTable('people')
            .set({ data: JSON.stringify(updated) })
            .where('case_id', '=', caseRow.id)
            .where('ref', '=', adult.ref)
            .execute();
          await audit(trx, by, 'amend-person', caseRow.id, `${adult.ref} was ${JSON.stringify(adult)}`);
        }
        await refreshAssessment(trx, caseRow);
        await audit(trx, by, 'add-person', caseRow.id, person.ref);
        return person;
      });
    },

    /** Puts another agency of the partnership on the case (the team around the family). */
    async addAgency(by: SignedIn, ref: string, agencyRef: string, reason: string): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const caseRow = await openCase(trx, by.actor, ref, 'write');
        const agency = await trx
          .selectFrom('agencies')
          .select('id')
          .where('partnership_id', '=', by.actor.partnershipId)
          .where('ref', '=', agencyRef)
          .executeTakeFirst();
        if (!agency) throw new NotFound(`agency ${agencyRef}`);
        if (!reason.trim())
          throw new InvalidInput([{ path: 'reason', message: 'Say why the agency is joining' }]);
        await addCaseAgency(trx, caseRow.id, agency.id, by.actor.userId, reason.trim());
        await refreshAssessment(trx, caseRow);
        await audit(trx, by, 'add-agency', caseRow.id, agencyRef);
      });
    },
  };
}

function nextPersonRef(file: CaseFile, input: unknown): string {
  const prefix = (input as { role?: string }).role === 'child' ? 'c' : 'p';
  const taken = new Set(file.people.map((person) => person.ref));
  let n = 1;
  while (taken.has(`${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
}
