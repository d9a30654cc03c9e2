// Supervision as the store keeps it (migration 0009): the workers a manager might supervise, a worker's
// cases, the sessions, the cases each covers and the answers given (append-only, the latest wins), and
// when each case was last supervised.
import type { Tx } from './database.js';
import type { CaseRow, UserRow } from './tables.js';

/** A practitioner or manager of the partnership, with their agency's ref. */
export interface PartnershipWorker {
  id: number;
  name: string;
  workerRef: string;
  agencyRef: string;
  role: UserRow['role'];
}

export interface StoredSession {
  id: number;
  supervisorId: number;
  workerId: number;
  /** UTC, ISO 8601. */
  startedAt: string;
  completedAt: string | null;
}

/** A case the session covers, in its position, with the `supervision` entry recorded on it (once completed). */
export interface SessionCase {
  /** The session's row for the case. */
  id: number;
  caseRow: CaseRow;
  entryId: string | null;
}

/** The partnership's practitioners and managers, by name. */
export async function workersOf(tx: Tx, partnershipId: number): Promise<PartnershipWorker[]> {
  const rows = await tx
    .selectFrom('users')
    .innerJoin('agencies', 'agencies.id', 'users.agency_id')
    .select(['users.id', 'users.name', 'users.worker_ref', 'agencies.ref as agency_ref', 'users.role'])
    .where('users.partnership_id', '=', partnershipId)
    .where('users.role', 'in', ['practitioner', 'manager'])
    .orderBy('users.name')
    .execute();
  return rows.map((u) => ({
    id: u.id,
    name: u.name,
    workerRef: u.worker_ref,
    agencyRef: u.agency_ref,
    role: u.role,
  }));
}

/** The cases a worker is named on (their own entries, an allocation), by ref. */
export function casesOfWorker(tx: Tx, partnershipId: number, workerId: number): Promise<CaseRow[]> {
  return tx
    .selectFrom('case_workers')
    .innerJoin('cases', 'cases.id', 'case_workers.case_id')
    .selectAll('cases')
    .where('cases.partnership_id', '=', partnershipId)
    .where('case_workers.user_id', '=', workerId)
    .orderBy('cases.ref')
    .execute();
}

/** The latest `supervision` entry (with the worker, if given) on each of the cases (UTC), by case id. */
export async function lastSupervisedOn(
  tx: Tx,
  caseIds: readonly number[],
  workerRef?: string,
): Promise<Map<number, string>> {
  if (caseIds.length === 0) return new Map();
  let query = tx
    .selectFrom('entries')
    .select(['case_id', (eb) => eb.fn.max('at_utc').as('last')])
    .where('kind', '=', 'supervision')
    .where('case_id', 'in', [...caseIds])
    .groupBy('case_id');
  if (workerRef !== undefined) query = query.where('worker_ref', '=', workerRef);
  const rows = await query.execute();
  return new Map(rows.map((r) => [r.case_id, String(r.last)]));
}

export async function findSession(
  tx: Tx,
  partnershipId: number,
  id: number,
): Promise<StoredSession | undefined> {
  const row = await tx
    .selectFrom('supervision_sessions')
    .selectAll()
    .where('id', '=', id)
    .where('partnership_id', '=', partnershipId)
    .executeTakeFirst();
  return (
    row && {
      id: row.id,
      supervisorId: row.supervisor_id,
      workerId: row.worker_id,
      startedAt: row.started_at,
      completedAt: row.completed_at,
    }
  );
}

/** The name of the session's supervisor. */
export async function supervisorName(tx: Tx, session: StoredSession): Promise<string> {
  const { name } = await tx
    .selectFrom('users')
    .select('name')
    .where('id', '=', session.supervisorId)
    .executeTakeFirstOrThrow();
  return name;
}

export async function sessionCases(tx: Tx, sessionId: number): Promise<SessionCase[]> {
  const rows = await tx
    .selectFrom('supervision_cases')
    .innerJoin('cases', 'cases.id', 'supervision_cases.case_id')
    .selectAll('cases')
    .select(['supervision_cases.entry_id', 'supervision_cases.id as row_id'])
    .where('supervision_cases.session_id', '=', sessionId)
    .orderBy('supervision_cases.position')
    .execute();
  return rows.map(({ row_id, entry_id, ...caseRow }) => ({ id: row_id, caseRow, entryId: entry_id }));
}

/** The latest answer to each question, by case id then question id. */
export async function latestAnswers(tx: Tx, sessionId: number): Promise<Map<number, Record<string, string>>> {
  const rows = await tx
    .selectFrom('supervision_answers')
    .select(['case_id', 'question', 'answer'])
    .where('session_id', '=', sessionId)
    .orderBy('id')
    .execute();
  const answers = new Map<number, Record<string, string>>();
  for (const row of rows) {
    const of = answers.get(row.case_id) ?? {};
    of[row.question] = row.answer;
    answers.set(row.case_id, of);
  }
  return answers;
}

/**
 * The sessions the manager has started and not completed, newest first (`started_at` as the team page
 * reads it).
 */
export function openSessionsOf(
  tx: Tx,
  partnershipId: number,
  supervisorId: number,
): Promise<{ id: number; started_at: string; worker: string }[]> {
  return tx
    .selectFrom('supervision_sessions')
    .innerJoin('users', 'users.id', 'supervision_sessions.worker_id')
    .select(['supervision_sessions.id', 'supervision_sessions.started_at', 'users.name as worker'])
    .where('supervision_sessions.partnership_id', '=', partnershipId)
    .where('supervision_sessions.supervisor_id', '=', supervisorId)
    .where('supervision_sessions.completed_at', 'is', null)
    .orderBy('supervision_sessions.id', 'desc')
    .execute();
}

/** A new session over the cases (ids, in the order given); returns its id. */
export async function insertSession(
  tx: Tx,
  session: { partnershipId: number; supervisorId: number; workerId: number; at: Date; caseIds: number[] },
): Promise<number> {
  const { id } = await tx
    .insertInto('supervision_sessions')
    .values({
      partnership_id: session.partnershipId,
      supervisor_id: session.supervisorId,
      worker_id: session.workerId,
      started_at: session.at.toISOString(),
      completed_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const [position, caseId] of session.caseIds.entries())
    await tx
      .insertInto('supervision_cases')
      .values({ session_id: id, case_id: caseId, position, entry_id: null })
      .execute();
  return id;
}

export async function insertAnswer(
  tx: Tx,
  answer: { sessionId: number; caseId: number; question: string; answer: string; by: number; at: Date },
): Promise<void> {
  await tx
    .insertInto('supervision_answers')
    .values({
      session_id: answer.sessionId,
      case_id: answer.caseId,
      question: answer.question,
      answer: answer.answer,
      answered_by: answer.by,
      answered_at: answer.at.toISOString(),
    })
    .execute();
}

/** Notes the `supervision` entry recorded on one of the session's cases (its row, SessionCase.id). */
export async function setSessionCaseEntry(tx: Tx, sessionCaseId: number, entryId: string): Promise<void> {
  await tx
    .updateTable('supervision_cases')
    .set({ entry_id: entryId })
    .where('id', '=', sessionCaseId)
    .execute();
}

export async function completeSession(tx: Tx, id: number, at: Date): Promise<void> {
  await tx
    .updateTable('supervision_sessions')
    .set({ completed_at: at.toISOString() })
    .where('id', '=', id)
    .execute();
}
