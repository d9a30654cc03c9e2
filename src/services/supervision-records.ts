// The supervision reads other services share (the team view, My week, supervision due): the workers a
// manager supervises, a worker's cases, and when each case was last supervised. Each runs in the
// transaction it is given; the queries are the store's (store/supervision.ts).
import { canSupervise, type Actor } from '../domain/policy.js';
import { transaction, type Db } from '../store/database.js';
import * as store from '../store/supervision.js';
import type { CaseRow } from '../store/tables.js';
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
  const workers = await transaction(trx, (tx) => store.workersOf(tx, actor.partnershipId));
  return workers
    .filter((u) => canSupervise(actor, accessOf(u.id)))
    .map((u) => ({ id: u.id, name: u.name, workerRef: u.workerRef, agencyRef: u.agencyRef }));
}

/** The cases a worker is named on (their own entries, an allocation), by ref. */
export function casesOfWorker(trx: Db, partnershipId: number, workerId: number): Promise<CaseRow[]> {
  return transaction(trx, (tx) => store.casesOfWorker(tx, partnershipId, workerId));
}

/** The latest `supervision` entry with the worker on each of the cases (UTC), by case id. */
export function lastSupervisedOn(
  trx: Db,
  caseIds: readonly number[],
  workerRef?: string,
): Promise<Map<number, string>> {
  return transaction(trx, (tx) => store.lastSupervisedOn(tx, caseIds, workerRef));
}
