// The server's minute scheduler asks this: which workers out on a visit are overdue (their expected return
// and the pack's grace have passed, FINDINGS.md `visit-overdue`), and tells their line manager and the duty
// contact (MK 5.1.9.24; FV "Keeping Staff Safe"). The alert is raised again every 15 minutes, each time one
// escalation step further, until one of them acknowledges it or the worker checks in. A step is a row with
// a unique key, so two sweeps at once (or two servers) raise it once; a step missed while the server was
// down is not raised late, only the one due now.
import { effectivePack } from './procedure.js';
import { clockText, escalationStep } from '../domain/visits.js';
import { transaction, type Db } from '../store/database.js';
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
  const out = await db
    .selectFrom('whereabouts')
    .innerJoin('cases', 'cases.id', 'whereabouts.case_id')
    .select(['whereabouts.id', 'whereabouts.expected_back', 'cases.pack', 'cases.partnership_id'])
    .where('whereabouts.back_at', 'is', null)
    .execute();
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
    const grace = await graceOf(row.partnership_id, row.pack);
    const step = escalationStep(new Date(row.expected_back), grace, now);
    if (step === null) continue;
    const notified = await transaction(db, (trx) => raiseStep(trx, row.id, step, now));
    if (notified) {
      raised.push({ whereaboutsId: row.id, step, notified });
      await outbox?.deliver({ ids: notified, now });
    }
  }
  return raised;
}

/** Raises one escalation step, unless the worker is back, it is acknowledged, or it was raised already. */
async function raiseStep(trx: Db, whereaboutsId: number, step: number, now: Date): Promise<number[] | null> {
  const row = await trx
    .selectFrom('whereabouts')
    .innerJoin('users', 'users.id', 'whereabouts.user_id')
    .innerJoin('cases', 'cases.id', 'whereabouts.case_id')
    .innerJoin('partnerships', 'partnerships.id', 'whereabouts.partnership_id')
    .select([
      'whereabouts.expected_back',
      'whereabouts.back_at',
      'whereabouts.user_id',
      'whereabouts.case_id',
      'whereabouts.check_out_entry',
      'users.name',
      'users.manager_id',
      'cases.ref',
      'partnerships.duty_user_id',
    ])
    .where('whereabouts.id', '=', whereaboutsId)
    .executeTakeFirstOrThrow();
  if (row.back_at !== null) return null;
  const acknowledged = await trx
    .selectFrom('overdue_acknowledgements')
    .select('id')
    .where('whereabouts_id', '=', whereaboutsId)
    .where('expected_back', '=', row.expected_back)
    .executeTakeFirst();
  if (acknowledged) return null;
  const inserted = await trx
    .insertInto('overdue_alerts')
    .values({
      whereabouts_id: whereaboutsId,
      expected_back: row.expected_back,
      step,
      raised_at: now.toISOString(),
    })
    .onConflict((oc) => oc.columns(['whereabouts_id', 'expected_back', 'step']).doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return null;
  const told = [...new Set([row.manager_id, row.duty_user_id])].filter(
    (id): id is number => id !== null && id !== row.user_id,
  );
  const back = clockText(new Date(row.expected_back));
  const again = step === 0 ? '' : `Still not back (alert ${step + 1}): `;
  const ids: number[] = [];
  for (const userId of told)
    ids.push(
      await insertNotification(trx, {
        userId,
        kind: 'visit-overdue',
        caseId: row.case_id,
        entryId: row.check_out_entry,
        text: `${again}${row.name} has not checked in from a visit on case ${row.ref}: they were expected back by ${back}. Try to reach them now, and acknowledge the alert on Team whereabouts once you have taken it up.`,
        emailSummary: `${step === 0 ? 'Overdue' : 'Still overdue'} from a visit: ${row.name}, expected back by ${back}`,
      }),
    );
  return ids;
}
