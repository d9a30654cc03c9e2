// Assessing a built case at a UK local time, for the findings' unit tests:
//   findingOf(file, '2026-03-10T12:00', 'child-not-seen', 'c1')?.severity
// The pack is the file's own unless a test names another (to compare nations, say).
import { assess, type Assessment, type Finding } from '../../src/domain/assessment/assess.js';
import type { FindingCode } from '../../src/domain/assessment/codes.js';
import type { CaseFile } from '../../src/domain/case-file.js';
import { packFor } from '../../src/domain/packs/index.js';
import { toInstant } from '../../src/domain/time.js';
import type { PackId } from '../../src/domain/vocabularies.js';

/** The assessment of a case as it stood at `at` (UK local time, as in case files). */
export function assessAt(file: CaseFile, at: string, pack: PackId = file.case.pack): Assessment {
  return assess(file, packFor(pack), toInstant(at));
}

export function findingsOf(file: CaseFile, at: string, pack?: PackId): Finding[] {
  return assessAt(file, at, pack).findings;
}

/** The codes found at `at`, each once, sorted. */
export function codesAt(file: CaseFile, at: string, pack?: PackId): FindingCode[] {
  return [...new Set(findingsOf(file, at, pack).map((f) => f.code))].sort();
}

/** The finding of a code (about `subject`, where given) at `at`, if there is one. */
export function findingOf(
  file: CaseFile,
  at: string,
  code: FindingCode,
  subject?: string,
  pack?: PackId,
): Finding | undefined {
  return findingsOf(file, at, pack).find(
    (f) => f.code === code && (subject === undefined || f.subject === subject),
  );
}

/** `findingOf` for one code, as a describe block about that finding asks: `const found = finder('drift')`. */
export const finder =
  (code: FindingCode) =>
  (file: CaseFile, at: string, subject?: string, pack?: PackId): Finding | undefined =>
    findingOf(file, at, code, subject, pack);
