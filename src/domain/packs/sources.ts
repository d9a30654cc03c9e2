// Sources the packs cite besides the five seeds. Nearly everything a pack says paraphrases a paragraph of
// its local procedure, cited as `MK 5.1.9.23` or `FV "Keeping Staff Safe"`; where FINDINGS.md takes a
// finding from elsewhere (a national review, not a local procedure), its guidance cites that source by a
// short name of its own, listed here with the full reference and what the packs take from it.
import type { FindingCode } from '../assessment/codes.js';

export interface NamedSource {
  /** Enough to find it: who, when, and the title. */
  reference: string;
  /** What the packs take from it, in our own words: shown beside the citation, as a paraphrase is. */
  paraphrase: string;
  /** The findings whose guidance cites it: the ones FINDINGS.md names it as the source of, and no others. */
  findings: readonly FindingCode[];
}

export const namedSources = {
  'CSPRP 2022': {
    reference:
      'Child Safeguarding Practice Review Panel (May 2022), Child Protection in England: national review into the murders of Arthur Labinjo-Hughes and Star Hobson',
    paraphrase:
      'The national review of the deaths of Arthur Labinjo-Hughes and Star Hobson: relatives and others raised concerns about the same children again and again, and they were not weighed together; a growing number of worried voices should make professionals look at the risk again.',
    findings: ['concerns-accumulating'],
  },
} as const satisfies Record<string, NamedSource>;

/** The short name a citation of a source outside the seeds is written as (`CSPRP 2022`). */
export type NamedSourceCitation = keyof typeof namedSources;

export const isNamedSource = (citation: string): citation is NamedSourceCitation =>
  Object.hasOwn(namedSources, citation);
