// A worker's week: the visits they have planned with the state of each one's safety check (MK 5.1.9.23–25;
// FV "Keeping Staff Safe"), the actions due, the findings on the cases allocated to them, and when their
// supervision is next due (MK 5.1.9.23; BEF 11.1). Read from the cached assessments.
import type { Finding } from '../domain/assessment/assess.js';
import { severityRank } from '../domain/assessment/detector.js';
import { asAmended } from '../domain/amendments.js';
import type { CaseFile } from '../domain/case-file.js';
import { addDays } from '../domain/assessment/working-days.js';
import type { SupervisionStatus } from '../domain/supervision.js';
import { toInstantMs, toUkDate } from '../domain/time.js';
import type { Actor } from '../domain/policy.js';
import { transaction, type Db, type Tx } from '../store/database.js';
import { audit } from './audit.js';
import type { SignedIn } from './cases.js';
import { partnershipProcedures, supervisionDueOf } from './supervision-due.js';
import { casesOfWorker } from './supervision-records.js';
import type { Task, TaskService } from './tasks.js';
import { listCases } from './case-lists.js';
import { readableFile } from '../domain/restrictions.js';
import { partnershipOf } from '../store/administration.js';
import { loadCaseFile } from '../store/case-records.js';
import type { CaseRow } from '../store/tables.js';
import { managerNameOf } from '../store/users.js';

export interface WeekVisit {
  case: string;
  visit: string;
  due: string;
  expectedBack: string | null;
  lone: boolean;
  /** Every pre-visit safety question answered. */
  safetyCheckComplete: boolean;
  /** The family has a risk-to-staff warning now. */
  warning: boolean;
  /** The manager who agreed a lone visit, by name. */
  managerAgreedLone: string | null;
  contingency: string | null;
  /** Checked out and not yet back. */
  out: boolean;
}

export interface MyWeek {
  /** UK dates: today and the last day of the week ahead. */
  from: string;
  to: string;
  visits: WeekVisit[];
  /** Overdue, or due by `to`. */
  actions: Task[];
  /** The findings of the cases allocated to the worker, warning or worse, worst first. */
  findings: { case: string; finding: Finding }[];
  supervision: {
    lastSupervisedAt: string | null;
    dueOn: string;
    status: SupervisionStatus;
    /** The partnership's supervision interval, local value included. */
    workingDays: number;
    manager: string | null;
    /** The worker's cases with `supervision-overdue` active. */
    overdueCases: string[];
  };
}

const weekDays = 7;

export function myWeekService(db: Db, tasks: TaskService) {
  return {
    async week(by: SignedIn, now = new Date()): Promise<MyWeek> {
      const { actor } = by;
      const from = toUkDate(now);
      const to = addDays(from, weekDays - 1);
      const week = await transaction(db, async (trx) => {
        const cases = (
          await listCases(trx, actor, [actor.agencyId], {}, { limit: Number.MAX_SAFE_INTEGER }, now)
        ).items;
        const mine = await casesOfWorker(trx, actor.partnershipId, actor.userId);
        const { pack } = await partnershipOf(trx, actor.partnershipId);
        const manager = await managerNameOf(trx, actor.userId);
        const mineIds = new Set(mine.map((c) => c.id));
        const byId = new Map(cases.map((c) => [c.summary.id, c]));
        const overdue = cases.filter(
          ({ summary, assessment }) =>
            mineIds.has(summary.id) && assessment.findings.some((f) => f.code === 'supervision-overdue'),
        );
        const procedures = partnershipProcedures(trx, actor.partnershipId);
        const due = await supervisionDueOf(
          trx,
          procedures,
          { workerRef: actor.workerRef, pack },
          mine,
          new Set(overdue.map(({ summary }) => summary.id)),
          from,
        );
        await audit(trx, by, 'read-my-week', null);
        return {
          // Only the cases the worker is named on can hold their visit plans: only their files are read.
          visits: (
            await Promise.all(
              mine.flatMap((caseRow) => {
                const listed = byId.get(caseRow.id);
                return listed ? [visitsOn(trx, caseRow, actor, warningIn(listed.assessment.findings))] : [];
              }),
            )
          )
            .flat()
            .filter((v) => v.out || (v.due.slice(0, 10) >= from && v.due.slice(0, 10) <= to))
            .sort((a, b) => toInstantMs(a.due) - toInstantMs(b.due)),
          findings: cases
            .filter(({ summary }) => summary.allocatedToMe)
            .flatMap(({ summary, assessment }) =>
              assessment.findings
                .filter((f) => severityRank[f.severity] >= severityRank.warning)
                .map((finding) => ({ case: summary.ref, finding })),
            )
            .sort((a, b) => severityRank[b.finding.severity] - severityRank[a.finding.severity]),
          supervision: {
            ...due,
            workingDays: (await procedures(pack)).thresholds.supervisionWorkingDays,
            manager,
            overdueCases: overdue.map(({ summary }) => summary.ref).sort(),
          },
        };
      });
      const actions = (await tasks.mine(actor, now)).filter(
        (t) => t.overdue || (t.due !== undefined && t.due <= to),
      );
      return { from, to, ...week, actions };
    },
  };
}

export type MyWeekService = ReturnType<typeof myWeekService>;

async function visitsOn(trx: Tx, caseRow: CaseRow, actor: Actor, warning: boolean): Promise<WeekVisit[]> {
  const file = readableFile(await loadCaseFile(trx, caseRow), actor);
  return plannedVisits(caseRow.ref, file, actor, warning);
}

/** The worker's visit plans on the case not yet checked in from, as corrected. */
function plannedVisits(
  ref: string,
  file: CaseFile,
  { workerRef, agencyRef }: Pick<Actor, 'workerRef' | 'agencyRef'>,
  warning: boolean,
): WeekVisit[] {
  const isMe = file.workers.some((w) => w.ref === workerRef && w.agency === agencyRef);
  if (!isMe) return [];
  const entries = asAmended(file.entries);
  const back = new Set(entries.flatMap((e) => (e.kind === 'check-in' ? [e.visit] : [])));
  const out = new Set(entries.flatMap((e) => (e.kind === 'check-out' ? [e.visit] : [])));
  return entries.flatMap((e) =>
    e.kind === 'visit-plan' && e.worker === workerRef && !back.has(e.id)
      ? [
          {
            case: ref,
            visit: e.id,
            due: e.due,
            expectedBack: e.expectedBack ?? null,
            lone: e.lone ?? false,
            safetyCheckComplete: e.safetyCheck?.complete ?? false,
            warning,
            managerAgreedLone: e.managerAgreedLone
              ? (file.workers.find((w) => w.ref === e.managerAgreedLone)?.name ?? e.managerAgreedLone)
              : null,
            contingency: e.contingency ?? null,
            out: out.has(e.id),
          },
        ]
      : [],
  );
}

/** A risk-to-staff warning: an active `hostility-to-staff` finding (as whereabouts.ts reads it). */
function warningIn(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.code === 'hostility-to-staff');
}
