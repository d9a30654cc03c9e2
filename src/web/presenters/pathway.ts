// The pathway on the case overview: where each step of the stage indicator links (the entry that reached
// it), and the latest manager discussion, which the worker must be able to see and act on (MK 5.1.9.1–3).
import { asAmended } from '../../domain/amendments.js';
import { pathwayStepEntries } from '../../domain/assessment/pathway-steps.js';
import type { CaseFile } from '../../domain/case-file.js';
import { toInstant } from '../../domain/time.js';
import type { CaseOverview } from '../../services/cases.js';
import { urgencyChoices } from '../forms/manager-discussion.js';
import { paths } from '../paths.js';
import type { StageLinks } from './findings.js';
import { nameByRef } from './names.js';

/** Each step reached, linked to its entry in the chronology. */
export function stageLinks(overview: CaseOverview, now: Date): StageLinks {
  const entries = pathwayStepEntries(overview.file, overview.assessment, now);
  const links = paths.case(overview.file.case.ref);
  return Object.fromEntries(Object.entries(entries).map(([step, id]) => [step, links.entry(id)]));
}

export interface ManagerDiscussionView {
  decision: string;
  urgency: string;
  at: string;
  manager: string;
  worker: string;
  href: string;
}

/** The manager discussion that happened last (as corrected), or null when there has been none. */
export function latestManagerDiscussion(file: CaseFile): ManagerDiscussionView | null {
  const discussions = asAmended(file.entries).filter((entry) => entry.kind === 'manager-discussion');
  const latest = discussions.reduce<(typeof discussions)[number] | null>(
    (last, entry) => (!last || toInstant(entry.at) >= toInstant(last.at) ? entry : last),
    null,
  );
  if (!latest || latest.kind !== 'manager-discussion') return null;
  const workerName = (ref: string | undefined) => (ref ? nameByRef(file.workers, ref) : 'Not recorded');
  return {
    decision: latest.decision ?? 'Not recorded',
    urgency: urgencyChoices.find((choice) => choice.value === latest.urgency)?.text ?? 'Not recorded',
    at: latest.at,
    manager: workerName(latest.manager),
    worker: workerName(latest.worker),
    href: paths.case(file.case.ref).entry(latest.id),
  };
}
