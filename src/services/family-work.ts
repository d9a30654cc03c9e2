// Working with the family: stages of change (BEF 10.0), GROW goals (BEF 10.1) and plan reviews. Each
// record is one entry, recorded as any other (recording.ts) in one transaction; the engine reads them for
// `stage-strategy-mismatch` and `drift`. A stage or a goal recorded wrongly is put right by a correction:
// a new entry of the same kind, checked as the first was, that `amends` its latest version.
import { originalIds } from '../domain/amendments.js';
import type { CaseFile } from '../domain/case-file.js';
import type { Entry, EntryOfKind } from '../domain/entries.js';
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
import { transaction, type Db } from '../store/database.js';
import { loadCaseFile } from '../store/case-records.js';
import { audit } from './audit.js';
import { openCase } from './case-access.js';
import type { SignedIn } from './cases.js';
import type { EmailOutbox } from './email-outbox.js';
import { correctionOf, entryToCorrect } from './corrections.js';
import { InvalidInput, type Problem } from './errors.js';
import { recordOnCase } from './recording.js';

export interface FamilyPlan {
  file: CaseFile;
  pack: Pack;
  stages: PersonStage[];
  goals: GoalStatus[];
  reviews: PlanReviews;
  /**
   * The id of the latest version of each entry, by the id the plan shows it under (the original's: the
   * plan reads the case as amended). What a correction link names.
   */
  latestIds: Record<string, string>;
}

/** The kinds of the family plan a worker corrects from its page. */
export type CorrectableKind = 'stage-of-change' | 'goal';

type Check = (file: CaseFile, pack: Pack, entry: Entry) => Problem[];

const checks = {
  'stage-of-change': (file, pack, entry) =>
    entry.kind === 'stage-of-change' ? stageOfChangeProblems(file, pack, entry) : [],
  goal: (file, _pack, entry) =>
    entry.kind === 'goal' && !file.people.some((p) => p.ref === entry.person)
      ? [{ path: 'person', message: 'Select a member of the family' }]
      : [],
  'plan-review': (file, _pack, entry) =>
    entry.kind === 'plan-review' ? planReviewProblems(file, entry) : [],
} satisfies Record<string, Check>;

/** Each entry's latest version, by the id of the entry it ultimately corrects. */
function latestIdsOf(entries: readonly Entry[]): Record<string, string> {
  const latest: Record<string, string> = {};
  for (const [id, original] of originalIds(entries)) latest[original] = id;
  return latest;
}

export function familyWorkService(db: Db, outbox?: EmailOutbox) {
  /**
   * Records one entry of `kind` after the domain's own checks; the case is reassessed in the same
   * transaction. With `correcting` (an entry's id), it is a correction that amends the latest version of
   * that entry, which must be of `kind`, and keeps its time unless `input` gives one.
   */
  const record = (
    by: SignedIn,
    ref: string,
    kind: keyof typeof checks,
    input: Record<string, unknown>,
    correcting?: string,
  ): Promise<Entry> =>
    recordOnCase(db, outbox, by, ref, 'write', (recording) => {
      const { file } = recording;
      const { amended, amending } = correctionOf(file, by.actor, kind, correcting);
      // A correction keeps the entry's time unless given one (the goal and stage forms have no time).
      const prepared = recording.prepare({ at: amended?.at, ...input, ...amending, kind });
      const problems = checks[kind](file, packFor(file.case.pack), prepared.entry);
      if (problems.length > 0) throw new InvalidInput(problems);
      return recording.write(prepared);
    });

  return {
    /** The family plan: each parent's stage with the pack's tasks for it, the goals, the reviews. */
    async plan(by: SignedIn, ref: string, now = new Date()): Promise<FamilyPlan> {
      return transaction(db, async (trx) => {
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
          latestIds: latestIdsOf(file.entries),
        };
      });
    },

    /** A parent's or carer's stage of change, with the pack's indicators of that stage that were seen. */
    recordStage(by: SignedIn, ref: string, input: Record<string, unknown>): Promise<Entry> {
      return record(by, ref, 'stage-of-change', input);
    },

    /** A GROW goal for a family member: the goal, and optionally the reality, options, will and a due date. */
    setGoal(by: SignedIn, ref: string, input: Record<string, unknown>): Promise<Entry> {
      return record(by, ref, 'goal', input);
    },

    /** A plan review: progress overall and on each goal, and the next review date. */
    recordPlanReview(by: SignedIn, ref: string, input: Record<string, unknown>): Promise<Entry> {
      return record(by, ref, 'plan-review', input);
    },

    /**
     * The latest version of the stage of change or goal `entryId` (itself, or its latest correction), for a
     * user who may write to the case: what a correction starts from. Not found when the entry is not of
     * `kind` on the case, or is one the user may not read.
     */
    toCorrect<K extends CorrectableKind>(
      by: SignedIn,
      ref: string,
      entryId: string,
      kind: K,
    ): Promise<EntryOfKind<K>> {
      return entryToCorrect(db, by.actor, ref, 'write', kind, entryId);
    },

    /**
     * Corrects the stage of change `entryId`: a new one, checked as `recordStage` checks one, that amends
     * its latest version (whichever version the id names). The stage corrected stays as it was.
     */
    correctStage(by: SignedIn, ref: string, entryId: string, input: Record<string, unknown>): Promise<Entry> {
      return record(by, ref, 'stage-of-change', input, entryId);
    },

    /** Corrects the goal `entryId` as `correctStage` corrects a stage, checked as `setGoal` checks one. */
    correctGoal(by: SignedIn, ref: string, entryId: string, input: Record<string, unknown>): Promise<Entry> {
      return record(by, ref, 'goal', input, entryId);
    },
  };
}

export type FamilyWorkService = ReturnType<typeof familyWorkService>;
