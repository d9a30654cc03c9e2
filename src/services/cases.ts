// Cases: create one, see one, list mine, and add its people and agencies. Each use case is one transaction.
import { z } from 'zod';
import { caseSchema, personSchema, type CaseFile, type Person } from '../domain/case-file.js';
import { worksCases, type Actor } from '../domain/policy.js';
import { caseFileReferenceProblems } from '../domain/references.js';
import { packFor } from '../domain/packs/index.js';
import { findingsFor } from '../domain/restricted-findings.js';
import { readableFile } from '../domain/restrictions.js';
import { riskToStaffOf, type RiskToStaff } from '../domain/risk-to-staff.js';
import { toUkLocalDateTime } from '../domain/time.js';
import { chronologyOf, type ChronologyFilter, type ChronologyItem } from '../domain/chronology.js';
import { agenciesOf, partnershipOf, type AgencySummary } from '../store/administration.js';
import { transaction, type Db, type Tx } from '../store/database.js';
import { findPerson, recordPersonVersion } from '../store/people.js';
import { recordedTimes } from '../store/entries.js';
import {
  addCaseAgency,
  addCaseWorker,
  agenciesWithRefs,
  caseAgencyHistory,
  caseAgencyIds,
  findAgencyId,
  findCase,
  findCaseById,
  insertCase,
  insertEntry,
  insertPerson,
  loadCaseFile,
  recordCaseAgencyChange,
} from '../store/case-records.js';
import { currentAssessment, refreshAssessment, type StoredAssessment } from './assessments.js';
import {
  casesOf,
  casesPerPage,
  listCases,
  pageOf,
  type CaseFilter,
  type CasePage,
  type CaseSummary,
} from './case-lists.js';
import type { ListPosition } from '../store/case-summaries.js';
import { childrenOf, leadWorkerOf, type ChildSummary } from '../domain/household.js';
import { audit } from './audit.js';
import { mayOnCase, openCase } from './case-access.js';
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
  /** The case as the user may read it: entries restricted from them are left out (domain/restrictions.ts). */
  file: CaseFile;
  /** The findings as the user may have them (domain/restricted-findings.ts). */
  assessment: StoredAssessment;
  /** The risk-to-staff warning, restricted incidents included (MK 5.1.16; domain/risk-to-staff.ts). */
  riskToStaff: RiskToStaff | null;
  children: ChildSummary[];
  leadWorker: string | null;
  /** The team around the family: every agency that has been on the case, and whether it still is. */
  team: TeamMember[];
  /** The chronology, newest first, when asked for (`overview`'s `chronology` option). */
  chronology?: ChronologyItem[];
}

/** An agency of the team around the family, with who asked for it to join and why (its latest joining). */
export interface TeamMember {
  ref: string;
  name: string;
  onCase: boolean;
  joinedAt: string;
  requestedBy: string | null;
  reason: string | null;
}

const addAgencySchema = z.object({
  agency: z.string().trim().min(1, 'Select the agency to add').max(64),
  requestedBy: z
    .string()
    .trim()
    .min(1, 'Enter who asked for the agency to join')
    .max(200, 'Who asked must be 200 characters or fewer'),
  reason: z
    .string()
    .trim()
    .min(1, 'Enter why the agency is joining')
    .max(2000, 'Why must be 2000 characters or fewer'),
});
export type AgencyRequest = z.input<typeof addAgencySchema>;

