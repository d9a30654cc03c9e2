// Whereabouts and visits: where a worker is while out on a visit (a row from check-out to check-in, its
// expected return moved by an extension), the overdue alerts raised for it and their acknowledgements, and
// the people a visit involves (a worker's chain of managers, the duty contact, the managers who may agree
// to a lone visit). Times are ISO strings, UTC, as stored.
import type { Tx } from './database.js';

/** A worker's whereabouts on one visit. */
export interface Whereabouts {
  id: number;
  partnershipId: number;
  caseId: number;
  userId: number;
  /** The id of the visit-plan entry. */
  visitId: string;
  /** The id of the original check-out entry. */
  checkOutEntry: string;
  place: string | null;
  checkedOutAt: string;
  expectedBack: string;
  backAt: string | null;
  checkInEntry: string | null;
}

const whereaboutsColumns = [
  'whereabouts.id',
  'whereabouts.partnership_id as partnershipId',
  'whereabouts.case_id as caseId',
  'whereabouts.user_id as userId',
  'whereabouts.visit_id as visitId',
  'whereabouts.check_out_entry as checkOutEntry',
  'whereabouts.place',
  'whereabouts.checked_out_at as checkedOutAt',
  'whereabouts.expected_back as expectedBack',
  'whereabouts.back_at as backAt',
  'whereabouts.check_in_entry as checkInEntry',
] as const;

/** The worker's open check-out (not yet back), the latest if more than one. */
export function openWhereaboutsOf(tx: Tx, userId: number): Promise<Whereabouts | undefined> {
  return tx
    .selectFrom('whereabouts')
    .select(whereaboutsColumns)
    .where('user_id', '=', userId)
    .where('back_at', 'is', null)
    .orderBy('id', 'desc')
    .executeTakeFirst();
}

/** The worker's open check-out to this visit of the case, if they are out on it. */
export function openWhereaboutsOn(
  tx: Tx,
  userId: number,
  caseId: number,
  visitId: string,
): Promise<Whereabouts | undefined> {
  return tx
    .selectFrom('whereabouts')
    .select(whereaboutsColumns)
    .where('user_id', '=', userId)
    .where('case_id', '=', caseId)
    .where('visit_id', '=', visitId)
    .where('back_at', 'is', null)
    .executeTakeFirst();
}

/** The visit the worker is out on now (the latest check-out still open), with its case's ref. */
export async function currentVisitOf(
  tx: Tx,
  userId: number,
): Promise<{ caseRef: string; visitId: string; expectedBack: string } | undefined> {
  return tx
    .selectFrom('whereabouts')
    .innerJoin('cases', 'cases.id', 'whereabouts.case_id')
    .select([
      'cases.ref as caseRef',
      'whereabouts.visit_id as visitId',
      'whereabouts.expected_back as expectedBack',
    ])
    .where('whereabouts.user_id', '=', userId)
    .where('whereabouts.back_at', 'is', null)
    .orderBy('whereabouts.id', 'desc')
    .executeTakeFirst();
}

/** The ref of a case the worker is out on a visit to (any one), or null when they are out on none. */
export async function caseOutOnOf(tx: Tx, userId: number): Promise<string | null> {
  const row = await tx
    .selectFrom('whereabouts')
    .innerJoin('cases', 'cases.id', 'whereabouts.case_id')
    .select('cases.ref')
    .where('whereabouts.user_id', '=', userId)
    .where('whereabouts.back_at', 'is', null)
    .executeTakeFirst();
  return row?.ref ?? null;
}

/** When the worker last came back from this visit of the case; null if never. */
export async function lastBackFrom(
  tx: Tx,
  userId: number,
  caseId: number,
  visitId: string,
): Promise<string | null> {
  const row = await tx
    .selectFrom('whereabouts')
    .select('back_at')
    .where('user_id', '=', userId)
    .where('case_id', '=', caseId)
    .where('visit_id', '=', visitId)
    .where('back_at', 'is not', null)
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return row?.back_at ?? null;
}

/** Opens the whereabouts of a check-out. */
export async function insertWhereabouts(
  tx: Tx,
  out: Omit<Whereabouts, 'id' | 'backAt' | 'checkInEntry'>,
): Promise<void> {
  await tx
    .insertInto('whereabouts')
    .values({
      partnership_id: out.partnershipId,
      case_id: out.caseId,
      user_id: out.userId,
      visit_id: out.visitId,
      check_out_entry: out.checkOutEntry,
      place: out.place,
      checked_out_at: out.checkedOutAt,
      expected_back: out.expectedBack,
      back_at: null,
      check_in_entry: null,
    })
    .execute();
}

/** Moves the expected return of the case's check-out (by its original entry), while the worker is still out. */
export async function moveExpectedBack(
  tx: Tx,
  caseId: number,
  checkOutEntry: string,
  expectedBack: Date,
): Promise<void> {
  await tx
    .updateTable('whereabouts')
    .set({ expected_back: expectedBack.toISOString() })
    .where('case_id', '=', caseId)
    .where('check_out_entry', '=', checkOutEntry)
    .where('back_at', 'is', null)
    .execute();
}

