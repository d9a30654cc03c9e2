// Out on a visit (MK 5.1.9.24; FV "Keeping Staff Safe"): "I'm going" (where, and when back), "I'm back
// safe", and "extend by 30 minutes". Check-out and check-in are entries on the case; where the worker went
// is kept in their whereabouts only (whereabouts.ts). An extension is a correction of the check-out with
// the new expected return, which the engine's `visit-overdue` finding follows. Its queries are the store's
// (store/whereabouts.ts, store/case-records.ts).
import type { Actor } from '../domain/policy.js';
import { asAmended } from '../domain/amendments.js';
import type { Entry, EntryOfKind } from '../domain/entries.js';
import { effectivePack } from './procedure.js';
import { toInstant, toUkLocalDateTime } from '../domain/time.js';
import { extendedReturn, extensionMinutes, overdueFrom } from '../domain/visits.js';
import { readableFile } from '../domain/restrictions.js';
import type { CaseFile } from '../domain/case-file.js';
import { transaction, type Db, type Tx } from '../store/database.js';
import { caseOutOnOf, currentVisitOf, lastBackFrom, openWhereaboutsOn } from '../store/whereabouts.js';
import { loadCaseFile } from '../store/case-records.js';
import { openCase } from './case-access.js';
import type { SignedIn } from './cases.js';
import type { EmailOutbox } from './email-outbox.js';
import { InvalidInput, NotFound } from './errors.js';
import { recordOnCase, type CaseRecording } from './recording.js';
import { openCheckOut } from './whereabouts.js';

export interface VisitView {
  case: string;
  plan: EntryOfKind<'visit-plan'>;
  /** The user's check-out to this visit while they are out. */
  out: { since: Date; expectedBack: Date; place: string | null; overdue: boolean } | null;
  /** The user is out on another visit (a case ref), so cannot check out to this one. */
  outElsewhere: string | null;
  /** When the user last checked in from this visit. */
  backAt: Date | null;
}

export interface CheckOutInput {
  /** Where the worker is going: kept in their whereabouts, never in the entry. */
  where?: string;
  /** A format date-time (UK local). */
  expectedBack: string;
}

