// Notifications and the emails owed for them (the outbox), with the reads that say who here can receive
// an entry's notification (services/recipients.ts) and whom one reached (services/told.ts).
import type { Tx } from './database.js';

export interface NewNotificationRow {
  userId: number;
  kind: string;
  text: string;
  caseId: number | null;
  entryId: string | null;
  /** What an email may say about it; when given, an email is owed. */
  emailSummary: string | null;
  at: Date;
}

/** A notification as its user reads it, with the reference of the case it is about. */
export interface StoredNotification {
  id: number;
  kind: string;
  text: string;
  createdAt: string;
  readAt: string | null;
  entryId: string | null;
  caseId: number | null;
  caseRef: string | null;
}

/** An email owed for a notification, with the address of its user. */
export interface OwedEmail {
  id: number;
  summary: string | null;
  attempts: number;
  email: string;
}

/** A person one of an entry's notifications went to, by name, with their worker ref and agency. */
export interface NotifiedPerson {
  id: number;
  name: string;
  workerRef: string;
  agencyRef: string;
}

// Notifications

export async function insertNotification(tx: Tx, notification: NewNotificationRow): Promise<number> {
  const row = await tx
    .insertInto('notifications')
    .values({
      user_id: notification.userId,
      case_id: notification.caseId,
      kind: notification.kind,
      text: notification.text,
      created_at: notification.at.toISOString(),
      read_at: null,
      entry_id: notification.entryId,
      email_summary: notification.emailSummary,
      email_pending: notification.emailSummary ? 1 : 0,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

function notificationsOfUser(tx: Tx, userId: number) {
  return tx
    .selectFrom('notifications')
    .leftJoin('cases', 'cases.id', 'notifications.case_id')
    .select([
      'notifications.id',
      'notifications.kind',
      'notifications.text',
      'notifications.created_at as createdAt',
      'notifications.read_at as readAt',
      'notifications.entry_id as entryId',
      'notifications.case_id as caseId',
      'cases.ref as caseRef',
    ])
    .where('notifications.user_id', '=', userId);
}

/** The user's latest `limit` notifications, newest first. */
export function notificationsOf(tx: Tx, userId: number, limit: number): Promise<StoredNotification[]> {
  return notificationsOfUser(tx, userId)
    .orderBy('notifications.created_at', 'desc')
    .orderBy('notifications.id', 'desc')
    .limit(limit)
    .execute();
}

/** One of the user's notifications; undefined when they have none with that id. */
export function notificationOf(tx: Tx, userId: number, id: number): Promise<StoredNotification | undefined> {
  return notificationsOfUser(tx, userId).where('notifications.id', '=', id).executeTakeFirst();
}

export async function unreadCountOf(tx: Tx, userId: number): Promise<number> {
  const row = await tx
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Marks the user's notification `id` read unless it was already (or is another's). */
export async function markNotificationRead(tx: Tx, userId: number, id: number, at: Date): Promise<void> {
  await tx
    .updateTable('notifications')
    .set({ read_at: at.toISOString() })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .execute();
}

/** Marks every unread notification of the user read; returns how many. */
export async function markAllNotificationsRead(tx: Tx, userId: number, at: Date): Promise<number> {
  const result = await tx
    .updateTable('notifications')
    .set({ read_at: at.toISOString() })
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

// The outbox

/** Up to `limit` emails owed for notifications raised since `since` (only `ids`, when given), oldest first. */
export function owedEmails(
  tx: Tx,
  { since, limit, ids }: { since: Date; limit: number; ids?: readonly number[] },
): Promise<OwedEmail[]> {
  let query = tx
    .selectFrom('notifications')
    .innerJoin('users', 'users.id', 'notifications.user_id')
    .select([
      'notifications.id',
      'notifications.email_summary as summary',
      'notifications.email_attempts as attempts',
      'users.email',
    ])
    .where('notifications.email_pending', '=', 1)
    .where('notifications.created_at', '>=', since.toISOString())
    .orderBy('notifications.id')
    .limit(limit);
  if (ids) query = query.where('notifications.id', 'in', [...ids]);
  return query.execute();
}

/**
 * Claims the email owed for notification `id` until `until`, counting the attempt; false when it is sent,
 * claimed or waiting for its next try after `now`.
 */
export async function claimEmail(tx: Tx, id: number, now: Date, until: Date): Promise<boolean> {
  const result = await tx
    .updateTable('notifications')
    .set((eb) => ({
      email_attempts: eb('email_attempts', '+', 1),
      email_next_try_at: until.toISOString(),
    }))
    .where('id', '=', id)
    .where('email_pending', '=', 1)
    .where((eb) =>
      eb.or([eb('email_next_try_at', 'is', null), eb('email_next_try_at', '<=', now.toISOString())]),
    )
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function markEmailSent(tx: Tx, id: number, at: Date): Promise<void> {
  await tx
    .updateTable('notifications')
    .set({ email_pending: 0, emailed_at: at.toISOString(), email_next_try_at: null })
    .where('id', '=', id)
    .execute();
}

/** Leaves the email owed for notification `id`, to be tried again from `at`. */
export async function retryEmailAt(tx: Tx, id: number, at: Date): Promise<void> {
  await tx
    .updateTable('notifications')
    .set({ email_next_try_at: at.toISOString() })
    .where('id', '=', id)
    .execute();
}

// Whom an entry reached

/** The people the notifications raised by the case's entry went to, by name (once per notification). */
export function notifiedOf(tx: Tx, caseId: number, entryId: string): Promise<NotifiedPerson[]> {
  return tx
    .selectFrom('notifications')
    .innerJoin('users', 'users.id', 'notifications.user_id')
    .innerJoin('agencies', 'agencies.id', 'users.agency_id')
    .select(['users.id', 'users.name', 'users.worker_ref as workerRef', 'agencies.ref as agencyRef'])
    .where('notifications.case_id', '=', caseId)
    .where('notifications.entry_id', '=', entryId)
    .orderBy('users.name')
    .execute();
}

/** The safeguarding contacts recorded for the partnership's agencies `refs`, by ref. */
export async function safeguardingContacts(
  tx: Tx,
  partnershipId: number,
  refs: readonly string[],
): Promise<Map<string, string>> {
  if (refs.length === 0) return new Map();
  const rows = await tx
    .selectFrom('agencies')
    .select(['ref', 'safeguarding_contact'])
    .where('partnership_id', '=', partnershipId)
    .where('ref', 'in', [...refs])
    .where('safeguarding_contact', 'is not', null)
    .execute();
  return new Map(
    rows.flatMap((row) => (row.safeguarding_contact ? [[row.ref, row.safeguarding_contact]] : [])),
  );
}

/** The user who recorded the case's entry; null when none did (an import) or there is no such entry. */
export async function recorderOf(tx: Tx, caseId: number, entryId: string): Promise<number | null> {
  const row = await tx
    .selectFrom('entries')
    .select('recorded_by')
    .where('case_id', '=', caseId)
    .where('id', '=', entryId)
    .executeTakeFirst();
  return row?.recorded_by ?? null;
}

// Who can receive it

/** The user ids of the agency's workers on the case who have an account. */
export async function caseWorkerUserIds(tx: Tx, caseId: number, agencyRef: string): Promise<number[]> {
  const rows = await tx
    .selectFrom('case_workers')
    .select('user_id')
    .where('case_id', '=', caseId)
    .where('agency_ref', '=', agencyRef)
    .execute();
  return rows.flatMap((row) => (row.user_id === null ? [] : [row.user_id]));
}

/** The worker `workerRef` on the case: their agency, and their account if they have one. */
export async function caseWorker(
  tx: Tx,
  caseId: number,
  workerRef: string,
): Promise<{ userId: number | null; agencyRef: string } | undefined> {
  return tx
    .selectFrom('case_workers')
    .select(['user_id as userId', 'agency_ref as agencyRef'])
    .where('case_id', '=', caseId)
    .where('ref', '=', workerRef)
    .executeTakeFirst();
}
