// A partnership's agencies are added by its administrator, never by a practitioner's import (issue 17). A test
// that imports a case file naming agencies besides the test app's own (csc) adds them first, as the
// administrator would have, with the file's type and name, so an export gives back the file as it was.
import type { CaseFile } from '../../src/domain/case-file.js';
import { transaction, type Db } from '../../src/store/database.js';
import { agencyIdFor } from '../../src/store/case-records.js';

/** Adds each agency of `file` that the partnership lacks. */
export async function addAgenciesOf(
  t: { db: Db; partnershipId: number },
  file: Pick<CaseFile, 'agencies'>,
): Promise<void> {
  await transaction(t.db, async (tx) => {
    for (const agency of file.agencies) await agencyIdFor(tx, t.partnershipId, agency);
  });
}
