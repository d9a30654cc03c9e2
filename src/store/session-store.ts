// Sessions kept in the `sessions` table, so a restart signs nobody out and several app servers can share
// them. @fastify/session owns the session object; this only stores it, with the moment it lapses.
import type { Session } from 'fastify';
import type { SessionStore } from '@fastify/session';
import type { Db } from './database.js';

export interface SessionTableOptions {
  /** How long a session lasts when its cookie names no expiry. */
  fallbackLifetimeMs: number;
  now?: () => Date;
}

/** Expired rows are removed at most this often, as a side effect of saving a session. */
const pruneEveryMs = 15 * 60 * 1000;

export function sessionTableStore(db: Db, options: SessionTableOptions): SessionStore {
  const now = options.now ?? (() => new Date());
  let lastPruned = 0;

  async function read(sid: string): Promise<Session | null> {
    const row = await db
      .selectFrom('sessions')
      .select(['data', 'expires_at'])
      .where('sid', '=', sid)
      .executeTakeFirst();
    if (!row) return null;
    if (row.expires_at <= now().toISOString()) {
      await db.deleteFrom('sessions').where('sid', '=', sid).execute();
      return null;
    }
    return JSON.parse(row.data) as Session;
  }

  async function write(sid: string, session: Session): Promise<void> {
    const at = now();
    const expires = expiryOf(session) ?? new Date(at.getTime() + options.fallbackLifetimeMs);
    const row = { data: JSON.stringify(session), expires_at: expires.toISOString() };
    await db
      .insertInto('sessions')
      .values({ sid, ...row })
      .onConflict((conflict) => conflict.column('sid').doUpdateSet(row))
      .execute();
    if (at.getTime() - lastPruned > pruneEveryMs) {
      lastPruned = at.getTime();
      await db.deleteFrom('sessions').where('expires_at', '<=', at.toISOString()).execute();
    }
  }

  async function remove(sid: string): Promise<void> {
    await db.deleteFrom('sessions').where('sid', '=', sid).execute();
  }

  // @fastify/session speaks callbacks.
  return {
    get: (sid, callback) => void read(sid).then((session) => callback(null, session), callback),
    set: (sid, session, callback) => void write(sid, session).then(() => callback(), callback),
    destroy: (sid, callback) => void remove(sid).then(() => callback(), callback),
  };
}

function expiryOf(session: Session): Date | undefined {
  const expires = (session as { cookie?: { expires?: Date | string | null } }).cookie?.expires;
  if (!expires) return undefined;
  const date = new Date(expires);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/**
 * Ends every session of a user but the one named (a changed password signs them out everywhere else):
 * their rows are deleted, so each of those cookies now opens nothing. Returns how many were ended.
 */
export async function endOtherSessions(db: Db, userId: number, keepSid: string): Promise<number> {
  // Narrowed by text first, then read exactly: the session is JSON written by `write` above.
  const rows = await db
    .selectFrom('sessions')
    .select(['sid', 'data'])
    .where('data', 'like', `%"userId":${userId}%`)
    .where('sid', '!=', keepSid)
    .execute();
  const sids = rows
    .filter((row) => (JSON.parse(row.data) as { userId?: unknown }).userId === userId)
    .map((row) => row.sid);
  if (sids.length > 0) await db.deleteFrom('sessions').where('sid', 'in', sids).execute();
  return sids.length;
}

/** Ends every session of a user (their password was reset): returns how many. */
export function endAllSessions(db: Db, userId: number): Promise<number> {
  return endOtherSessions(db, userId, '');
}
