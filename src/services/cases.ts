// Cases: create one, see one, list mine, and add its people and agencies. Each use case is one transaction.
import { z } from 'zod';
import { caseSchema, personSchema, type CaseFile, type Person } from '../domain/case-file.js';
import { asAmended } from '../domain/amendments.js';
import type { Actor } from '../domain/policy.js';
import { caseFileReferenceProblems } from '../domain/references.js';
import { ageText, toInstant, toUkLocalDateTime } from '../domain/time.js';
import type { Db } from '../store/database.js';
import { addCaseAgency, addCaseWorker, findCase, insertEntry, insertPerson, loadCaseFile } from '../store/case-records.js';
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

export interface CaseSummary {
  ref: string;
  plan: string;
  children: { name: string; age: string | null }[];
  leadWorker: string | null;
  allocatedToMe: boolean;
  agencies: string[];
  lastEntryAt: string | null;
}

export interface CaseOverview {
  file: CaseFile;
  children: { ref: string; name: string; age: string | null; dateOfBirth: string | null }[];
  leadWorker: string | null;
}

export function caseService(db: Db) {
  return {
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
        if (unknown.length > 0) throw new InvalidInput([{ path: 'agencies', message: 'Choose agencies from the list' }]);
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
        await addCaseWorker(trx, id, actor.partnershipId, { ref: actor.workerRef, agency: actor.agencyRef, name: actor.name });
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
        await audit(trx, by, 'create-case', id);
        return { id, ref: details.ref };
      });
    },

    /** Cases where the user is allocated or their agency is involved, allocated ones first. */
    async mine(actor: Actor, now = new Date()): Promise<CaseSummary[]> {
      const rows = await db
        .selectFrom('cases')
        .innerJoin('case_agencies', 'case_agencies.case_id', 'cases.id')
        .select(['cases.id'])
        .where('cases.partnership_id', '=', actor.partnershipId)
        .where('case_agencies.agency_id', '=', actor.agencyId)
        .execute();
      const summaries: CaseSummary[] = [];
      for (const { id } of rows) {
        const caseRow = await db.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
        summaries.push(summarise(await loadCaseFile(db, caseRow), actor, now));
      }
      return summaries.sort(
        (a, b) => Number(b.allocatedToMe) - Number(a.allocatedToMe) || a.ref.localeCompare(b.ref, 'en-GB'),
      );
    },

    /** One case for a user who may read it; the read is audited. */
    async overview(by: SignedIn, ref: string, now = new Date()): Promise<CaseOverview> {
      return db.transaction().execute(async (trx) => {
        const caseRow = await openCase(trx, by.actor, ref, 'read');
        const file = await loadCaseFile(trx, caseRow);
        await audit(trx, by, 'read-case', caseRow.id);
        return { file, children: childrenOf(file, now), leadWorker: leadWorkerOf(file) };
      });
    },

    /** Adds a person; a child may be placed with adults already on the case (their record notes it). */
    async addPerson(
      by: SignedIn,
      ref: string,
      input: unknown,
      livesWith: string[] = [],
    ): Promise<Person> {
      return db.transaction().execute(async (trx) => {
        const caseRow = await openCase(trx, by.actor, ref, 'write');
        const file = await loadCaseFile(trx, caseRow);
        const draft = { ...(input as object), ref: (input as { ref?: string }).ref || nextPersonRef(file, input) };
        const parsed = personSchema.safeParse(draft);
        if (!parsed.success) throw new InvalidInput(problemsOf(parsed.error.issues));
        const person = parsed.data;
        const adults = livesWith.map((adultRef) => file.people.find((p) => p.ref === adultRef && p.role !== 'child'));
        if (adults.some((adult) => !adult) || (livesWith.length > 0 && person.role !== 'child')) {
          throw new InvalidInput([{ path: 'livesWith', message: 'Choose adults from the list' }]);
        }
        const problems = caseFileReferenceProblems({ ...file, people: [...file.people, person] });
        if (problems.length > 0) throw new InvalidInput(problems.map((message) => ({ path: '', message })));
        await insertPerson(trx, caseRow.id, person);
        for (const adult of adults as Person[]) {
          const updated: Person = { ...adult, livesWithChildren: [...(adult.livesWithChildren ?? []), person.ref] };
          await trx
            .updateTable('people')
            .set({ data: JSON.stringify(updated) })
            .where('case_id', '=', caseRow.id)
            .where('ref', '=', adult.ref)
            .execute();
          await audit(trx, by, 'amend-person', caseRow.id, `${adult.ref} was ${JSON.stringify(adult)}`);
        }
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
        if (!reason.trim()) throw new InvalidInput([{ path: 'reason', message: 'Say why the agency is joining' }]);
        await addCaseAgency(trx, caseRow.id, agency.id, by.actor.userId, reason.trim());
        await audit(trx, by, 'add-agency', caseRow.id, agencyRef);
      });
    },
  };
}

function childrenOf(file: CaseFile, now: Date) {
  return file.people
    .filter((person) => person.role === 'child')
    .map((child) => ({
      ref: child.ref,
      name: child.name,
      dateOfBirth: child.dateOfBirth ?? null,
      age: child.dateOfBirth ? ageText(child.dateOfBirth, now) : null,
    }));
}

/** The worker named by the latest lead allocation, as amended. */
function leadWorkerOf(file: CaseFile): string | null {
  const lead = asAmended(file.entries)
    .filter((entry) => entry.kind === 'allocation' && entry.role === 'lead')
    .at(-1);
  if (!lead || lead.kind !== 'allocation') return null;
  return file.workers.find((worker) => worker.ref === lead.worker)?.name ?? lead.worker;
}

function summarise(file: CaseFile, actor: Actor, now: Date): CaseSummary {
  const entries = asAmended(file.entries);
  const allocatedToMe = entries.some(
    (entry) =>
      entry.kind === 'allocation' &&
      entry.worker === actor.workerRef &&
      file.workers.some((w) => w.ref === actor.workerRef && w.agency === actor.agencyRef),
  );
  const latest = entries.reduce<string | null>(
    (last, entry) => (!last || toInstant(entry.at) > toInstant(last) ? entry.at : last),
    null,
  );
  return {
    ref: file.case.ref,
    plan: file.case.plan,
    children: childrenOf(file, now).map(({ name, age }) => ({ name, age })),
    leadWorker: leadWorkerOf(file),
    allocatedToMe,
    agencies: file.agencies.map((agency) => agency.name),
    lastEntryAt: latest,
  };
}

function nextPersonRef(file: CaseFile, input: unknown): string {
  const prefix = (input as { role?: string }).role === 'child' ? 'c' : 'p';
  const taken = new Set(file.people.map((person) => person.ref));
  let n = 1;
  while (taken.has(`${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
}

