// The server's minute scheduler asks this: which workers out on a visit are overdue (their expected return
// and the pack's grace have passed, FINDINGS.md `visit-overdue`), and tells their line manager and the duty
// contact (MK 5.1.9.24; FV "Keeping Staff Safe"). The alert is raised again every 15 minutes, each time one
// escalation step further, until one of them acknowledges it or the worker checks in. A step is a row with
// a unique key, so two sweeps at once (or two servers) raise it once; a step missed while the server was
// down is not raised late, only the one due now. Its queries are the store's (store/whereabouts.ts).
import { effectivePack } from './procedure.js';
import { clockText, escalationStep } from '../domain/visits.js';
import { transaction, type Db, type Tx } from '../store/database.js';
import { alertSubject, allOpenWhereabouts, insertAlertStep, isAcknowledged } from '../store/whereabouts.js';
import type { EmailOutbox } from './email-outbox.js';
import { insertNotification } from './notifications.js';

export interface OverdueSweep {
  now?: Date;
  /** Sends the emails the alerts owe once each has committed. */
  outbox?: EmailOutbox;
}

export interface RaisedStep {
  whereaboutsId: number;
  step: number;
  /** The notifications raised (one per person told). */
  notified: number[];
}

export async function sweepOverdueVisits(db: Db, { now = new Date(), outbox }: OverdueSweep = {}) {
  const out = await transaction(db, (tx) => allOpenWhereabouts(tx));
  const raised: RaisedStep[] = [];
  // The grace is the partnership's (a local threshold may change it), read once per partnership and pack.
  const graces = new Map<string, Promise<number>>();
  const graceOf = (partnershipId: number, packId: string) => {
    const key = `${partnershipId}:${packId}`;
    if (!graces.has(key))
      graces.set(
        key,
        effectivePack(db, partnershipId, packId).then((pack) => pack.thresholds.visitGraceMinutes),
      );
    return graces.get(key) as Promise<number>;
  };
  for (const row of out) {
    const grace = await graceOf(row.partnershipId, row.pack);
    const step = escalationStep(new Date(row.expectedBack), grace, now);
    if (step === null) continue;
    const notified = await transaction(db, (tx) => raiseStep(tx, row.id, step, now));
    if (notified) {
      raised.push({ whereaboutsId: row.id, step, notified });
      await outbox?.deliver({ ids: notified, now });
    }
  }
  return raised;
}

/** Raises one escalation step, unless the worker is back, it is acknowledged, or it was raised already. */
async function raiseStep(tx: Tx, whereaboutsId: number, step: number, now: Date): Promise<number[] | null> {
  const row = await alertSubject(tx, whereaboutsId);
  if (row.backAt !== null) return null;
  if (await isAcknowledged(tx, whereaboutsId, row.expectedBack)) return null;
  if (!(await insertAlertStep(tx, { whereaboutsId, expectedBack: row.expectedBack, step, at: now })))
    return null;
  const told = [...new Set([row.managerId, row.dutyUserId])].filter(
    (id): id is number => id !== null && id !== row.userId,
  );
  const back = clockText(new Date(row.expectedBack));
  const again = step === 0 ? '' : `Still not back (alert ${step + 1}): `;
  const ids: number[] = [];
  for (const userId of told)
    ids.push(
      await insertNotification(tx, {
        userId,
        kind: 'visit-overdue',
        caseId: row.caseId,
        entryId: row.checkOutEntry,
        text: `${again}${row.name} has not checked in from a visit on case ${row.caseRef}: they were expected back by ${back}. Try to reach them now, and acknowledge the alert on Team whereabouts once you have taken it up.`,
        emailSummary: `${step === 0 ? 'Overdue' : 'Still overdue'} from a visit: ${row.name}, expected back by ${back}`,
      }),
    );
  return ids;
}
