// A partnership's local values for its pack's thresholds, appended (the latest per key wins), and the cases
// such a value reassesses. Each function runs inside the use case's transaction.
import type { Tx } from './database.js';
import type { CaseRow } from './tables.js';

/** Appends a local value (null puts the pack's own value back), with who set it, when and why. */
export async function insertThresholdOverride(
  tx: Tx,
  override: {
    partnershipId: number;
    pack: string;
    key: string;
    value: string | null;
    reason: string;
    setBy: number;
    at: Date;
  },
): Promise<void> {
  await tx
    .insertInto('threshold_overrides')
    .values({
      partnership_id: override.partnershipId,
      pack: override.pack,
      key: override.key,
      value: override.value,
      reason: override.reason,
      set_by: override.setBy,
      set_at: override.at.toISOString(),
    })
    .execute();
}

/** The partnership's cases that follow this pack. */
export function casesOnPack(tx: Tx, partnershipId: number, pack: string): Promise<CaseRow[]> {
  return tx
    .selectFrom('cases')
    .selectAll()
    .where('partnership_id', '=', partnershipId)
    .where('pack', '=', pack)
    .execute();
}

/** A threshold override as set, with the name of who set it. */
export interface OverrideRow {
  key: string;
  value: string | null;
  reason: string;
  set_at: string;
  name: string | null;
}

/** Every change of a pack's thresholds in a partnership, in the order made. */
export function overrideHistory(tx: Tx, partnershipId: number, packId: string): Promise<OverrideRow[]> {
  return tx
    .selectFrom('threshold_overrides')
    .leftJoin('users', 'users.id', 'threshold_overrides.set_by')
    .select([
      'threshold_overrides.key',
      'threshold_overrides.value',
      'threshold_overrides.reason',
      'threshold_overrides.set_at',
      'users.name',
    ])
    .where('threshold_overrides.partnership_id', '=', partnershipId)
    .where('threshold_overrides.pack', '=', packId)
    .orderBy('threshold_overrides.id')
    .execute();
}
