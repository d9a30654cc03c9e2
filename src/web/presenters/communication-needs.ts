// The communication needs of the people a contact is with, shown wherever a contact is planned or
// recorded (SX 1.7.28; BEF 9.2: text rather than letters, interpreters; MK 5.1.9.19: dates to avoid).
import type { CaseFile } from '../../domain/case-file.js';
import { personRoleLabels } from '../../domain/labels.js';
import { paths } from '../paths.js';
import { needsOf } from './people.js';

export interface PersonNeeds {
  ref: string;
  name: string;
  role: string;
  needs: string[];
  changeHref: string;
}

/** Everyone on the case with a need recorded, adults first (they are who a contact is arranged with). */
export function communicationNeedsOf(file: CaseFile): PersonNeeds[] {
  const links = paths.case(file.case.ref);
  return [...file.people]
    .sort((a, b) => Number(a.role === 'child') - Number(b.role === 'child'))
    .map((person) => ({
      ref: person.ref,
      name: person.name,
      role: personRoleLabels[person.role],
      needs: needsOf(person),
      changeHref: links.personNeeds(person.ref),
    }))
    .filter((person) => person.needs.length > 0);
}
