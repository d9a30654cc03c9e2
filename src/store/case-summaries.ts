// Each case's cached assessment and summary (migrations 0002 and 0017), and the lists of cases read from
// them: one indexed query a page, never a case file (issue 18, item 2).
import { sql, type RawBuilder } from 'kysely';
import type { Finding } from '../domain/assessment/assess.js';
import type { Severity, Stage } from '../domain/assessment/codes.js';
import { severityRank } from '../domain/assessment/detector.js';
import type { CaseFacts } from '../domain/case-summary.js';
import type { CaseFile } from '../domain/case-file.js';
import { chunksOf, stillOnCase } from './case-records.js';
import type { Tx } from './database.js';
import type { CaseRow } from './tables.js';

/** A case's assessment as the cache keeps it. */
export interface CachedAssessment {
  assessedAt: string;
  stage: Stage;
  findings: Finding[];
  worstSeverity: Severity | null;
  reassessAt: string | null;
}

/** Keeps a case's assessment at `at` and the summary lists show; replaces what was kept. */
export async function keepAssessment(
  tx: Tx,
  caseId: number,
  assessment: Omit<CachedAssessment, 'assessedAt'>,
  facts: CaseFacts,
  at: Date,
): Promise<void> {
  const worst = assessment.worstSeverity;
  const row = {
    assessed_at: at.toISOString(),
    reassess_at: assessment.reassessAt,
    stage: assessment.stage,
    worst_severity: worst,
    worst_rank: worst ? severityRank[worst] + 1 : 0,
    findings: JSON.stringify(assessment.findings),
    facts: JSON.stringify(facts),
  };
  await tx
    .insertInto('case_assessments')
    .values({ case_id: caseId, ...row })
    .onConflict((oc) => oc.column('case_id').doUpdateSet(row))
    .execute();
  // The two tables are the summary's, rebuilt with it: a cache, not a record.
  await tx.deleteFrom('case_finding_codes').where('case_id', '=', caseId).execute();
  const codes = [...new Map(assessment.findings.map((f) => [`${f.code} ${f.severity}`, f])).values()];
  if (codes.length > 0)
    await tx
      .insertInto('case_finding_codes')
      .values(codes.map((f) => ({ case_id: caseId, code: f.code, severity_rank: severityRank[f.severity] })))
      .execute();
  await tx.deleteFrom('case_allocations').where('case_id', '=', caseId).execute();
  if (facts.allocated.length > 0)
    await tx
      .insertInto('case_allocations')
      .values(facts.allocated.map((a) => ({ case_id: caseId, agency_ref: a.agency, worker_ref: a.worker })))
      .execute();
}

export async function cachedAssessment(tx: Tx, caseId: number): Promise<CachedAssessment | undefined> {
  const row = await tx
    .selectFrom('case_assessments')
    .select(['assessed_at', 'stage', 'findings', 'worst_severity', 'reassess_at'])
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  return row && toAssessment(row);
}

/** The cases whose kept assessment has lapsed by `at`, in case order. */
export async function dueCaseIds(tx: Tx, at: string): Promise<number[]> {
  const rows = await tx
    .selectFrom('case_assessments')
    .select('case_id')
    .where('reassess_at', '<=', at)
    .orderBy('case_id')
    .execute();
  return rows.map((row) => row.case_id);
}

/** The case, if its kept assessment is still due at `at` and was made no later (the sweep's check). */
export function caseStillDue(tx: Tx, caseId: number, at: string): Promise<CaseRow | undefined> {
  return tx
    .selectFrom('cases')
    .innerJoin('case_assessments', 'case_assessments.case_id', 'cases.id')
    .selectAll('cases')
    .where('cases.id', '=', caseId)
    .where('case_assessments.reassess_at', '<=', at)
    .where('case_assessments.assessed_at', '<=', at)
    .executeTakeFirst();
}

/** What a list of cases is drawn from: the cases any of `agencyIds` is on now, in one partnership. */
export interface ListScope {
  partnershipId: number;
  agencyIds: readonly number[];
  /** The reader, whose allocated cases come first among equals. */
  agencyRef: string;
  workerRef: string;
}

export interface ListFilter {
  stage?: Stage | undefined;
  code?: string | undefined;
  severity?: Severity | undefined;
  /** Only these cases (a worker's, on Your team). */
  caseIds?: readonly number[] | undefined;
}

/** Where a list resumes: after the case with these ordering values (the API's cursor). */
export interface ListPosition {
  rank: number;
  mine: number;
  ref: string;
}

export interface ListedCase {
  id: number;
  ref: string;
  pack: CaseFile['case']['pack'];
  plan: CaseFile['case']['plan'];
  openedOn: string;
  assessment: CachedAssessment;
  facts: CaseFacts;
  allocatedToMe: boolean;
  position: ListPosition;
}

/**
 * The scope's cases with no summary, or one that has lapsed by `at`: a list summarises them first, so
 * none is ever stale (the minute sweep leaves few).
 */
export async function unsummarisedCaseIds(tx: Tx, scope: ListScope, at: string): Promise<number[]> {
  const rows = await tx
    .selectFrom('cases as c')
    .leftJoin('case_assessments as a', 'a.case_id', 'c.id')
    .select('c.id')
    .where('c.partnership_id', '=', scope.partnershipId)
    .where('c.id', 'in', onCaseNow(scope.agencyIds))
    .where((eb) => eb.or([eb('a.facts', 'is', null), eb('a.reassess_at', '<=', at)]))
    .orderBy('c.id')
    .execute();
  return rows.map((row) => row.id);
}

