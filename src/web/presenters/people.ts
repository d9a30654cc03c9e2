// The people page: children first, then the adults around them, each with who they live with or see.
import type { CaseFile, Person } from '../../domain/case-file.js';
import { contactModeLabels, personRoleLabels } from '../../domain/labels.js';
import type { CaseOverview } from '../../services/cases.js';
import { nameByRef } from './names.js';

export interface PersonRow {
  ref: string;
  name: string;
  role: string;
  age: string | null;
  dateOfBirth: string | null;
  livesWith: string;
  contactWith: string;
  needs: string[];
}

export function presentPeople(file: CaseFile, children: CaseOverview['children']) {
  const names = (refs: string[]) => refs.map((ref) => nameByRef(file.people, ref)).join(', ');
  const adults = file.people.filter((p) => p.role !== 'child');
  const row = (person: Person): PersonRow => {
    const child = children.find((c) => c.ref === person.ref);
    const livesWith =
      person.role === 'child'
        ? adults.filter((a) => a.livesWithChildren?.includes(person.ref)).map((a) => a.ref)
        : (person.livesWithChildren ?? []);
    const contactWith =
      person.role === 'child'
        ? adults.filter((a) => a.hasContactWith?.includes(person.ref)).map((a) => a.ref)
        : (person.hasContactWith ?? []);
    return {
      ref: person.ref,
      name: person.name,
      role: personRoleLabels[person.role],
      age: child?.age ?? null,
      dateOfBirth: person.dateOfBirth ?? null,
      livesWith: names(livesWith) || 'Not recorded',
      contactWith: names(contactWith) || 'None recorded',
      needs: needsOf(person),
    };
  };
  return {
    children: file.people.filter((p) => p.role === 'child').map(row),
    adults: adults.map(row),
  };
}

/** A person's communication needs in words, one line each (BEF 9.2, MK 5.1.9.19); none gives []. */
export function needsOf(person: Person): string[] {
  const needs = person.needs ?? {};
  return [
    needs.interpreter && `Needs a ${needs.interpreter} interpreter`,
    needs.literacy === 'low' && 'Finds reading difficult: do not rely on letters',
    needs.preferredContact && `Prefers contact by ${contactModeLabels[needs.preferredContact].toLowerCase()}`,
    needs.cognitive && `Cognitive needs: ${needs.cognitive}`,
    needs.disability && `Disability: ${needs.disability}`,
    needs.datesToAvoid && `Dates to avoid: ${needs.datesToAvoid}`,
  ].filter((need): need is string => Boolean(need));
}
