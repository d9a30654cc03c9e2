// Findings as one reader may have them (issue 17, item 7). The assessment reads every entry, restricted or
// not: a child's safety does not wait on need-to-know, so a finding holds for everyone on the case. But its
// explanation names the facts of the entries it rests on (the threats at an incident, the day of a visit, an
// agreement's item), so for a reader who may not read one of them the finding keeps its code, severity,
// subject, since, citations and next steps, and says instead how many restricted entries it rests on and
// whom to ask. Every place findings reach a reader (pages, the API, lists, supervision, the team view, the
// refusal of a closure) takes them through `findingsFor`. The risk-to-staff warning is the one exception
// (MK 5.1.16, SX 1.7.16): see risk-to-staff.ts.
import type { Finding } from './assessment/assess.js';
import type { CaseFile } from './case-file.js';
import type { Entry } from './entries.js';
import type { Pack } from './packs/types.js';
import { askWhom, withheldFamilies, withhold, restrictionsOf, type Reader } from './restrictions.js';

/** A finding as one reader receives it: `withheld` lists the entries it rests on that they may not read. */
export interface ReadableFinding extends Finding {
  /** Ids of the restricted entries the finding rests on; absent when the reader may read them all. */
  withheld?: string[];
}

/**
 * `findings` as `reader` may have them: those resting only on entries they may read exactly as they are;
 * the others with a generic explanation (the finding's title, how many restricted entries, whom to ask)
 * and the restricted entries out of `evidence` and in `withheld`. `file` is the whole case, every entry.
 */
export function findingsFor(
  reader: Reader,
  findings: readonly Finding[],
  file: CaseFile,
  pack: Pack,
): ReadableFinding[] {
  const families = withheldFamilies(file, reader);
  if (families.size === 0) return [...findings];
  const restrictions = restrictionsOf(file.entries);
  const quotes = [...families].flatMap(([id, entries]) =>
    entries.flatMap(writtenTexts).map((text) => ({ id, start: text.slice(0, 24) })),
  );
  const askOf = (entry: Entry) => askWhom(withhold(entry, file, restrictions).ask);
  return findings.map((finding) => {
    // What a finding rests on is its evidence; and, should an explanation ever quote an entry it does not
    // list, the entry quoted (the engine quotes a text whole or its start).
    const resting = new Set(finding.evidence.filter((id) => families.has(id)));
    for (const { id, start } of quotes) if (finding.explanation.includes(start)) resting.add(id);
    if (resting.size === 0) return finding;
    const withheld = [...resting];
    const asks = [...new Set(withheld.flatMap((id) => (families.get(id) ?? []).map(askOf)))];
    const title = pack.findings[finding.code]?.title ?? finding.code;
    return {
      ...finding,
      evidence: finding.evidence.filter((id) => !resting.has(id)),
      explanation: `${title}. ${
        withheld.length === 1
          ? '1 restricted entry is part of this finding, so what it records is'
          : `${withheld.length} restricted entries are part of this finding, so what they record is`
      } not shown to you: ask ${asks.join('; or ')}.`,
      withheld,
    };
  });
}

/** One finding as `reader` may have it (see `findingsFor`). */
export const findingFor = (reader: Reader, finding: Finding, file: CaseFile, pack: Pack): ReadableFinding =>
  findingsFor(reader, [finding], file, pack)[0] as ReadableFinding;

/** Fields whose values are words someone wrote (as against vocabulary values and references). */
const textFields = new Set([
  'note',
  'contingency',
  'reason',
  'summary',
  'actions',
  'shareWithFamily',
  'message',
  'place',
  'answers',
  'safetyCheck',
  'hospital',
  'period',
  'goal',
  'reality',
  'options',
  'will',
  'items',
  'decision',
]);

function writtenTexts(entry: Entry): string[] {
  const texts: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === 'string') texts.push(value.trim());
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  for (const [field, value] of Object.entries(entry)) {
    // A meeting's decision is a vocabulary value (`continue`, `close`…), not words.
    if (textFields.has(field) && !(entry.kind === 'meeting' && field === 'decision')) collect(value);
  }
  // Shorter words ("yes", "ok") would be found in any explanation.
  return texts.filter((text) => text.length >= 6);
}
