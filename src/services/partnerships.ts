// Which partnership a command-line import or export works in.
import type { PackId } from '../domain/vocabularies.js';
import type { Db } from '../store/database.js';
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
  const all = await db.selectFrom('partnerships').select(['id', 'name']).orderBy('id').execute();
  const named = name ? all.find((p) => p.name === name) : undefined;
  if (named) return named.id;
  if (all.length === 0 && packForNew) {
    const created = await db
      .insertInto('partnerships')
      .values({ name: name ?? 'Partnership', pack: packForNew, created_at: new Date().toISOString() })
      .returning('id')
      .executeTakeFirstOrThrow();
    return created.id;
  }
  if (name) throw new InvalidInput([{ path: '--partnership', message: `no partnership named "${name}"` }]);
  if (all.length === 1 && all[0]) return all[0].id;
  if (all.length === 0)
    throw new InvalidInput([{ path: '', message: 'the database holds no partnership yet' }]);
  throw new InvalidInput([
    { path: '--partnership', message: `name one of: ${all.map((p) => `"${p.name}"`).join(', ')}` },
  ]);
}
