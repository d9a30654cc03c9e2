// A manager's view of the team, the page a team meeting runs from (DESIGN.md, "Who uses it"): the cases by
// worst finding, the children nobody has seen (longest first), supervision due or overdue per worker, the
// decisions waiting, incidents in the last 30 days, actions overdue and who is out on a visit now. Read
// from the cached assessments (assessments.ts), never by reassessing every case. The page and
// `GET /api/v1/team` both take it from here.
import type { Finding } from '../domain/assessment/assess.js';
import type { CaseFacts } from '../domain/case-summary.js';
import { isOverdue } from '../domain/meetings.js';
import type { Pack } from '../domain/packs/index.js';
import type { Actor } from '../domain/policy.js';
import type { SupervisionStatus } from '../domain/supervision.js';
import { childrenNotSeen, decisionsWaiting, type ChildNotSeen } from '../domain/team-view.js';
import { toInstantMs, toUkDate } from '../domain/time.js';
import type { PackId } from '../domain/vocabularies.js';
import { partnershipOf } from '../store/administration.js';
import { transaction, type Db } from '../store/database.js';
import { currentAssessment } from './assessments.js';
import { audit } from './audit.js';
import {
  casesOf,
  listCases,
  pageOf,
  type CaseFilter,
  type CaseSummary,
  type ListedSummary,
} from './case-lists.js';
import type { SignedIn } from './cases.js';
import { NotFound } from './errors.js';
import { partnershipProcedures, supervisionDueOf } from './supervision-due.js';
import { casesOfWorker, superviseesOf } from './supervision-records.js';
import type { OutOnVisit, TeamWhereaboutsService } from './team-whereabouts.js';

export interface TeamFilter extends CaseFilter {
  /** Only this worker's cases (a user id of someone the manager supervises). */
  worker?: number;
}

export interface WorkerSupervision {
  id: number;
  name: string;
  /** How many cases they are named on. */
  cases: number;
  /** UTC, ISO 8601; null when never supervised on any of their cases. */
  lastSupervisedAt: string | null;
  /** UK date the next supervision falls due. */
  dueOn: string;
  status: SupervisionStatus;
  /** Their cases with `supervision-overdue` active. */
  overdueCases: string[];
}

export interface TeamChildNotSeen extends ChildNotSeen {
  case: string;
  leadWorker: string | null;
}

export interface TeamDecision {
  case: string;
  finding: Finding;
}

/** An incident on a team case, as the case's summary keeps it. */
export type TeamIncident = { case: string } & CaseFacts['incidents'][number];

export interface TeamActionOverdue {
  case: string;
  meeting: string;
  what: string;
  owner: string | null;
  due: string;
}

export interface TeamView {
  /** The moment the view was taken (UTC, ISO 8601). */
  at: string;
  filter: TeamFilter;
  /** The partnership's supervision interval, local value included. */
  supervisionWorkingDays: number;
  /** The workers the manager supervises, to filter by. */
  supervisees: { id: number; name: string }[];
  /** A page of the team's cases, narrowed by the filter's code and severity. */
  cases: CaseSummary[];
  casePage: { page: number; pageCount: number; total: number };
  /** The pack of every team case, by reference (what names each section's findings). */
  packs: Record<string, PackId>;
  childrenNotSeen: TeamChildNotSeen[];
  supervision: WorkerSupervision[];
  decisions: TeamDecision[];
  incidents: TeamIncident[];
  actionsOverdue: TeamActionOverdue[];
  outOnVisits: OutOnVisit[];
}

const incidentDays = 30;
const dayMs = 86_400_000;
const statusRank: Record<SupervisionStatus, number> = { overdue: 0, due: 1, 'in-time': 2 };

