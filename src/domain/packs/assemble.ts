// A pack is written as its own text over the common core: assemblePack fills in the common core's
// findings where the pack has none of its own, puts the pack's own paragraphs first in every list of
// citations, and attaches a paraphrase of each paragraph it cites.
import { findingCodes, type FindingCode } from '../assessment/codes.js';
import { commonFindings } from './common.js';
import { commonFamilyWork } from './family-work.js';
import { paraphrases } from './paragraphs/index.js';
import type { Citation, FindingGuidance, Guidance, Pack } from './types.js';

/** What a pack module writes: everything but the paraphrases, and only the findings it words itself. */
export type PackDraft = Omit<Pack, 'findings' | 'paragraphs' | 'familyWork'> & {
  findings: Partial<Record<FindingCode, FindingGuidance>>;
  /** The common core's (BEF 10.0, 10.1) when the pack has none of its own. */
  familyWork?: Pack['familyWork'];
};

export function assemblePack(draft: PackDraft): Pack {
  const own = (citations: Citation[]): Citation[] => ownFirst(draft.source, citations);
  const step = (guidance: Guidance): Guidance => ({ ...guidance, citations: own(guidance.citations) });
  const findings = Object.fromEntries(
    findingCodes.map((code) => {
      const guidance = draft.findings[code] ?? commonFindings[code];
      return [
        code,
        { ...guidance, citations: own(guidance.citations), nextSteps: guidance.nextSteps.map(step) },
      ];
    }),
  ) as Record<FindingCode, FindingGuidance>;
  const pack = { ...draft, findings, familyWork: draft.familyWork ?? commonFamilyWork, paragraphs: {} };
  return { ...pack, paragraphs: paragraphsFor(citationsIn(pack)) };
}

/** Every citation anywhere in a pack (or any part of one), in the order first met. */
export function citationsIn(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) citationsIn(item, found);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'citations' && Array.isArray(item))
        for (const citation of item) found.add(String(citation));
      else citationsIn(item, found);
    }
  }
  return found;
}

/** The pack's own source first (`MK 5.1.9.1` before `BEF 11.2` in the Milton Keynes pack), order kept otherwise. */
function ownFirst(source: Pack['source'], citations: Citation[]): Citation[] {
  const mine = (citation: Citation): boolean => citation.startsWith(`${source} `);
  return [...citations.filter(mine), ...citations.filter((citation) => !mine(citation))];
}

/** The paraphrase of each cited paragraph that has one; a missing one is caught by the packs' tests. */
function paragraphsFor(citations: Set<string>): Record<string, string> {
  return Object.fromEntries(
    [...citations].sort(byParagraph).flatMap((c) => (paraphrases[c] ? [[c, paraphrases[c]]] : [])),
  );
}

const byParagraph = (a: string, b: string): number => a.localeCompare(b, 'en', { numeric: true });
