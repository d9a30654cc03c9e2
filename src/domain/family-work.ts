// Working with the family: each parent's or carer's stage of change (BEF 10.0), the GROW goals set with
// family members (BEF 10.1) and the plan reviews that measure progress on them. Read from the case as
// amended; nothing here is stored, it is all worked out from the entries.
import { asAmended } from './amendments.js';
import type { CaseFile, Person } from './case-file.js';
import type { Entry, EntryOfKind } from './entries.js';
import { inTimeOrder } from './entry-order.js';
import type { Pack, Question, StageGuidance } from './packs/types.js';
import type { progressLevels, stagesOfChange } from './vocabularies.js';

export type StageOfChange = (typeof stagesOfChange)[number];
export type Progress = (typeof progressLevels)[number];
export type StageEntry = EntryOfKind<'stage-of-change'>;
export type GoalEntry = EntryOfKind<'goal'>;
export type PlanReviewEntry = EntryOfKind<'plan-review'>;

export const stageOfChangeLabels: Record<StageOfChange, string> = {
  'pre-contemplation': 'Pre-contemplation: does not see a problem',
  contemplation: 'Contemplation: thinking about change',
  determination: 'Determination: has decided to change',
  action: 'Action: making changes',
  maintenance: 'Maintenance: keeping changes going',
  relapse: 'Relapse: slipped back',
};

export const progressLabels: Record<Progress, string> = {
  none: 'No progress',
  some: 'Some progress',
  good: 'Good progress',
};

/** The stages before a parent is ready to act: tasks for action do not fit them (BEF 10.0). */
export const isBeforeAction = (stage: StageOfChange): boolean =>
  stage === 'pre-contemplation' || stage === 'contemplation';

/** Whose stage of change is recorded: the parents and carers (BEF 10.0). */
export const hasStageOfChange = (person: Person): boolean =>
  person.role === 'parent' || person.role === 'carer';

export interface PersonStage {
  person: Person;
  /** The latest stage recorded for them, or null. */
  latest: StageEntry | null;
  /** The signs the worker saw, as the pack words them. */
  indicatorsSeen: Question[];
  /** The pack's signs and tasks for their latest stage. */
  guidance: StageGuidance | null;
  /** Every stage recorded for them, newest first. */
  history: StageEntry[];
}

const ofKind = <K extends Entry['kind']>(entries: readonly Entry[], kind: K): EntryOfKind<K>[] =>
  inTimeOrder(entries)
    .map(({ entry }) => entry)
    .filter((entry): entry is EntryOfKind<K> => entry.kind === kind);

/** Each parent or carer (and anyone else with a stage recorded), with their latest stage and its guidance. */
export function stagesOfChangeOf(file: CaseFile, pack: Pack): PersonStage[] {
  const stages = ofKind(asAmended(file.entries), 'stage-of-change');
  return file.people
    .filter((person) => hasStageOfChange(person) || stages.some((s) => s.person === person.ref))
    .map((person) => {
      const history = stages.filter((s) => s.person === person.ref).reverse();
      const latest = history[0] ?? null;
      const guidance = latest ? pack.familyWork.stagesOfChange[latest.stage] : null;
      const seen = new Set(latest?.indicators ?? []);
      return {
        person,
        latest,
        indicatorsSeen: guidance ? guidance.indicators.filter((sign) => seen.has(sign.id)) : [],
        guidance,
        history,
      };
    });
}

export interface GoalProgress {
  review: string;
  at: string;
  progress: Progress;
}

export interface GoalStatus {
  goal: GoalEntry;
  person: Person | null;
  /** The progress each plan review recorded on it, oldest first. */
  progress: GoalProgress[];
  latest: Progress | null;
  /** Its due date has passed (`today`, a UK date) without good progress. */
  overdue: boolean;
  /** The person's latest stage is before action, as the goal was set (BEF 10.0). */
  beforeAction: boolean;
}

/** Every goal on the case, soonest due first (goals without a date last), with its progress. */
export function goalsOf(file: CaseFile, today: string): GoalStatus[] {
  const entries = asAmended(file.entries);
  const reviews = ofKind(entries, 'plan-review');
  const stages = ofKind(entries, 'stage-of-change');
  return ofKind(entries, 'goal')
    .map((goal) => {
      const progress = reviews.flatMap((review) =>
        (review.goals ?? [])
          .filter((g) => g.goal === goal.id)
          .map((g) => ({ review: review.id, at: review.at, progress: g.progress })),
      );
      const latest = progress.at(-1)?.progress ?? null;
      const stage = stages.filter((s) => s.person === goal.person).at(-1);
      return {
        goal,
        person: file.people.find((p) => p.ref === goal.person) ?? null,
        progress,
        latest,
        overdue: goal.due !== undefined && goal.due < today && latest !== 'good',
        beforeAction: stage !== undefined && isBeforeAction(stage.stage),
      };
    })
    .sort((a, b) => (a.goal.due ?? '9999').localeCompare(b.goal.due ?? '9999'));
}

export interface PlanReviews {
  /** Newest first. */
  reviews: PlanReviewEntry[];
  /** The date the plan is next due for review: the latest review's, else the case's. */
  nextReviewOn: string | null;
  /** That date has passed (`today`, a UK date). */
  overdue: boolean;
}

export function planReviewsOf(file: CaseFile, today: string): PlanReviews {
  const reviews = ofKind(asAmended(file.entries), 'plan-review').reverse();
  const latest = reviews[0];
  const nextReviewOn = latest ? (latest.nextReviewOn ?? null) : (file.case.nextReviewOn ?? null);
  return { reviews, nextReviewOn, overdue: nextReviewOn !== null && nextReviewOn < today };
}

/** What a stage of change must name beyond its shape: a person on the case, and the pack's signs of that stage. */
export function stageOfChangeProblems(
  file: CaseFile,
  pack: Pack,
  stage: Pick<StageEntry, 'person' | 'stage' | 'indicators'>,
): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  if (!file.people.some((p) => p.ref === stage.person && p.role !== 'child'))
    problems.push({ path: 'person', message: 'Select an adult on the case' });
  const signs = new Set(pack.familyWork.stagesOfChange[stage.stage].indicators.map((sign) => sign.id));
  if ((stage.indicators ?? []).some((id) => !signs.has(id)))
    problems.push({ path: 'indicators', message: 'Select only the signs of the stage you chose' });
  return problems;
}

/** What a plan review must name beyond its shape: goals of this case, each once. */
export function planReviewProblems(
  file: CaseFile,
  review: Pick<PlanReviewEntry, 'goals'>,
): { path: string; message: string }[] {
  const goals = new Set(
    asAmended(file.entries)
      .filter((entry) => entry.kind === 'goal')
      .map((entry) => entry.id),
  );
  const named = (review.goals ?? []).map((g) => g.goal);
  if (named.some((id) => !goals.has(id)))
    return [{ path: 'goals', message: 'Give progress only on goals set on this case' }];
  if (new Set(named).size !== named.length)
    return [{ path: 'goals', message: 'Give progress on each goal once' }];
  return [];
}
