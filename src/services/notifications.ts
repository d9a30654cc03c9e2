// A user's notifications: alerts about a case (an agency's alert, a request to discuss a case, later an
// incident or an overdue visit), newest first. They are raised inside the transaction of the write that
// causes them (entry-notifications.ts); an email owed for one is sent after it commits (email-outbox.ts).
// Its queries are the store's (store/notifications.ts), each inside the use case's transaction.
import type { CaseFile } from '../domain/case-file.js';
import type { Actor } from '../domain/policy.js';
import { readingOf } from '../domain/restrictions.js';
import { transaction, type Db, type Tx } from '../store/database.js';
import { findCaseById, loadCaseFile } from '../store/case-records.js';
import {
  insertNotification as insertNotificationRow,
  markAllNotificationsRead,
  markNotificationRead,
  notificationOf,
  notificationsOf,
  unreadCountOf,
  type StoredNotification,
} from '../store/notifications.js';
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

/** Raises a notification, inside the transaction of the write that causes it (`trx`); returns its id. */
export function insertNotification(trx: Db, notification: NewNotification): Promise<number> {
  return transaction(trx, (tx) =>
    insertNotificationRow(tx, {
      ...notification,
      entryId: notification.entryId ?? null,
      emailSummary: notification.emailSummary ?? null,
      at: new Date(),
    }),
  );
}

/**
 * Notifications as the user may read them now: one raised by an entry that a later correction restricted
 * from them (restrictions.ts) no longer says what the entry said. An entry restricted when it was recorded
 * raised no words of its own (entry-notifications.ts).
 */
async function asReadBy(tx: Tx, actor: Actor, rows: StoredNotification[]): Promise<StoredNotification[]> {
  const files = new Map<number, CaseFile>();
  const read: StoredNotification[] = [];
  for (const row of rows) {
    if (row.entryId === null || row.caseId === null) {
      read.push(row);
      continue;
    }
    const file = files.get(row.caseId) ?? (await loadCaseFile(tx, await findCaseById(tx, row.caseId)));
    files.set(row.caseId, file);
    const entry = file.entries.find((e) => e.id === row.entryId);
    read.push(
      entry && !readingOf(file, actor).may(entry)
        ? {
            ...row,
            text: `A restricted entry on case ${row.caseRef ?? ''}: sign in and open the case to see whom to ask.`,
          }
        : row,
    );
  }
  return read;
}

const view = (row: StoredNotification): NotificationView => ({
  id: row.id,
  kind: row.kind,
  text: row.text,
  createdAt: row.createdAt,
  read: row.readAt !== null,
  case: row.caseRef ?? null,
  entry: row.entryId,
});

export function notificationService(db: Db) {
  return {
    list(actor: Actor, limit = 50): Promise<NotificationView[]> {
      return transaction(db, async (tx) =>
        (await asReadBy(tx, actor, await notificationsOf(tx, actor.userId, limit))).map(view),
      );
    },

    /** How many of the user's notifications are unread (the count beside "Notifications" on every page). */
    unreadCount(actor: Actor): Promise<number> {
      return transaction(db, (tx) => unreadCountOf(tx, actor.userId));
    },

    /** Marks one of the user's notifications read (kept as first read when read again); another's is not found. */
    markRead(actor: Actor, id: number): Promise<NotificationView> {
      return transaction(db, async (tx) => {
        await markNotificationRead(tx, actor.userId, id, new Date());
        const row = await notificationOf(tx, actor.userId, id);
        if (!row) throw new NotFound(`notification ${id}`);
        const [readable] = await asReadBy(tx, actor, [row]);
        return view(readable ?? row);
      });
    },

    /** Marks every unread notification of the user read; returns how many. */
    markAllRead(actor: Actor): Promise<number> {
      return transaction(db, (tx) => markAllNotificationsRead(tx, actor.userId, new Date()));
    },

    /** Raises a notification for a user (used inside the transaction of the write that causes it). */
    async notify(trx: Db, userId: number, kind: string, text: string, caseId: number | null): Promise<void> {
      await insertNotification(trx, { userId, kind, text, caseId });
    },
  };
}

export type NotificationService = ReturnType<typeof notificationService>;
