// Working with the family: stages of change (BEF 10.0), GROW goals (BEF 10.1) and plan reviews. Each
// record is one entry, through prepareEntry/appendEntry, in one transaction; the engine reads them for
// `stage-strategy-mismatch` and `drift`.
import type { CaseFile } from '../domain/case-file.js';
import type { Entry } from '../domain/entries.js';
import {
  goalsOf,
  planReviewProblems,
  planReviewsOf,
  stageOfChangeProblems,
  stagesOfChangeOf,
  type GoalStatus,
  type PersonStage,
  type PlanReviews,
} from '../domain/family-work.js';
import { packFor } from '../domain/packs/index.js';
import type { Pack } from '../domain/packs/types.js';
import { toUkDate } from '../domain/time.js';
import { readableFile } from '../domain/restrictions.js';
import type { Db } from '../store/database.js';
import { loadCaseFile } from '../store/case-records.js';
import { audit } from './audit.js';
import { openCase } from './case-access.js';
import type { SignedIn } from './cases.js';
import type { EmailOutbox } from './email-outbox.js';
import { appendEntry, prepareEntry } from './entries.js';
import { InvalidInput, type Problem } from './errors.js';

export interface FamilyPlan {
  file: CaseFile;
  pack: Pack;
  stages: PersonStage[];
  goals: GoalStatus[];
  reviews: PlanReviews;
}

type Check = (file: CaseFile, pack: Pack, entry: Entry) => Problem[];

export function familyWorkService(db: Db, outbox?: EmailOutbox) {
  /** Records one entry of `kind` after the domain's own checks; the case is reassessed in the same transaction. */
  const record = async (
    by: SignedIn,
    ref: string,
    kind: 'stage-of-change' | 'goal' | 'plan-review',
    input: Record<string, unknown>,
    check: Check,
  ): Promise<Entry> => {
    const { entry, notified } = await db.transaction().execute(async (trx) => {
      const caseRow = await openCase(trx, by.actor, ref, 'write');
      const file = await loadCaseFile(trx, caseRow);
      const prepared = prepareEntry(by, file, { ...input, kind });
      const problems = check(file, packFor(file.case.pack), prepared.entry);
      if (problems.length > 0) throw new InvalidInput(problems);
      const notified = await appendEntry(trx, by, caseRow, file, prepared);
      return { entry: prepared.entry, notified };
    });
    await outbox?.deliver({ ids: notified });
    return entry;
  };

  return {
    /** The family plan: each parent's stage with the pack's tasks for it, the goals, the reviews. */
    async plan(by: SignedIn, ref: string, now = new Date()): Promise<FamilyPlan> {
      return db.transaction().execute(async (trx) => {
        const caseRow = await openCase(trx, by.actor, ref, 'read');
        const file = readableFile(await loadCaseFile(trx, caseRow), by.actor);
        await audit(trx, by, 'read-family-plan', caseRow.id);
        const pack = packFor(file.case.pack);
        const today = toUkDate(now);
        return {
          file,
          pack,
          stages: stagesOfChangeOf(file, pack),
          goals: goalsOf(file, today),
          reviews: planReviewsOf(file, today),
        };
      });
    },

    /** A parent's or carer's stage of change, with the pack's indicators of that stage that were seen. */
    recordStage(by: SignedIn, ref: string, input: Record<string, unknown>): Promise<Entry> {
      return record(by, ref, 'stage-of-change', input, (file, pack, entry) =>
        entry.kind === 'stage-of-change' ? stageOfChangeProblems(file, pack, entry) : [],
      );
    },

    /** A GROW goal for a family member: the goal, and optionally the reality, options, will and a due date. */
    setGoal(by: SignedIn, ref: string, input: Record<string, unknown>): Promise<Entry> {
      return record(by, ref, 'goal', input, (file, _pack, entry) =>
        entry.kind === 'goal' && !file.people.some((p) => p.ref === entry.person)
          ? [{ path: 'person', message: 'Select a member of the family' }]
          : [],
      );
    },

    /** A plan review: progress overall and on each goal, and the next review date. */
    recordPlanReview(by: SignedIn, ref: string, input: Record<string, unknown>): Promise<Entry> {
      return record(by, ref, 'plan-review', input, (file, _pack, entry) =>
        entry.kind === 'plan-review' ? planReviewProblems(file, entry) : [],
      );
    },
  };
}

export type FamilyWorkService = ReturnType<typeof familyWorkService>;
