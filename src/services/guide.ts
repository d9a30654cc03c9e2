// The "Worried about engagement?" guide on a case: each answer saved as it is given (one transaction per
// step), so a worker can leave and come back; the last step records the entries the answers imply and
// marks the run completed, in one transaction. Anyone who may write on the case may use it.
import type { CaseFile } from '../domain/case-file.js';
import type { Entry } from '../domain/entries.js';
import {
  answerProblem,
  agencyList,
  guideOutcome,
  guidePath,
  isReachable,
  type DueStep,
  type GuideAnswers,
  type GuidePath,
} from '../domain/guide.js';
import { packFor, type Pack } from '../domain/packs/index.js';
import type { Actor } from '../domain/policy.js';
import { transaction, type Db, type Tx } from '../store/database.js';
import { loadCaseFile } from '../store/case-records.js';
import {
  answersOf,
  completedRun,
  completeRun,
  insertGuideAnswer,
  insertRun,
  openRun as storedOpenRun,
} from '../store/guide.js';
import type { CaseRow } from '../store/tables.js';
import { currentAssessment } from './assessments.js';
import { audit } from './audit.js';
import type { EmailOutbox } from './email-outbox.js';
import { openCase } from './case-access.js';
import type { SignedIn } from './cases.js';
import { toldOf, type Told } from './told.js';
import { InvalidInput, NotFound } from './errors.js';
import { recordOnCase } from './recording.js';

export interface GuideState {
  pack: Pack;
  /** The agencies the worker may alert: the case's others, by ref and name. */
  agencies: { ref: string; name: string }[];
  /** The latest answer to each question in the worker's open run. */
  answers: GuideAnswers;
  path: GuidePath;
  /** When the open run began (ISO, UTC), or null when the worker has not started. */
  startedAt: string | null;
}

export interface GuideRecord {
  runId: number;
  /** The entries the run recorded, in the order recorded. */
  entries: Entry[];
  due: DueStep[];
  /** Whom each entry reached, by its id (an alert's agencies; a request to discuss, the line manager). */
  told: Record<string, Told>;
}

/** `outbox` sends the emails the recorded entries' notifications owe, once the last step has committed. */
export function guideService(db: Db, outbox?: EmailOutbox) {
  return {
    /** Where the worker is in the guide on this case. */
    async state(by: SignedIn, ref: string): Promise<GuideState> {
      return transaction(db, async (trx) => {
        const { caseRow, file } = await open(trx, by, ref);
        const state = await stateOf(trx, caseRow, file, by.actor);
        await audit(trx, by, 'read-guide', caseRow.id);
        return state;
      });
    },

    /** Saves one answer; an answer that will not do, or to a question not yet reached, writes nothing. */
    async answer(by: SignedIn, ref: string, questionId: string, answer: string): Promise<GuideState> {
      return transaction(db, async (trx) => {
        const { caseRow, file } = await open(trx, by, ref);
        const before = await stateOf(trx, caseRow, file, by.actor);
        const { guide } = before.pack;
        const question = guide.questions.find((q) => q.id === questionId);
        if (!question) throw new NotFound(`guide question ${questionId}`);
        const context = contextOf(before);
        if (!isReachable(guide, before.answers, context, questionId))
          throw new InvalidInput([{ path: 'answer', message: 'Answer the questions before this one first' }]);
        const problem = answerProblem(question, answer, context);
        if (problem) throw new InvalidInput([{ path: 'answer', message: problem }]);
        const chosen = agencyList(answer);
        const saved =
          question.kind === 'agencies'
            ? context.agencies.filter((agency) => chosen.includes(agency)).join(',')
            : answer.trim();
        const runId = (await openRun(trx, caseRow, by.actor))?.id ?? (await startRun(trx, caseRow, by.actor));
        await insertGuideAnswer(trx, { runId, question: questionId, answer: saved, at: new Date() });
        await audit(trx, by, 'answer-guide', caseRow.id, questionId);
        return stateOf(trx, caseRow, file, by.actor);
      });
    },

    /** Records the entries the finished guide implies and marks the run completed. */
    complete(by: SignedIn, ref: string): Promise<GuideRecord> {
      return recordOnCase(db, outbox, by, ref, 'write', async (recording) => {
        const { trx, caseRow, file } = recording;
        const state = await stateOf(trx, caseRow, file, by.actor);
        const run = await openRun(trx, caseRow, by.actor);
        if (!run || state.path.next)
          throw new InvalidInput([{ path: '', message: 'Answer every question before you record them' }]);
        const { findings } = await currentAssessment(trx, caseRow);
        const outcome = guideOutcome(state.pack, state.answers, { ...contextOf(state), findings });
        const entries: Entry[] = [];
        for (const draft of outcome.entries)
          entries.push(await recording.append(await recording.tellingTimes(draft)));
        await completeRun(
          trx,
          run.id,
          entries.map((e) => e.id),
          new Date(),
        );
        await audit(
          trx,
          by,
          'complete-guide',
          caseRow.id,
          entries.map((e) => `${e.kind} ${e.id}`).join(', '),
        );
        const after = await currentAssessment(trx, caseRow);
        const { due } = guideOutcome(state.pack, state.answers, {
          ...contextOf(state),
          findings: after.findings,
        });
        return { runId: run.id, entries, due, told: await toldOfAll(trx, caseRow, entries) };
      });
    },

    /** A completed run of this worker's on this case: what it recorded and what is due now. */
    async recorded(by: SignedIn, ref: string, runId: number): Promise<GuideRecord> {
      return transaction(db, async (trx) => {
        const { caseRow, file } = await open(trx, by, ref);
        const run = await completedRun(trx, { id: runId, caseId: caseRow.id, userId: by.actor.userId });
        if (!run) throw new NotFound(`guide run ${runId}`);
        const entries = run.entryIds.flatMap((id) => file.entries.filter((entry) => entry.id === id));
        const pack = packFor(run.pack);
        const answers = await answersOf(trx, run.id);
        const { findings } = await currentAssessment(trx, caseRow);
        const context = { agencies: othersOf(file, by.actor).map((a) => a.ref), findings };
        let due: DueStep[];
        try {
          due = guideOutcome(pack, answers, context).due;
        } catch {
          due = pack.guide.steps; // the case's agencies changed since, so the answers no longer finish the guide
        }
        await audit(trx, by, 'read-guide', caseRow.id, `run ${run.id}`);
        return { runId: run.id, entries, due, told: await toldOfAll(trx, caseRow, entries) };
      });
    },
  };
}

