// The supervision tables (migration 0009) as the supervision service and the team view read them: the
// workers a manager supervises, a worker's cases, a session, its latest answers, and when each worker was
// last supervised. Every function takes the transaction it runs in.
import { canSupervise, type Actor } from '../domain/policy.js';
import type { Db } from '../store/database.js';
import { whereaboutsAccessFor } from './whereabouts.js';

export interface Supervisee {
  id: number;
  name: string;
  workerRef: string;
  agencyRef: string;
}

/** The workers the manager supervises (directly, or through managers below them), by name. */
export async function superviseesOf(trx: Db, actor: Actor): Promise<Supervisee[]> {
  if (actor.role !== 'manager') return [];
  const accessOf = await whereaboutsAccessFor(trx, actor.partnershipId);
  const users = await trx
    .selectFrom('users')
    .innerJoin('agencies', 'agencies.id', 'users.agency_id')
    .select(['users.id', 'users.name', 'users.worker_ref', 'agencies.ref as agency_ref', 'users.role'])
    .where('users.partnership_id', '=', actor.partnershipId)
    .where('users.role', 'in', ['practitioner', 'manager'])
    .orderBy('users.name')
    .execute();
  return users
    .filter((u) => canSupervise(actor, accessOf(u.id)))
    .map((u) => ({ id: u.id, name: u.name, workerRef: u.worker_ref, agencyRef: u.agency_ref }));
}

/** The cases a worker is named on (their own entries, an allocation), with when each opened. */
export function casesOfWorker(trx: Db, partnershipId: number, workerId: number) {
  return trx
    .selectFrom('case_workers')
    .innerJoin('cases', 'cases.id', 'case_workers.case_id')
    .selectAll('cases')
    .where('cases.partnership_id', '=', partnershipId)
    .where('case_workers.user_id', '=', workerId)
    .orderBy('cases.ref')
    .execute();
}

/** The latest `supervision` entry with the worker on each of the cases (UTC), by case id. */
export async function lastSupervisedOn(
  trx: Db,
  caseIds: readonly number[],
  workerRef?: string,
): Promise<Map<number, string>> {
  if (caseIds.length === 0) return new Map();
  let query = trx
    .selectFrom('entries')
    .select(['case_id', (eb) => eb.fn.max('at_utc').as('last')])
    .where('kind', '=', 'supervision')
    .where('case_id', 'in', [...caseIds])
    .groupBy('case_id');
  if (workerRef !== undefined) query = query.where('worker_ref', '=', workerRef);
  const rows = await query.execute();
  return new Map(rows.map((r) => [r.case_id, String(r.last)]));
}

export function findSession(trx: Db, partnershipId: number, id: number) {
  return trx
    .selectFrom('supervision_sessions')
    .selectAll()
    .where('id', '=', id)
    .where('partnership_id', '=', partnershipId)
    .executeTakeFirst();
}

export function sessionCases(trx: Db, sessionId: number) {
  return trx
    .selectFrom('supervision_cases')
    .innerJoin('cases', 'cases.id', 'supervision_cases.case_id')
    .selectAll('cases')
    .select(['supervision_cases.entry_id', 'supervision_cases.id as row_id'])
    .where('supervision_cases.session_id', '=', sessionId)
    .orderBy('supervision_cases.position')
    .execute();
}

/** The latest answer to each question, by case id then question id. */
export async function latestAnswers(
  trx: Db,
  sessionId: number,
): Promise<Map<number, Record<string, string>>> {
  const rows = await trx
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

/** The sessions the manager has started and not completed, newest first. */
export function openSessionsOf(trx: Db, actor: Actor) {
  return trx
    .selectFrom('supervision_sessions')
    .innerJoin('users', 'users.id', 'supervision_sessions.worker_id')
    .select(['supervision_sessions.id', 'supervision_sessions.started_at', 'users.name as worker'])
    .where('supervision_sessions.partnership_id', '=', actor.partnershipId)
    .where('supervision_sessions.supervisor_id', '=', actor.userId)
    .where('supervision_sessions.completed_at', 'is', null)
    .orderBy('supervision_sessions.id', 'desc')
    .execute();
}
