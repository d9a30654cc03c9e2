// A person's, worker's or agency's name from its ref, as the case file records them, and a case by its children.
import { listText } from '../../domain/assessment/explain.js';

/** The name of the one with this ref in `list`, or the ref itself when the case file does not hold it. */
export const nameByRef = (list: readonly { ref: string; name: string }[], ref: string): string =>
  list.find((item) => item.ref === ref)?.name ?? ref;

/** A case as a list to choose from names it: "FAM-0001 — Amy Smith and Ben Smith", its ref alone without children. */
export const caseWithChildren = (ref: string, children: readonly string[]): string =>
  children.length > 0 ? `${ref} — ${listText(children)}` : ref;
