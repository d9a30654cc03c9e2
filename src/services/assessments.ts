// Findings of stored cases. Each case's assessment is cached with the moment it can next change
// (`reassess_at`); every write recomputes it in the same transaction, and a read of a stale case or the
// scheduler's sweep recomputes it first, so no list is ever stale.
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { assess, type Assessment, type Finding } from '../domain/assessment/assess.js';
import type { Stage, Severity } from '../domain/assessment/codes.js';
import type { CaseFile } from '../domain/case-file.js';
import { toUkLocalDateTime } from '../domain/time.js';
import type { Pack } from '../domain/packs/types.js';
import type { PackId } from '../domain/vocabularies.js';
import { findingsFor, type ReadableFinding } from '../domain/restricted-findings.js';
import { caseFactsOf } from '../domain/case-summary.js';
import { transaction, type Db, type Tx } from '../store/database.js';
import { cachedAssessment, caseStillDue, dueCaseIds, keepAssessment } from '../store/case-summaries.js';
import { findCase, loadCaseFile } from '../store/case-records.js';
import type { CaseRow } from '../store/tables.js';
import { audit, type Requester } from './audit.js';
import { openCase } from './case-access.js';
import type { SignedIn } from './cases.js';
import { NotFound } from './errors.js';
import { effectivePack } from './procedure.js';

export interface StoredAssessment {
  stage: Stage;
  findings: Finding[];
  worstSeverity: Severity | null;
  reassessAt: string | null;
}

/**
 * Recomputes a case's assessment now and keeps it; call inside the transaction of the write. `procedure`
 * is the case's pack with its partnership's overrides, where the caller has it already.
 */
export async function refreshAssessment(
  db: Tx,
  caseRow: CaseRow,
  file?: CaseFile,
  now = new Date(),
  procedure?: Pack,
): Promise<StoredAssessment> {
  const pack = procedure ?? (await effectivePack(db, caseRow.partnership_id, caseRow.pack));
  const whole = file ?? (await loadCaseFile(db, caseRow));
  const result = assess(whole, pack, now);
  const stored = {
    stage: result.stage,
    findings: result.findings,
    worstSeverity: result.findings[0]?.severity ?? null,
    reassessAt: result.reassessAt,
  };
  await transaction(db, (tx) => keepAssessment(tx, caseRow.id, stored, caseFactsOf(whole), now));
  return stored;
}

/** The case's assessment as it stands now: from the cache while it holds, recomputed when it has lapsed. */
export async function currentAssessment(
  db: Db,
  caseRow: CaseRow,
  now = new Date(),
): Promise<StoredAssessment> {
  return transaction(db, async (tx) => {
    const cached = await cachedAssessment(tx, caseRow.id);
    if (!cached || (cached.reassessAt !== null && cached.reassessAt <= now.toISOString())) {
      return refreshAssessment(tx, caseRow, undefined, now);
    }
    const { assessedAt: _, ...stored } = cached;
    return stored;
  });
}

/**
 * Recomputes every case whose moment has come (the scheduler runs this every minute); returns how many.
 *
 * At UK midnight nearly every case falls due at once (explanations count days), and a partnership's
 * sweep takes seconds (`npm run bench:sweep`): between cases it lets the event loop answer whatever is
 * waiting, so web requests are not held until it ends. Each case is read again in its own transaction,
 * and left as it is if a write (or a read of the stale case) has recomputed it since the sweep began:
 * that result is newer than this sweep's moment. So is one made under thresholds changed since (a
 * change recomputes every case of its pack), which is why each procedure is read once per sweep. An
 * aborted `signal` (the server stopping) ends the sweep between cases; the rest stay due.
 */
export async function sweepDueAssessments(db: Db, now = new Date(), signal?: AbortSignal): Promise<number> {
  const at = now.toISOString();
  const due = await transaction(db, (tx) => dueCaseIds(tx, at));
  let swept = 0;
  const procedures = new Map<string, Promise<Pack>>();
  for (const caseId of due) {
    if (signal?.aborted) break;
    const refreshed = await transaction(db, async (trx) => {
      const caseRow = await caseStillDue(trx, caseId, at);
      if (!caseRow) return false;
      const key = `${caseRow.partnership_id}\u0000${caseRow.pack}`;
      let procedure = procedures.get(key);
      if (!procedure)
        procedures.set(key, (procedure = effectivePack(trx, caseRow.partnership_id, caseRow.pack)));
      await refreshAssessment(trx, caseRow, undefined, now, await procedure);
      return true;
    });
    if (refreshed) swept += 1;
    await yieldToEventLoop();
  }
  return swept;
}

/** The findings of a stored case as they stood at `now` (the command line: actor null), with its pack or another. */
export async function assessStoredCase(
  db: Db,
  by: Requester,
  partnershipId: number,
  ref: string,
  now: Date,
  packId?: string,
): Promise<Assessment & { pack: string }> {
  return transaction(db, async (trx) => {
    const caseRow = await findCase(trx, partnershipId, ref);
    if (!caseRow) throw new NotFound(`case ${ref}`);
    const file = await loadCaseFile(trx, caseRow);
    await audit(trx, by, 'assess-case', caseRow.id);
    const pack = await effectivePack(trx, partnershipId, packId ?? caseRow.pack);
    return { pack: pack.id, ...assess(file, pack, now) };
  });
}

/** What `stickability assess` prints, and what the API's findings of a case answer. */
export interface AssessmentReport {
  case: string;
  /** The moment assessed, UK local time. */
  at: string;
  pack: PackId;
  stage: Stage;
  findings: ReadableFinding[];
}

export function assessmentService(db: Db) {
  return {
    /** The findings of a case the user may read, as they stood at `now`; the read is audited. */
    async report(by: SignedIn, ref: string, now = new Date()): Promise<AssessmentReport> {
      return transaction(db, async (trx) => {
        const caseRow = await openCase(trx, by.actor, ref, 'read');
        const file = await loadCaseFile(trx, caseRow);
        await audit(trx, by, 'assess-case', caseRow.id);
        const pack = await effectivePack(trx, caseRow.partnership_id, caseRow.pack);
        const { stage, findings } = assess(file, pack, now);
        return {
          case: caseRow.ref,
          at: toUkLocalDateTime(now),
          pack: pack.id,
          stage,
          // A finding resting on an entry restricted from the user comes without its facts.
          findings: findingsFor(by.actor, findings, file, pack),
        };
      });
    },
  };
}
