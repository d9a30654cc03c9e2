// Supervision of a worker by their manager over one or more of the worker's cases (MK 5.1.9.5, 5.1.9.23;
// BEF 11.1; R7 "What to do"; SX 1.7.17–20): for each case the pack's reflective and impact-on-child
// questions, the impact of any hostility on the worker, and the decision, with the case's findings beside
// the questions they bear on. Answers are saved as the discussion goes (one transaction per save), so a
// session can be left and resumed; completing it records a `supervision` entry on every case, which answers
// `supervision-overdue`, in one transaction. Only a manager of the worker may start, see or answer one, and
// each case must allow them `record-supervision`.
import type { Finding } from '../domain/assessment/assess.js';
import { severityRank } from '../domain/assessment/detector.js';
import { childrenOf } from '../domain/household.js';
import { packFor } from '../domain/packs/index.js';
import { can, type Actor } from '../domain/policy.js';
import {
  reflectionsAnswered,
  supervisionPrompts,
  supervisionQuestions,
  type SupervisionQuestion,
} from '../domain/supervision.js';
import type { PackId } from '../domain/vocabularies.js';
import { findingsFor } from '../domain/restricted-findings.js';
import { readableFile } from '../domain/restrictions.js';
import { transaction, type Db, type Tx } from '../store/database.js';
import { caseAgencyIds, loadCaseFile } from '../store/case-records.js';
import {
  casesOfWorker,
  completeSession,
  findSession,
  insertAnswer,
  insertSession,
  lastSupervisedOn,
  latestAnswers,
  openSessionsOf,
  sessionCases,
  setSessionCaseEntry,
  supervisorName,
} from '../store/supervision.js';
import type { CaseRow } from '../store/tables.js';
import { currentAssessment } from './assessments.js';
import { audit } from './audit.js';
import type { SignedIn } from './cases.js';
import type { EmailOutbox } from './email-outbox.js';
import { InvalidInput, NotFound } from './errors.js';
import { CaseRefused } from './case-access.js';
import { recordOnCases } from './recording.js';
import { superviseesOf, type Supervisee } from './supervision-records.js';

/** A case of the worker the manager may cover, with its worst finding and when it was last supervised. */
export interface SupervisableCase {
  ref: string;
  /** The children's names, to tell the cases apart (for a manager who may read the case; else none). */
  children: string[];
  worstSeverity: Finding['severity'] | null;
  findings: number;
  /** UTC, ISO 8601; null when never. */
  lastSupervisedAt: string | null;
}

export interface SupervisionCase {
  ref: string;
  pack: PackId;
  children: string[];
  questions: SupervisionQuestion[];
  /** The latest answer to each question. */
  answers: Record<string, string>;
  findings: Finding[];
  /** The findings beside each question, by question id. */
  prompts: Record<string, Finding[]>;
  /** The `supervision` entry recorded on the case, once the session is completed. */
  entryId: string | null;
}

export interface SupervisionRecord {
  id: number;
  worker: { id: number; name: string; ref: string };
  supervisor: string;
  /** UTC, ISO 8601. */
  startedAt: string;
  completedAt: string | null;
  cases: SupervisionCase[];
}

const maxAnswer = 10_000;

