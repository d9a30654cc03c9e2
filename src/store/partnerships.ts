// The partnership itself: the procedure its cases follow unless a case says otherwise.
import type { PackId } from '../domain/vocabularies.js';
import type { Db } from './database.js';

export async function partnershipPack(db: Db, partnershipId: number): Promise<PackId> {
  const { pack } = await db
    .selectFrom('partnerships')
    .select('pack')
    .where('id', '=', partnershipId)
    .executeTakeFirstOrThrow();
  return pack as PackId;
}
