// A case's entries beyond the case file itself (case-records.ts loadCaseFile reads those).
import type { Tx } from './database.js';

/** When each of the case's entries was recorded (UTC, ISO 8601), by entry id. */
export async function recordedTimes(tx: Tx, caseId: number): Promise<Map<string, string>> {
  const rows = await tx
    .selectFrom('entries')
    .select(['id', 'recorded_at'])
    .where('case_id', '=', caseId)
    .execute();
  return new Map(rows.map((row) => [row.id, row.recorded_at]));
}
