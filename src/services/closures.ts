// Closing a case, or ending one agency's involvement, through the closure guard: never on an unanswered
// door without a multi-agency decision (MK 5.1.19). The rule is the engine's `closure-blocked`.
import { assess, type Finding } from '../domain/assessment/assess.js';
import { nonEngagementCodes } from '../domain/assessment/codes.js';
import type { Entry } from '../domain/entries.js';
import { findingsFor } from '../domain/restricted-findings.js';
import type { Db, Tx } from '../store/database.js';
import { caseAgencyIds, findAgencyId, recordCaseAgencyChange } from '../store/case-records.js';
import { audit } from './audit.js';
import type { SignedIn } from './cases.js';
import type { EmailOutbox } from './email-outbox.js';
import { Conflict, InvalidInput } from './errors.js';
import { effectivePack } from './procedure.js';
import { recordOnCase } from './recording.js';

/** The guard refused: these non-engagement findings are active and no meeting decided to close. */
export class ClosureBlocked extends Conflict {
  constructor(readonly findings: Finding[]) {
    super(
      `the closure is blocked while ${findings.length} non-engagement findings are active and no multi-agency meeting has decided to close`,
    );
    this.name = 'ClosureBlocked';
  }
}

export interface Closure {
  /** An agency on the case, to end only its involvement; absent to close the whole case. */
  agency?: string;
  reason: string;
}

/** `outbox` sends the emails a closure owes, once it has committed. */
export function closureService(db: Db, outbox?: EmailOutbox) {
  return {
    async close(by: SignedIn, ref: string, closure: Closure, now = new Date()): Promise<Entry> {
      if (!closure.reason?.trim())
        throw new InvalidInput([{ path: 'reason', message: 'Say why the case or involvement is closing' }]);
      const outcome = await recordOnCase(
        db,
        outbox,
        by,
        ref,
        'write',
        async (recording): Promise<{ entry: Entry } | { blocked: Finding[] }> => {
          const { trx, caseRow, file } = recording;
          const leaving = closure.agency ? await agencyOnCase(trx, caseRow.id, by, closure.agency) : null;
          if (closure.agency && leaving === null) {
            throw new InvalidInput([
              { path: 'agency', message: `no agency "${closure.agency}" on this case` },
            ]);
          }
          const prepared = recording.prepare({
            kind: closure.agency ? 'involvement-end' : 'closure',
            ...(closure.agency ? { agency: closure.agency } : {}),
            reason: closure.reason.trim(),
          });
          // Assess the case as it would stand with the closure recorded: the engine decides whether it is blocked.
          const closed = { ...file, workers: prepared.workers, entries: [...file.entries, prepared.entry] };
          const pack = await effectivePack(trx, caseRow.partnership_id, caseRow.pack);
          const result = assess(closed, pack, now);
          if (result.findings.some((f) => f.code === 'closure-blocked')) {
            // The refusal is the only thing written (nothing else has been): audited, then thrown once committed.
            // The findings in the way, not those the refused closure would itself have caused (everyone-withdrawing).
            const blocked = result.findings.filter(
              (f) => nonEngagementCodes.has(f.code) && !f.evidence.includes(prepared.entry.id),
            );
            await audit(trx, by, 'closure-refused', caseRow.id, refusalDetail(prepared.entry, blocked));
            // Told as the user may have them: one resting on an entry restricted from them, without its facts.
            return { blocked: findingsFor(by.actor, blocked, closed, pack) };
          }
          const entry = await recording.write(prepared);
          // The agency leaves the team around the family: its users no longer open the case (policy.ts).
          if (leaving !== null)
            await recordCaseAgencyChange(trx, {
              caseId: caseRow.id,
              agencyId: leaving,
              change: 'left',
              by: by.actor.userId,
              reason: closure.reason.trim(),
            });
          return { entry };
        },
      );
      if ('blocked' in outcome) throw new ClosureBlocked(outcome.blocked);
      return outcome.entry;
    },
  };
}

/** The id of the partnership's agency `ref` while it is on the case, else null. */
async function agencyOnCase(db: Tx, caseId: number, by: SignedIn, ref: string): Promise<number | null> {
  const agencyId = await findAgencyId(db, by.actor.partnershipId, ref);
  return agencyId !== undefined && (await caseAgencyIds(db, caseId)).includes(agencyId) ? agencyId : null;
}

/** What the audit keeps of a refused closure: what was being closed, the reason given, the findings in the way. */
function refusalDetail(entry: Entry, blocked: Finding[]): string {
  const what = entry.kind === 'involvement-end' ? `involvement-end ${entry.agency}` : 'closure';
  const reason = 'reason' in entry && entry.reason ? entry.reason.slice(0, 500) : '';
  return `${what}: ${reason} (findings: ${blocked.map((f) => f.code).join(', ')})`;
}
