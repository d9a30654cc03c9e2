// Who here can receive what an entry says: the users of an agency who may read the case, an agency's
// workers on it, a worker's own account, the recorder's line manager. A deactivated account receives
// nothing: it cannot sign in to read it, so counting it would tell the sender someone was told. Each is
// given the handle of the caller's transaction and runs inside it; the queries are the store's
// (store/notifications.ts).
import { can } from '../domain/policy.js';
import { transaction, type Db, type Tx } from '../store/database.js';
import { caseAgencyIds } from '../store/case-records.js';
import { caseWorker, caseWorkerUserIds } from '../store/notifications.js';
import { activeManagerOf, activeUsersIn } from '../store/users.js';
import type { CaseRow } from '../store/tables.js';

/**
 * The active users of the agencies named (within the case's partnership) who may read the case, except
 * `exceptUserId` (the recorder): nobody is told about a case the policy would not show them (an
 * administrator or auditor of an addressed agency is not told).
 */
export function readersIn(
  trx: Db,
  caseRow: CaseRow,
  exceptUserId: number,
  agencyRefs: readonly string[],
): Promise<number[]> {
  return transaction(trx, (tx) => readersAmong(tx, caseRow, exceptUserId, agencyRefs));
}

async function readersAmong(
  tx: Tx,
  caseRow: CaseRow,
  exceptUserId: number,
  agencyRefs: readonly string[],
): Promise<number[]> {
  if (agencyRefs.length === 0) return [];
  const users = await activeUsersIn(tx, caseRow.partnership_id, agencyRefs, exceptUserId);
  const access = { partnershipId: caseRow.partnership_id, agencyIds: await caseAgencyIds(tx, caseRow.id) };
  // Their own agency is on the case (an entry's agencies resolve against it), so whom they supervise does
  // not change the answer.
  return users.filter((user) => can(user, 'read', access)).map((user) => user.userId);
}

/**
 * Whom an agency invited to a meeting, or given an action, is told through: its workers on the case; when
 * none of its workers is on the case yet, every user of it who may read the case, so it still hears.
 */
export function workingOnCaseIn(
  trx: Db,
  caseRow: CaseRow,
  exceptUserId: number,
  agencyRef: string,
): Promise<number[]> {
  return transaction(trx, async (tx) => {
    const readers = await readersAmong(tx, caseRow, exceptUserId, [agencyRef]);
    const onCase = await caseWorkerUserIds(tx, caseRow.id, agencyRef);
    return onCase.length === 0 ? readers : readers.filter((id) => onCase.includes(id));
  });
}

/** The account of the worker `workerRef` on the case, when they have an active one and may read it. */
export function accountOf(
  trx: Db,
  caseRow: CaseRow,
  exceptUserId: number,
  workerRef: string,
): Promise<number | null> {
  return transaction(trx, async (tx) => {
    const worker = await caseWorker(tx, caseRow.id, workerRef);
    if (!worker?.userId) return null;
    const readers = await readersAmong(tx, caseRow, exceptUserId, [worker.agencyRef]);
    return readers.includes(worker.userId) ? worker.userId : null;
  });
}

/** The line manager of `userId`, if they have one whose account is active. */
export function managerOf(trx: Db, userId: number): Promise<number | null> {
  return transaction(trx, (tx) => activeManagerOf(tx, userId));
}
