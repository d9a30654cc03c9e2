// Findings as the case overview shows them: the pack's title, the explanation, links to the evidence in
// the chronology, the next steps, and each citation with the paragraph it stands for.
import type { Finding } from '../../domain/assessment/assess.js';
import type { Severity, Stage } from '../../domain/assessment/codes.js';
import type { CaseFile } from '../../domain/case-file.js';
import type { Pack } from '../../domain/packs/types.js';
import { paths } from '../paths.js';
import { ukDateTime } from '../uk-dates.js';
import { presentEntry } from './entries.js';

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
  citations: { id: string; text: string | null }[];
}

export const severityTags: Record<Severity, { text: string; classes: string }> = {
  critical: { text: 'Critical', classes: 'govuk-tag--red' },
  serious: { text: 'Serious', classes: 'govuk-tag--orange' },
  warning: { text: 'Warning', classes: 'govuk-tag--yellow' },
  info: { text: 'Information', classes: 'govuk-tag--grey' },
};

export function presentFindings(findings: readonly Finding[], pack: Pack, file: CaseFile): FindingView[] {
  const chronology = paths.case(file.case.ref).chronology;
  const entries = new Map(file.entries.map((entry) => [entry.id, entry]));
  return findings.map((finding) => ({
    code: finding.code,
    title: pack.findings[finding.code].title,
    severity: finding.severity,
    severityText: severityTags[finding.severity].text,
    tagClass: severityTags[finding.severity].classes,
    subject: finding.subject ? (file.people.find((p) => p.ref === finding.subject)?.name ?? finding.subject) : null,
    since: finding.since,
    explanation: finding.explanation,
    evidence: finding.evidence.flatMap((id) => {
      const entry = entries.get(id);
      if (!entry) return [];
      const view = presentEntry(entry, file, ukDateTime);
      return [{ text: `${view.title}, ${ukDateTime(entry.at)}`, href: `${chronology}#entry-${id}` }];
    }),
    nextSteps: finding.nextSteps,
    citations: finding.citations.map((id) => ({ id, text: pack.paragraphs[id] ?? null })),
  }));
}

export interface StageStep {
  name: string;
  state: 'complete' | 'current' | 'to-do';
}

/** The pathway as a step indicator: the stages before the current one done, the current one marked. */
export function presentStage(stage: Stage, pack: Pack): { current: string; steps: StageStep[] } {
  const order: Stage[] = ['engaging', 'concern', 'manager-discussed', 'multi-agency', 'professionals-meeting'];
  const named = (s: Stage) => pack.pathway.find((p) => p.stage === s)?.name ?? s;
  const outcome = order.includes(stage) ? null : stage;
  const reached = outcome ? order.length : order.indexOf(stage);
  const steps: StageStep[] = order.slice(1).map((s, i) => ({
    name: named(s),
    state: i + 1 < reached ? 'complete' : i + 1 === reached ? 'current' : 'to-do',
  }));
  steps.push({ name: outcome ? named(outcome) : 'Decision', state: outcome ? 'current' : 'to-do' });
  return { current: stage === 'engaging' ? named('engaging') : named(stage), steps: stage === 'engaging' ? [] : steps };
}
