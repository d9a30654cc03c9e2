// The risk-to-staff warning (MK 5.1.8, 5.1.9.24–25; SX 1.7.29–36; FV "Keeping Staff Safe"): while the
// assessment finds `hostility-to-staff`, every agency on the case is shown what happened, when, against whom,
// and the safety measures a manager has put in force. Pure: it reads the case as amended and the findings.
// It is the one exception to restricted entries (MK 5.1.16, SX 1.7.16: violence towards staff is every
// agency's to know): an incident restricted from the reader still shows when, what and against whom; only
// its note, the words written, stays with the entry's audience (restrictions.ts).
import type { Finding } from './assessment/assess.js';
import { asAmended } from './amendments.js';
import type { CaseFile } from './case-file.js';
import type { Entry, EntryOfKind } from './entries.js';
import { inTimeOrder } from './entry-order.js';
import { withheldFamilies, type Reader } from './restrictions.js';
import type { SafetyMeasure, Threat } from './vocabularies.js';

export interface HostileEvent {
  /** The incident or contact that recorded it. */
  id: string;
  kind: 'incident' | 'contact';
  at: string;
  threats: Threat[];
  /** The worker it was aimed at, where the entry says. */
  against: string | null;
  /** The worker who recorded it. */
  recordedBy: string | null;
  frightening: boolean;
  /** What was written; null too when the entry is restricted from the reader. */
  note: string | null;
}

export interface SafetyDecision {
  id: string;
  at: string;
  /** The manager who decided (the entry's worker). */
  by: string | null;
  measures: SafetyMeasure[];
  decision: string;
  reason: string | null;
}

export interface RiskToStaff {
  severity: Finding['severity'];
  since: string;
  /** The threatening behaviour that makes the warning, newest first. */
  events: HostileEvent[];
  /** The latest safety decision, if a manager has recorded one. */
  decision: SafetyDecision | null;
}

/**
 * The warning as `reader` sees it, while the findings include `hostility-to-staff`; null otherwise. `file`
 * is the whole case and `findings` its assessment as made (not as one reader has them: those leave out the
 * restricted evidence). A safety decision restricted from the reader is not shown.
 */
export function riskToStaffOf(
  file: CaseFile,
  findings: readonly Finding[],
  reader: Reader,
): RiskToStaff | null {
  const finding = findings.find((f) => f.code === 'hostility-to-staff');
  if (!finding) return null;
  const withheld = withheldFamilies(file, reader);
  const entries = asAmended(file.entries);
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const evidence = finding.evidence.flatMap((id) => byId.get(id) ?? []);
  const events = inTimeOrder(evidence)
    .reverse()
    .flatMap(({ entry }) => hostileEvent(entry, withheld.has(entry.id)));
  return {
    severity: finding.severity,
    since: finding.since,
    events,
    decision: latestSafetyDecision(entries.filter((entry) => !withheld.has(entry.id))),
  };
}

/** Every safety decision on the case, as corrected, newest first. */
export function safetyDecisionsOf(file: CaseFile): SafetyDecision[] {
  return inTimeOrder(
    asAmended(file.entries).filter((e): e is EntryOfKind<'safety-decision'> => e.kind === 'safety-decision'),
  )
    .reverse()
    .map(({ entry }) => decisionOf(entry));
}

/** Every incident on the case, as corrected, newest first. */
export function incidentsOf(file: CaseFile): EntryOfKind<'incident'>[] {
  return inTimeOrder(
    asAmended(file.entries).filter((e): e is EntryOfKind<'incident'> => e.kind === 'incident'),
  )
    .reverse()
    .map(({ entry }) => entry);
}

function latestSafetyDecision(entries: readonly Entry[]): SafetyDecision | null {
  const decisions = inTimeOrder(
    entries.filter((e): e is EntryOfKind<'safety-decision'> => e.kind === 'safety-decision'),
  );
  const latest = decisions.at(-1);
  return latest ? decisionOf(latest.entry) : null;
}

function decisionOf(entry: EntryOfKind<'safety-decision'>): SafetyDecision {
  return {
    id: entry.id,
    at: entry.at,
    by: entry.worker ?? null,
    measures: entry.measures,
    decision: entry.decision,
    reason: entry.reason ?? null,
  };
}

function hostileEvent(entry: Entry, withheld: boolean): HostileEvent[] {
  if (entry.kind !== 'incident' && entry.kind !== 'contact') return [];
  return [
    {
      id: entry.id,
      kind: entry.kind,
      at: entry.at,
      threats: entry.threats ?? [],
      against: entry.kind === 'incident' ? (entry.against ?? null) : null,
      recordedBy: entry.worker ?? null,
      frightening: entry.kind === 'incident' && Boolean(entry.frightening),
      note: withheld ? null : (entry.note ?? null),
    },
  ];
}
