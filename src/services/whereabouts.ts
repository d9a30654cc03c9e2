// Whereabouts: where a worker is while out on a visit, kept beside the case (never in an entry, which every
// agency on the case reads). A check-out opens a row, a correction of the check-out (an extension) moves its
// expected return, a check-in closes it; `followVisitEntry` does this for every check-out and check-in
// however it was recorded (the visit pages, POST /api/v1/cases/{ref}/entries, a correction), inside the
// transaction that records the entry. MK 5.1.9.24; FV "Keeping Staff Safe". Its queries are the store's
// (store/whereabouts.ts), inside the caller's transaction.
import { originalIds } from '../domain/amendments.js';
import type { CaseFile } from '../domain/case-file.js';
import type { Entry, EntryOfKind } from '../domain/entries.js';
import type { WhereaboutsAccess } from '../domain/policy.js';
import { assess } from '../domain/assessment/assess.js';
import { packFor } from '../domain/packs/index.js';
import { toInstant } from '../domain/time.js';
import { loneVisitNeedsAgreement } from '../domain/visits.js';
import { transaction, type Db, type Tx } from '../store/database.js';
import {
  caseWorkerUser,
  closeWhereabouts,
  dutyUserOf,
  insertWhereabouts,
  lineManagersIn,
  moveExpectedBack,
  openOnVisit,
  openWhereaboutsOf,
} from '../store/whereabouts.js';
import type { CaseRow } from '../store/tables.js';
import type { SignedIn } from './cases.js';
import { InvalidInput } from './errors.js';
import { effectivePack } from './procedure.js';

/**
 * Opens the whereabouts of a check-out (with `place` when the worker gave one), unless they are open already
 * for it; refuses a second check-out while the worker is out on another visit.
 */
export async function openCheckOut(
  tx: Tx,
  by: SignedIn,
  caseRow: CaseRow,
  entry: { id: string; at: string; visit: string },
  expectedBack: Date,
  place: string | null,
): Promise<void> {
  const open = await openWhereaboutsOf(tx, by.actor.userId);
  if (open && !(open.caseId === caseRow.id && open.checkOutEntry === entry.id))
    throw new InvalidInput([
      { path: 'visit', message: 'You are already checked out to another visit: check in from it first' },
    ]);
  if (open) return;
  await insertWhereabouts(tx, {
    partnershipId: caseRow.partnership_id,
    caseId: caseRow.id,
    userId: by.actor.userId,
    visitId: entry.visit,
    checkOutEntry: entry.id,
    place,
    checkedOutAt: toInstant(entry.at).toISOString(),
    expectedBack: expectedBack.toISOString(),
  });
}

/**
 * Keeps the whereabouts in step with a check-out or check-in entry just written on the case, inside the
 * caller's transaction (`trx` is one: transaction() then runs in it).
 */
export function followVisitEntry(
  trx: Db,
  by: SignedIn,
  caseRow: CaseRow,
  file: CaseFile,
  entry: Entry,
): Promise<void> {
  return transaction(trx, async (tx) => {
    if (entry.kind === 'visit-plan') await checkLoneVisit(tx, by, caseRow, file, entry);
    if (entry.kind === 'check-out') await followCheckOut(tx, by, caseRow, file, entry);
    if (entry.kind === 'check-in') await followCheckIn(tx, by, caseRow, entry);
  });
}

/** Whether the case has a risk-to-staff warning now: an active `hostility-to-staff` finding. */
export function hasRiskToStaffWarning(file: CaseFile, now: Date, pack = packFor(file.case.pack)): boolean {
  return assess(file, pack, now).findings.some((f) => f.code === 'hostility-to-staff');
}

/**
 * A lone visit to a family with a risk-to-staff warning needs the agreement of a manager of the case, named
 * in `managerAgreedLone`, or is refused (SX 1.7.35–36; FV "Keeping Staff Safe"). The manager named is told
 * (entry-notifications.ts).
 */
async function checkLoneVisit(
  tx: Tx,
  by: SignedIn,
  caseRow: CaseRow,
  file: CaseFile,
  entry: EntryOfKind<'visit-plan'>,
): Promise<void> {
  if (!entry.managerAgreedLone) {
    // Only a lone visit can need agreement: the case is assessed for those alone, not for every plan.
    if (!entry.lone) return;
    // The partnership's local thresholds included (procedure.ts).
    const pack = await effectivePack(tx, caseRow.partnership_id, caseRow.pack);
    const warned = hasRiskToStaffWarning(file, toInstant(entry.at), pack);
    if (loneVisitNeedsAgreement(true, warned, pack.thresholds.jointVisitsWhenWarning))
      throw new InvalidInput([{ path: 'managerAgreedLone', message: loneRefusal }]);
    return;
  }
  const manager = await caseWorkerUser(tx, caseRow.id, entry.managerAgreedLone);
  if (!manager || manager.role !== 'manager' || manager.id === by.actor.userId)
    throw new InvalidInput([
      { path: 'managerAgreedLone', message: 'Select a manager of this case, other than you, who agreed' },
    ]);
}

export const loneRefusal =
  'This family has a risk-to-staff warning: plan a joint visit, or select the manager who agreed to a lone visit';

async function followCheckOut(
  tx: Tx,
  by: SignedIn,
  caseRow: CaseRow,
  file: CaseFile,
  entry: EntryOfKind<'check-out'>,
): Promise<void> {
  const plan = file.entries.find((e) => e.id === entry.visit);
  const expected = entry.expectedBack ?? (plan?.kind === 'visit-plan' ? plan.expectedBack : undefined);
  if (!expected)
    throw new InvalidInput([
      { path: 'expectedBack', message: 'Say when you expect to be back, so someone notices if you are not' },
    ]);
  if (!entry.amends) {
    await openCheckOut(tx, by, caseRow, entry, toInstant(expected), null);
    return;
  }
  // A correction of a check-out (an extension): the original's whereabouts, while still out, follow it.
  const original = originalIds([...file.entries, entry]).get(entry.id) ?? entry.id;
  await moveExpectedBack(tx, caseRow.id, original, toInstant(expected));
}

/** Back safe: the recorder's own check-out for the visit, else (recorded for them) everyone's on it. */
async function followCheckIn(
  tx: Tx,
  by: SignedIn,
  caseRow: CaseRow,
  entry: EntryOfKind<'check-in'>,
): Promise<void> {
  const open = await openOnVisit(tx, caseRow.id, entry.visit);
  const own = open.filter((row) => row.userId === by.actor.userId);
  const closing = (own.length > 0 ? own : open).map((row) => row.id);
  if (closing.length === 0) return;
  await closeWhereabouts(tx, closing, toInstant(entry.at), entry.id);
}

/**
 * What the policy needs for each worker of a partnership: their chain of managers (users.manager_id followed
 * up) and the partnership's duty contact. Inside the caller's transaction (`trx` is one).
 */
export async function whereaboutsAccessFor(
  trx: Db,
  partnershipId: number,
): Promise<(workerId: number) => WhereaboutsAccess> {
  const [users, dutyUserId] = await transaction(trx, (tx) =>
    Promise.all([lineManagersIn(tx, partnershipId), dutyUserOf(tx, partnershipId)]),
  );
  const managerOf = new Map(users.map((u) => [u.id, u.managerId]));
  return (workerId) => {
    const managerIds: number[] = [];
    for (let m = managerOf.get(workerId); m && !managerIds.includes(m); m = managerOf.get(m))
      managerIds.push(m);
    return { partnershipId, workerId, managerIds, dutyUserId };
  };
}
