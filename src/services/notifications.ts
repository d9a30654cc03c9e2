// A user's notifications: alerts about a case (an incident, an agency alert, an overdue visit), newest first.
// The alerts themselves are raised by later features; this is where they are kept and read.
import type { Actor } from '../domain/policy.js';
import type { Db } from '../store/database.js';

export interface NotificationView {
  id: number;
  kind: string;
  text: string;
  createdAt: string;
  read: boolean;
  /** The case's reference, when the alert is about one. */
  case: string | null;
}

export function notificationService(db: Db) {
  return {
    async list(actor: Actor, limit = 50): Promise<NotificationView[]> {
      const rows = await db
        .selectFrom('notifications')
        .leftJoin('cases', 'cases.id', 'notifications.case_id')
        .select([
          'notifications.id',
          'notifications.kind',
          'notifications.text',
          'notifications.created_at',
          'notifications.read_at',
          'cases.ref',
        ])
        .where('notifications.user_id', '=', actor.userId)
        .orderBy('notifications.created_at', 'desc')
        .orderBy('notifications.id', 'desc')
        .limit(limit)
        .execute();
      return rows.map((row) => ({
        id: row.id,
        kind: row.kind,
        text: row.text,
        createdAt: row.created_at,
        read: row.read_at !== null,
        case: row.ref ?? null,
      }));
    },

    /** Raises a notification for a user (used inside the transaction of the write that causes it). */
    async notify(trx: Db, userId: number, kind: string, text: string, caseId: number | null): Promise<void> {
      await trx
        .insertInto('notifications')
        .values({
          user_id: userId,
          case_id: caseId,
          kind,
          text,
          created_at: new Date().toISOString(),
          read_at: null,
        })
        .execute();
    },
  };
}
