// A plan for what the worker will do if a contact fails (MK 5.1.9.23): while the family is not engaging,
// the procedure expects one before every planned contact, and `no-contingency-plan` notices a planned
// contact recorded without. The forms that plan or record a contact say so while it applies.
import { nonEngagementCodes, type FindingCode } from './assessment/codes.js';
import type { Pack } from './packs/types.js';

export interface ContingencyAsk {
  /** The case has an active non-engagement finding: the procedure expects a contingency plan. */
  expected: boolean;
  /** The pack's paragraphs for it (the citations of its `no-contingency-plan` finding). */
  citations: string[];
}

export function contingencyAsk(
  findings: readonly { code: FindingCode }[],
  pack: Pick<Pack, 'findings'>,
): ContingencyAsk {
  return {
    expected: findings.some((finding) => nonEngagementCodes.has(finding.code)),
    citations: pack.findings['no-contingency-plan'].citations,
  };
}
