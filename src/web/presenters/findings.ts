// Findings as the case overview shows them: the pack's title, the explanation, links to the evidence in
// the chronology, the next steps, and each citation with the paragraph it stands for.
import type { Finding } from '../../domain/assessment/assess.js';
import type { Severity, Stage } from '../../domain/assessment/codes.js';
import type { PathwayStep } from '../../domain/assessment/pathway-steps.js';
import type { CaseFile } from '../../domain/case-file.js';
import { namedSources, type NamedSourceCitation } from '../../domain/packs/sources.js';
import { seedNames, type Pack, type SeedSource } from '../../domain/packs/types.js';
import { paths } from '../paths.js';
import { ukDateTime } from '../uk-dates.js';
import { presentEntry } from './entries.js';
import { nameByRef } from './names.js';

export interface FindingView {
  code: string;
  title: string;
  severity: Severity;
  severityText: string;
  tagClass: string;
  subject: string | null;
  since: string;
  explanation: string;
  evidence: { text: string; href: string }[];
  nextSteps: string[];
  /** The case's own procedure's paragraphs (and any national source), each with what it says. */
  citations: CitationView[];
  /** Other partnerships' procedures that say the same, named only: a case shows its own pack's text. */
  alsoIn: string[];
}

export interface CitationView {
  id: string;
  /** The citation in words: "Milton Keynes 5.1.9.23", "Forth Valley “Best Practice”". */
  label: string;
  text: string | null;
}

/** A citation named in words, its procedure first (a named source outside the seeds by its reference). */
export function citationLabel(citation: string): string {
  const named = namedSources[citation as NamedSourceCitation];
  if (named) return named.reference;
  const space = citation.indexOf(' ');
  const name = seedNames[citation.slice(0, space) as SeedSource];
  if (!name) return citation;
  return `${name} ${citation.slice(space + 1).replace(/^"(.*)"$/, '“$1”')}`;
}

/** A finding's citations as a case of `pack` shows them: its own procedure's with their text, the rest by name. */
export function citationsFor(
  citations: readonly string[],
  pack: Pack,
): { citations: CitationView[]; alsoIn: string[] } {
  const own = (citation: string) =>
    citation.startsWith(`${pack.source} `) || Object.hasOwn(namedSources, citation);
  return {
    citations: citations
      .filter(own)
      .map((id) => ({ id, label: citationLabel(id), text: pack.paragraphs[id] ?? null })),
    alsoIn: citations.filter((citation) => !own(citation)).map(citationLabel),
  };
}

export const severityTags: Record<Severity, { text: string; classes: string }> = {
  critical: { text: 'Critical', classes: 'govuk-tag--red' },
  serious: { text: 'Serious', classes: 'govuk-tag--orange' },
  warning: { text: 'Warning', classes: 'govuk-tag--yellow' },
  info: { text: 'Information', classes: 'govuk-tag--grey' },
};

export function presentFindings(findings: readonly Finding[], pack: Pack, file: CaseFile): FindingView[] {
  const links = paths.case(file.case.ref);
  const entries = new Map(file.entries.map((entry) => [entry.id, entry]));
  return findings.map((finding) => ({
    code: finding.code,
    title: pack.findings[finding.code].title,
    severity: finding.severity,
    severityText: severityTags[finding.severity].text,
    tagClass: severityTags[finding.severity].classes,
    subject: finding.subject ? nameByRef(file.people, finding.subject) : null,
    since: finding.since,
    explanation: finding.explanation,
    evidence: finding.evidence.flatMap((id) => {
      const entry = entries.get(id);
      if (!entry) return [];
      const view = presentEntry(entry, file, ukDateTime);
      return [{ text: `${view.title}, ${ukDateTime(entry.at)}`, href: links.entry(id) }];
    }),
    nextSteps: finding.nextSteps,
    ...citationsFor(finding.citations, pack),
  }));
}

export interface StageStep {
  name: string;
  /** `skipped`: the case went past the step with no entry of its own (a meeting decided before it was held). */
  state: 'complete' | 'current' | 'skipped' | 'to-do';
  /** The entry in the chronology that reached this step, for a step done or current. */
  href?: string;
}

/** For each step the case has reached, the chronology address of the entry that reached it. */
export type StageLinks = Partial<Record<PathwayStep, string>>;

/**
 * The pathway as a step indicator: the stages before the current one done, the current one marked. Given
 * `links` (the entries that reached each step), a step passed without an entry of its own shows as skipped.
 */
export function presentStage(
  stage: Stage,
  pack: Pack,
  links?: StageLinks,
): { current: string; steps: StageStep[] } {
  const order: Stage[] = [
    'engaging',
    'concern',
    'manager-discussed',
    'multi-agency',
    'professionals-meeting',
  ];
  const named = (s: Stage) => pack.pathway.find((p) => p.stage === s)?.name ?? s;
  const outcome = order.includes(stage) ? null : stage;
  const reached = outcome ? order.length : order.indexOf(stage);
  const linked = (step: StageStep, key: PathwayStep): StageStep => {
    const href = links?.[key];
    if (!links || step.state !== 'complete' || href)
      return href && step.state !== 'to-do' ? { ...step, href } : step;
    return { ...step, state: 'skipped' };
  };
  const steps: StageStep[] = order
    .slice(1)
    .map((s, i) =>
      linked(
        { name: named(s), state: i + 1 < reached ? 'complete' : i + 1 === reached ? 'current' : 'to-do' },
        s as PathwayStep,
      ),
    );
  steps.push(
    linked({ name: outcome ? named(outcome) : 'Decision', state: outcome ? 'current' : 'to-do' }, 'decision'),
  );
  return {
    current: stage === 'engaging' ? named('engaging') : named(stage),
    steps: stage === 'engaging' ? [] : steps,
  };
}
