// What a service refuses with. Routes, the API and the CLI turn each into their own answer
// (an error summary, a problem+json body, an exit code).
import type { z } from 'zod';
import { formatPath } from '../domain/validation.js';

export interface Problem {
  /** Where the problem is, as `entries[2].outcome` or a form field's name; empty for the whole input. */
  path: string;
  message: string;
}

export class InvalidInput extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('\n'));
    this.name = 'InvalidInput';
  }
}

/** The case does not exist, or this user may not see it: the two are never told apart. */
export class NotFound extends Error {
  constructor(what: string) {
    super(`${what} not found`);
    this.name = 'NotFound';
  }
}

export class Conflict extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Conflict';
  }
}

/** Zod's issues as problems; an unknown field is named by its own path (`entries[2].colour`), not its object's. */
export function problemsOf(issues: readonly z.core.$ZodIssue[]): Problem[] {
  return issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ path: formatPath([...issue.path, key]), message: 'Unknown field' }))
      : [{ path: formatPath(issue.path), message: issue.message }],
  );
}
