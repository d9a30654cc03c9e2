// Who is out on a visit now, for the people the policy lets see it (the worker, their managers, the duty
// contact: `canOnWhereabouts`), with who is overdue; and acknowledging an overdue alert, which stops its
// repeats until the worker's next expected return. MK 5.1.9.24; FV "Keeping Staff Safe". Its queries are
// the store's (store/whereabouts.ts).
import { canOnWhereabouts, type Actor } from '../domain/policy.js';
import { effectivePack } from './procedure.js';
import { overdueFrom } from '../domain/visits.js';
import { transaction, type Db, type Tx } from '../store/database.js';
import {
  acknowledgementOf,
  alertedFor,
  dutyUserOf,
  insertAcknowledgement,
  openWhereaboutsIn,
} from '../store/whereabouts.js';
import { audit } from './audit.js';
import type { SignedIn } from './cases.js';
import { InvalidInput, NotFound } from './errors.js';
import { insertNotification } from './notifications.js';
import { whereaboutsAccessFor } from './whereabouts.js';

export interface OutOnVisit {
  id: number;
  worker: string;
  /** The signed-in user is the worker. */
  you: boolean;
  case: string;
  visit: string;
  /** Where they said they were going (null when checked out through an entry alone). */
  place: string | null;
  checkedOutAt: Date;
  expectedBack: Date;
  /** Past the expected return and the grace, or alerted for it. */
  overdue: boolean;
  /** How many alerts (escalation steps) have gone out for the current expected return. */
  alerts: number;
  acknowledged: { by: string; at: Date } | null;
  mayAcknowledge: boolean;
}

export function teamWhereaboutsService(db: Db) {
  const present = async (tx: Tx, actor: Actor, now: Date, only?: number): Promise<OutOnVisit[]> => {
    const accessOf = await whereaboutsAccessFor(tx, actor.partnershipId);
    const visible = (await openWhereaboutsIn(tx, actor.partnershipId, only)).filter((r) =>
      canOnWhereabouts(actor, 'see', accessOf(r.userId)),
    );
    const out: OutOnVisit[] = [];
    for (const r of visible) {
      const expectedBack = new Date(r.expectedBack);
      const alerts = r.alerts;
      const ack = await acknowledgementOf(tx, r.id, r.expectedBack);
      const grace = (await effectivePack(tx, actor.partnershipId, r.pack)).thresholds.visitGraceMinutes;
      out.push({
        id: r.id,
        worker: r.name,
        you: r.userId === actor.userId,
        case: r.caseRef,
        visit: r.visitId,
        place: r.place,
        checkedOutAt: new Date(r.checkedOutAt),
        expectedBack,
        overdue: alerts > 0 || now >= overdueFrom(expectedBack, grace),
        alerts,
        acknowledged: ack ? { by: ack.name, at: new Date(ack.at) } : null,
        mayAcknowledge: canOnWhereabouts(actor, 'acknowledge', accessOf(r.userId)),
      });
    }
    // The overdue nobody has taken up first, then the rest by when they are due back.
    const rank = (o: OutOnVisit) => (o.overdue && !o.acknowledged ? 0 : o.overdue ? 1 : 2);
    return out.sort((a, b) => rank(a) - rank(b) || a.expectedBack.getTime() - b.expectedBack.getTime());
  };

  return {
    /** Everyone out on a visit whom the user may see, the overdue first; the read is audited. */
    async outNow(by: SignedIn, now = new Date()): Promise<OutOnVisit[]> {
      return transaction(db, async (tx) => {
        const out = await present(tx, by.actor, now);
        await audit(tx, by, 'read-whereabouts', null, out.map((o) => o.id).join(',') || undefined);
        return out;
      });
    },

    /** Whether the user is anyone's manager or the duty contact: who the whereabouts page is for. */
    async watches(actor: Actor): Promise<boolean> {
      if (actor.role === 'manager') return true;
      const dutyUserId = await transaction(db, (tx) => dutyUserOf(tx, actor.partnershipId));
      return dutyUserId === actor.userId;
    },

    /**
     * Takes up an overdue alert: no more repeats until the worker's next expected return. The others told
     * of it hear who took it up. Not found for anyone the policy does not let acknowledge it.
     */
    async acknowledge(by: SignedIn, id: number, now = new Date()): Promise<OutOnVisit> {
      return transaction(db, async (tx) => {
        const [found] = await present(tx, by.actor, now, id);
        if (!found?.mayAcknowledge) throw new NotFound(`whereabouts ${id}`);
        if (!found.overdue)
          throw new InvalidInput([
            { path: 'id', message: `${found.worker} is not overdue: nothing to acknowledge` },
          ]);
        if (found.acknowledged) return found;
        await insertAcknowledgement(tx, {
          whereaboutsId: id,
          expectedBack: found.expectedBack.toISOString(),
          userId: by.actor.userId,
          at: now,
        });
        const row = await alertedFor(tx, id);
        // The others the alert went to (overdue-visits.ts): the line manager and the duty contact.
        const told = [...new Set([row.managerId, row.dutyUserId])].filter(
          (userId): userId is number => userId !== null && userId !== by.actor.userId,
        );
        for (const userId of told)
          await insertNotification(tx, {
            userId,
            kind: 'visit-overdue-acknowledged',
            caseId: row.caseId,
            text: `${by.actor.name} has taken up the alert that ${found.worker} is overdue from a visit on case ${found.case}.`,
          });
        await audit(tx, by, 'acknowledge-overdue-visit', row.caseId, String(id));
        return { ...found, acknowledged: { by: by.actor.name, at: now } };
      });
    },
  };
}

export type TeamWhereaboutsService = ReturnType<typeof teamWhereaboutsService>;