export function teamViewService(db: Db, whereabouts: TeamWhereaboutsService) {
  return {
    /**
     * The team as it stands at `now`, narrowed by `filter`, with page `page` of its cases; for managers
     * only. Read from the stored summaries (case-lists.ts). The read is audited.
     */
    async view(by: SignedIn, filter: TeamFilter = {}, now = new Date(), page = 1): Promise<TeamView> {
      const { actor } = by;
      if (actor.role !== 'manager') throw new NotFound('team');
      const view = await transaction(db, async (trx) => {
        const supervisees = await superviseesOf(trx, actor);
        if (filter.worker !== undefined && !supervisees.some((w) => w.id === filter.worker))
          throw new NotFound(`worker ${filter.worker}`);
        const caseIds =
          filter.worker === undefined
            ? undefined
            : (await casesOfWorker(trx, actor.partnershipId, filter.worker)).map((c) => c.id);
        const agencies = casesOf(actor);
        const all = { limit: Number.MAX_SAFE_INTEGER };
        const read = (await listCases(trx, actor, agencies, {}, all, now)).items;
        const only = caseIds ? new Set(caseIds) : null;
        const team = only ? read.filter((c) => only.has(c.summary.id)) : read;
        const { code, severity } = filter;
        const cases = await pageOf(trx, actor, agencies, { code, severity, caseIds }, page, now);
        const { pack } = await partnershipOf(trx, actor.partnershipId);
        const procedures = partnershipProcedures(trx, actor.partnershipId);
        const supervision = await supervisionOf(trx, actor, procedures, pack, supervisees, read, now);
        await audit(trx, by, 'read-team', null, JSON.stringify(filter));
        return {
          at: now.toISOString(),
          filter,
          supervisionWorkingDays: (await procedures(pack)).thresholds.supervisionWorkingDays,
          supervisees: supervisees.map(({ id, name }) => ({ id, name })),
          cases: cases.items,
          casePage: { page: cases.page, pageCount: cases.pageCount, total: cases.total },
          packs: Object.fromEntries(read.map(({ summary }) => [summary.ref, summary.pack])),
          childrenNotSeen: team
            .flatMap(({ summary, facts, openedOn, assessment }) =>
              childrenNotSeen(facts, openedOn, assessment.findings, now).map((child) => ({
                ...child,
                case: summary.ref,
                leadWorker: summary.leadWorker,
              })),
            )
            .sort((a, b) => b.days - a.days || a.case.localeCompare(b.case, 'en-GB')),
          supervision: supervision.filter((w) => filter.worker === undefined || w.id === filter.worker),
          decisions: team.flatMap(({ summary, assessment }) =>
            decisionsWaiting(assessment.findings).map((finding) => ({ case: summary.ref, finding })),
          ),
          incidents: team
            .flatMap(({ summary, facts }) => recentIncidents(summary.ref, facts, now))
            .sort((a, b) => toInstantMs(b.at) - toInstantMs(a.at)),
          actionsOverdue: team
            .flatMap(({ summary, facts }) => overdueActions(summary.ref, facts, now))
            .sort((a, b) => a.due.localeCompare(b.due) || a.case.localeCompare(b.case, 'en-GB')),
        };
      });
      const names = new Set(view.supervision.map((w) => w.name));
      const out = await whereabouts.outNow(by, now);
      return {
        ...view,
        outOnVisits: filter.worker === undefined ? out : out.filter((o) => names.has(o.worker)),
      };
    },
  };
}

export type TeamViewService = ReturnType<typeof teamViewService>;

/** Each supervisee's last supervision and when the next is due, overdue first. */
async function supervisionOf(
  trx: Db,
  actor: Actor,
  procedures: (packId: string) => Promise<Pack>,
  partnershipPack: string,
  supervisees: readonly { id: number; name: string; workerRef: string }[],
  team: readonly ListedSummary[],
  now: Date,
): Promise<WorkerSupervision[]> {
  const today = toUkDate(now);
  const byId = new Map(team.map((c) => [c.summary.id, c]));
  const rows: WorkerSupervision[] = [];
  for (const worker of supervisees) {
    const cases = await casesOfWorker(trx, actor.partnershipId, worker.id);
    const overdue = new Set<number>();
    for (const c of cases) {
      const assessment = byId.get(c.id)?.assessment ?? (await currentAssessment(trx, c, now));
      if (assessment.findings.some((f) => f.code === 'supervision-overdue')) overdue.add(c.id);
    }
    const due = await supervisionDueOf(
      trx,
      procedures,
      { workerRef: worker.workerRef, pack: partnershipPack },
      cases,
      overdue,
      today,
    );
    rows.push({
      id: worker.id,
      name: worker.name,
      cases: cases.length,
      ...due,
      overdueCases: cases.filter((c) => overdue.has(c.id)).map((c) => c.ref),
    });
  }
  return rows.sort((a, b) => statusRank[a.status] - statusRank[b.status] || a.dueOn.localeCompare(b.dueOn));
}

function recentIncidents(ref: string, facts: CaseFacts, now: Date): TeamIncident[] {
  const from = now.getTime() - incidentDays * dayMs;
  return facts.incidents
    .filter((incident) => toInstantMs(incident.at) >= from && toInstantMs(incident.at) <= now.getTime())
    .map((incident) => ({ case: ref, ...incident }));
}

function overdueActions(ref: string, facts: CaseFacts, now: Date): TeamActionOverdue[] {
  const today = toUkDate(now);
  return facts.openActions
    .filter((action) => isOverdue(action.due, today))
    .map(({ meeting, what, owner, due }) => ({ case: ref, meeting, what, owner, due }));
}
