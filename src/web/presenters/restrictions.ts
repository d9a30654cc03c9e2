// The choices of whom an entry is restricted to (domain/restrictions.ts): the case's managers, or one of
// the agencies working with the family. A safe address is usually the managers'; a disclosure, an agency's.
import type { CaseFile } from '../../domain/case-file.js';
import type { Problem } from '../../services/errors.js';

export interface RestrictOption {
  value: string;
  text: string;
}

export function restrictOptionsOf(file: CaseFile): RestrictOption[] {
  return [
    { value: 'manager', text: 'Managers' },
    ...file.agencies.map((agency) => ({ value: agency.ref, text: `Workers of ${agency.name}` })),
  ];
}

/**
 * A service's refusal of a restriction (`restricted[n]`: no role or agency of the case, which only a
 * changed page or an agency leaving the case meanwhile can post) as the error of the boxes
 * (cases/_restrict.njk), in words; any other problem as it is.
 */
export function asRestrictionBoxesProblem(problem: Problem): Problem {
  return /^restricted\[\d+\]$/.test(problem.path)
    ? { path: 'restricted', message: 'Select who may read this entry from the choices given' }
    : problem;
}