export function supervisionService(db: Db, outbox?: EmailOutbox) {
  /** The session if the user is a manager of its worker; otherwise not found. */
  const openSession = async (trx: Tx, actor: Actor, id: number) => {
    const session = await findSession(trx, actor.partnershipId, id);
    const worker = session && (await superviseesOf(trx, actor)).find((w) => w.id === session.workerId);
    if (!session || !worker) throw new NotFound(`supervision ${id}`);
    return { session, worker };
  };

  const mayRecordOn = async (trx: Tx, actor: Actor, caseRow: CaseRow) =>
    can(actor, 'record-supervision', {
      partnershipId: caseRow.partnership_id,
      agencyIds: await caseAgencyIds(trx, caseRow.id),
    });

  const recordOf = async (trx: Tx, actor: Actor, id: number, now: Date): Promise<SupervisionRecord> => {
    const { session, worker } = await openSession(trx, actor, id);
    const answers = await latestAnswers(trx, id);
    const supervisor = await supervisorName(trx, session);
    const cases: SupervisionCase[] = [];
    for (const { caseRow, entryId } of await sessionCases(trx, id)) {
      const pack = packFor(caseRow.pack);
      const questions = supervisionQuestions(pack);
      const file = await loadCaseFile(trx, caseRow);
      // A finding resting on an entry restricted from the manager comes without its facts.
      const findings = findingsFor(actor, (await currentAssessment(trx, caseRow, now)).findings, file, pack);
      cases.push({
        ref: caseRow.ref,
        pack: pack.id,
        children: childrenOf(file, now).map((c) => c.name),
        questions,
        answers: answers.get(caseRow.id) ?? {},
        findings,
        prompts: supervisionPrompts(questions, findings),
        entryId,
      });
    }
    return {
      id,
      worker: { id: worker.id, name: worker.name, ref: worker.workerRef },
      supervisor,
      startedAt: session.startedAt,
      completedAt: session.completedAt,
      cases,
    };
  };

  /** The session with each case's questions, answers and findings; the read is audited. */
  const record = (by: SignedIn, id: number, now = new Date()): Promise<SupervisionRecord> =>
    transaction(db, async (trx) => {
      const found = await recordOf(trx, by.actor, id, now);
      await audit(trx, by, 'read-supervision', null, String(id));
      return found;
    });

  return {
    record,

    /** The workers the user supervises (none for anyone but a manager). */
    supervisees(actor: Actor): Promise<Supervisee[]> {
      return transaction(db, (tx) => superviseesOf(tx, actor));
    },

    /** The supervisions the manager has started and not completed, to resume. */
    openSessions(actor: Actor) {
      return transaction(db, (tx) => openSessionsOf(tx, actor.partnershipId, actor.userId));
    },

    /** The worker's cases the manager may cover, worst first; a worker they do not supervise is not found. */
    async casesOf(by: SignedIn, workerId: number, now = new Date()): Promise<SupervisableCase[]> {
      return transaction(db, async (trx) => {
        if (!(await superviseesOf(trx, by.actor)).some((w) => w.id === workerId))
          throw new NotFound(`worker ${workerId}`);
        return supervisableCases(trx, by.actor, workerId, now);
      });
    },

    /** Starts a supervision of `worker` (a user id) over `cases` (refs); returns its id. */
    async start(by: SignedIn, input: { worker: number; cases: readonly string[] }, now = new Date()) {
      return transaction(db, async (trx) => {
        const worker = (await superviseesOf(trx, by.actor)).find((w) => w.id === input.worker);
        if (!worker) throw new NotFound(`worker ${input.worker}`);
        const theirs = await casesOfWorker(trx, by.actor.partnershipId, worker.id);
        const chosen = [...new Set(input.cases)];
        const rows = theirs.filter((c) => chosen.includes(c.ref));
        if (chosen.length === 0)
          throw new InvalidInput([{ path: 'cases', message: 'Select at least one case to discuss' }]);
        if (rows.length !== chosen.length)
          throw new InvalidInput([{ path: 'cases', message: `Select cases ${worker.name} works on` }]);
        for (const row of rows)
          if (!(await mayRecordOn(trx, by.actor, row)))
            throw new CaseRefused(row.ref, row.id, 'record-supervision');
        const id = await insertSession(trx, {
          partnershipId: by.actor.partnershipId,
          supervisorId: by.actor.userId,
          workerId: worker.id,
          at: now,
          caseIds: rows.map((row) => row.id),
        });
        for (const row of rows) await audit(trx, by, 'start-supervision', row.id, String(id));
        return { id };
      });
    },

    /**
     * Saves the answers given for one case (question id → text); only those that changed are written, each
     * as a new row. An unknown question, or any answer once the session is completed, is refused.
     */
    async answer(
      by: SignedIn,
      id: number,
      ref: string,
      given: Readonly<Record<string, string>>,
      now = new Date(),
    ): Promise<SupervisionRecord> {
      return transaction(db, async (trx) => {
        const { session } = await openSession(trx, by.actor, id);
        const caseRow = (await sessionCases(trx, id)).find((c) => c.caseRow.ref === ref)?.caseRow;
        if (!caseRow) throw new NotFound(`case ${ref} in supervision ${id}`);
        if (session.completedAt)
          throw new InvalidInput([{ path: '', message: 'This supervision is completed: it cannot change' }]);
        const questions = supervisionQuestions(packFor(caseRow.pack));
        const unknown = Object.keys(given).filter((q) => !questions.some((known) => known.id === q));
        if (unknown.length > 0)
          throw new InvalidInput(unknown.map((q) => ({ path: `answers.${q}`, message: 'Unknown question' })));
        const tooLong = Object.keys(given).filter((q) => (given[q] ?? '').length > maxAnswer);
        if (tooLong.length > 0)
          throw new InvalidInput(
            tooLong.map((q) => ({ path: `answers.${q}`, message: 'Answer in 10,000 characters or fewer' })),
          );
        const before = (await latestAnswers(trx, id)).get(caseRow.id) ?? {};
        for (const [question, text] of Object.entries(given)) {
          const answer = text.trim();
          if (answer === (before[question] ?? '')) continue;
          await insertAnswer(trx, {
            sessionId: id,
            caseId: caseRow.id,
            question,
            answer,
            by: by.actor.userId,
            at: now,
          });
        }
        await audit(trx, by, 'answer-supervision', caseRow.id, String(id));
        return recordOf(trx, by.actor, id, now);
      });
    },

    /**
     * Records a `supervision` entry on each case (supervisor, the worker, the pack's questions answered,
     * the decision and every answer) and marks the session completed. Every case needs a decision first.
     */
    async complete(by: SignedIn, id: number, now = new Date()): Promise<SupervisionRecord> {
      await recordOnCases(db, outbox, by, async (trx, onCase) => {
        const discussion = await recordOf(trx, by.actor, id, now);
        if (discussion.completedAt)
          throw new InvalidInput([{ path: '', message: 'This supervision is already completed' }]);
        const undecided = discussion.cases.filter((c) => !c.answers.decision?.trim());
        if (undecided.length > 0)
          throw new InvalidInput(
            undecided.map((c) => ({ path: c.ref, message: `Enter the decision for case ${c.ref}` })),
          );
        const rows = await sessionCases(trx, id);
        for (const { id: sessionCaseId, caseRow } of rows) {
          const discussed = discussion.cases.find((c) => c.ref === caseRow.ref);
          if (!discussed) throw new NotFound(`case ${caseRow.ref}`);
          if (!(await mayRecordOn(trx, by.actor, caseRow)))
            throw new CaseRefused(caseRow.ref, caseRow.id, 'record-supervision');
          const recording = await onCase(caseRow);
          const answers = Object.fromEntries(Object.entries(discussed.answers).filter(([, a]) => a.trim()));
          const worker = recording.file.workers.find((w) => w.ref === discussion.worker.ref);
          const entry = await recording.append({
            kind: 'supervision',
            agency: worker?.agency,
            worker: discussion.worker.ref,
            supervisor: by.actor.workerRef,
            reflections: reflectionsAnswered(discussed.questions, answers),
            decision: answers.decision,
            answers,
          });
          await setSessionCaseEntry(trx, sessionCaseId, entry.id);
        }
        await completeSession(trx, id, now);
      });
      return record(by, id, now);
    },
  };
}