/** Worst finding first; then the reader's allocated cases; then by reference. */
export async function listedCases(
  tx: Tx,
  scope: ListScope,
  filter: ListFilter,
  page: { limit: number; offset?: number; after?: ListPosition },
): Promise<ListedCase[]> {
  let query = listQuery(tx, scope, filter);
  const { after } = page;
  if (after)
    query = query.where((eb) =>
      eb.or([
        eb('l.worst_rank', '<', after.rank),
        eb.and([eb('l.worst_rank', '=', after.rank), eb('l.mine', '<', after.mine)]),
        eb.and([
          eb('l.worst_rank', '=', after.rank),
          eb('l.mine', '=', after.mine),
          eb('l.ref', '>', after.ref),
        ]),
      ]),
    );
  // Ordered and cut to the page on the ordering columns alone; only the page's rows are then read whole,
  // so a list of thousands sorts small rows rather than every case's findings and summary.
  const order = await query
    .select(['l.id', 'l.ref', 'l.worst_rank', 'l.mine'])
    .orderBy('l.worst_rank', 'desc')
    .orderBy('l.mine', 'desc')
    .orderBy('l.ref')
    .limit(page.limit)
    .offset(page.offset ?? 0)
    .execute();
  const rows = new Map<number, Awaited<ReturnType<typeof summaryRows>>[number]>();
  for (const ids of chunksOf(order.map((row) => row.id)))
    for (const row of await summaryRows(tx, ids)) rows.set(row.id, row);
  return order.flatMap(({ id, ref, worst_rank: rank, mine }) => {
    const row = rows.get(id);
    if (!row) return [];
    return [
      {
        id,
        ref,
        pack: row.pack as CaseFile['case']['pack'],
        plan: row.plan as CaseFile['case']['plan'],
        openedOn: row.opened_on,
        assessment: toAssessment(row),
        facts: JSON.parse(row.facts ?? 'null') as CaseFacts,
        allocatedToMe: mine === 1,
        position: { rank, mine, ref },
      },
    ];
  });
}

function summaryRows(tx: Tx, caseIds: readonly number[]) {
  return tx
    .selectFrom('cases as c')
    .innerJoin('case_assessments as a', 'a.case_id', 'c.id')
    .select([
      'c.id',
      'c.pack',
      'c.plan',
      'c.opened_on',
      'a.assessed_at',
      'a.stage',
      'a.findings',
      'a.worst_severity',
      'a.reassess_at',
      'a.facts',
    ])
    .where('c.id', 'in', [...caseIds])
    .execute();
}

/** How many cases the list holds. */
export async function countListed(tx: Tx, scope: ListScope, filter: ListFilter): Promise<number> {
  const { count } = await listQuery(tx, scope, filter)
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(count);
}

function listQuery(tx: Tx, scope: ListScope, filter: ListFilter) {
  const inner = tx
    .selectFrom('cases as c')
    .innerJoin('case_assessments as a', 'a.case_id', 'c.id')
    .select(['c.id', 'c.ref', 'a.worst_rank'])
    .select((eb) =>
      eb
        .case()
        .when(
          eb.exists(
            eb
              .selectFrom('case_allocations as al')
              .select('al.case_id')
              .whereRef('al.case_id', '=', 'c.id')
              .where('al.worker_ref', '=', scope.workerRef)
              .where('al.agency_ref', '=', scope.agencyRef),
          ),
        )
        .then(1)
        .else(0)
        .end()
        .as('mine'),
    )
    .where('c.partnership_id', '=', scope.partnershipId)
    .where('c.id', 'in', onCaseNow(scope.agencyIds))
    .$if(filter.stage !== undefined, (q) => q.where('a.stage', '=', filter.stage as string))
    .$if(filter.caseIds !== undefined, (q) => q.where('c.id', 'in', [...(filter.caseIds ?? []), -1]))
    .$if(filter.code !== undefined || filter.severity !== undefined, (q) =>
      q.where((eb) =>
        eb.exists(
          eb
            .selectFrom('case_finding_codes as f')
            .select('f.case_id')
            .whereRef('f.case_id', '=', 'c.id')
            .$if(filter.code !== undefined, (s) => s.where('f.code', '=', filter.code as string))
            .$if(filter.severity !== undefined, (s) =>
              s.where('f.severity_rank', '>=', severityRank[filter.severity as Severity]),
            ),
        ),
      ),
    );
  return tx.selectFrom(inner.as('l'));
}

/** The ids of the cases any of `agencyIds` is on now. */
function onCaseNow(agencyIds: readonly number[]): RawBuilder<number> {
  const ids = agencyIds.length > 0 ? [...new Set(agencyIds)] : [-1];
  return sql<number>`(select ca.case_id from case_agencies ca where ca.agency_id in (${sql.join(ids)})
    and ${stillOnCase})`;
}

function toAssessment(row: {
  assessed_at: string;
  stage: string;
  findings: string;
  worst_severity: string | null;
  reassess_at: string | null;
}): CachedAssessment {
  return {
    assessedAt: row.assessed_at,
    stage: row.stage as Stage,
    findings: JSON.parse(row.findings) as Finding[],
    worstSeverity: row.worst_severity as Severity | null,
    reassessAt: row.reassess_at,
  };
}
