// The manager's view of the team as the page shows it: findings by their pack's titles, severity and
// supervision as tags, threats in words, times in UK local time. Templates only place what this returns.
import { threatLabels } from '../../domain/labels.js';
import { packFor } from '../../domain/packs/index.js';
import type { SupervisionStatus } from '../../domain/supervision.js';
import type { TeamView } from '../../services/team-view.js';
import { ukDate, ukDateTime, ukTime } from '../uk-dates.js';
import { presentCaseRows, type CaseRowView } from './case-list.js';
import { severityTags } from './findings.js';

type Tag = { text: string; classes: string };

export const supervisionTags: Record<SupervisionStatus, Tag> = {
  overdue: { text: 'Overdue', classes: 'govuk-tag--red' },
  due: { text: 'Due soon', classes: 'govuk-tag--yellow' },
  'in-time': { text: 'In time', classes: 'govuk-tag--green' },
};

export interface TeamPage {
  takenAt: string;
  cases: CaseRowView[];
  casePage: TeamView['casePage'];
  /** How many rows each section has in all; `cut` when some section shows only its first `sectionRows`. */
  totals: { childrenNotSeen: number; decisions: number; incidents: number; actionsOverdue: number };
  cut: boolean;
  childrenNotSeen: {
    name: string;
    case: string;
    days: number;
    lastSeen: string;
    leadWorker: string;
    tag: Tag;
  }[];
  supervision: {
    id: number;
    name: string;
    cases: number;
    last: string;
    dueOn: string;
    tag: Tag;
    overdueCases: string[];
  }[];
  /** Workers whose supervision is due or overdue. */
  supervisionDue: number;
  decisions: { case: string; title: string; explanation: string; since: string; tag: Tag }[];
  incidents: {
    case: string;
    entry: string;
    at: string;
    threats: string;
    against: string;
    managerNotified: boolean;
    frightening: boolean;
  }[];
  actionsOverdue: TeamView['actionsOverdue'];
  outOnVisits: { worker: string; case: string; expectedBack: string; overdue: boolean }[];
}

/**
 * How many rows each section shows unless all are asked for: a team on thousands of cases made a page of
 * megabytes (17 MB at 5,044 cases), and a meeting works through the most urgent first.
 */
export const sectionRows = 25;

export function presentTeam(view: TeamView, { all = false }: { all?: boolean } = {}): TeamPage {
  const shown = <T>(rows: readonly T[]): T[] => (all ? [...rows] : rows.slice(0, sectionRows));
  const titleOf = (ref: string, code: keyof ReturnType<typeof packFor>['findings']) =>
    packFor(view.packs[ref] ?? 'milton-keynes').findings[code].title;
  return {
    takenAt: ukDateTime(view.at),
    cases: presentCaseRows(view.cases),
    casePage: view.casePage,
    totals: {
      childrenNotSeen: view.childrenNotSeen.length,
      decisions: view.decisions.length,
      incidents: view.incidents.length,
      actionsOverdue: view.actionsOverdue.length,
    },
    cut:
      !all &&
      [view.childrenNotSeen, view.decisions, view.incidents, view.actionsOverdue].some(
        (rows) => rows.length > sectionRows,
      ),
    childrenNotSeen: shown(view.childrenNotSeen).map((child) => ({
      name: child.name,
      case: child.case,
      days: child.days,
      lastSeen: child.lastSeenAt ? ukDate(child.lastSeenAt) : 'Not since the case opened',
      leadWorker: child.leadWorker ?? 'Not allocated',
      tag: severityTags[child.severity],
    })),
    supervision: view.supervision.map((w) => ({
      id: w.id,
      name: w.name,
      cases: w.cases,
      last: w.lastSupervisedAt ? ukDate(w.lastSupervisedAt) : 'None recorded',
      dueOn: ukDate(w.dueOn),
      tag: supervisionTags[w.status],
      overdueCases: w.overdueCases,
    })),
    supervisionDue: view.supervision.filter((w) => w.status !== 'in-time').length,
    decisions: shown(view.decisions).map(({ case: ref, finding }) => ({
      case: ref,
      title: titleOf(ref, finding.code),
      explanation: finding.explanation,
      since: ukDate(finding.since),
      tag: severityTags[finding.severity],
    })),
    incidents: shown(view.incidents).map((incident) => ({
      case: incident.case,
      entry: incident.entry,
      at: ukDateTime(incident.at),
      threats: incident.threats.map((threat) => threatLabels[threat]).join(', '),
      against: incident.against ?? 'Not recorded',
      managerNotified: incident.managerNotified,
      frightening: incident.frightening,
    })),
    actionsOverdue: shown(view.actionsOverdue),
    outOnVisits: view.outOnVisits.map((o) => ({
      worker: o.worker,
      case: o.case,
      expectedBack: ukTime(o.expectedBack),
      overdue: o.overdue,
    })),
  };
}
