// The risk-to-staff warning as every page of a case shows it, and the case's staff-safety page.
import type { CaseFile } from '../../domain/case-file.js';
import type { EntryOfKind } from '../../domain/entries.js';
import { safetyMeasureLabels, threatLabels } from '../../domain/labels.js';
import type { HostileEvent, RiskToStaff, SafetyDecision } from '../../domain/risk-to-staff.js';
import type { RiskView } from '../../services/incidents.js';
import { paths } from '../paths.js';
import { ukDate, ukDateTime } from '../uk-dates.js';
import { nameByRef } from './names.js';

export interface RiskBanner {
  critical: boolean;
  /** One line per record of threatening behaviour, newest first: when, what, against whom. */
  events: string[];
  /** The measures in force and the decision behind them, or null when no manager has decided yet. */
  decision: { measures: string[]; text: string; by: string; on: string } | null;
  href: string;
}

const nameOf = (file: CaseFile, worker: string | null) => (worker ? nameByRef(file.workers, worker) : null);

function eventLine(file: CaseFile, event: HostileEvent): string {
  const what =
    event.threats.map((threat) => threatLabels[threat].toLowerCase()).join(', ') || 'threatening behaviour';
  const against = nameOf(file, event.against);
  const source = event.kind === 'incident' ? 'incident' : 'during a contact';
  return `${ukDate(event.at)}: ${what}${against ? ` towards ${against}` : ''} (${source})`;
}

function decisionView(file: CaseFile, decision: SafetyDecision | null): RiskBanner['decision'] {
  if (!decision) return null;
  return {
    measures: decision.measures.map((measure) => safetyMeasureLabels[measure]),
    text: decision.decision,
    by: nameOf(file, decision.by) ?? 'a manager',
    on: ukDate(decision.at),
  };
}

export function presentRiskBanner(file: CaseFile, risk: RiskToStaff | null): RiskBanner | null {
  if (!risk) return null;
  return {
    critical: risk.severity === 'critical',
    events: risk.events.slice(0, 3).map((event) => eventLine(file, event)),
    decision: decisionView(file, risk.decision),
    href: paths.case(file.case.ref).risk,
  };
}

export interface IncidentView {
  id: string;
  when: string;
  what: string;
  against: string | null;
  frightening: boolean;
  note: string | null;
  told: string[];
  debriefs: { when: string; by: string | null; note: string | null; href: string }[];
  debriefHref: string;
  /** Correct the incident (a new version; nobody is told again). */
  correctHref: string;
  href: string;
}

export function presentRiskView(view: RiskView) {
  const { file } = view;
  const links = paths.case(file.case.ref);
  return {
    banner: presentRiskBanner(file, view.warning),
    incidents: view.incidents.map(({ incident, debriefs }) => incidentView(file, incident, debriefs)),
    decisions: view.decisions.map((decision) => ({
      ...(decisionView(file, decision) as NonNullable<RiskBanner['decision']>),
      reason: decision.reason,
      href: links.entry(decision.id),
    })),
  };
}

function incidentView(
  file: CaseFile,
  incident: EntryOfKind<'incident'>,
  debriefs: EntryOfKind<'debrief'>[],
): IncidentView {
  const links = paths.case(file.case.ref);
  const told = [
    incident.managerNotifiedAt && `Manager told ${ukDateTime(incident.managerNotifiedAt)}`,
    incident.agenciesAlertedAt && `Other agencies alerted ${ukDateTime(incident.agenciesAlertedAt)}`,
    incident.policeInformedAt && `Police told ${ukDateTime(incident.policeInformedAt)}`,
  ].filter((line): line is string => Boolean(line));
  return {
    id: incident.id,
    when: ukDateTime(incident.at),
    what: incident.threats.map((threat) => threatLabels[threat]).join(', '),
    against: nameOf(file, incident.against ?? null),
    frightening: Boolean(incident.frightening),
    note: incident.note ?? null,
    told,
    debriefs: debriefs.map((debrief) => ({
      when: ukDateTime(debrief.at),
      by: nameOf(file, debrief.worker ?? null),
      note: debrief.note ?? null,
      href: links.entry(debrief.id),
    })),
    debriefHref: links.debrief(incident.id),
    correctHref: links.correctIncident(incident.id),
    href: links.entry(incident.id),
  };
}
