// Forms kept after their session ended (migration 0015): one per browser, user and page, until it expires.
import type { Db } from './database.js';

/** What a browser posted: each field's value, or values for a field sent more than once. */
export type KeptFields = Record<string, string | string[]>;

export interface KeptFormRow {
  browserKeyHash: string;
  userId: number;
  path: string;
  fields: KeptFields;
  keptAt: Date;
  expiresAt: Date;
}

/** Keeps a form; a later one from the same browser, user and page replaces it. */
export async function upsertKeptForm(db: Db, form: KeptFormRow): Promise<void> {
  const row = {
    fields: JSON.stringify(form.fields),
    kept_at: form.keptAt.toISOString(),
    expires_at: form.expiresAt.toISOString(),
  };
  await db
    .insertInto('kept_forms')
    .values({ browser_key_hash: form.browserKeyHash, user_id: form.userId, path: form.path, ...row })
    .onConflict((conflict) => conflict.columns(['browser_key_hash', 'user_id', 'path']).doUpdateSet(row))
    .execute();
}

/** The fields of the form kept for this browser, user and page that has not expired by `now`, if any. */
export async function findKeptForm(
  db: Db,
  where: { browserKeyHash: string; userId: number; path: string },
  now: Date,
): Promise<{ id: number; fields: KeptFields } | undefined> {
  const row = await db
    .selectFrom('kept_forms')
    .select(['id', 'fields'])
    .where('browser_key_hash', '=', where.browserKeyHash)
    .where('user_id', '=', where.userId)
    .where('path', '=', where.path)
    .where('expires_at', '>', now.toISOString())
    .executeTakeFirst();
  return row && { id: row.id, fields: JSON.parse(row.fields) as KeptFields };
}

export async function deleteKeptForm(db: Db, id: number): Promise<void> {
  await db.deleteFrom('kept_forms').where('id', '=', id).execute();
}

export async function deleteExpiredKeptForms(db: Db, now: Date): Promise<void> {
  await db.deleteFrom('kept_forms').where('expires_at', '<=', now.toISOString()).execute();
}
