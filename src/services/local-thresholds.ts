// The partnership's procedure as its admin keeps it: which pack new cases follow, and local values for the
// pack's thresholds, each with the reason. An override changes what every case of the partnership on that
// pack is assessed with, so their cached assessments are recomputed in the same transaction. Its queries
// are the store's (store/local-thresholds.ts, the partnership's pack in store/administration.ts).
import { z } from 'zod';
import { administers, type Actor } from '../domain/policy.js';
import { packFor } from '../domain/packs/index.js';
import { readThresholdValue } from '../domain/threshold-overrides.js';
import { packIds } from '../domain/vocabularies.js';
import { partnershipOf, setPartnershipPack } from '../store/administration.js';
import { transaction, type Db } from '../store/database.js';
import { casesOnPack, insertThresholdOverride } from '../store/local-thresholds.js';
import { refreshAssessment } from './assessments.js';
import { audit } from './audit.js';
import type { SignedIn } from './cases.js';
import { InvalidInput, NotFound, problemsOf } from './errors.js';
import { procedureOf, type Procedure } from './procedure.js';

const reason = z
  .string()
  .trim()
  .min(1, 'Enter why the partnership uses this value')
  .max(2000, 'Reason must be 2000 characters or fewer');

const overrideSchema = z.object({
  key: z.string().trim().min(1, 'Select a threshold').max(100, 'Select a threshold from the list'),
  /** Empty puts the pack's own value back. */
  value: z.string().trim().max(10, 'Enter a whole number, or yes or no').default(''),
  reason,
});

const packSchema = z.object({ pack: z.enum(packIds, 'Select a local procedure') });

function requireAdmin(actor: Actor): number {
  if (!administers(actor, actor.partnershipId)) throw new NotFound('administration');
  return actor.partnershipId;
}

export function localThresholdService(db: Db) {
  return {
    /** The partnership's pack, with its thresholds and local values. */
    async procedure(actor: Actor): Promise<Procedure> {
      const partnershipId = requireAdmin(actor);
      return transaction(db, async (tx) =>
        procedureOf(tx, partnershipId, (await partnershipOf(tx, partnershipId)).pack),
      );
    },

    /** The pack new cases follow; a case keeps the pack it was opened with (its file names it). */
    async setPack(by: SignedIn, input: unknown): Promise<void> {
      const partnershipId = requireAdmin(by.actor);
      const parsed = packSchema.safeParse(input ?? {});
      if (!parsed.success) throw new InvalidInput(problemsOf(parsed.error.issues));
      await transaction(db, async (tx) => {
        await setPartnershipPack(tx, partnershipId, parsed.data.pack);
        await audit(tx, by, 'set-pack', null, parsed.data.pack);
      });
    },

    /** Sets (or, with an empty value, removes) a local value; returns how many cases were reassessed. */
    async setThreshold(by: SignedIn, input: unknown): Promise<number> {
      const partnershipId = requireAdmin(by.actor);
      const parsed = overrideSchema.safeParse(input ?? {});
      if (!parsed.success) throw new InvalidInput(problemsOf(parsed.error.issues));
      const { key, value: typed } = parsed.data;
      return transaction(db, async (tx) => {
        const { pack: packId } = await partnershipOf(tx, partnershipId);
        const pack = packFor(packId);
        let value: string | null = null;
        if (typed !== '') {
          const read = readThresholdValue(pack.thresholds, key, typed);
          if (!read.ok) throw new InvalidInput([{ path: 'value', message: read.message }]);
          value = JSON.stringify(read.value);
        } else if (!(await procedureOf(tx, partnershipId, packId)).thresholds.some((t) => t.key === key)) {
          throw new InvalidInput([{ path: 'key', message: 'Select a threshold from the list' }]);
        }
        await insertThresholdOverride(tx, {
          partnershipId,
          pack: pack.id,
          key,
          value,
          reason: parsed.data.reason,
          setBy: by.actor.userId,
          at: new Date(),
        });
        await audit(tx, by, 'set-threshold', null, `${pack.id} ${key} = ${value ?? 'pack value'}`);
        const cases = await casesOnPack(tx, partnershipId, pack.id);
        for (const caseRow of cases) await refreshAssessment(tx, caseRow);
        return cases.length;
      });
    },
  };
}
