// Who is out on a visit now, for the people the policy lets see it (the worker, their managers, the duty
// contact: `canOnWhereabouts`), with who is overdue; and acknowledging an overdue alert, which stops its
// repeats until the worker's next expected return. MK 5.1.9.24; FV "Keeping Staff Safe".
import { canOnWhereabouts, type Actor } from '../domain/policy.js';
import { effectivePack } from './procedure.js';
import { overdueFrom } from '../domain/visits.js';
import { transaction, type Db } from '../store/database.js';
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
  const rows = (trx: Db, partnershipId: number) =>
    trx
      .selectFrom('whereabouts')
      .innerJoin('users', 'users.id', 'whereabouts.user_id')
      .innerJoin('cases', 'cases.id', 'whereabouts.case_id')
      .select([
        'whereabouts.id',
        'whereabouts.user_id',
        'whereabouts.visit_id',
        'whereabouts.place',
        'whereabouts.checked_out_at',
        'whereabouts.expected_back',
        'users.name',
        'cases.ref',
        'cases.pack',
        'whereabouts.case_id',
        (eb) =>
          eb
            .selectFrom('overdue_alerts')
            .select((a) => a.fn.countAll<number>().as('n'))
            .whereRef('overdue_alerts.whereabouts_id', '=', 'whereabouts.id')
            .whereRef('overdue_alerts.expected_back', '=', 'whereabouts.expected_back')
            .as('alerts'),
      ])
      .where('whereabouts.partnership_id', '=', partnershipId)
      .where('whereabouts.back_at', 'is', null);

  const acknowledgementOf = (trx: Db, id: number, expectedBack: string) =>
    trx
      .selectFrom('overdue_acknowledgements')
      .innerJoin('users', 'users.id', 'overdue_acknowledgements.user_id')
      .select(['users.name', 'overdue_acknowledgements.at'])
      .where('whereabouts_id', '=', id)
      .where('expected_back', '=', expectedBack)
      .executeTakeFirst();

  const present = async (trx: Db, actor: Actor, now: Date, only?: number): Promise<OutOnVisit[]> => {
    const accessOf = await whereaboutsAccessFor(trx, actor.partnershipId);
    let query = rows(trx, actor.partnershipId);
    if (only !== undefined) query = query.where('whereabouts.id', '=', only);
    const visible = (await query.execute()).filter((r) =>
      canOnWhereabouts(actor, 'see', accessOf(r.user_id)),
    );
    const out: OutOnVisit[] = [];
    for (const r of visible) {
      const expectedBack = new Date(r.expected_back);
      const alerts = Number(r.alerts ?? 0);
      const ack = await acknowledgementOf(trx, r.id, r.expected_back);
      const grace = (await effectivePack(trx, actor.partnershipId, r.pack)).thresholds.visitGraceMinutes;
      out.push({
        id: r.id,
        worker: r.name,
        you: r.user_id === actor.userId,
        case: r.ref,
        visit: r.visit_id,
        place: r.place,
        checkedOutAt: new Date(r.checked_out_at),
        expectedBack,
        overdue: alerts > 0 || now >= overdueFrom(expectedBack, grace),
        alerts,
        acknowledged: ack ? { by: ack.name, at: new Date(ack.at) } : null,
        mayAcknowledge: canOnWhereabouts(actor, 'acknowledge', accessOf(r.user_id)),
      });
    }
    // The overdue nobody has taken up first, then the rest by when they are due back.
    const rank = (o: OutOnVisit) => (o.overdue && !o.acknowledged ? 0 : o.overdue ? 1 : 2);
    return out.sort((a, b) => rank(a) - rank(b) || a.expectedBack.getTime() - b.expectedBack.getTime());
  };

  return {
    /** Everyone out on a visit whom the user may see, the overdue first; the read is audited. */
    async outNow(by: SignedIn, now = new Date()): Promise<OutOnVisit[]> {
      return transaction(db, async (trx) => {
        const out = await present(trx, by.actor, now);
        await audit(trx, by, 'read-whereabouts', null, out.map((o) => o.id).join(',') || undefined);
        return out;
      });
    },

    /** Whether the user is anyone's manager or the duty contact: who the whereabouts page is for. */
    async watches(actor: Actor): Promise<boolean> {
      if (actor.role === 'manager') return true;
      const row = await db
        .selectFrom('partnerships')
        .select('duty_user_id')
        .where('id', '=', actor.partnershipId)
        .executeTakeFirst();
      return row?.duty_user_id === actor.userId;
    },

    /**
     * Takes up an overdue alert: no more repeats until the worker's next expected return. The others told
     * of it hear who took it up. Not found for anyone the policy does not let acknowledge it.
     */
    async acknowledge(by: SignedIn, id: number, now = new Date()): Promise<OutOnVisit> {
      return transaction(db, async (trx) => {
        const [found] = await present(trx, by.actor, now, id);
        if (!found?.mayAcknowledge) throw new NotFound(`whereabouts ${id}`);
        if (!found.overdue)
          throw new InvalidInput([
            { path: 'id', message: `${found.worker} is not overdue: nothing to acknowledge` },
          ]);
        if (found.acknowledged) return found;
        await trx
          .insertInto('overdue_acknowledgements')
          .values({
            whereabouts_id: id,
            expected_back: found.expectedBack.toISOString(),
            user_id: by.actor.userId,
            at: now.toISOString(),
          })
          .execute();
        const row = await trx
          .selectFrom('whereabouts')
          .innerJoin('users', 'users.id', 'whereabouts.user_id')
          .innerJoin('partnerships', 'partnerships.id', 'whereabouts.partnership_id')
          .select(['whereabouts.case_id', 'users.manager_id', 'partnerships.duty_user_id'])
          .where('whereabouts.id', '=', id)
          .executeTakeFirstOrThrow();
        // The others the alert went to (overdue-visits.ts): the line manager and the duty contact.
        const told = [...new Set([row.manager_id, row.duty_user_id])].filter(
          (userId): userId is number => userId !== null && userId !== by.actor.userId,
        );
        for (const userId of told)
          await insertNotification(trx, {
            userId,
            kind: 'visit-overdue-acknowledged',
            caseId: row.case_id,
            text: `${by.actor.name} has taken up the alert that ${found.worker} is overdue from a visit on case ${found.case}.`,
          });
        await audit(trx, by, 'acknowledge-overdue-visit', row.case_id, String(id));
        return { ...found, acknowledged: { by: by.actor.name, at: now } };
      });
    },
  };
}

export type TeamWhereaboutsService = ReturnType<typeof teamWhereaboutsService>;
