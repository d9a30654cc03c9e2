// Who here can receive what an entry says: the users of an agency who may read the case, an agency's
// workers on it, a worker's own account, the recorder's line manager. A deactivated account receives
// nothing: it cannot sign in to read it, so counting it would tell the sender someone was told.
import { can } from '../domain/policy.js';
import type { Db } from '../store/database.js';
import { caseAgencyIds } from '../store/case-records.js';
import type { CaseRow } from '../store/tables.js';
import { actorOf, selectActorRows } from './accounts.js';

/**
 * The active users of the agencies named (within the case's partnership) who may read the case, except
 * `exceptUserId` (the recorder): nobody is told about a case the policy would not show them (an
 * administrator or auditor of an addressed agency is not told).
 */
export async function readersIn(
  trx: Db,
  caseRow: CaseRow,
  exceptUserId: number,
  agencyRefs: readonly string[],
): Promise<number[]> {
  if (agencyRefs.length === 0) return [];
  const users = await selectActorRows(trx)
    .where('agencies.partnership_id', '=', caseRow.partnership_id)
    .where('agencies.ref', 'in', [...agencyRefs])
    .where('users.id', '!=', exceptUserId)
    .where('users.deactivated_at', 'is', null)
    .orderBy('users.id')
    .execute();
  const access = { partnershipId: caseRow.partnership_id, agencyIds: await caseAgencyIds(trx, caseRow.id) };
  // Their own agency is on the case (an entry's agencies resolve against it), so whom they supervise does
  // not change the answer.
  return users.filter((user) => can(actorOf(user, []), 'read', access)).map((user) => user.id);
}

/** The user ids of the agency's workers on the case who have an account. */
async function caseWorkerUsers(trx: Db, caseRow: CaseRow, agencyRef: string): Promise<number[]> {
  const rows = await trx
    .selectFrom('case_workers')
    .select('user_id')
    .where('case_id', '=', caseRow.id)
    .where('agency_ref', '=', agencyRef)
    .execute();
  return rows.flatMap((row) => (row.user_id === null ? [] : [row.user_id]));
}

/**
 * Whom an agency invited to a meeting, or given an action, is told through: its workers on the case; when
 * none of its workers is on the case yet, every user of it who may read the case, so it still hears.
 */
export async function workingOnCaseIn(
  trx: Db,
  caseRow: CaseRow,
  exceptUserId: number,
  agencyRef: string,
): Promise<number[]> {
  const readers = await readersIn(trx, caseRow, exceptUserId, [agencyRef]);
  const onCase = await caseWorkerUsers(trx, caseRow, agencyRef);
  return onCase.length === 0 ? readers : readers.filter((id) => onCase.includes(id));
}

/** The account of the worker `workerRef` on the case, when they have an active one and may read it. */
export async function accountOf(
  trx: Db,
  caseRow: CaseRow,
  exceptUserId: number,
  workerRef: string,
): Promise<number | null> {
  const row = await trx
    .selectFrom('case_workers')
    .select(['user_id', 'agency_ref'])
    .where('case_id', '=', caseRow.id)
    .where('ref', '=', workerRef)
    .executeTakeFirst();
  if (!row?.user_id) return null;
  const readers = await readersIn(trx, caseRow, exceptUserId, [row.agency_ref]);
  return readers.includes(row.user_id) ? row.user_id : null;
}

/** The line manager of `userId`, if they have one whose account is active. */
export async function managerOf(trx: Db, userId: number): Promise<number | null> {
  const row = await trx
    .selectFrom('users')
    .innerJoin('users as managers', 'managers.id', 'users.manager_id')
    .select('managers.id')
    .where('users.id', '=', userId)
    .where('managers.deactivated_at', 'is', null)
    .executeTakeFirst();
  return row?.id ?? null;
}