export function caseService(db: Db) {
  return {
    /** The pack the user's partnership follows. */
    async partnershipPack(actor: Actor): Promise<string> {
      return (await transaction(db, (tx) => partnershipOf(tx, actor.partnershipId))).pack;
    },

    /** The agencies of the user's partnership, for choosing who is on a new case. */
    agencies(actor: Actor): Promise<AgencySummary[]> {
      return transaction(db, (tx) => agenciesOf(tx, actor.partnershipId));
    },

    async create(by: SignedIn, input: unknown): Promise<{ id: number; ref: string }> {
      // A partnership-admin or an auditor would create a case they could not then open.
      if (!worksCases(by.actor)) throw new NotFound('case creation');
      const parsed = newCaseSchema.safeParse(input);
      if (!parsed.success) throw new InvalidInput(problemsOf(parsed.error.issues));
      const details = parsed.data;
      return transaction(db, async (trx) => {
        const { actor } = by;
        if (await findCase(trx, actor.partnershipId, details.ref)) {
          throw new InvalidInput([{ path: 'ref', message: 'A case with this reference already exists' }]);
        }
        const partnership = await partnershipOf(trx, actor.partnershipId);
        const agencies = await agenciesWithRefs(trx, actor.partnershipId, [
          actor.agencyRef,
          ...details.agencies,
        ]);
        const unknown = details.agencies.filter((ref) => !agencies.some((agency) => agency.ref === ref));
        if (unknown.length > 0)
          throw new InvalidInput([{ path: 'agencies', message: 'Choose agencies from the list' }]);
        const { id } = await insertCase(trx, {
          partnershipId: actor.partnershipId,
          ref: details.ref,
          pack: partnership.pack,
          plan: details.plan,
          openedOn: details.openedOn,
          nextReviewOn: details.nextReviewOn ?? null,
          createdBy: actor.userId,
        });
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

    /** Cases the user's agency is on, worst finding first, then those allocated to them; a page at a time. */
    mine(actor: Actor, page = 1, now = new Date()): Promise<CasePage> {
      return transaction(db, (trx) => pageOf(trx, actor, [actor.agencyId], {}, page, now));
    },

    /**
     * Every case the user may see (the API's list): their agency's, and a manager's team's too, worst
     * first, optionally only those at `stage` or with a finding of `code` or at least `severity`; `limit`
     * at a time, from the `cursor` of the page before.
     */
    async visible(
      actor: Actor,
      filter: CaseFilter = {},
      { limit = casesPerPage, cursor }: { limit?: number; cursor?: string | undefined } = {},
      now = new Date(),
    ): Promise<{ items: CaseSummary[]; nextCursor: string | null }> {
      const after = cursor === undefined ? undefined : positionOf(cursor);
      return transaction(db, async (trx) => {
        const page = { limit: limit + 1, ...(after ? { after } : {}) };
        const { items } = await listCases(trx, actor, casesOf(actor), filter, page, now);
        const last = items.length > limit ? items[limit - 1] : undefined;
        return {
          items: items.slice(0, limit).map((c) => c.summary),
          nextCursor: last ? cursorOf(last.position) : null,
        };
      });
    },

    /** Whether the user may still open the case (after their own agency's involvement ends, they may not). */
    mayRead(actor: Actor, ref: string): Promise<boolean> {
      return mayOnCase(db, actor, ref, 'read');
    },

    /** One case for a user who may read it; the read is audited. */
    async overview(
      by: SignedIn,
      ref: string,
      now = new Date(),
      options: { chronology?: ChronologyFilter } = {},
    ): Promise<CaseOverview> {
      return transaction(db, async (trx) => {
        const caseRow = await openCase(trx, by.actor, ref, 'read');
        // Every view of the case reads it as this user may: entries restricted from them left out (the
        // chronology shows that they exist), and findings resting on one told without its facts.
        const whole = await loadCaseFile(trx, caseRow);
        const file = readableFile(whole, by.actor);
        const stored = await currentAssessment(trx, caseRow, now);
        const findings = findingsFor(by.actor, stored.findings, whole, packFor(caseRow.pack));
        const team = await teamAroundTheFamily(trx, caseRow.id);
        await audit(trx, by, 'read-case', caseRow.id);
        // A page showing the chronology builds it from the same reading of the case.
        const chronology = options.chronology
          ? chronologyOf(whole, await recordedTimes(trx, caseRow.id), by.actor, options.chronology)
          : undefined;
        if (chronology) await audit(trx, by, 'read-chronology', caseRow.id);
        return {
          file,
          assessment: { ...stored, findings },
          riskToStaff: riskToStaffOf(whole, stored.findings, by.actor),
          children: childrenOf(file, now),
          leadWorker: leadWorkerOf(file),
          team,
          ...(chronology ? { chronology } : {}),
        };
      });
    },

    /** Adds a person; a child may be placed with adults already on the case (their record notes it). */
    async addPerson(by: SignedIn, ref: string, input: unknown, livesWith: string[] = []): Promise<Person> {
      return transaction(db, async (trx) => {
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
          // A new version of the adult's record: the one before stays (person_versions).
          const record = await findPerson(trx, caseRow.id, adult.ref);
          if (record)
            await recordPersonVersion(trx, {
              id: record.id,
              caseId: caseRow.id,
              ref: adult.ref,
              person: updated,
              by: by.actor.userId,
              at: new Date(),
            });
          await audit(trx, by, 'amend-person', caseRow.id, `${adult.ref} was ${JSON.stringify(adult)}`);
        }
        await refreshAssessment(trx, caseRow);
        await audit(trx, by, 'add-person', caseRow.id, person.ref);
        return person;
      });
    },

    /**
     * Puts another agency of the partnership on the case (the team around the family), or back on it after
     * its involvement ended, saying who asked and why.
     */
    async addAgency(by: SignedIn, ref: string, input: unknown): Promise<void> {
      const parsed = addAgencySchema.safeParse(input);
      if (!parsed.success) throw new InvalidInput(problemsOf(parsed.error.issues));
      const request = parsed.data;
      await transaction(db, async (trx) => {
        const caseRow = await openCase(trx, by.actor, ref, 'write');
        const agencyId = await findAgencyId(trx, by.actor.partnershipId, request.agency);
        if (agencyId === undefined)
          throw new InvalidInput([{ path: 'agency', message: 'Select an agency from the list' }]);
        const agency = { id: agencyId };
        if ((await caseAgencyIds(trx, caseRow.id)).includes(agency.id))
          throw new InvalidInput([{ path: 'agency', message: 'That agency is already on the case' }]);
        await addCaseAgency(trx, caseRow.id, agency.id, by.actor.userId, request.reason);
        await recordCaseAgencyChange(trx, {
          caseId: caseRow.id,
          agencyId: agency.id,
          change: 'joined',
          by: by.actor.userId,
          requestedBy: request.requestedBy,
          reason: request.reason,
        });
        await refreshAssessment(trx, caseRow);
        await audit(trx, by, 'add-agency', caseRow.id, request.agency);
      });
    },
  };
}

/** Every agency that has been on the case, in the order they first joined, with their latest joining. */
async function teamAroundTheFamily(db: Tx, caseId: number): Promise<TeamMember[]> {
  const [{ agencies, joins }, onCase] = await Promise.all([
    caseAgencyHistory(db, caseId),
    caseAgencyIds(db, caseId),
  ]);
  return agencies.map((agency) => {
    const latest = joins.filter((join) => join.agency_id === agency.id).at(-1);
    return {
      ref: agency.ref,
      name: agency.name,
      onCase: onCase.includes(agency.id),
      joinedAt: latest?.at ?? agency.added_at,
      requestedBy: latest?.requested_by ?? null,
      reason: latest?.reason ?? (agency.reason ? (firstOnCase[agency.reason] ?? agency.reason) : null),
    };
  });
}

/**
 * How an agency came to be on the case when nobody asked for it through the page: the words the store
 * keeps (`case_agencies.reason`, written by the system) put as the page says them.
 */
const firstOnCase: Record<string, string> = {
  imported: 'Already on the case in the record when it was imported',
  'case created': 'Named when the case was created',
};

function nextPersonRef(file: CaseFile, input: unknown): string {
  const prefix = (input as { role?: string }).role === 'child' ? 'c' : 'p';
  const taken = new Set(file.people.map((person) => person.ref));
  let n = 1;
  while (taken.has(`${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
}

// A list's cursor: the ordering values of the last case of the page before, base64url JSON.
function cursorOf({ rank, mine, ref }: ListPosition): string {
  return Buffer.from(JSON.stringify([rank, mine, ref])).toString('base64url');
}

function positionOf(cursor: string): ListPosition {
  try {
    const [rank, mine, ref] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (Number.isSafeInteger(rank) && (mine === 0 || mine === 1) && typeof ref === 'string')
      return { rank: rank as number, mine, ref };
  } catch {
    // Not base64url JSON: the same answer as any other cursor this service did not write.
  }
  throw new InvalidInput([{ path: 'cursor', message: 'not a cursor from an earlier page' }]);
}