export type GuideService = ReturnType<typeof guideService>;

/** Whom each of the run's entries reached (told.ts), by entry id. */
async function toldOfAll(trx: Tx, caseRow: CaseRow, entries: Entry[]): Promise<Record<string, Told>> {
  const file = await loadCaseFile(trx, caseRow);
  const told: Record<string, Told> = {};
  for (const entry of entries) told[entry.id] = await toldOf(trx, caseRow, file, entry);
  return told;
}

async function open(trx: Tx, by: SignedIn, ref: string): Promise<{ caseRow: CaseRow; file: CaseFile }> {
  const caseRow = await openCase(trx, by.actor, ref, 'write');
  return { caseRow, file: await loadCaseFile(trx, caseRow) };
}

const contextOf = (state: GuideState) => ({ agencies: state.agencies.map((agency) => agency.ref) });

function othersOf(file: CaseFile, actor: Actor): { ref: string; name: string }[] {
  return file.agencies
    .filter((agency) => agency.ref !== actor.agencyRef)
    .map((agency) => ({ ref: agency.ref, name: agency.name }));
}

/** The worker's run on the case that is not completed, for the case's current pack. */
function openRun(trx: Tx, caseRow: CaseRow, actor: Actor) {
  return storedOpenRun(trx, { caseId: caseRow.id, userId: actor.userId, pack: caseRow.pack });
}

function startRun(trx: Tx, caseRow: CaseRow, actor: Actor): Promise<number> {
  return insertRun(trx, { caseId: caseRow.id, userId: actor.userId, pack: caseRow.pack, at: new Date() });
}

async function stateOf(trx: Tx, caseRow: CaseRow, file: CaseFile, actor: Actor): Promise<GuideState> {
  const pack = packFor(caseRow.pack);
  const agencies = othersOf(file, actor);
  const run = await openRun(trx, caseRow, actor);
  const answers = run ? await answersOf(trx, run.id) : {};
  return {
    pack,
    agencies,
    answers,
    path: guidePath(pack.guide, answers, { agencies: agencies.map((agency) => agency.ref) }),
    startedAt: run?.startedAt ?? null,
  };
}