/** Everyone's open check-outs to this visit of the case. */
export function openOnVisit(
  tx: Tx,
  caseId: number,
  visitId: string,
): Promise<{ id: number; userId: number }[]> {
  return tx
    .selectFrom('whereabouts')
    .select(['id', 'user_id as userId'])
    .where('case_id', '=', caseId)
    .where('visit_id', '=', visitId)
    .where('back_at', 'is', null)
    .execute();
}

/** Closes these whereabouts: back at `at`, by the check-in entry. */
export async function closeWhereabouts(tx: Tx, ids: number[], at: Date, checkInEntry: string): Promise<void> {
  await tx
    .updateTable('whereabouts')
    .set({ back_at: at.toISOString(), check_in_entry: checkInEntry })
    .where('id', 'in', ids)
    .execute();
}

/** The user named on the case by this worker ref, with their role; undefined when none. */
export function caseWorkerUser(
  tx: Tx,
  caseId: number,
  workerRef: string,
): Promise<{ id: number; role: string } | undefined> {
  return tx
    .selectFrom('case_workers')
    .innerJoin('users', 'users.id', 'case_workers.user_id')
    .select(['users.id', 'users.role'])
    .where('case_workers.case_id', '=', caseId)
    .where('case_workers.ref', '=', workerRef)
    .executeTakeFirst();
}

/** Each user of the partnership with their line manager (null for none). */
export function lineManagersIn(
  tx: Tx,
  partnershipId: number,
): Promise<{ id: number; managerId: number | null }[]> {
  return tx
    .selectFrom('users')
    .select(['id', 'manager_id as managerId'])
    .where('partnership_id', '=', partnershipId)
    .execute();
}

/** The partnership's duty contact: null for none (or no such partnership). */
export async function dutyUserOf(tx: Tx, partnershipId: number): Promise<number | null> {
  const row = await tx
    .selectFrom('partnerships')
    .select('duty_user_id')
    .where('id', '=', partnershipId)
    .executeTakeFirst();
  return row?.duty_user_id ?? null;
}

/** A worker out on a visit now, as Team whereabouts lists them. */
export interface OpenWhereabouts {
  id: number;
  userId: number;
  visitId: string;
  place: string | null;
  checkedOutAt: string;
  expectedBack: string;
  /** The worker's name. */
  name: string;
  caseRef: string;
  pack: string;
  caseId: number;
  /** The alerts raised for the current expected return. */
  alerts: number;
}

/** Everyone of the partnership out on a visit now (or only the whereabouts `only`), with their alerts. */
export async function openWhereaboutsIn(
  tx: Tx,
  partnershipId: number,
  only?: number,
): Promise<OpenWhereabouts[]> {
  let query = tx
    .selectFrom('whereabouts')
    .innerJoin('users', 'users.id', 'whereabouts.user_id')
    .innerJoin('cases', 'cases.id', 'whereabouts.case_id')
    .select([
      'whereabouts.id',
      'whereabouts.user_id',
      'whereabouts.visit_id',
      'whereabouts.place',
      'whereabouts.checked_out_at',
      'whereabouts.expected_back',
      'users.name',
      'cases.ref',
      'cases.pack',
      'whereabouts.case_id',
      (eb) =>
        eb
          .selectFrom('overdue_alerts')
          .select((a) => a.fn.countAll<number>().as('n'))
          .whereRef('overdue_alerts.whereabouts_id', '=', 'whereabouts.id')
          .whereRef('overdue_alerts.expected_back', '=', 'whereabouts.expected_back')
          .as('alerts'),
    ])
    .where('whereabouts.partnership_id', '=', partnershipId)
    .where('whereabouts.back_at', 'is', null);
  if (only !== undefined) query = query.where('whereabouts.id', '=', only);
  return (await query.execute()).map((r) => ({
    id: r.id,
    userId: r.user_id,
    visitId: r.visit_id,
    place: r.place,
    checkedOutAt: r.checked_out_at,
    expectedBack: r.expected_back,
    name: r.name,
    caseRef: r.ref,
    pack: r.pack,
    caseId: r.case_id,
    alerts: Number(r.alerts ?? 0),
  }));
}

/** Who took up the overdue alert for this expected return, and when; undefined if nobody has. */
export function acknowledgementOf(
  tx: Tx,
  whereaboutsId: number,
  expectedBack: string,
): Promise<{ name: string; at: string } | undefined> {
  return tx
    .selectFrom('overdue_acknowledgements')
    .innerJoin('users', 'users.id', 'overdue_acknowledgements.user_id')
    .select(['users.name', 'overdue_acknowledgements.at'])
    .where('whereabouts_id', '=', whereaboutsId)
    .where('expected_back', '=', expectedBack)
    .executeTakeFirst();
}

