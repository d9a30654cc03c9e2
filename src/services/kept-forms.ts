// Nothing typed is lost to a session ending (issue 17): a form posted after its session ended is kept for
// a short while, for the browser that posted it and the user who was signed in there. After signing in
// again that user sees the form filled in as they left it, once; it is recorded only when they save it.
import { transaction, type Db } from '../store/database.js';
import {
  deleteExpiredKeptForms,
  deleteKeptForm,
  findKeptForm,
  upsertKeptForm,
  type KeptFields,
} from '../store/kept-forms.js';
import { tokenHash } from './token-hash.js';

export type { KeptFields } from '../store/kept-forms.js';

/** How long a form is kept: time to sign in again, not a store of drafts. */
export const keptFormMs = 30 * 60 * 1000;

/** Never kept, whatever the form: the CSRF token is the old session's, and a password is never stored. */
const neverKept = (field: string) => field === '_csrf' || /password/i.test(field);

/** The fields worth keeping from a posted body: text and lists of text, without tokens or passwords. */
export function keptFieldsOf(body: unknown): KeptFields {
  const fields: KeptFields = {};
  if (typeof body !== 'object' || body === null) return fields;
  for (const [name, value] of Object.entries(body)) {
    if (neverKept(name)) continue;
    if (typeof value === 'string') fields[name] = value;
    else if (Array.isArray(value)) fields[name] = value.filter((one) => typeof one === 'string');
  }
  return fields;
}

export function keptFormService(db: Db) {
  return {
    /**
     * Keeps what `browserKey`'s browser posted to `path` after `userId`'s session there ended, for
     * keptFormMs; a later post to the same page replaces it.
     */
    async keep(userId: number, browserKey: string, path: string, body: unknown): Promise<void> {
      const now = new Date();
      await transaction(db, async (trx) => {
        await deleteExpiredKeptForms(trx, now);
        await upsertKeptForm(trx, {
          browserKeyHash: tokenHash(browserKey),
          userId,
          path,
          fields: keptFieldsOf(body),
          keptAt: now,
          expiresAt: new Date(now.getTime() + keptFormMs),
        });
      });
    },

    /**
     * The form this browser kept for `userId` on `path`, removed as it is returned so it is shown once;
     * undefined when there is none, it has expired, or it was kept for someone else.
     */
    async take(userId: number, browserKey: string, path: string): Promise<KeptFields | undefined> {
      return transaction(db, async (trx) => {
        const kept = await findKeptForm(
          trx,
          { browserKeyHash: tokenHash(browserKey), userId, path },
          new Date(),
        );
        if (kept) await deleteKeptForm(trx, kept.id);
        return kept?.fields;
      });
    },
  };
}

export type KeptFormService = ReturnType<typeof keptFormService>;
