// A person's, worker's or agency's name from its ref, as the case file records them.

/** The name of the one with this ref in `list`, or the ref itself when the case file does not hold it. */
export const nameByRef = (list: readonly { ref: string; name: string }[], ref: string): string =>
  list.find((item) => item.ref === ref)?.name ?? ref;
