// Assessing a stored case with its partnership's pack.
import { assess, type Assessment } from '../domain/assessment/assess.js';
import { packFor } from '../domain/packs/index.js';
import type { Db } from '../store/database.js';
import { findCase, loadCaseFile } from '../store/case-records.js';
import { audit, type Requester } from './audit.js';
import { NotFound } from './errors.js';

/** The findings of a stored case as they stood at `now` (the command line: actor null). */
export async function assessStoredCase(
  db: Db,
  by: Requester,
  partnershipId: number,
  ref: string,
  now: Date,
  packId?: string,
): Promise<Assessment & { pack: string }> {
  return db.transaction().execute(async (trx) => {
    const caseRow = await findCase(trx, partnershipId, ref);
    if (!caseRow) throw new NotFound(`case ${ref}`);
    const file = await loadCaseFile(trx, caseRow);
    await audit(trx, by, 'assess-case', caseRow.id);
    const pack = packFor(packId ?? file.case.pack);
    return { pack: pack.id, ...assess(file, pack, now) };
  });
}
