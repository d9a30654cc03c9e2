// The household as the pages name it: the children with their ages, and the lead worker.
import { asAmended } from './amendments.js';
import type { CaseFile } from './case-file.js';
import { ageText } from './time.js';

export interface ChildSummary {
  ref: string;
  name: string;
  dateOfBirth: string | null;
  /** As people say it: months under two, years after ("4 months", "7"). */
  age: string | null;
}

export function childrenOf(file: CaseFile, now: Date): ChildSummary[] {
  return file.people
    .filter((person) => person.role === 'child')
    .map((child) => ({
      ref: child.ref,
      name: child.name,
      dateOfBirth: child.dateOfBirth ?? null,
      age: child.dateOfBirth ? ageText(child.dateOfBirth, now) : null,
    }));
}

/** The worker named by the latest lead allocation, as amended. */
export function leadWorkerOf(file: CaseFile): string | null {
  const lead = asAmended(file.entries)
    .filter((entry) => entry.kind === 'allocation' && entry.role === 'lead')
    .at(-1);
  if (!lead || lead.kind !== 'allocation') return null;
  return file.workers.find((worker) => worker.ref === lead.worker)?.name ?? lead.worker;
}
