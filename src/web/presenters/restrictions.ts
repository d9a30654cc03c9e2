// The choices of whom an entry is restricted to (domain/restrictions.ts): the case's managers, or one of
// the agencies working with the family. A safe address is usually the managers'; a disclosure, an agency's.
import type { CaseFile } from '../../domain/case-file.js';

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
