// Which partnership a command-line import or export works in. Its queries are the store's
// (store/administration.ts), in one transaction (or the caller's, when given one).
import type { PackId } from '../domain/vocabularies.js';
import { allPartnerships, insertPartnership } from '../store/administration.js';
import { transaction, type Db } from '../store/database.js';
import { InvalidInput } from './errors.js';

/**
 * The partnership named, or the only one there is. Where the database holds none and `packForNew` is
 * given, one is created from it (FORMAT.md: a file imports into an empty database).
 */
export async function choosePartnership(
  db: Db,
  name: string | undefined,
  packForNew?: PackId,
): Promise<number> {
  const { all, chosen } = await transaction(db, async (tx) => {
    const all = await allPartnerships(tx);
    const named = name ? all.find((p) => p.name === name) : undefined;
    if (named) return { all, chosen: named.id };
    if (all.length === 0 && packForNew)
      return {
        all,
        chosen: await insertPartnership(tx, {
          name: name ?? 'Partnership',
          pack: packForNew,
          at: new Date(),
        }),
      };
    return { all, chosen: null };
  });
  if (chosen !== null) return chosen;
  if (name) throw new InvalidInput([{ path: '--partnership', message: `no partnership named "${name}"` }]);
  if (all.length === 1 && all[0]) return all[0].id;
  if (all.length === 0)
    throw new InvalidInput([{ path: '', message: 'the database holds no partnership yet' }]);
  throw new InvalidInput([
    { path: '--partnership', message: `name one of: ${all.map((p) => `"${p.name}"`).join(', ')}` },
  ]);
}
