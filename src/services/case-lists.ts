// Lists of cases (My cases, Your team, the API's list), a page at a time from the stored summaries
// (store/case-summaries.ts): worst finding first, then the reader's allocated cases, then by reference.
// No case file is read to draw a list, except a listed case with restricted entries, whose findings and
// facts are worked out from its file as this reader may have them (restricted-findings.ts).
import type { Finding } from '../domain/assessment/assess.js';
import type { Severity, Stage } from '../domain/assessment/codes.js';
import { caseFactsOf, type CaseFacts } from '../domain/case-summary.js';
import type { CaseFile } from '../domain/case-file.js';
import { packFor } from '../domain/packs/index.js';
import { can, worksCases, type Actor } from '../domain/policy.js';
import { findingsFor } from '../domain/restricted-findings.js';
import { readableFile } from '../domain/restrictions.js';
import { ageText } from '../domain/time.js';
import { agencyIdsOfCases, findCaseById, loadCaseFile } from '../store/case-records.js';
import {
  countListed,
  listedCases,
  unsummarisedCaseIds,
  type CachedAssessment,
  type ListPosition,
  type ListScope,
  type ListedCase,
} from '../store/case-summaries.js';
import type { Tx } from '../store/database.js';
import { refreshAssessment } from './assessments.js';

export interface CaseSummary {
  id: number;
  ref: string;
  pack: CaseFile['case']['pack'];
  stage: Stage;
  worstSeverity: Severity | null;
  /** The findings, worst first, as the reader may have them. */
  findings: Finding[];
  plan: CaseFile['case']['plan'];
  children: { name: string; age: string | null }[];
  leadWorker: string | null;
  allocatedToMe: boolean;
  lastEntryAt: string | null;
}

/** What a list of cases can be narrowed to: a stage, or a finding's code or least severity. */
export interface CaseFilter {
  stage?: Stage | undefined;
  code?: string | undefined;
  severity?: Severity | undefined;
}

/** A listed case with what the team view derives from it, as the reader may have it. */
export interface ListedSummary {
  summary: CaseSummary;
  facts: CaseFacts;
  openedOn: string;
  assessment: CachedAssessment;
  /** Where the list resumes after this case (the API's cursor). */
  position: ListPosition;
}

/** How many cases a page of a list holds. */
export const casesPerPage = 50;

/** A page of a list of cases (GOV.UK pagination counts from 1). */
export interface CasePage {
  items: CaseSummary[];
  total: number;
  page: number;
  pageCount: number;
}

/** The agencies whose cases the user sees in lists: their own, and a manager's supervisees'. */
export const casesOf = (actor: Actor): number[] =>
  actor.role === 'manager' ? [actor.agencyId, ...actor.superviseeAgencyIds] : [actor.agencyId];

/** Page `page` of the cases any of `agencyIds` is on (a page past the last gives the last). */
export async function pageOf(
  trx: Tx,
  actor: Actor,
  agencyIds: readonly number[],
  filter: CaseFilter & { caseIds?: readonly number[] },
  page: number,
  now: Date,
): Promise<CasePage> {
  const wanted = Number.isInteger(page) && page >= 1 ? page : 1;
  const read = (p: number) =>
    listCases(trx, actor, agencyIds, filter, { limit: casesPerPage, offset: (p - 1) * casesPerPage }, now);
  let { items, total } = await read(wanted);
  const pageCount = Math.max(1, Math.ceil(total / casesPerPage));
  if (wanted > pageCount) ({ items, total } = await read(pageCount));
  return { items: items.map((c) => c.summary), total, page: Math.min(wanted, pageCount), pageCount };
}

/** A page of a list: by number (the pages) or after a position (the API). */
export type PageRequest = { limit: number; offset?: number; after?: ListPosition };

/**
 * The cases of the partnership that any of `agencyIds` is on now and the user may read, narrowed by
 * `filter`, a page at a time; and how many there are in all. Call inside the use case's transaction.
 */
export async function listCases(
  tx: Tx,
  actor: Actor,
  agencyIds: readonly number[],
  filter: CaseFilter & { caseIds?: readonly number[] },
  page: PageRequest,
  now: Date,
): Promise<{ items: ListedSummary[]; total: number }> {
  if (!worksCases(actor)) return { items: [], total: 0 };
  const scope: ListScope = {
    partnershipId: actor.partnershipId,
    agencyIds,
    agencyRef: actor.agencyRef,
    workerRef: actor.workerRef,
  };
  // A summary lapses with its assessment (a child's days unseen grow at midnight): the sweep renews them
  // every minute, and whatever it has not reached yet is renewed here, so a list is never stale.
  for (const id of await unsummarisedCaseIds(tx, scope, now.toISOString()))
    await refreshAssessment(tx, await findCaseById(tx, id), undefined, now);
  const [rows, total] = await Promise.all([
    listedCases(tx, scope, filter, page),
    countListed(tx, scope, filter),
  ]);
  const items: ListedSummary[] = [];
  // The query's scope is the policy's rule; the policy still has the last word on each case.
  const onCases = await agencyIdsOfCases(
    tx,
    rows.map((row) => row.id),
  );
  for (const row of rows) {
    const target = { partnershipId: actor.partnershipId, agencyIds: onCases.get(row.id) ?? [] };
    if (!can(actor, 'read', target)) continue;
    items.push(await asReader(tx, actor, row, now));
  }
  return { items, total };
}

/** A listed case as `actor` may have it: a case with restricted entries is worked out from its file. */
async function asReader(tx: Tx, actor: Actor, row: ListedCase, now: Date): Promise<ListedSummary> {
  let { assessment, facts } = row;
  if (facts.restricted) {
    const whole = await loadCaseFile(tx, await findCaseById(tx, row.id));
    assessment = {
      ...assessment,
      findings: findingsFor(actor, assessment.findings, whole, packFor(row.pack)),
    };
    facts = caseFactsOf(readableFile(whole, actor));
  }
  return {
    summary: summaryOf(row, facts, assessment, row.allocatedToMe, now),
    facts,
    openedOn: row.openedOn,
    assessment,
    position: row.position,
  };
}

/** A case as a list shows it, from its facts and assessment. */
export function summaryOf(
  row: { id: number; ref: string; pack: CaseFile['case']['pack']; plan: CaseFile['case']['plan'] },
  facts: CaseFacts,
  assessment: Pick<CachedAssessment, 'stage' | 'worstSeverity' | 'findings'>,
  allocatedToMe: boolean,
  now: Date,
): CaseSummary {
  return {
    id: row.id,
    ref: row.ref,
    pack: row.pack,
    stage: assessment.stage,
    worstSeverity: assessment.worstSeverity,
    findings: assessment.findings,
    plan: row.plan,
    children: facts.children.map(({ name, dateOfBirth }) => ({
      name,
      age: dateOfBirth ? ageText(dateOfBirth, now) : null,
    })),
    leadWorker: facts.leadWorker,
    allocatedToMe,
    lastEntryAt: facts.lastEntryAt,
  };
}