/** `outbox` sends the emails a check-out or check-in owes, once it has committed. */
export function visitService(db: Db, outbox?: EmailOutbox) {
  /** Runs `work` recording on the case, once its visit plan `visitId` is found (else not found). */
  const onVisit = <T>(by: SignedIn, ref: string, visitId: string, work: (r: CaseRecording) => Promise<T>) =>
    recordOnCase(db, outbox, by, ref, 'write', (recording) => {
      planOf(recording.file, by, visitId);
      return work(recording);
    });
  const openHere = (tx: Tx, by: SignedIn, caseId: number, visitId: string) =>
    openWhereaboutsOn(tx, by.actor.userId, caseId, visitId);

  return {
    /**
     * The visit the user is out on now, if any: every page reminds them to check in (layout.njk). Their own
     * whereabouts, so no case policy is asked; the place is not returned, only where to check in.
     */
    async outNow(actor: Actor): Promise<{ case: string; visit: string; expectedBack: Date } | null> {
      const row = await transaction(db, (tx) => currentVisitOf(tx, actor.userId));
      return row ? { case: row.caseRef, visit: row.visitId, expectedBack: new Date(row.expectedBack) } : null;
    },

    /** The plan and whether the user is out on it. */
    async visit(by: SignedIn, ref: string, visitId: string, now = new Date()): Promise<VisitView> {
      return transaction(db, async (trx) => {
        const caseRow = await openCase(trx, by.actor, ref, 'read');
        const plan = planOf(await loadCaseFile(trx, caseRow), by, visitId);
        const grace = (await effectivePack(trx, caseRow.partnership_id, caseRow.pack)).thresholds
          .visitGraceMinutes;
        const here = await openHere(trx, by, caseRow.id, visitId);
        const elsewhere = here ? null : await caseOutOnOf(trx, by.actor.userId);
        const backAt = await lastBackFrom(trx, by.actor.userId, caseRow.id, visitId);
        const expectedBack = here ? new Date(here.expectedBack) : null;
        return {
          case: caseRow.ref,
          plan,
          out:
            here && expectedBack
              ? {
                  since: new Date(here.checkedOutAt),
                  expectedBack,
                  place: here.place,
                  overdue: now >= overdueFrom(expectedBack, grace),
                }
              : null,
          outElsewhere: elsewhere,
          backAt: backAt ? new Date(backAt) : null,
        };
      });
    },

    /** "I'm going": a `check-out` entry, and the whereabouts (with `where`) for the worker's managers and duty. */
    checkOut(by: SignedIn, ref: string, visitId: string, input: CheckOutInput, now = new Date()) {
      return onVisit(by, ref, visitId, async ({ trx, caseRow, prepare, write }): Promise<Entry> => {
        const expected = input.expectedBack ? toInstant(input.expectedBack) : null;
        if (!expected || expected <= now)
          throw new InvalidInput([
            { path: 'expectedBack', message: 'Enter a time later than now when you expect to be back' },
          ]);
        const prepared = prepare({
          kind: 'check-out',
          at: toUkLocalDateTime(now),
          visit: visitId,
          expectedBack: toUkLocalDateTime(expected),
        });
        const where = input.where?.trim() || null;
        // The entry's expected return, to the minute, is the one the whereabouts keep. They are opened
        // before the entry is written, with the place, so that following the check-out finds them open.
        const back = toInstant(toUkLocalDateTime(expected));
        await openCheckOut(trx, by, caseRow, { ...prepared.entry, visit: visitId }, back, where);
        return write(prepared);
      });
    },

    /** "I'm back safe": a `check-in` entry; the whereabouts close, and no more overdue alerts are raised. */
    checkIn(by: SignedIn, ref: string, visitId: string, now = new Date()): Promise<Entry> {
      return onVisit(by, ref, visitId, async ({ trx, caseRow, append }) => {
        if (!(await openHere(trx, by, caseRow.id, visitId)))
          throw new InvalidInput([{ path: 'visit', message: 'You are not checked out to this visit' }]);
        return append({ kind: 'check-in', at: toUkLocalDateTime(now), visit: visitId });
      });
    },

    /**
     * "Extend by 30 minutes": a correction of the check-out (same time, same visit) whose expected return is
     * `minutes` after the later of the old one and now.
     */
    extend(by: SignedIn, ref: string, visitId: string, now = new Date(), minutes = extensionMinutes) {
      return onVisit(by, ref, visitId, async ({ trx, caseRow, file, append }): Promise<Entry> => {
        const here = await openHere(trx, by, caseRow.id, visitId);
        if (!here)
          throw new InvalidInput([{ path: 'visit', message: 'You are not checked out to this visit' }]);
        const checkOut = file.entries.find((e) => e.id === here.checkOutEntry);
        if (!checkOut) throw new NotFound(`check-out ${here.checkOutEntry}`);
        const expected = extendedReturn(new Date(here.expectedBack), now, minutes);
        return append({
          kind: 'check-out',
          amends: here.checkOutEntry,
          at: checkOut.at,
          visit: visitId,
          expectedBack: toUkLocalDateTime(expected),
        });
      });
    },
  };
}

export type VisitService = ReturnType<typeof visitService>;

/** The visit plan `visitId` as amended; not found when there is none the user may read (restrictions.ts). */
function planOf(file: CaseFile, by: SignedIn, visitId: string): EntryOfKind<'visit-plan'> {
  const plan = asAmended(readableFile(file, by.actor).entries).find((e) => e.id === visitId);
  if (plan?.kind !== 'visit-plan') throw new NotFound(`visit ${visitId}`);
  return plan;
}
