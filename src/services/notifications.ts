// A user's notifications: alerts about a case (an agency's alert, a request to discuss a case, later an
// incident or an overdue visit), newest first. They are raised inside the transaction of the write that
// causes them (entry-notifications.ts); an email owed for one is sent after it commits (email-outbox.ts).
import type { CaseFile } from '../domain/case-file.js';
import type { Actor } from '../domain/policy.js';
import { readingOf } from '../domain/restrictions.js';
import type { Db } from '../store/database.js';
import { findCaseById, loadCaseFile } from '../store/case-records.js';
import { NotFound } from './errors.js';

export interface NotificationView {
  id: number;
  kind: string;
  text: string;
  createdAt: string;
  read: boolean;
  /** The case's reference, when the alert is about one. */
  case: string | null;
  /** The id of the entry on that case that raised it. */
  entry: string | null;
}

export interface NewNotification {
  userId: number;
  kind: string;
  text: string;
  caseId: number | null;
  entryId?: string;
  /** What an email may say about it; when given, an email is owed. */
  emailSummary?: string;
}

/** Raises a notification, inside the transaction of the write that causes it; returns its id. */
export async function insertNotification(trx: Db, notification: NewNotification): Promise<number> {
  const row = await trx
    .insertInto('notifications')
    .values({
      user_id: notification.userId,
      case_id: notification.caseId,
      kind: notification.kind,
      text: notification.text,
      created_at: new Date().toISOString(),
      read_at: null,
      entry_id: notification.entryId ?? null,
      email_summary: notification.emailSummary ?? null,
      email_pending: notification.emailSummary ? 1 : 0,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Notifications as the user may read them now: one raised by an entry that a later correction restricted
 * from them (restrictions.ts) no longer says what the entry said. An entry restricted when it was recorded
 * raised no words of its own (entry-notifications.ts).
 */
async function asReadBy<R extends NotificationRow & { case_id: number | null }>(
  db: Db,
  actor: Actor,
  rows: R[],
): Promise<R[]> {
  const files = new Map<number, CaseFile>();
  const read: R[] = [];
  for (const row of rows) {
    if (row.entry_id === null || row.case_id === null) {
      read.push(row);
      continue;
    }
    const file = files.get(row.case_id) ?? (await loadCaseFile(db, await findCaseById(db, row.case_id)));
    files.set(row.case_id, file);
    const entry = file.entries.find((e) => e.id === row.entry_id);
    read.push(
      entry && !readingOf(file, actor).may(entry)
        ? {
            ...row,
            text: `A restricted entry on case ${row.ref ?? ''}: sign in and open the case to see whom to ask.`,
          }
        : row,
    );
  }
  return read;
}

interface NotificationRow {
  id: number;
  kind: string;
  text: string;
  created_at: string;
  read_at: string | null;
  entry_id: string | null;
  ref: string | null;
}

export function notificationService(db: Db) {
  const mine = (actor: Actor) =>
    db
      .selectFrom('notifications')
      .leftJoin('cases', 'cases.id', 'notifications.case_id')
      .select([
        'notifications.id',
        'notifications.kind',
        'notifications.text',
        'notifications.created_at',
        'notifications.read_at',
        'notifications.entry_id',
        'notifications.case_id',
        'cases.ref',
      ])
      .where('notifications.user_id', '=', actor.userId);

  const view = (row: NotificationRow): NotificationView => ({
    id: row.id,
    kind: row.kind,
    text: row.text,
    createdAt: row.created_at,
    read: row.read_at !== null,
    case: row.ref ?? null,
    entry: row.entry_id,
  });

  return {
    async list(actor: Actor, limit = 50): Promise<NotificationView[]> {
      const rows = await mine(actor)
        .orderBy('notifications.created_at', 'desc')
        .orderBy('notifications.id', 'desc')
        .limit(limit)
        .execute();
      return (await asReadBy(db, actor, rows)).map(view);
    },

    /** How many of the user's notifications are unread (the count beside "Notifications" on every page). */
    async unreadCount(actor: Actor): Promise<number> {
      const row = await db
        .selectFrom('notifications')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .where('user_id', '=', actor.userId)
        .where('read_at', 'is', null)
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },

    /** Marks one of the user's notifications read (kept as first read when read again); another's is not found. */
    async markRead(actor: Actor, id: number): Promise<NotificationView> {
      await db
        .updateTable('notifications')
        .set({ read_at: new Date().toISOString() })
        .where('id', '=', id)
        .where('user_id', '=', actor.userId)
        .where('read_at', 'is', null)
        .execute();
      const row = await mine(actor).where('notifications.id', '=', id).executeTakeFirst();
      if (!row) throw new NotFound(`notification ${id}`);
      const [readable] = await asReadBy(db, actor, [row]);
      return view(readable ?? row);
    },

    /** Marks every unread notification of the user read; returns how many. */
    async markAllRead(actor: Actor): Promise<number> {
      const result = await db
        .updateTable('notifications')
        .set({ read_at: new Date().toISOString() })
        .where('user_id', '=', actor.userId)
        .where('read_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },

    /** Raises a notification for a user (used inside the transaction of the write that causes it). */
    async notify(trx: Db, userId: number, kind: string, text: string, caseId: number | null): Promise<void> {
      await insertNotification(trx, { userId, kind, text, caseId });
    },
  };
}

export type NotificationService = ReturnType<typeof notificationService>;