/** Whether anyone has taken up the overdue alert for this expected return. */
export async function isAcknowledged(tx: Tx, whereaboutsId: number, expectedBack: string): Promise<boolean> {
  const row = await tx
    .selectFrom('overdue_acknowledgements')
    .select('id')
    .where('whereabouts_id', '=', whereaboutsId)
    .where('expected_back', '=', expectedBack)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertAcknowledgement(
  tx: Tx,
  ack: { whereaboutsId: number; expectedBack: string; userId: number; at: Date },
): Promise<void> {
  await tx
    .insertInto('overdue_acknowledgements')
    .values({
      whereabouts_id: ack.whereaboutsId,
      expected_back: ack.expectedBack,
      user_id: ack.userId,
      at: ack.at.toISOString(),
    })
    .execute();
}

/** The whereabouts' case, and whom its overdue alerts go to: the worker's line manager and the duty contact. */
export function alertedFor(
  tx: Tx,
  whereaboutsId: number,
): Promise<{ caseId: number; managerId: number | null; dutyUserId: number | null }> {
  return tx
    .selectFrom('whereabouts')
    .innerJoin('users', 'users.id', 'whereabouts.user_id')
    .innerJoin('partnerships', 'partnerships.id', 'whereabouts.partnership_id')
    .select([
      'whereabouts.case_id as caseId',
      'users.manager_id as managerId',
      'partnerships.duty_user_id as dutyUserId',
    ])
    .where('whereabouts.id', '=', whereaboutsId)
    .executeTakeFirstOrThrow();
}

/** Every check-out still open, in every partnership, with its case's pack: what the overdue sweep looks at. */
export function allOpenWhereabouts(
  tx: Tx,
): Promise<{ id: number; expectedBack: string; pack: string; partnershipId: number }[]> {
  return tx
    .selectFrom('whereabouts')
    .innerJoin('cases', 'cases.id', 'whereabouts.case_id')
    .select([
      'whereabouts.id',
      'whereabouts.expected_back as expectedBack',
      'cases.pack',
      'cases.partnership_id as partnershipId',
    ])
    .where('whereabouts.back_at', 'is', null)
    .execute();
}

/** What an overdue alert says and whom it goes to. */
export interface AlertSubject {
  expectedBack: string;
  backAt: string | null;
  userId: number;
  caseId: number;
  checkOutEntry: string;
  /** The worker's name. */
  name: string;
  managerId: number | null;
  caseRef: string;
  dutyUserId: number | null;
}

export function alertSubject(tx: Tx, whereaboutsId: number): Promise<AlertSubject> {
  return tx
    .selectFrom('whereabouts')
    .innerJoin('users', 'users.id', 'whereabouts.user_id')
    .innerJoin('cases', 'cases.id', 'whereabouts.case_id')
    .innerJoin('partnerships', 'partnerships.id', 'whereabouts.partnership_id')
    .select([
      'whereabouts.expected_back as expectedBack',
      'whereabouts.back_at as backAt',
      'whereabouts.user_id as userId',
      'whereabouts.case_id as caseId',
      'whereabouts.check_out_entry as checkOutEntry',
      'users.name',
      'users.manager_id as managerId',
      'cases.ref as caseRef',
      'partnerships.duty_user_id as dutyUserId',
    ])
    .where('whereabouts.id', '=', whereaboutsId)
    .executeTakeFirstOrThrow();
}

/** Records one escalation step of an overdue alert; false when it was raised already. */
export async function insertAlertStep(
  tx: Tx,
  step: { whereaboutsId: number; expectedBack: string; step: number; at: Date },
): Promise<boolean> {
  const inserted = await tx
    .insertInto('overdue_alerts')
    .values({
      whereabouts_id: step.whereaboutsId,
      expected_back: step.expectedBack,
      step: step.step,
      raised_at: step.at.toISOString(),
    })
    .onConflict((oc) => oc.columns(['whereabouts_id', 'expected_back', 'step']).doNothing())
    .executeTakeFirst();
  return Number(inserted.numInsertedOrUpdatedRows ?? 0) !== 0;
}

/** A manager of an agency on a case, who may agree to a lone visit. */
export interface CaseManager {
  id: number;
  workerRef: string;
  name: string;
  agencyRef: string;
}

/** The partnership's managers of these agencies, but the user, by name. */
export function managersOfAgencies(
  tx: Tx,
  partnershipId: number,
  agencyIds: number[],
  exceptUserId: number,
): Promise<CaseManager[]> {
  return tx
    .selectFrom('users')
    .innerJoin('agencies', 'agencies.id', 'users.agency_id')
    .select(['users.id', 'users.worker_ref as workerRef', 'users.name', 'agencies.ref as agencyRef'])
    .where('users.partnership_id', '=', partnershipId)
    .where('users.role', '=', 'manager')
    .where('users.id', '!=', exceptUserId)
    .where('users.agency_id', 'in', agencyIds.length > 0 ? agencyIds : [-1])
    .orderBy('users.name')
    .execute();
}

/** The user's line manager: null for none, undefined for no such user. */
export async function lineManagerOf(tx: Tx, userId: number): Promise<number | null | undefined> {
  const row = await tx.selectFrom('users').select('manager_id').where('id', '=', userId).executeTakeFirst();
  return row?.manager_id;
}
