// The procedure a case follows: its pack with the partnership's local threshold overrides applied. Every
// assessment takes its pack from here, so an override changes what the engine decides, not only what the
// procedure page says.
import { packFor, type Pack } from '../domain/packs/index.js';
import {
  thresholdEntries,
  withOverrides,
  type ThresholdOverride,
  type ThresholdValue,
} from '../domain/threshold-overrides.js';
import { transaction, type Db } from '../store/database.js';
import { overrideHistory, type OverrideRow } from '../store/local-thresholds.js';
import { audit } from './audit.js';
import { openCase } from './case-access.js';
import type { SignedIn } from './cases.js';

/** The overrides in force for one pack of a partnership: the latest change of each threshold, unless it reverted. */
async function thresholdOverrides(
  db: Db,
  partnershipId: number,
  packId: string,
): Promise<ThresholdOverride[]> {
  const rows = await transaction(db, (tx) => overrideHistory(tx, partnershipId, packId));
  const latest = new Map<string, OverrideRow>();
  for (const row of rows) latest.set(row.key, row);
  return [...latest.values()]
    .filter((row) => row.value !== null)
    .map((row) => ({
      key: row.key,
      value: JSON.parse(row.value as string) as ThresholdValue,
      reason: row.reason,
      setAt: row.set_at,
      setBy: row.name,
    }));
}

/** The pack `packId` as partnership `partnershipId` uses it. */
export async function effectivePack(db: Db, partnershipId: number, packId: string): Promise<Pack> {
  const pack = packFor(packId);
  return withOverrides(pack, await thresholdOverrides(db, partnershipId, pack.id));
}

/** One threshold as the procedure page shows it: the pack's value, and the local one where it differs. */
export interface ThresholdRow {
  key: string;
  packValue: ThresholdValue;
  override: ThresholdOverride | null;
}

export interface Procedure {
  pack: Pack;
  thresholds: ThresholdRow[];
}

export async function procedureOf(db: Db, partnershipId: number, packId: string): Promise<Procedure> {
  const pack = packFor(packId);
  const overrides = await thresholdOverrides(db, partnershipId, pack.id);
  return {
    pack,
    thresholds: thresholdEntries(pack.thresholds).map(({ key, value }) => ({
      key,
      packValue: value,
      override: overrides.find((o) => o.key === key) ?? null,
    })),
  };
}

export function procedureService(db: Db) {
  return {
    /** The procedure a case the user may read follows, with its local values; the read is audited. */
    async forCase(by: SignedIn, ref: string): Promise<Procedure & { ref: string }> {
      return transaction(db, async (trx) => {
        const caseRow = await openCase(trx, by.actor, ref, 'read');
        const procedure = await procedureOf(trx, caseRow.partnership_id, caseRow.pack);
        await audit(trx, by, 'read-procedure', caseRow.id);
        return { ...procedure, ref: caseRow.ref };
      });
    },
  };
}
