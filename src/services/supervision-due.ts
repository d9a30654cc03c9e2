// When a worker's next supervision is due, for Your team and My week: from their last supervision on any of
// their cases, or from the last on a case where `supervision-overdue` holds, whichever count ran out first.
// Each count uses the procedure its cases are assessed with (the pack with the partnership's local values,
// procedure.ts), so the date, the status and the finding agree (MK 5.1.9.23; BEF 11.1; SX 1.7.17).
import type { Pack } from '../domain/packs/index.js';
import { nextSupervision, type SupervisionCount, type SupervisionStatus } from '../domain/supervision.js';
import { toUkDate } from '../domain/time.js';
import type { Db } from '../store/database.js';
import { effectivePack } from './procedure.js';
import { lastSupervisedOn } from './supervision-records.js';

export interface SupervisionDue {
  /** UTC, ISO 8601; null when the worker was never supervised on any of their cases. */
  lastSupervisedAt: string | null;
  /** UK date the next supervision falls due. */
  dueOn: string;
  status: SupervisionStatus;
}

/** The packs of one partnership as it uses them, each read once: `packId` → its effective pack. */
export function partnershipProcedures(trx: Db, partnershipId: number): (packId: string) => Promise<Pack> {
  const read = new Map<string, Promise<Pack>>();
  return (packId) => {
    let pack = read.get(packId);
    if (!pack) read.set(packId, (pack = effectivePack(trx, partnershipId, packId)));
    return pack;
  };
}

interface WorkerCase {
  id: number;
  pack: string;
  opened_on: string;
}

export async function supervisionDueOf(
  trx: Db,
  procedures: (packId: string) => Promise<Pack>,
  worker: { workerRef: string; pack: string },
  cases: readonly WorkerCase[],
  overdueCaseIds: ReadonlySet<number>,
  today: string,
): Promise<SupervisionDue> {
  const ukDayOf = (at: string | undefined) => (at ? toUkDate(new Date(at)) : null);
  const ids = cases.map((c) => c.id);
  const last = [...(await lastSupervisedOn(trx, ids, worker.workerRef)).values()].sort().at(-1);
  const own: SupervisionCount = {
    lastOn: ukDayOf(last),
    since: cases.map((c) => c.opened_on).sort()[0] ?? today,
    pack: await procedures(worker.pack),
  };
  // The finding counts from any supervision of the case, whoever was supervised.
  const overdue = cases.filter((c) => overdueCaseIds.has(c.id));
  const lastOfCase = await lastSupervisedOn(
    trx,
    overdue.map((c) => c.id),
  );
  const counts: SupervisionCount[] = [];
  for (const c of overdue)
    counts.push({
      lastOn: ukDayOf(lastOfCase.get(c.id)),
      since: c.opened_on,
      pack: await procedures(c.pack),
    });
  return { lastSupervisedAt: last ?? null, ...nextSupervision(own, counts, today) };
}
