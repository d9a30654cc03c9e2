// Whose name an entry is recorded in (issue 17). A write's `agency` and `worker` are the recorder's: nobody
// records a visit as another worker's. Entries other workers recorded elsewhere arrive only with a whole
// case file, by import. A few kinds give one of the two a meaning of their own, and keep it.
import type { Worker } from './case-file.js';
import type { Entry } from './entries.js';

/** Who records: the signed-in user's agency and worker refs. */
export interface Recorder {
  agencyRef: string;
  workerRef: string;
}

export interface AttributionProblem {
  path: 'agency' | 'worker';
  message: string;
}

/** Kinds whose `agency` is the agency referred, assessing, closing, reopening or leaving (FORMAT.md). */
const agencyConcerned = new Set<Entry['kind']>([
  'referral',
  'assessment',
  'closure',
  'reopening',
  'involvement-end',
]);

/**
 * Kinds whose `worker` is the worker discussed, supervised or allocated, and `agency` that worker's: a
 * manager records them about someone else (FORMAT.md; the manager is in `manager` or `supervisor`).
 */
const workerConcerned = new Set<Entry['kind']>(['manager-discussion', 'supervision', 'allocation']);

/** Whether an entry's `agency` names the agency it is about rather than the recorder's. */
export const isAgencyConcerned = (kind: Entry['kind']): boolean => agencyConcerned.has(kind);

/**
 * `agency` and `worker` where a write leaves them out: the recorder's, except that an entry about another
 * worker takes that worker's agency.
 */
export function attributionDefaults(
  kind: unknown,
  worker: unknown,
  recorder: Recorder,
  workers: readonly Worker[],
): { agency: string; worker: string } {
  const named = typeof worker === 'string' && worker ? worker : recorder.workerRef;
  const concerned = workerConcerned.has(kind as Entry['kind'])
    ? workers.find((w) => w.ref === named)?.agency
    : undefined;
  return { agency: concerned ?? recorder.agencyRef, worker: named };
}

/**
 * What is wrong with whose name `entry` is recorded in by `recorder`. `amended` is the entry it corrects: a
 * correction is the corrector's, except that an incident's correction keeps its reporter (services/incidents.ts:
 * the correction stands for the whole report, and the telling of the reporter's manager is carried over).
 */
export function attributionProblems(
  entry: Entry,
  recorder: Recorder,
  workers: readonly Worker[],
  amended?: Entry,
): AttributionProblem[] {
  const reporter = entry.kind === 'incident' && amended?.kind === 'incident' ? amended : undefined;
  const own = (field: 'agency' | 'worker') =>
    entry[field] === (field === 'agency' ? recorder.agencyRef : recorder.workerRef) ||
    (reporter !== undefined && entry[field] === reporter[field]);
  const problems: AttributionProblem[] = [];
  if (workerConcerned.has(entry.kind)) {
    const agency = workers.find((w) => w.ref === entry.worker)?.agency;
    if (agency && entry.agency !== agency)
      problems.push({
        path: 'agency',
        message: `must be the agency of the worker it is about ("${agency}"), or left out`,
      });
    return problems;
  }
  if (entry.agency !== undefined && !agencyConcerned.has(entry.kind) && !own('agency'))
    problems.push({
      path: 'agency',
      message: `an entry is recorded in your own name: leave out "agency", or give your own ("${recorder.agencyRef}"); entries recorded by other agencies arrive by importing their case file`,
    });
  if (entry.worker !== undefined && !own('worker'))
    problems.push({
      path: 'worker',
      message: `an entry is recorded in your own name: leave out "worker", or give your own ("${recorder.workerRef}"); entries recorded by other workers arrive by importing their case file`,
    });
  return problems;
}