export type SupervisionService = ReturnType<typeof supervisionService>;

async function supervisableCases(
  trx: Tx,
  actor: Actor,
  workerId: number,
  now: Date,
): Promise<SupervisableCase[]> {
  const rows = await casesOfWorker(trx, actor.partnershipId, workerId);
  const last = await lastSupervisedOn(
    trx,
    rows.map((r) => r.id),
  );
  const cases: (SupervisableCase & { rank: number })[] = [];
  for (const row of rows) {
    const agencyIds = await caseAgencyIds(trx, row.id);
    if (!can(actor, 'record-supervision', { partnershipId: row.partnership_id, agencyIds })) continue;
    const { worstSeverity, findings } = await currentAssessment(trx, row, now);
    const readable = can(actor, 'read', { partnershipId: row.partnership_id, agencyIds });
    cases.push({
      ref: row.ref,
      children: readable
        ? childrenOf(readableFile(await loadCaseFile(trx, row), actor), now).map((c) => c.name)
        : [],
      worstSeverity,
      findings: findings.length,
      lastSupervisedAt: last.get(row.id) ?? null,
      rank: worstSeverity ? severityRank[worstSeverity] : -1,
    });
  }
  return cases
    .sort((a, b) => b.rank - a.rank || a.ref.localeCompare(b.ref, 'en-GB'))
    .map(({ rank: _rank, ...c }) => c);
}
