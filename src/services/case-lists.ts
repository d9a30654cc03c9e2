// Lists of cases (My cases, Team cases, the API's list): each case summarised with its cached
// assessment, worst finding first.
import type { Finding } from '../domain/assessment/assess.js';
import type { Severity, Stage } from '../domain/assessment/codes.js';
import { severityRank } from '../domain/assessment/detector.js';
import { asAmended } from '../domain/amendments.js';
import type { CaseFile } from '../domain/case-file.js';
import { childrenOf, leadWorkerOf } from '../domain/household.js';
import { can, type Actor } from '../domain/policy.js';
import { toInstant } from '../domain/time.js';
import { packFor } from '../domain/packs/index.js';
import { findingsFor } from '../domain/restricted-findings.js';
import type { Db } from '../store/database.js';
import { caseAgencyIds, findCaseById, loadCaseFile } from '../store/case-records.js';
import type { CaseRow } from '../store/tables.js';
import { currentAssessment, type StoredAssessment } from './assessments.js';

export interface CaseSummary {
  id: number;
  ref: string;
  pack: CaseFile['case']['pack'];
  stage: Stage;
  worstSeverity: Severity | null;
  /** The findings' codes, worst first. */
  findings: Finding[];
  plan: CaseFile['case']['plan'];
  children: { name: string; age: string | null }[];
  leadWorker: string | null;
  allocatedToMe: boolean;
  agencies: string[];
  lastEntryAt: string | null;
}

/** What a list of cases can be narrowed to: a stage, or a finding's code or least severity. */
export interface CaseFilter {
  stage?: Stage;
  code?: string;
  severity?: Severity;
}

/** The summaries of the partnership's cases that any of `agencyIds` is on and the user may read, by concern. */
export async function summariesOf(
  db: Db,
  actor: Actor,
  agencyIds: number[],
  filter: CaseFilter,
  now: Date,
): Promise<CaseSummary[]> {
  const summaries: CaseSummary[] = [];
  for (const caseRow of await readableCases(db, actor, agencyIds)) {
    const assessment = await currentAssessment(db, caseRow, now);
    if (!matches(assessment, filter)) continue;
    const file = await loadCaseFile(db, caseRow);
    const findings = findingsFor(actor, assessment.findings, file, packFor(caseRow.pack));
    summaries.push(summarise(caseRow, file, { ...assessment, findings }, actor, now));
  }
  return summaries.sort(byConcern);
}

/** The partnership's cases that any of `agencyIds` is on and the user may read. */
export async function readableCases(db: Db, actor: Actor, agencyIds: readonly number[]): Promise<CaseRow[]> {
  const rows = await db
    .selectFrom('cases')
    .innerJoin('case_agencies', 'case_agencies.case_id', 'cases.id')
    .select('cases.id')
    .distinct()
    .where('cases.partnership_id', '=', actor.partnershipId)
    .where('case_agencies.agency_id', 'in', [...new Set(agencyIds)])
    .execute();
  const readable: CaseRow[] = [];
  for (const { id } of rows) {
    const caseRow = await findCaseById(db, id);
    const target = { partnershipId: caseRow.partnership_id, agencyIds: await caseAgencyIds(db, id) };
    if (can(actor, 'read', target)) readable.push(caseRow);
  }
  return readable;
}

export function matches(assessment: StoredAssessment, filter: CaseFilter): boolean {
  if (filter.stage && assessment.stage !== filter.stage) return false;
  if (!filter.code && !filter.severity) return true;
  return assessment.findings.some(
    (f) =>
      (!filter.code || f.code === filter.code) &&
      (!filter.severity || severityRank[f.severity] >= severityRank[filter.severity]),
  );
}

/** Worst finding first; then the cases allocated to the user; then by reference. */
export function byConcern(
  a: CaseSummary & { allocatedToMe?: boolean },
  b: CaseSummary & { allocatedToMe?: boolean },
): number {
  const rank = (s: Severity | null) => (s ? severityRank[s] + 1 : 0);
  return (
    rank(b.worstSeverity) - rank(a.worstSeverity) ||
    Number(b.allocatedToMe ?? false) - Number(a.allocatedToMe ?? false) ||
    a.ref.localeCompare(b.ref, 'en-GB')
  );
}

/** A case in a list; `assessment` with its findings as `actor` may have them (restricted-findings.ts). */
export function summarise(
  caseRow: CaseRow,
  file: CaseFile,
  assessment: StoredAssessment,
  actor: Actor,
  now: Date,
): CaseSummary {
  const entries = asAmended(file.entries);
  const allocatedToMe = entries.some(
    (entry) =>
      entry.kind === 'allocation' &&
      entry.worker === actor.workerRef &&
      file.workers.some((w) => w.ref === actor.workerRef && w.agency === actor.agencyRef),
  );
  const latest = entries.reduce<string | null>(
    (last, entry) => (!last || toInstant(entry.at) > toInstant(last) ? entry.at : last),
    null,
  );
  return {
    id: caseRow.id,
    ref: file.case.ref,
    pack: file.case.pack,
    stage: assessment.stage,
    worstSeverity: assessment.worstSeverity,
    findings: assessment.findings,
    plan: file.case.plan,
    children: childrenOf(file, now).map(({ name, age }) => ({ name, age })),
    leadWorker: leadWorkerOf(file),
    allocatedToMe,
    agencies: file.agencies.map((agency) => agency.name),
    lastEntryAt: latest,
  };
}
