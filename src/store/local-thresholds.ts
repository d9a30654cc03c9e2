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
