// Reading a case file: the shape (zod), then the references between its parts. Every problem is
// named by its path, as `entries[12].outcome: …`, so a file with errors can be mended in one pass.
import type { z } from 'zod';
import { caseFileSchema, type CaseFile } from './case-file.js';
import { caseFileReferenceProblems } from './references.js';

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: string[] };

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}

export function describeIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => {
    const path = formatPath(issue.path);
    return path ? `${path}: ${issue.message}` : issue.message;
  });
}

export function parseCaseFile(input: unknown): Parsed<CaseFile> {
  const result = caseFileSchema.safeParse(input);
  if (!result.success) return { ok: false, problems: describeIssues(result.error.issues) };
  const problems = caseFileReferenceProblems(result.data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: result.data };
}

/** Reads case-file text: JSON first, then the format. */
export function parseCaseFileText(text: string): Parsed<CaseFile> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`not JSON: ${(error as Error).message}`] };
  }
  return parseCaseFile(json);
}
